# redraft — الفهرس العربي. معرّفات الرسائل بصيغة kebab-case؛ والمتغيرات $مسمّاة.

## Layout
skip-to-content = الانتقال إلى المحتوى الرئيسي
signed-in-as = تم تسجيل الدخول باسم { $email }
session-idle-note = إذا لم يُسجَّل أي نشاط، تنتهي جلستك في { $time }.
session-idle-note-venue = إذا لم يُسجَّل أي نشاط، تنتهي جلستك في { $time } ({ $utc }).
session-warning-soon = إذا لم يُسجَّل أي نشاط، تنتهي جلستك في أقل من خمس دقائق. ابقَ مسجَّلاً للدخول لمواصلة العمل في هذه الصفحة: يبقى ما كتبته في مكانه.
session-warning-ended = انتهت جلستك. لا تُحفظ أي استمارة تُرسل الآن: يُعرض عليك نصها لتنسخه، ثم تسجّل الدخول مرة أخرى.
session-extend = البقاء مسجَّلاً للدخول
sign-out = تسجيل الخروج
footer-note = redraft — جولات التعليقات بعد الاجتماعات. تُعرض الأوقات بحسب المنطقة الزمنية لمكان الاجتماع، مع فارق التوقيت عن التوقيت العالمي المنسق (UTC).
back-home = العودة إلى جولاتك
go-back = رجوع
cancel = إلغاء
back-to-round = العودة إلى الجولة
error-page-title = خطأ: { $title }
error-summary-title = توجد مشكلة
error-summary-item = { $field }: { $message }

## Errors
error-not-found-title = الصفحة غير موجودة
error-not-found-body = هذه الصفحة غير موجودة، أو ليس لديك إذن بالوصول إليها. تحقق من العنوان، أو عد إلى جولاتك.
error-csrf-title = انتهت صلاحية الاستمارة
error-csrf-body = لم تُرسل هذه الاستمارة من redraft، أو انتهت صلاحيتها. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى. لم يُحفظ أي شيء.
error-bad-form-title = تعذرت قراءة الاستمارة
error-bad-form-body = تعذرت قراءة الاستمارة. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى. لم يُحفظ أي شيء.
error-not-utf8-title = تضمنت الاستمارة نصًّا تتعذر قراءته
error-not-utf8-body = بعض ما أُرسل ليس نصًّا صالحًا (ليس بترميز UTF-8، وهو ترميز هذا الموقع)، ولذلك لم يُحفظ أي شيء. ارجع، واكتب النص أو الصقه مرة أخرى، ثم أرسل الاستمارة من جديد.
error-internal-title = عذرًا، توجد مشكلة في الخدمة
error-internal-body = حدث خطأ من جانبنا ولم يُحفظ أي شيء. حاول مرة أخرى بعد بضع دقائق.
error-conflict-title = لم يُحفظ التغيير الذي أجريته
conflict-comment-withdrawn = سُحب هذا التعليق ولم يعد من الممكن تغييره. لم يُحفظ أي شيء.
conflict-comment-changed = غيّر شخص آخر من وفدك هذا التعليق بعد أن فتحته. لم يُحفظ أي شيء: افتح التعليق مرة أخرى للاطلاع على نصه الحالي.
error-demo-data = تعذر تحميل البيانات التجريبية.

