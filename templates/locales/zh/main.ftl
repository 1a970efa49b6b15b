# redraft — 中文目录。消息标识使用 kebab-case；变量为 $命名变量。

## Layout
skip-to-content = 跳至主要内容
signed-in-as = 登录身份：{ $email }
session-idle-note = 如无操作，会话将于{ $time }结束。
session-idle-note-venue = 如无操作，会话将于{ $time }（{ $utc }）结束。
session-warning-soon = 如无操作，会话将在五分钟内结束。请保持登录以继续在本页工作：已输入的内容将保留。
session-warning-ended = 会话已结束。现在提交的表格不会被保存：其文本将显示给您以便复制，然后请重新登录。
session-extend = 保持登录
sign-out = 退出登录
footer-note = redraft — 会后评论程序。时间均以会议地点所在时区显示，并注明与协调世界时（UTC）的时差。
back-home = 返回您的程序
go-back = 返回
cancel = 取消
back-to-round = 返回本轮程序
error-page-title = 错误：{ $title }
error-summary-title = 出现问题
error-summary-item = { $field }：{ $message }

## Errors
error-not-found-title = 未找到页面
error-not-found-body = 该页面不存在，或您无权访问。请检查地址，或返回您的程序。
error-csrf-title = 表单已过期
error-csrf-body = 此表单并非从 redraft 发送，或已过期。请返回，重新加载页面后再试。未保存任何内容。
error-bad-form-title = 无法读取表单
error-bad-form-body = 无法读取表单。请返回，重新加载页面后再试。未保存任何内容。
error-not-utf8-title = 表单中含有无法读取的文本
error-not-utf8-body = 所发送的部分内容不是有效文本（不是本网站使用的 UTF-8 编码），因此未保存任何内容。请返回，重新键入或粘贴文本，然后再次发送表单。
error-internal-title = 抱歉，服务出现问题
error-internal-body = 我方出现错误，未保存任何内容。请几分钟后再试。
error-conflict-title = 您的修改未保存
conflict-comment-withdrawn = 此评论已撤回，不能再修改。未保存任何内容。
conflict-comment-changed = 在您打开此评论后，贵代表团的另一人修改了该评论。未保存任何内容：请重新打开评论以查看当前文本。
error-demo-data = 无法加载演示数据。

## Validation (ids from the domain)
error-email-empty = 请输入您的电子邮件地址
error-email-too-long = 电子邮件地址不得超过254个字符
error-email-malformed = 请按正确格式输入电子邮件地址，例如 name@example.org
error-comment-empty = 请输入您的评论
error-comment-too-long = 评论不得超过{ $max }个字符（现为{ $len }个）
error-comment-control-character = 评论中含有无法保存的字符（控制字符）。请删除后再试
error-comment-kind = 请选择评论类型
error-comment-version = 无法读取表单，因此未保存任何内容。请重新打开评论并在其中修改
error-proposed-text-empty = 请输入您为本建议提出的案文
error-proposed-text-unchanged = 拟议案文与草案相同：请按您的提议加以修改，或选择其他评论类型
error-recommendation-unknown = 本建议不属于正在征求评论的草案
error-delegation-name-empty = 请输入代表团名称
error-delegation-name-too-long = 代表团名称不得超过200个字符
error-delegation-name-control-character = 代表团名称中含有无法保存的字符
error-delegation-name-bidi-control = 代表团名称中含有改变文字方向的不可见字符。请删除后再试
error-recommendation-label-empty = 请输入建议编号
error-recommendation-label-too-long = 编号不得超过20个字符
error-recommendation-label-invalid-character = 编号只能包含字母、数字、空格和 ( ) . - /

