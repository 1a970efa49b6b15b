# redraft — الفهرس العربي لرسائل البريد الإلكتروني (إشعارات الجولات) ولسجل البريد.

## Common parts
mail-deadline = الموعد النهائي: { $deadline }
mail-deadline-utc = بالتوقيت العالمي المنسق: { $utc }
mail-open-round = فتح الجولة
mail-open-our-comments = الاطلاع على تعليقات وفدك
mail-footer = أُرسلت هذه الرسالة بواسطة redraft باسم { $body }.
mail-footer-replies = أُرسلت هذه الرسالة بواسطة redraft باسم { $body }. وتصل الردود إلى الأمانة.
mail-greeting = إلى جهة الوصل لوفد { $delegation }،

## Invitation (when a round opens)
mail-invitation-subject = دعوة إلى التعليق: { $round } (الموعد النهائي: { $deadline })
mail-invitation-intro = يدعو { $body } وفدكم إلى التعليق على المشروع في الجولة "{ $round }".
mail-invitation-open = الجولة مفتوحة الآن. ويمكن إرسال التعليقات أو تغييرها أو سحبها حتى الموعد النهائي المبيّن أدناه؛ ويرفض الخادم كل ما يُرسل بعده.
mail-invitation-calendar = يتضمن ملف التقويم المرفق (deadline.ics) الموعد النهائي.
mail-invitation-calendar-summary = الموعد النهائي: { $round }

## Receipt (a delegation's first submission) and daily digest
mail-receipt-subject = إشعار بالاستلام: التعليق { $reference } على { $round }
mail-receipt-intro = أرسل وفدكم أول تعليق له في الجولة "{ $round }". ومرجعه { $reference }: يُرجى ذكره في أي مراسلات بشأنه.
mail-receipt-more = يمكنكم إضافة التعليقات أو تغييرها أو سحبها حتى الموعد النهائي. وفي كل يوم تُجرى فيه تغييرات، ستتلقون ملخصًا واحدًا، لا رسالة عن كل تغيير.
mail-digest-subject = تغييرات يوم { $date }: { $delegation } في { $round }
mail-digest-intro = تغيّرت تعليقات وفدكم في الجولة "{ $round }" في { $date } (بتوقيت مكان الاجتماع):
mail-digest-submitted = قُدّم { $reference } ({ $on })
mail-digest-edited = غُيّر { $reference } ({ $on })
mail-digest-withdrawn = سُحب { $reference } ({ $on })

## Reminder
mail-reminder-subject = تذكير: يحين موعد تقديم التعليقات على { $round } في { $deadline }
mail-reminder-intro = لم يرسل وفدكم بعد أي تعليقات في الجولة "{ $round }". الوقت المتبقي: { $remaining }.
mail-reminder-ignore = إذا لم يكن لدى وفدكم ما يضيفه، يمكنكم تجاهل هذه الرسالة.

## Chair's actions
mail-extension-subject = تمديد الموعد النهائي: { $round }
mail-extension-intro = مدّد الرئيس الموعد النهائي للجولة "{ $round }" من { $old } إلى { $new }.
mail-extension-one-subject = تمديد الموعد النهائي لوفد { $delegation }: { $round }
mail-extension-one-intro = مدّد الرئيس الموعد النهائي للجولة "{ $round }" لوفدكم وحده، من { $old } إلى { $new }. وتوسم التعليقات المرسلة بعد الموعد النهائي العام بأنها متأخرة.
mail-early-close-subject = إغلاق الجولة قبل موعدها: { $round }
mail-early-close-intro = أغلق الرئيس الجولة "{ $round }" قبل موعدها، في { $closed }. ولم تعد التعليقات مقبولة.
mail-early-close-extension-ended = وبذلك ينتهي أيضًا التمديد الممنوح لوفدكم حتى { $deadline }: فلم يعد بإمكان وفدكم هو الآخر إضافة تعليقات أو تغييرها.
mail-reopen-subject = إعادة فتح الجولة: { $round }
mail-reopen-intro = أعاد الرئيس فتح الجولة "{ $round }". ويمكن إرسال التعليقات مرة أخرى حتى الموعد النهائي الجديد المبيّن أدناه.
mail-cancel-subject = إلغاء الجولة: { $round }
mail-cancel-intro = ألغى الرئيس الجولة "{ $round }". ولم تعد التعليقات مقبولة.
mail-reason = السبب الذي ذكره الرئيس: { $reason }
mail-calendar-updated = يحدّث ملف التقويم المرفق (deadline.ics) الموعد النهائي في تقويمكم.
mail-calendar-cancelled = يلغي ملف التقويم المرفق (deadline.ics) الموعد النهائي من تقويمكم.

