# redraft — 中文目录：主席和秘书处页面。

## Navigation
nav-label = 本轮程序的页面
nav-overview = 概况和时间表
nav-responses = 答复情况
nav-comments = 评论
nav-draft = 草案
nav-delegations = 代表团
nav-settings = 设置
nav-audit = 审计日志
new-round-link = 设立新一轮程序
venue-now = 会议地点当前时间：{ $time }
yes = 是
no = 否
add = 添加
remove = 删除
rename = 重命名
filter = 筛选

## Categories of delegations
category-party = 缔约国
category-observer_state = 观察员国
category-other_observer = 其他观察员
category-igo = 政府间组织
category-other = 其他

## Round settings
new-round-title = 设立新一轮程序
settings-title = 本轮程序的设置
field-body = 机构
field-body-hint = 例如：贩运人口问题工作组
field-meeting = 会议
field-meeting-hint = 例如：第十次会议
field-round-title = 本轮程序的标题
field-round-title-hint = 例如：会后就建议草案提出的评论
field-reference-prefix = 回执编号前缀
field-reference-prefix-hint = 回执按此前缀编号，例如 WG-TIP-2020/C 生成 WG-TIP-2020/C/0042。仅限字母、数字和 - / . _；本轮程序专用。
field-kind = 程序类型
kind-comment = 评论程序
kind-silence = 默许程序
field-time-zone = 会议地点所在时区
field-time-zone-hint = 截止时间按此时区输入和显示，并注明与 UTC 的时差。
field-opens = 开始
field-closes = 结束（截止时间）
field-datetime-hint = 会议地点的当地日期和时间，例如 2020-10-02 和 18:00。
field-date = 日期
field-time = 时间
field-confirm-ambiguous = 采用具有此时间的两个时刻中的第一个（时钟回拨之前）
field-visibility = 谁可以看到其他代表团的评论
visibility-private = 在结果文件公布之前，任何人都不能看到（各代表团只能看到本代表团的评论）
visibility-after-close = 本轮程序截止后，所有代表团
visibility-live = 评论一经收到，所有代表团
field-instructions = 给代表团的说明
field-instructions-hint = 显示在本轮程序页面上。最多20,000个字符。
preview-round = 核对时间
preview-again = 再次核对
preview-heading = 保存前核对
save-round = 保存本轮程序
error-field-required = 请输入值
error-field-too-long = 不得超过{ $max }个字符
error-title-control-character = 其中含有无法保存的字符（控制字符）。请删除后再试
error-title-bidi-control = 其中含有改变文字方向的不可见字符。请删除后再试
error-reference-prefix = 只能使用字母、数字和 - / . _
error-reference-prefix-taken = 另一轮程序已使用此编号前缀
error-round-title-taken = 该会议已有使用此标题的程序
error-round-kind = 请选择程序类型
error-visibility = 请选择谁可以看到其他代表团的评论
error-local-time-invalid = 请输入日期（如 2020-10-02）和时间（如 18:00）
error-instant-invalid = 请以 RFC 3339 时刻格式提供时间，例如 2020-10-02T16:00:00Z
error-closes-before-opens = 本轮程序的结束时间必须晚于开始时间
error-closes-in-past = 截止时间必须在未来
conflict-round-already-open = 本轮程序已开始：其设置不能再修改。请改用时间表操作。

## Draft
draft-title = 草案：{ $round }
draft-heading = 征求评论的草案
draft-format = 格式
draft-format-csv = 包含 agenda_item、agenda_title、label、text 各列的 CSV
draft-format-text = 纯文本：每行一个带编号的段落（“1. …”、“5 bis. …”）；以“Agenda item 2: 标题”开头的行开始一个议程项目
import-file = 上传文件
import-file-hint = UTF-8（带或不带字节顺序标记），最大5 MB。
draft-paste = 或粘贴草案
draft-paste-hint = 如提供文件，则使用文件而非粘贴的文本。
draft-preview = 核对草案
draft-save = 保存此草案
draft-locked = 本轮程序已开始：草案不能再修改。
draft-current = 当前草案
draft-empty = 尚未加载草案。
draft-text-label = 草案案文：
conflict-draft-after-opening = 本轮程序已开始：草案不能再修改。
col-agenda-item = 议程项目
col-label = 段落