## Validation (ids from the domain)
error-email-empty = أدخل عنوان بريدك الإلكتروني
error-email-too-long = يجب ألا يتجاوز عنوان البريد الإلكتروني 254 حرفًا
error-email-malformed = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.org
error-comment-empty = أدخل تعليقك
error-comment-too-long = يجب ألا يتجاوز التعليق { $max } حرفًا (عدد أحرفه { $len })
error-comment-control-character = يتضمن التعليق حرفًا لا يمكن حفظه (حرف تحكم). احذفه وحاول مرة أخرى
error-comment-kind = اختر نوع التعليق
error-comment-version = تعذرت قراءة الاستمارة، ولذلك لم يُحفظ أي شيء. افتح التعليق مرة أخرى وأجرِ التغيير فيه
error-proposed-text-empty = أدخل النص الذي تقترحه لهذه التوصية
error-proposed-text-unchanged = النص المقترح مطابق لنص المشروع: عدّله ليصبح بالصيغة التي تقترحها، أو اختر نوعًا آخر من التعليقات
error-recommendation-unknown = هذه التوصية ليست جزءًا من المشروع المطروح للتعليق
error-delegation-name-empty = أدخل اسم الوفد
error-delegation-name-too-long = يجب ألا يتجاوز اسم الوفد 200 حرف
error-delegation-name-control-character = يتضمن اسم الوفد حرفًا لا يمكن حفظه
error-delegation-name-bidi-control = يتضمن اسم الوفد حرفًا غير مرئي يغيّر اتجاه النص. احذفه وحاول مرة أخرى
error-recommendation-label-empty = أدخل رقم التوصية
error-recommendation-label-too-long = يجب ألا يتجاوز الرقم 20 حرفًا
error-recommendation-label-invalid-character = لا يجوز أن يتضمن الرقم إلا حروفًا وأرقامًا ومسافات و( ) . - /

## Deadline refusals
refusal-title = الجولة مغلقة
refusal-round-closed = أُغلقت هذه الجولة في { $deadline }. لم يُحفظ تعليقك.
refusal-round-not-open = تُفتح هذه الجولة في { $opens }. لم يُحفظ تعليقك.
refusal-round-cancelled = أُلغيت هذه الجولة. لم يُحفظ تعليقك.
kept-text-heading = ما كتبته
kept-text-hint = انسخ نصك إذا أردت الاحتفاظ به؛ فهو لم يُخزَّن.
session-ended-title = تم تسجيل خروجك
session-ended-body = انتهت جلستك قبل إرسال تعليقك، ولذلك لم يُحفظ. انسخ نصك أدناه، وسجّل الدخول مرة أخرى، ثم الصقه في الاستمارة.
sign-in-again = تسجيل الدخول مرة أخرى

## Sign-in
sign-in-title = تسجيل الدخول
sign-in-intro = أدخل عنوان البريد الإلكتروني الذي سجّله وفدك أو سجّلته الأمانة. وسنرسل إليك رابطًا لتسجيل الدخول.
sign-in-email-label = عنوان البريد الإلكتروني
sign-in-email-hint = مثلًا: name@mfa.example.org
sign-in-send-link = أرسل إليّ رابطًا لتسجيل الدخول
signed-out-notice = لقد سجّلت الخروج.
check-email-title = تحقق من بريدك الإلكتروني
check-email-body = إذا كان هذا العنوان مسجلًا لوفد أو للأمانة، فقد أرسلنا إليه رابطًا لتسجيل الدخول. يصلح الرابط مرة واحدة ولمدة 30 دقيقة.
check-email-again = طلب رابط جديد لتسجيل الدخول
sign-in-link-title = تسجيل الدخول إلى redraft
sign-in-link-body = اضغط الزر لتسجيل الدخول. يصلح الرابط مرة واحدة.
sign-in-button = تسجيل الدخول
sign-in-link-invalid-title = لم يعد رابط تسجيل الدخول هذا صالحًا
sign-in-link-invalid-body = تصلح روابط تسجيل الدخول مرة واحدة ولمدة 30 دقيقة. اطلب رابطًا جديدًا.

## E-mail
email-sign-in-subject = رابط تسجيل دخولك إلى redraft
email-sign-in-intro = استخدم هذا الرابط لتسجيل الدخول إلى redraft:
email-sign-in-button = تسجيل الدخول إلى redraft
email-sign-in-validity = يصلح الرابط مرة واحدة، حتى { $until }.
email-sign-in-ignore = إذا لم تطلب تسجيل الدخول، يمكنك تجاهل هذه الرسالة.