## Deadline refusals
refusal-title = 本轮程序已截止
refusal-round-closed = 本轮程序已于{ $deadline }截止。您的评论未保存。
refusal-round-not-open = 本轮程序将于{ $opens }开始。您的评论未保存。
refusal-round-cancelled = 本轮程序已取消。您的评论未保存。
kept-text-heading = 您所写的内容
kept-text-hint = 如需保留，请复制您的文本；该文本尚未保存。
session-ended-title = 您已退出登录
session-ended-body = 您的会话在评论发送前已结束，因此评论未保存。请复制下面的文本，重新登录后粘贴到表单中。
sign-in-again = 重新登录

## Sign-in
sign-in-title = 登录
sign-in-intro = 请输入贵代表团或秘书处登记的电子邮件地址。我们将向您发送登录链接。
sign-in-email-label = 电子邮件地址
sign-in-email-hint = 例如 name@mfa.example.org
sign-in-send-link = 向我发送登录链接
signed-out-notice = 您已退出登录。
check-email-title = 请查看您的电子邮件
check-email-body = 如果该地址已为某一代表团或秘书处登记，我们已向其发送登录链接。该链接只能使用一次，有效期30分钟。
check-email-again = 申请新的登录链接
sign-in-link-title = 登录 redraft
sign-in-link-body = 请按按钮登录。该链接只能使用一次。
sign-in-button = 登录
sign-in-link-invalid-title = 此登录链接已失效
sign-in-link-invalid-body = 登录链接只能使用一次，有效期30分钟。请申请新的链接。

## E-mail
email-sign-in-subject = 您的 redraft 登录链接
email-sign-in-intro = 请使用此链接登录 redraft：
email-sign-in-button = 登录 redraft
email-sign-in-validity = 该链接只能使用一次，有效期至{ $until }。
email-sign-in-ignore = 如果您并未申请登录，可忽略此邮件。

## Rounds
home-title = 您的程序
home-no-rounds = 目前还没有与您有关的程序。
round-state = 状态
round-state-scheduled = 尚未开始
round-state-open = 正在征求评论
round-state-closed = 已截止
round-state-open-delegation = 对贵代表团开放，截止时间：{ $deadline }
round-state-open-extensions = 仅对获个别延期的代表团开放，截止时间：{ $deadline }
round-last-window = 最后截止时间
round-state-cancelled = 已取消
round-deadline = 截止时间
round-deadline-inline = 截止时间：{ $deadline }
round-remaining = 剩余时间
round-remaining-inline = 剩余时间：{ $remaining }
round-opens = 开始时间
round-delegation = 您代表以下代表团提交评论：{ $delegation }
round-not-writable = 只有在本轮程序开放期间才能添加或修改评论。
window-closed-no-changes = 贵代表团的期限已于{ $deadline }截止：此评论不能再修改或撤回。
individual-extension = 主席已将贵代表团的截止时间延至{ $deadline }。
illustrative-banner = 示例草案：这些建议是为本演示而撰写的。会议的真实草案未予公布。
instructions-heading = 说明
agenda-item = 议程项目{ $number }
recommendation = 建议
general-heading = 对草案整体的评论
general-short = 草案整体
our-comments-link = 本代表团的全部评论（打印版）
notice-saved = 您的评论已保存。编号：{ $reference }
notice-withdrawn = 评论{ $reference }已撤回，仍作为已撤回评论予以记录。