## Delegations
delegations-title = 代表团：{ $round }
delegations-heading = 代表团
delegations-count = { $count }个代表团参加
delegations-import = 从 CSV 导入代表团
delegations-file-hint = 包含 name、category、focal_point_emails（地址以 ; 分隔）各列的 CSV。类别：party、observer_state、other_observer、igo、other。UTF-8，最大5 MB。已列入的代表团将获得新的联络人。
delegations-paste = 或粘贴 CSV
delegations-import-button = 导入
import-done = 已导入{ $rows }行：新增代表团{ $created }个，新增联络人{ $focal }名。
delegations-add = 添加代表团
delegations-add-button = 添加该代表团
field-delegation-name = 代表团名称
field-category = 类别
field-focal-points = 联络人
field-focal-points-hint = 电子邮件地址，以 ; 分隔
field-add-focal-point = 添加联络人（电子邮件地址）
field-new-name = 新名称
delegation-edit = 修改
delegation-remove = 从本轮程序中移除
delegation-added = 已添加该代表团。
delegation-renamed = 已为该代表团重命名。
delegation-removed = 已将该代表团从本轮程序中移除。其评论仍予以记录。
focal-point-added = 已添加联络人。
focal-point-removed = 已删除联络人，该联络人不能再登录。
no-focal-point = 无联络人：该代表团无法登录。
error-category = 请选择类别
error-email-taken = 此地址属于另一代表团或工作人员
error-delegation-name-taken = 另一代表团已使用此名称

## Imports (each names the row and column)
import-where-file = 该文件
import-where-row = 第{ $row }行
import-where-cell = 第{ $row }行第{ $column }列
import-too-large = { $where }过大（{ $bytes }字节）：文件最大为5 MB。未导入任何内容。
import-too-many-delegations = { $where }列有{ $rows }个代表团：每次最多可导入{ $limit }个。请拆分文件。未导入任何内容。
import-too-many-recommendations = { $where }有{ $rows }项建议：一份草案最多可有{ $limit }项。未导入任何内容。
import-not-utf8 = { $where }不是 UTF-8 文本。请另存为“CSV UTF-8”后再试。未导入任何内容。
import-empty = { $where }没有可导入的行。
import-missing-columns = { $where }：标题行必须列明以下各列：{ $expected }。
import-malformed = { $where }：无法读取 CSV（{ $detail }）。
import-missing-value = { $where }：缺少此值。
import-unknown-category = { $where }：未知类别“{ $value }”（请使用以下之一：{ $expected }）。
import-malformed-email = { $where }：“{ $value }”不是电子邮件地址。
import-invalid-label = { $where }：此段落编号无效（仅限字母、数字、空格和 ( ) . - /；最多20个字符）。
import-invalid-name = { $where }：此名称无效（最多200个字符，不得含控制字符或改变文字方向的不可见字符）。
import-invalid-text = { $where }：此案文无效（最多20,000个字符，不得含控制字符）。
import-invalid-title = { $where }：此标题无效（最多300个字符，不得含控制字符或改变文字方向的不可见字符）。
import-duplicate-label = { $where }：编号“{ $label }”已在第{ $first_row }行使用。
import-duplicate-delegation = { $where }：“{ $name }”已列于第{ $first_row }行。
import-duplicate-email = { $where }：{ $email }已是第{ $first_row }行的联络人。
import-email-taken = { $where }：{ $email }已属于另一代表团或工作人员。
import-agenda-title-mismatch = { $where }：议程项目{ $agenda_item }在第{ $first_row }行的标题为“{ $title }”；请为其所有行使用相同标题。
import-unnumbered-line = { $where }：此行既不以段落编号（“1.”、“5 bis.”）开头，也不以“Agenda item”开头。
error-too-large-title = 文件过大
error-too-large-body = 文件最大为5 MB。未保存任何内容。

