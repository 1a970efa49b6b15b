# redraft — 中文目录：默许程序。

## Silence procedure (settings)
field-silence-breakers = 谁可以打破沉默（仅限默许程序）
field-silence-breakers-hint = 所勾选类别的代表团提交的声明将打破沉默；其他代表团的声明予以记录，但不打破沉默。
error-silence-breakers = 请至少勾选一个可以打破沉默的代表团类别
error-silence-too-short = 默许程序从开始到截止至少应持续{ $unit ->
    [hours] { $count }小时
   *[minutes] { $count }分钟
  }
mail-kind-silence_result = 默许程序结果

## Silence procedure
mail-greeting-chair = 主席：
mail-silence-invitation-subject = 默许程序：{ $round }（截至{ $deadline }）
mail-silence-invitation-intro = { $body }已将“{ $round }”案文付诸默许程序。除非在此之前有人打破沉默，该案文将于{ $deadline }获得通过。
mail-silence-invitation-how = 如贵国政府持有异议，请在截止时间前在本轮程序页面上提交书面声明以打破沉默。如无异议，则无需采取任何行动。
mail-silence-reminder-subject = 提醒：关于{ $round }的默许程序将于{ $deadline }结束
mail-silence-reminder-intro = 除非有人打破沉默，“{ $round }”案文将在截止时间获得通过。剩余时间：{ $remaining }。如贵国政府无异议，可忽略此邮件。
mail-silence-break-subject = 已收到：打破沉默，关于{ $round }的{ $reference }
mail-silence-break-intro = 已收到贵代表团就“{ $round }”打破沉默的声明，编号为{ $reference }：在与之有关的任何通信中请引用该编号。截止时间之前可撤回该声明。
mail-silence-statement-subject = 已收到：关于{ $round }的声明{ $reference }
mail-silence-statement-intro = 已收到并记录贵代表团关于“{ $round }”的声明；由于在本程序中贵代表团所属类别的代表团不能打破沉默，该声明不打破沉默。编号为{ $reference }。
mail-silence-withdrawn-subject = 已撤回：关于{ $round }的声明{ $reference }
mail-silence-withdrawn-intro = 贵代表团关于“{ $round }”的声明{ $reference }已撤回，仍作为已撤回声明予以记录。
mail-silence-adopted-subject = 按默许程序通过：{ $round }
mail-silence-adopted-intro = 关于“{ $round }”的默许程序已于{ $deadline }结束。无人打破沉默：案文获得通过。
mail-silence-broken-subject = 沉默被打破：{ $round }
mail-silence-broken-intro = 关于“{ $round }”的默许程序已于{ $deadline }结束。以下代表团打破了沉默；案文未获通过：

## Silence procedure (a delegation's pages)
silence-explanation = 以下案文已付诸默许程序。除非在此之前有代表团以书面声明打破沉默，该案文将于{ $deadline }获得通过。如贵国政府无异议，则无需采取任何行动。
silence-cannot-break = 在本程序中，贵代表团所属类别的代表团不能打破沉默：您提交的声明将予以记录并提交主席，但不打破沉默。
silence-own-statements = 贵代表团的声明
silence-sent-at = 发送时间：{ $time }
silence-withdrawn-at = 撤回时间：{ $time }
silence-statement-breaks = 打破沉默
silence-statement-recorded = 已记录；不打破沉默
silence-amendment-to = 对以下建议的拟议案文
silence-withdraw-link = 撤回此声明
silence-form-heading = 打破沉默
silence-form-heading-statement = 提交声明
silence-statement-label = 贵国政府的声明
silence-statement-hint = 必填。最多20,000个字符。请说明异议及其理由。
silence-amendments-legend = 拟议修正（可选）
silence-amendments-hint = 如贵国政府提出其他措辞，请在相关建议下按拟议措辞填写整个段落。其他建议留空。
silence-amendment-label = 对以下建议的拟议案文
silence-continue = 继续
silence-not-writable = 只有在程序开放期间才能提交或撤回声明。
silence-confirm-title = 确认贵国政府的声明
silence-official-act = 提交此声明是{ $delegation }政府的正式行为：该声明将连同时间和编号予以记录，并归于贵代表团。
silence-confirm-breaks = 该声明打破沉默：除非在{ $deadline }之前撤回，否则案文不会按本程序获得通过。
silence-confirm-button = 打破沉默
silence-confirm-statement-button = 提交声明
silence-change-button = 返回修改
silence-notice-broken = 贵代表团已打破沉默。编号：{ $reference }
silence-notice-recorded = 贵代表团的声明已记录；不打破沉默。编号：{ $reference }
silence-notice-withdrawn = 贵代表团的声明{ $reference }已撤回，仍作为已撤回声明予以记录。
silence-withdraw-title = 撤回贵代表团的声明
silence-withdraw-explanation = 撤回声明后，贵代表团不再打破沉默。该声明仍予以记录并标明已撤回。截止时间之前可以提交新的声明。
silence-withdraw-confirm = 撤回声明
silence-nothing-to-withdraw = 贵代表团在本程序中没有有效的声明。
silence-result-heading = 默许程序结果
silence-result-adopted = 无人打破沉默：案文获得通过。
silence-result-broken = 以下代表团打破了沉默；案文未获通过：
error-statement-empty = 请输入贵国政府的声明
error-amendment-repeated = 每项建议只能提出一个案文
conflict-not-silence = 本轮程序不是默许程序。未保存任何内容。
conflict-silence-standing = 贵代表团在本程序中已有一份有效声明；如需提交新声明，请先撤回该声明。未保存任何内容。
refusal-silence-closed = 本默许程序已于{ $deadline }结束。您的声明未保存。
refusal-silence-not-open = 本默许程序将于{ $opens }开始。您的声明未保存。
refusal-silence-cancelled = 本默许程序已取消。您的声明未保存。