## Closing confirmation
mail-closing-subject = أُغلقت الجولة: ما قدّمه { $delegation } بشأن { $round }
mail-closing-intro = أُغلقت الجولة "{ $round }" في { $deadline }. وفيما يلي ما قدّمه وفدكم، كما كان مسجلًا عند الموعد النهائي:
mail-closing-none = لم ترد أي تعليقات من وفدكم.
mail-closing-item = { $reference } — { $on } — { $kind }: { $text }
mail-closing-whole-draft = المشروع ككل
mail-closing-recommendation = التوصية { $label }

## Outcome
mail-outcome-subject = نُشرت الوثيقة الختامية: { $round }
mail-outcome-intro = نشر الرئيس الوثيقة الختامية للجولة "{ $round }"، مشفوعة بتجميع للتعليقات الواردة.
mail-open-outcome = قراءة الوثيقة الختامية

## Test message
mail-test-subject = رسالة اختبار من redraft
mail-test-body = هذه رسالة اختبار أُرسلت من سجل البريد للجولة "{ $round }" في { $time }. إذا كان بإمكانك قراءتها، فإن البريد الإلكتروني الصادر عن redraft يصل إليك.

## The Chair's mail log
mail-log-title = البريد الإلكتروني: { $round }
mail-log-link = سجل البريد الإلكتروني لهذه الجولة
mail-log-intro = جميع رسائل هذه الجولة، من الأقدم إلى الأحدث. تُرسل الرسائل بواسطة عملية تعمل في الخلفية؛ وتُعاد المحاولات الفاشلة بفواصل زمنية متزايدة.
mail-log-empty = لم تُرسل أي رسالة بريد إلكتروني لهذه الجولة بعد.
mail-log-col-kind = النوع
mail-log-col-recipient = المرسل إليه
mail-log-col-subject = الموضوع
mail-log-col-status = الحالة
mail-log-col-attempts = المحاولات
mail-log-col-error = آخر خطأ
mail-log-col-sent = وقت الإرسال
mail-log-resent = أُعيد إرسالها بعد عطل، بمعرّف Message-ID نفسه
mail-log-test-heading = إرسال رسالة اختبار
mail-log-test-hint = تُرسل رسالة الاختبار إلى عنوانك الخاص ({ $email }) عبر قائمة الانتظار الصادرة ووسيلة النقل نفسيهما المستخدمتين لجميع الرسائل الأخرى.
mail-log-test-button = إرسال رسالة اختبار
mail-log-test-queued = توجد رسالة اختبار موجهة إلى { $email } في قائمة الانتظار الصادرة؛ وهي تظهر أدناه.
mail-status-pending = قيد الانتظار
mail-status-sending = جارٍ الإرسال
mail-status-sent = أُرسلت
mail-status-failed = فشلت
mail-status-dropped = لم تُرسل
mail-kind-invitation = دعوة
mail-kind-receipt = إشعار بالاستلام
mail-kind-digest = ملخص يومي
mail-kind-reminder = تذكير
mail-kind-extension = تمديد
mail-kind-early_close = إغلاق مبكر
mail-kind-reopen = إعادة فتح
mail-kind-cancel = إلغاء
mail-kind-closing = تأكيد الإغلاق
mail-kind-outcome = الوثيقة الختامية
mail-kind-test = اختبار
mail-kind-sign_in = رابط تسجيل الدخول

## Reminder offsets (ids from the domain)
error-reminders-malformed = أدخل كل تذكير بوصفه مدة قبل الموعد النهائي، مثل P7D أو PT48H، مع الفصل بينها بفواصل
error-reminders-not-positive = يجب أن يأتي التذكير قبل الموعد النهائي
error-reminders-too-many = 10 تذكيرات كحد أقصى لكل جولة

mail-intake-subject = أُدخل باسم وفدكم: التعليق { $reference } على { $round }
mail-intake-intro = أدخلت الأمانة تعليقًا باسم وفدكم في الجولة "{ $round }"، استنادًا إلى رسالة وردت إليها. ومرجعه { $reference }: يُرجى ذكره في أي مراسلات بشأنه.
mail-intake-held-back = وقد ورد بعد الموعد النهائي المحدد لوفدكم: فهو محفوظ في السجل، ولا يُدرج في التجميع إلا إذا قرر الرئيس ذلك.
mail-intake-more = وهو مُدرج ضمن تعليقات وفدكم. ولأن الأمانة هي التي أدخلته، فلا يمكن تغييره من الاستمارات؛ ويمكن لوفدكم إضافة تعليقات أخرى ما دام موعده النهائي لم يحن.