## Schedule
history-heading = 时间表变更
history-none = 自本轮程序设立以来，时间表未作变更。
history-from = 从{ $old }
history-to = 改为{ $new }。
actions-heading = 变更时间表
actions-none-cancelled = 本轮程序已取消。
actions-none-silence-ended = 默许程序已经结束：其结果已于截止时间确定，为最终结果。如需继续，请以本轮程序为基础开始新的程序。
action-extend = 为所有代表团延长截止时间
action-extend-delegation = 为一个代表团延长截止时间
action-close = 立即结束本轮程序
action-reopen = 重新开放本轮程序
action-cancel = 取消本轮程序
field-delegation = 代表团
field-new-deadline = 新的截止时间
field-new-deadline-hint = 按会议地点时间。必须晚于当前截止时间且在未来。
field-reason = 理由
field-reason-hint = 将告知各代表团并记入审计日志。最多2,000个字符。
event-extended = 截止时间已延长
event-extended_for_delegation = 已为一个代表团延长截止时间
event-closed_early = 本轮程序提前结束
event-reopened = 本轮程序重新开放
event-cancelled = 本轮程序已取消
error-schedule-reason-required = 请说明此项变更的理由
error-schedule-reason-too-long = 理由不得超过2,000个字符
error-schedule-in-the-past = 新的截止时间必须在未来
error-schedule-not-later = 新的截止时间必须晚于当前截止时间
error-schedule-already-closed = 本轮程序的截止时间已过：请改为重新开放
error-schedule-not-closed = 只有截止时间已过的程序才能重新开放
error-schedule-not-open = 只有仍有期限未截止的程序才能提前结束
error-schedule-cancelled = 本轮程序已取消；其时间表不能再变更
error-schedule-outcome-published = 本轮程序的结果文件已公布，因此不能通过个别延期重新为代表团开放期限。如需让代表团再次提交评论，请重新开放本轮程序（整合工作随后将等待新的截止时间）。
error-schedule-silence-ended = 默许程序已经结束：其结果已于截止时间确定，为最终结果，因此其时间安排不能再更改。如需继续，请以本轮程序为基础开始新的程序（评论程序，或就修订案文开始新的默许程序）。
error-schedule-silence-runs-its-period = 默许程序须持续至截止时间：在此之前，各代表团均可打破沉默，因此不能提前结束。您可以为所有代表团延长期限，或取消该程序。
error-delegation-required = 请选择代表团
close-confirm-title = 立即结束本轮程序？
close-confirm-heading = 立即结束本轮程序？
close-confirm-every-window = 立即结束将在同一时刻（{ $time }）结束每个代表团的期限：此后不能再添加、修改或撤回任何评论。
close-confirm-no-extensions = 目前没有个别延期。
close-confirm-extensions-heading = 将被结束的个别延期
close-confirm-extension-until = 原可提交至{ $deadline }
close-confirm-extensions-told = 这些代表团将各自收到电子邮件，告知其延期已结束。如需让其中某个代表团继续提交，请在结束后再次为其延期。
close-confirm-button = 立即结束本轮程序
close-confirm-back = 返回，不结束
individual-deadline-open = 可提交至{ $deadline }（个别延期）
individual-deadline-closed = 个别延期已于{ $deadline }结束

## Responses
responses-title = 答复情况：{ $round }
responses-heading = 答复情况
responses-not-yet = 尚未答复：{ $count }
responses-show-all = 显示所有代表团
responses-show-not-responded = 仅显示尚未答复的代表团
col-delegation = 代表团
col-category = 类别
col-comments = 评论
col-last-activity = 最近活动
col-responded = 已答复

## Comments and audit
comments-csv = 下载全部评论（CSV）
comments-view = 查看方式：
comments-by-recommendation = 按建议
comments-by-delegation = 按代表团
audit-title = 审计日志：{ $round }
audit-heading = 审计日志
audit-filter-action = 操作
audit-all-actions = 所有操作
audit-csv = 下载此日志（CSV）
col-time = 时间（UTC）
col-actor = 操作人
col-action = 操作
col-object = 对象
col-change = 变更
history-new-deadline = 新的截止时间：{ $deadline }
error-role-staff = 角色必须是 chair 或 secretariat
audit-all-delegations = 所有代表团和主席
nav-consolidation = 整合和结果文件
nav-mail = 电子邮件日志