## Rounds
home-title = جولاتك
home-no-rounds = لا توجد جولات تخصك بعد.
round-state = الحالة
round-state-scheduled = لم تُفتح بعد
round-state-open = مفتوحة لتلقي التعليقات
round-state-closed = مغلقة
round-state-open-delegation = مفتوحة لوفدك حتى { $deadline }
round-state-open-extensions = مفتوحة فقط بموجب تمديدات فردية، حتى { $deadline }
round-last-window = آخر موعد نهائي
round-state-cancelled = ملغاة
round-deadline = الموعد النهائي
round-deadline-inline = الموعد النهائي: { $deadline }
round-remaining = الوقت المتبقي
round-remaining-inline = الوقت المتبقي: { $remaining }
round-opens = تاريخ الفتح
round-delegation = تقدّم التعليقات باسم { $delegation }
round-not-writable = لا يمكن إضافة التعليقات أو تغييرها إلا ما دامت الجولة مفتوحة.
window-closed-no-changes = انتهت المهلة المتاحة لوفدك في { $deadline }: لم يعد من الممكن تغيير هذا التعليق أو سحبه.
individual-extension = مدّد الرئيس الموعد النهائي لوفدك حتى { $deadline }.
illustrative-banner = مشروع توضيحي: كُتبت هذه التوصيات لأغراض هذا العرض التجريبي. ولم يُنشر المشروع الفعلي للاجتماع.
instructions-heading = التعليمات
agenda-item = البند { $number } من جدول الأعمال
recommendation = التوصية
general-heading = تعليقات على المشروع ككل
general-short = المشروع ككل
our-comments-link = جميع تعليقات وفدنا (نسخة قابلة للطباعة)
notice-saved = حُفظ تعليقك. المرجع: { $reference }
notice-withdrawn = سُحب التعليق { $reference }. ويبقى مسجلًا بوصفه مسحوبًا.

## Comments
own-comments-heading = تعليقات وفدك
others-comments-heading = تعليقات الوفود الأخرى
comment-on = التعليق على التوصية
comment-on-draft = التعليق على المشروع ككل
comment-kind-legend = نوع التعليق
comment-kind-remark = ملاحظة عامة
comment-kind-amendment = تعديل مقترح
comment-kind-deletion = اقتراح بالحذف
comment-kind-support = تأييد
comment-text-label = التعليق
comment-text-hint = 20,000 حرف كحد أقصى. إلزامي للملاحظة العامة؛ واختياري للأنواع الأخرى.
comment-proposed-label = النص المقترح (للتعديل)
comment-proposed-hint = إلزامي للتعديل المقترح: الفقرة كاملة بالصيغة التي تقترحها. يبدأ الحقل بنص المشروع: غيّر ما تقترح تغييره. 20,000 حرف كحد أقصى.
comment-proposed-shown = النص المقترح:
comment-withdrawn = مسحوب
comment-late = متأخر (تمديد فردي)
comment-submitted = قُدّم في { $time }
comment-last-changed = آخر تغيير في { $time }
save-comment = حفظ التعليق
save-changes = حفظ التغييرات
edit-link = تعديل
withdraw-link = سحب
edit-title = تعديل التعليق { $reference }
withdraw-title = سحب التعليق { $reference }
withdraw-explanation = لا يعود التعليق المسحوب جزءًا مما قدّمه وفدك. ويبقى مسجلًا مع الإشارة إلى أنه مسحوب.
withdraw-confirm = سحب هذا التعليق
our-comments-title = تعليقات { $delegation }
our-comments-none = لم يقدّم وفدك أي تعليقات في هذه الجولة.
printed-at = حتى { $time }
col-reference = المرجع
col-on = الموضوع
col-kind = النوع
col-text = النص
col-last-change = آخر تغيير

## Chair
chair-round-title = جميع التعليقات: { $round }
chair-counts-invited = الوفود المدعوة: { $count }
chair-counts-responded = الوفود التي ردّت: { $count }
chair-counts-comments = التعليقات: { $count }
chair-no-comments = لا توجد تعليقات.