## Comments
own-comments-heading = 贵代表团的评论
others-comments-heading = 其他代表团的评论
comment-on = 就建议发表评论
comment-on-draft = 就草案整体发表评论
comment-kind-legend = 评论类型
comment-kind-remark = 一般性意见
comment-kind-amendment = 拟议修正
comment-kind-deletion = 删除提议
comment-kind-support = 支持
comment-text-label = 评论
comment-text-hint = 最多20,000个字符。一般性意见必填；其他类型选填。
comment-proposed-label = 拟议案文（用于修正）
comment-proposed-hint = 拟议修正必填：按您提议的措辞填写整个段落。此处预先填入草案原文：请修改您提议修改之处。最多20,000个字符。
comment-proposed-shown = 拟议案文：
comment-withdrawn = 已撤回
comment-late = 逾期提交（个别延期）
comment-submitted = 提交时间：{ $time }
comment-last-changed = 最后修改时间：{ $time }
save-comment = 保存评论
save-changes = 保存修改
edit-link = 编辑
withdraw-link = 撤回
edit-title = 编辑评论{ $reference }
withdraw-title = 撤回评论{ $reference }
withdraw-explanation = 已撤回的评论不再属于贵代表团提交的材料，但仍予以记录并标明已撤回。
withdraw-confirm = 撤回此评论
our-comments-title = { $delegation }的评论
our-comments-none = 贵代表团在本轮程序中未提交任何评论。
printed-at = 截至{ $time }
col-reference = 编号
col-on = 事项
col-kind = 类型
col-text = 案文
col-last-change = 最后修改

## Chair
chair-round-title = 全部评论：{ $round }
chair-counts-invited = 受邀代表团：{ $count }
chair-counts-responded = 已答复：{ $count }
chair-counts-comments = 评论：{ $count }
chair-no-comments = 没有评论。

## Other domain ids
error-deadline-cancelled = 本轮程序已取消。
error-deadline-closed = 本轮程序已截止。
error-deadline-not-yet-open = 本轮程序尚未开始。
error-venue-zone-ambiguous = 该时间在会议地点所在时区出现两次（时钟回拨）。请选择其他时间。
error-venue-zone-gap = 该时间在会议地点所在时区不存在（时钟拨快）。请选择其他时间。
error-venue-zone-out-of-range = 该日期超出允许范围。
error-venue-zone-unknown = 请从列表中选择时区
paragraph-as-drafted = 草案中的该段落（修正将替换此段落）：

# 秘书处代表代表团录入的评论
comment-intake = 由秘书处代表{ $delegation }录入，系通过{ $source ->
        [email] 电子邮件
        [note_verbale] 普通照会
       *[letter] 信函
    }收到，日期为{ $date }。
comment-intake-reference = 由秘书处代表{ $delegation }录入，系通过{ $source ->
        [email] 电子邮件
        [note_verbale] 普通照会
       *[letter] 信函
    }收到，日期为{ $date }（编号：{ $reference }）。
comment-received-late = 截止时间后收到
comment-held-back = 截止时间后收到：除非主席决定纳入，否则不列入汇总
comment-included = 截止时间后收到：经主席决定纳入汇总
conflict-comment-entered-by-secretariat = 此评论由秘书处代表贵代表团录入，不能在此修改或撤回。您可以另行添加评论。未保存任何内容。
conflict-comment-not-held-back = 此评论已列入汇总。未保存任何内容。
error-intake-delegation = 请选择参加本程序的代表团
error-intake-source = 请选择收到评论的方式
error-intake-received-invalid = 请以 RFC 3339 时刻格式填写收到时间，例如 2020-10-02T14:30:00Z
error-intake-received-future = 收到日期和时间不得晚于当前时间
error-intake-not-open = 本程序尚未开始：开始后方可录入评论。未保存任何内容。
error-intake-outcome-published = 结果文件已发布：请先重新开放本程序。未保存任何内容。
error-intake-silence = 默许程序接受的是打破沉默的声明，而不是评论。未保存任何内容。
error-source-reference-too-long = 编号不得超过{ $max }个字符
error-source-reference-invalid = 编号含有不可见的控制字符或格式字符；请删除后重试

# 附件
error-attachment-empty = 文件为空
error-attachment-too-large = 文件超过20 MB。未保存任何内容。
error-attachment-pdf-only = 请以PDF文件形式附上代表团的信函。未保存任何内容。
error-attachment-pdf-or-docx = 请以PDF或Word（DOCX）文件形式附上原件。未保存任何内容。
conflict-attachment-delegation-comment = 秘书处仅为其代表代表团录入的评论附加文件；代表团自行为本团评论附加文件。未保存任何内容。