## 默许程序（主席视图）
chair-silence-heading = 默许程序
chair-silence-breakers = 以下类别代表团的声明即打破沉默：{ $categories }。
chair-silence-undecided = 截止时间过后由服务器确定结果。
chair-silence-no-statements = 尚未收到任何声明。
chair-silence-breaks = 打破沉默（收到时间：{ $sent }）
chair-silence-recorded = 已记录，不打破沉默（收到时间：{ $sent }）
chair-silence-withdrawn = 已于 { $withdrawn } 撤回（收到时间：{ $sent }）
responses-individual-heading = 个别截止时间
responses-unreachable-count = 无可登录联络人：{ $count }
responses-chart-heading = 答复情况变化
responses-chart-title = 已答复的代表团（按类别）
responses-chart-description = 截至每日结束时（会议地点时间）已答复代表团的累计数，自{ $first }至{ $last }：共{ $delegations }个代表团中的{ $total }个。
responses-chart-legend = { $category }：{ $delegations }个中的{ $count }个
responses-chart-total = 所有代表团
responses-chart-table = 以表格形式列出的数字
responses-chart-col-day = 日期（会议地点时间）
responses-delegations-heading = 可以答复的代表团
responses-unreachable-heading = 没有可登录联络人的代表团
responses-unreachable-hint = 在为其添加联络人之前，这些代表团既不能答复，也不会收到本轮程序的电子邮件：
col-event = 事件
audit-record = 所存记录原文
audit-who-server = 服务器
audit-event-comment_submitted = { $who }就{ $on ->
        [draft] 整个草案
       *[recommendation] 第{ $label }项建议
    }提交了评论{ $reference }{ $late ->
        [yes] （逾期，依据个别延期）
       *[no] {""}
    }。
audit-event-comment_edited = { $who }修改了就{ $on ->
        [draft] 整个草案
       *[recommendation] 第{ $label }项建议
    }提出的评论{ $reference }（第{ $version }版）{ $late ->
        [yes] （逾期，依据个别延期）
       *[no] {""}
    }。
audit-event-comment_withdrawn = { $who }撤回了就{ $on ->
        [draft] 整个草案
       *[recommendation] 第{ $label }项建议
    }提出的评论{ $reference }{ $late ->
        [yes] （逾期，依据个别延期）
       *[no] {""}
    }。
audit-event-round_created = { $who }创建了本轮程序。
audit-event-round_updated = { $who }修改了本轮程序的设置。
audit-event-draft_loaded = { $who }载入了草案（建议数：{ $count }）。
audit-event-delegations_imported = { $who }导入了代表团名单（行数：{ $count }）。
audit-event-delegation_renamed = { $who }将代表团{ $old }更名为{ $new }。
audit-event-delegation_removed = { $who }将{ $delegation }移出本轮程序。
audit-event-focal_point_added = { $who }将{ $email }添加为{ $delegation }的联络人。
audit-event-focal_point_removed = { $who }将{ $email }从{ $delegation }的联络人中移除。
audit-event-extended = { $who }将截止时间延至{ $deadline }。理由：{ $reason }
audit-event-extended_for_delegation = { $who }将{ $delegation }的截止时间延至{ $deadline }。理由：{ $reason }
audit-event-reopened = { $who }重新开放本轮程序，至{ $deadline }。理由：{ $reason }
audit-event-closed_early = { $who }提前结束了本轮程序。理由：{ $reason }
audit-event-cancelled = { $who }取消了本轮程序。理由：{ $reason }
audit-event-round_opened = 本轮程序已开始（已发出邀请：{ $count }）。
audit-event-reminders_enqueued = 已安排提醒（电子邮件数：{ $count }）。
audit-event-disposition_saved = { $who }就第{ $label }项建议作出决定：{ $decision ->
        [retained] 按草案保留
        [amended] 经修正
        [merged] 并入另一项建议
        [deleted] 删除
       *[bracketed] 置于方括号内（未达成一致）
    }（第{ $version }版）。
audit-event-recommendation_added = { $who }添加了第{ $label }项建议。
audit-event-outcome_published = { $who }公布了结果文件第{ $version }版。
audit-event-silence_break = { $who }{ $breaks ->
        [yes] 打破了沉默
       *[no] 提交了不打破沉默的声明
    }（声明{ $reference }）。