## Other domain ids
error-deadline-cancelled = أُلغيت هذه الجولة.
error-deadline-closed = هذه الجولة مغلقة.
error-deadline-not-yet-open = لم تُفتح هذه الجولة بعد.
error-venue-zone-ambiguous = يتكرر هذا الوقت مرتين في المنطقة الزمنية لمكان الاجتماع (تُؤخَّر الساعة). اختر وقتًا آخر.
error-venue-zone-gap = لا وجود لهذا الوقت في المنطقة الزمنية لمكان الاجتماع (تُقدَّم الساعة). اختر وقتًا آخر.
error-venue-zone-out-of-range = هذا التاريخ خارج النطاق المسموح به.
error-venue-zone-unknown = اختر منطقة زمنية من القائمة
paragraph-as-drafted = الفقرة بصيغتها الواردة في المشروع، التي يحلّ التعديل محلّها:

# التعليقات التي تدخلها الأمانة باسم وفد
comment-intake = أدخلته الأمانة باسم { $delegation }، ووردَ { $source ->
        [email] بالبريد الإلكتروني
        [note_verbale] بمذكرة شفوية
       *[letter] برسالة
    } مؤرخة { $date }.
comment-intake-reference = أدخلته الأمانة باسم { $delegation }، ووردَ { $source ->
        [email] بالبريد الإلكتروني
        [note_verbale] بمذكرة شفوية
       *[letter] برسالة
    } مؤرخة { $date } (المرجع: { $reference }).
comment-received-late = ورد بعد الموعد النهائي
comment-held-back = ورد بعد الموعد النهائي: لا يُدرج في التجميع ما لم يقرر الرئيس إدراجه
comment-included = ورد بعد الموعد النهائي: أدرجه الرئيس في التجميع
conflict-comment-entered-by-secretariat = أدخلت الأمانة هذا التعليق باسم وفدكم: لا يمكن تغييره أو سحبه من هنا. ويمكنكم إضافة تعليق آخر. لم يُحفظ أي شيء.
conflict-comment-not-held-back = هذا التعليق مُدرج بالفعل في التجميع. لم يُحفظ أي شيء.
error-intake-delegation = اختر وفدًا مشاركًا في الجولة
error-intake-source = اختر الطريقة التي ورد بها التعليق
error-intake-received-invalid = اذكر وقت الورود بصيغة لحظة RFC 3339، مثل 2020-10-02T14:30:00Z
error-intake-received-future = لا يجوز أن يكون تاريخ الورود ووقته بعد اللحظة الحالية
error-intake-not-open = لم تُفتح الجولة بعد: يمكن إدخال التعليقات عند فتحها. لم يُحفظ أي شيء.
error-intake-outcome-published = نُشرت الوثيقة الختامية: أعد فتح الجولة أولًا. لم يُحفظ أي شيء.
error-intake-silence = إجراء الموافقة الضمنية يقبل بيانات كسر الصمت، لا التعليقات. لم يُحفظ أي شيء.
error-source-reference-too-long = يجب ألا يتجاوز المرجع { $max } حرفًا
error-source-reference-invalid = يتضمن المرجع حرف تحكم أو تنسيق غير مرئي؛ احذفه وحاول مرة أخرى

# المرفقات
error-attachment-empty = الملف فارغ
error-attachment-too-large = يتجاوز حجم الملف 20 ميغابايت. لم يُحفظ أي شيء.
error-attachment-pdf-only = أرفق رسالة الوفد في ملف بصيغة PDF. لم يُحفظ أي شيء.
error-attachment-pdf-or-docx = أرفق النسخة الأصلية في ملف بصيغة PDF أو Word (DOCX). لم يُحفظ أي شيء.
conflict-attachment-delegation-comment = لا ترفق الأمانة ملفات إلا بالتعليقات التي أدخلتها باسم وفد؛ أما الوفد فيرفق الملفات بتعليقاته بنفسه. لم يُحفظ أي شيء.
