# redraft — 中文目录：电子邮件（程序通知）和主席的电子邮件日志。

## Common parts
mail-deadline = 截止时间：{ $deadline }
mail-deadline-utc = 协调世界时（UTC）：{ $utc }
mail-open-round = 打开本轮程序
mail-open-our-comments = 查看贵代表团的评论
mail-footer = 本邮件由 redraft 代表{ $body }发送。
mail-footer-replies = 本邮件由 redraft 代表{ $body }发送。回复将送达秘书处。
mail-greeting = { $delegation }代表团联络人：

## Invitation (when a round opens)
mail-invitation-subject = 请提出评论：{ $round }（截止时间：{ $deadline }）
mail-invitation-intro = { $body }邀请贵代表团在“{ $round }”程序中就草案提出评论。
mail-invitation-open = 本轮程序现已开放。在下列截止时间之前，可以提交、修改或撤回评论；此后发送的任何内容服务器均不予接受。
mail-invitation-calendar = 所附日历文件（deadline.ics）载有截止时间。
mail-invitation-calendar-summary = 截止时间：{ $round }

## Receipt (a delegation's first submission) and daily digest
mail-receipt-subject = 已收到：关于{ $round }的评论{ $reference }
mail-receipt-intro = 贵代表团已在“{ $round }”程序中发送第一条评论，编号为{ $reference }：在与之有关的任何通信中请引用该编号。
mail-receipt-more = 在截止时间之前，您可以添加、修改或撤回评论。凡有变更的日子，您将收到一份汇总，而不是每项变更一封邮件。
mail-digest-subject = { $date }的变更：{ $delegation }，{ $round }
mail-digest-intro = 贵代表团在“{ $round }”程序中的评论于{ $date }（会议地点时间）有以下变更：
mail-digest-submitted = { $reference }已提交（{ $on }）
mail-digest-edited = { $reference }已修改（{ $on }）
mail-digest-withdrawn = { $reference }已撤回（{ $on }）

## Reminder
mail-reminder-subject = 提醒：关于{ $round }的评论应于{ $deadline }之前提交
mail-reminder-intro = 贵代表团尚未在“{ $round }”程序中发送评论。剩余时间：{ $remaining }。
mail-reminder-ignore = 如贵代表团无补充意见，可忽略此邮件。

## Chair's actions
mail-extension-subject = 截止时间已延长：{ $round }
mail-extension-intro = 主席已将“{ $round }”程序的截止时间从{ $old }延长至{ $new }。
mail-extension-one-subject = 已为{ $delegation }延长截止时间：{ $round }
mail-extension-one-intro = 主席已仅为贵代表团将“{ $round }”程序的截止时间从{ $old }延长至{ $new }。在总截止时间之后发送的评论将标明为逾期提交。
mail-early-close-subject = 本轮程序提前结束：{ $round }
mail-early-close-intro = 主席已于{ $closed }提前结束“{ $round }”程序。不再接受评论。
mail-early-close-extension-ended = 贵代表团获准延长至{ $deadline }的期限也随之结束：贵代表团也不能再添加或修改评论。
mail-reopen-subject = 本轮程序重新开放：{ $round }
mail-reopen-intro = 主席已重新开放“{ $round }”程序。在下列新的截止时间之前，可以再次发送评论。
mail-cancel-subject = 本轮程序已取消：{ $round }
mail-cancel-intro = 主席已取消“{ $round }”程序。不再接受评论。
mail-reason = 主席说明的理由：{ $reason }
mail-calendar-updated = 所附日历文件（deadline.ics）将更新您日历中的截止时间。
mail-calendar-cancelled = 所附日历文件（deadline.ics）将从您的日历中删除该截止时间。

## Closing confirmation
mail-closing-subject = 本轮程序已截止：{ $delegation }就{ $round }提交的内容
mail-closing-intro = “{ $round }”程序已于{ $deadline }截止。以下是截止时记录的贵代表团提交的内容：
mail-closing-none = 未收到贵代表团的评论。
mail-closing-item = { $reference } — { $on } — { $kind }：{ $text }
mail-closing-whole-draft = 草案整体
mail-closing-recommendation = 建议{ $label }

## Outcome
mail-outcome-subject = 结果文件已公布：{ $round }
mail-outcome-intro = 主席已公布“{ $round }”程序的结果文件，并附有所收到评论的汇编。
mail-open-outcome = 阅读结果文件

## Test message
mail-test-subject = redraft 测试邮件
mail-test-body = 这是于{ $time }从“{ $round }”程序的电子邮件日志发送的测试邮件。如果您能读到，说明 redraft 的邮件可以送达您。

## The Chair's mail log
mail-log-title = 电子邮件：{ $round }
mail-log-link = 本轮程序的电子邮件日志
mail-log-intro = 本轮程序的所有邮件，按时间先后排列。邮件由后台程序发送；发送失败的将以逐渐加长的间隔重试。
mail-log-empty = 本轮程序尚未发送任何电子邮件。
mail-log-col-kind = 类型
mail-log-col-recipient = 收件人
mail-log-col-subject = 主题
mail-log-col-status = 状态
mail-log-col-attempts = 尝试次数
mail-log-col-error = 最近错误
mail-log-col-sent = 发送时间
mail-log-resent = 故障后以相同 Message-ID 重新发送
mail-log-test-heading = 发送测试邮件
mail-log-test-hint = 测试邮件将通过与其他所有邮件相同的发件队列和传输方式发送至您本人的地址（{ $email }）。
mail-log-test-button = 发送测试邮件
mail-log-test-queued = 发给{ $email }的测试邮件已进入发件队列，并显示在下方。
mail-status-pending = 等待中
mail-status-sending = 正在发送
mail-status-sent = 已发送
mail-status-failed = 失败
mail-status-dropped = 未发送
mail-kind-invitation = 邀请
mail-kind-receipt = 回执
mail-kind-digest = 每日汇总
mail-kind-reminder = 提醒
mail-kind-extension = 延期
mail-kind-early_close = 提前结束
mail-kind-reopen = 重新开放
mail-kind-cancel = 取消
mail-kind-closing = 截止确认
mail-kind-outcome = 结果文件
mail-kind-test = 测试
mail-kind-sign_in = 登录链接

## Reminder offsets (ids from the domain)
error-reminders-malformed = 请将每次提醒输入为截止时间之前的时长，例如 P7D 或 PT48H，以逗号分隔
error-reminders-not-positive = 提醒必须在截止时间之前
error-reminders-too-many = 每轮程序最多10次提醒

mail-intake-subject = 已为贵代表团录入：关于{ $round }的评论{ $reference }
mail-intake-intro = 秘书处已根据收到的来文，在“{ $round }”程序中代表贵代表团录入一条评论，编号为{ $reference }：在与之有关的任何通信中请引用该编号。
mail-intake-held-back = 该评论在贵代表团截止时间之后收到：已予以记录，仅在主席作出决定后才列入汇总。
mail-intake-more = 该评论列在贵代表团的评论之中。由于由秘书处录入，不能通过表格修改；在截止时间之前，贵代表团可以另行添加评论。