audit-event-silence_break_withdrawn = { $who }撤回了声明{ $reference }。
audit-event-silence_decided = 默许程序已结束：{ $result ->
        [adopted] 案文获得通过
       *[broken] 沉默被打破
    }。
audit-event-test_mail_requested = { $who }向{ $email }发送了测试电子邮件。
audit-event-demo_loaded = 已载入演示程序。
audit-event-other = { $who }：{ $action }
audit-action-comment_submitted = 提交评论
audit-action-comment_edited = 修改评论
audit-action-comment_withdrawn = 撤回评论
audit-action-round_created = 创建本轮程序
audit-action-round_updated = 修改设置
audit-action-draft_loaded = 载入草案
audit-action-delegations_imported = 导入代表团
audit-action-delegation_renamed = 代表团更名
audit-action-delegation_removed = 移除代表团
audit-action-focal_point_added = 添加联络人
audit-action-focal_point_removed = 移除联络人
audit-action-extended = 延长截止时间
audit-action-extended_for_delegation = 为一个代表团延长截止时间
audit-action-reopened = 重新开放本轮程序
audit-action-closed_early = 提前结束本轮程序
audit-action-cancelled = 取消本轮程序
audit-action-round_opened = 本轮程序开始
audit-action-reminders_enqueued = 安排提醒
audit-action-disposition_saved = 记录决定
audit-action-recommendation_added = 添加建议
audit-action-outcome_published = 公布结果文件
audit-action-silence_break = 提交声明（默许程序）
audit-action-silence_break_withdrawn = 撤回声明（默许程序）
audit-action-silence_decided = 默许程序结果
audit-action-test_mail_requested = 发送测试电子邮件
audit-action-demo_loaded = 载入演示数据

# 通过表格以外途径收到的评论
intake-link = 录入从代表团收到的评论
intake-title = 录入从代表团收到的评论
intake-lead = 用于通过表格以外途径（电子邮件、普通照会或信函）送达秘书处的评论。该评论将标明由秘书处代表该代表团录入，获得一个编号，其收件确认将发送给该代表团的联络人。在该代表团截止时间之后收到的评论将予以记录并标为逾期，在主席决定纳入之前不列入汇总。
intake-delegation = 代表团
intake-delegation-choose = 请选择代表团
intake-recommendation = 评论对象
intake-general = 整个草案
intake-source = 收到方式
intake-source-email = 电子邮件
intake-source-note_verbale = 普通照会
intake-source-letter = 信函
intake-received = 收到日期和时间
intake-received-hint = 按会议地点时间（{ $city }）填写。据此确定评论是否按时收到。
intake-reference = 发件方编号（可选）
intake-reference-hint = 例如普通照会的编号。不超过200个字符。
intake-submit = 录入评论
intake-saved = 已代表{ $delegation }录入评论{ $reference }；收件确认正在发送给该代表团的联络人。
intake-saved-held-back = 已代表{ $delegation }录入评论{ $reference }。该评论在该代表团截止时间之后收到：在主席决定纳入之前不列入汇总。
include-link = 纳入汇总
include-title = 纳入截止时间后收到的评论
include-lead = 此评论在该代表团截止时间之后收到，目前不列入汇总。是否纳入由主席决定：请说明理由，理由将保存在审计日志中。
include-reason-hint = 保存在审计日志中。不超过2,000个字符。
include-submit = 纳入汇总
include-not-held-back = 此评论已列入汇总。
include-back = 返回评论列表
audit-event-comment_entered_on_behalf = { $who }代表{ $delegation }就{ $on ->
        [draft] 整个草案
       *[recommendation] 第{ $label }项建议
    }录入了评论{ $reference }{ $late ->
        [yes] （于截止时间后收到，在纳入之前暂不计入）
       *[no] {""}
    }。
audit-event-late_comment_included = { $who }将{ $delegation }于截止时间后提交的评论{ $reference }纳入了汇总。理由：{ $reason }
audit-event-attachment_added = { $who }为{ $delegation }的一项评论附上了文件{ $file }。
audit-action-comment_entered_on_behalf = 代表代表团录入评论
audit-action-late_comment_included = 纳入逾期评论
audit-action-attachment_added = 附上文件
