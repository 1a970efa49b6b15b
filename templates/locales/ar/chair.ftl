# redraft — الفهرس العربي: صفحات الرئيس والأمانة.

## Navigation
nav-label = صفحات هذه الجولة
nav-overview = لمحة عامة والجدول الزمني
nav-responses = الردود
nav-comments = التعليقات
nav-draft = المشروع
nav-delegations = الوفود
nav-settings = الإعدادات
nav-audit = سجل المراجعة
new-round-link = إعداد جولة جديدة
venue-now = الوقت الحالي في مكان الاجتماع: { $time }
yes = نعم
no = لا
add = إضافة
remove = إزالة
rename = إعادة التسمية
filter = تصفية

## Categories of delegations
category-party = دولة طرف
category-observer_state = دولة مراقبة
category-other_observer = مراقب آخر
category-igo = منظمة حكومية دولية
category-other = أخرى

## Round settings
new-round-title = إعداد جولة جديدة
settings-title = إعدادات الجولة
field-body = الهيئة
field-body-hint = مثلًا: الفريق العامل المعني بالاتجار بالأشخاص
field-meeting = الاجتماع
field-meeting-hint = مثلًا: الاجتماع العاشر
field-round-title = عنوان الجولة
field-round-title-hint = مثلًا: التعليقات على مشروع التوصيات بعد الاجتماع
field-reference-prefix = بادئة أرقام الإشعارات بالاستلام
field-reference-prefix-hint = تُرقَّم الإشعارات بالاستلام بعد هذه البادئة، فمثلًا تعطي WG-TIP-2020/C الرقم WG-TIP-2020/C/0042. حروف وأرقام و- / . _ فقط؛ خاصة بهذه الجولة.
field-kind = نوع الجولة
kind-comment = جولة تعليقات
kind-silence = إجراء الموافقة الصامتة
field-time-zone = المنطقة الزمنية لمكان الاجتماع
field-time-zone-hint = تُدخَل المواعيد النهائية وتُعرض بحسب هذه المنطقة، مع فارق التوقيت عن UTC.
field-opens = الفتح
field-closes = الإغلاق (الموعد النهائي)
field-datetime-hint = التاريخ والوقت بحسب ساعة مكان الاجتماع، مثل 2020-10-02 و18:00.
field-date = التاريخ
field-time = الوقت
field-confirm-ambiguous = استخدام أول اللحظتين اللتين تحملان هذا الوقت (قبل تأخير الساعة)
field-visibility = من يطّلع على تعليقات الوفود الأخرى
visibility-private = لا أحد قبل نشر الوثيقة الختامية (لا يرى كل وفد إلا تعليقاته)
visibility-after-close = جميع الوفود، بعد إغلاق الجولة
visibility-live = جميع الوفود، فور ورود التعليقات
field-instructions = التعليمات الموجهة إلى الوفود
field-instructions-hint = تُعرض في صفحة الجولة. 20,000 حرف كحد أقصى.
preview-round = التحقق من الأوقات
preview-again = التحقق مرة أخرى
preview-heading = التحقق قبل الحفظ
save-round = حفظ الجولة
error-field-required = أدخل قيمة
error-field-too-long = يجب ألا يتجاوز هذا الحقل { $max } حرفًا
error-title-control-character = يتضمن هذا النص حرفًا لا يمكن حفظه (حرف تحكم). احذفه وحاول مرة أخرى
error-title-bidi-control = يتضمن هذا النص حرفًا غير مرئي يغيّر اتجاه النص. احذفه وحاول مرة أخرى
error-reference-prefix = لا تستخدم إلا الحروف والأرقام و- / . _
error-reference-prefix-taken = تستخدم جولة أخرى بادئة المرجع هذه بالفعل
error-round-title-taken = للاجتماع بالفعل جولة تحمل هذا العنوان
error-round-kind = اختر نوع الجولة
error-visibility = اختر من يطّلع على تعليقات الوفود الأخرى
error-local-time-invalid = أدخل تاريخًا مثل 2020-10-02 ووقتًا مثل 18:00
error-instant-invalid = أدخل الوقت بصيغة RFC 3339، مثل 2020-10-02T16:00:00Z
error-closes-before-opens = يجب أن تُغلق الجولة بعد فتحها
error-closes-in-past = يجب أن يكون الموعد النهائي في المستقبل
conflict-round-already-open = فُتحت الجولة: لم يعد من الممكن تغيير إعداداتها. استخدم بدلًا من ذلك إجراءات الجدول الزمني.

## Draft
draft-title = المشروع: { $round }
draft-heading = المشروع المطروح للتعليق
draft-format = الصيغة
draft-format-csv = ملف CSV بالأعمدة agenda_item وagenda_title وlabel وtext
draft-format-text = نص عادي: فقرة مرقّمة واحدة في كل سطر ("1. …"، "5 مكررًا. …")؛ والسطر "Agenda item 2: العنوان" يبدأ بندًا من جدول الأعمال
import-file = تحميل ملف
import-file-hint = بترميز UTF-8 (مع علامة ترتيب البايتات أو بدونها)، وبحجم أقصاه 5 ميغابايت.
draft-paste = أو الصق المشروع
draft-paste-hint = إذا قُدّم ملف، استُخدم بدلًا من النص الملصق.
draft-preview = التحقق من المشروع
draft-save = حفظ هذا المشروع
draft-locked = فُتحت الجولة: لم يعد من الممكن تغيير المشروع.
draft-current = المشروع الحالي
draft-empty = لم يُحمَّل أي مشروع بعد.
draft-text-label = نص المشروع:
conflict-draft-after-opening = فُتحت الجولة: لم يعد من الممكن تغيير المشروع.
col-agenda-item = بند جدول الأعمال
col-label = الفقرة

## Delegations
delegations-title = الوفود: { $round }
delegations-heading = الوفود
delegations-count = { $count ->
    [zero] لا يشارك أي وفد
    [one] يشارك وفد واحد
    [two] يشارك وفدان
    [few] يشارك { $count } وفود
    [many] يشارك { $count } وفدًا
   *[other] يشارك { $count } وفد
}
delegations-import = استيراد الوفود من ملف CSV
delegations-file-hint = ملف CSV بالأعمدة name وcategory وfocal_point_emails (العناوين مفصولة بـ ;). الفئات: party وobserver_state وother_observer وigo وother. بترميز UTF-8، وبحجم أقصاه 5 ميغابايت. تحصل الوفود المدرجة بالفعل على جهات الوصل الجديدة.
delegations-paste = أو الصق ملف CSV
delegations-import-button = استيراد
import-done = عدد الصفوف المستوردة: { $rows }؛ الوفود الجديدة: { $created }؛ جهات الوصل الجديدة: { $focal }.
delegations-add = إضافة وفد
delegations-add-button = إضافة الوفد
field-delegation-name = اسم الوفد
field-category = الفئة
field-focal-points = جهات الوصل
field-focal-points-hint = عناوين البريد الإلكتروني، مفصولة بـ ;
field-add-focal-point = إضافة جهة وصل (عنوان بريد إلكتروني)
field-new-name = الاسم الجديد
delegation-edit = تغيير
delegation-remove = إزالة من هذه الجولة
delegation-added = أُضيف الوفد.
delegation-renamed = أُعيدت تسمية الوفد.
delegation-removed = أُزيل الوفد من هذه الجولة. وتبقى تعليقاته مسجلة.
focal-point-added = أُضيفت جهة الوصل.
focal-point-removed = أُزيلت جهة الوصل. ولم يعد بإمكانها تسجيل الدخول.
no-focal-point = لا توجد جهة وصل: لا يمكن لهذا الوفد تسجيل الدخول.
error-category = اختر فئة
error-email-taken = هذا العنوان يخص وفدًا آخر أو أحد الموظفين
error-delegation-name-taken = يحمل وفد آخر هذا الاسم بالفعل

## Imports (each names the row and column)
import-where-file = الملف
import-where-row = الصف { $row }
import-where-cell = الصف { $row }، العمود { $column }
import-too-large = { $where }: الحجم كبير جدًّا ({ $bytes } بايت)؛ يجب ألا يتجاوز حجم الملفات 5 ميغابايت. لم يُستورد أي شيء.
import-too-many-delegations = { $where }: عدد الوفود المدرجة { $rows }، ولا يمكن استيراد أكثر من { $limit } دفعة واحدة. قسّم الملف. لم يُستورد أي شيء.
import-too-many-recommendations = { $where }: عدد التوصيات { $rows }، ولا يجوز أن يتضمن المشروع أكثر من { $limit }. لم يُستورد أي شيء.
import-not-utf8 = { $where }: النص ليس بترميز UTF-8. احفظه بصيغة "CSV UTF-8" وحاول مرة أخرى. لم يُستورد أي شيء.
import-empty = { $where }: لا توجد صفوف للاستيراد.
import-missing-columns = { $where }: يجب أن يسمّي صف العناوين الأعمدة { $expected }.
import-malformed = { $where }: تتعذر قراءة ملف CSV ({ $detail }).
import-missing-value = { $where }: هذه القيمة ناقصة.
import-unknown-category = { $where }: الفئة "{ $value }" غير معروفة (استخدم إحدى الفئات التالية: { $expected }).
import-malformed-email = { $where }: "{ $value }" ليس عنوان بريد إلكتروني.
import-invalid-label = { $where }: رقم الفقرة هذا غير صالح (حروف وأرقام ومسافات و( ) . - / فقط؛ 20 حرفًا كحد أقصى).
import-invalid-name = { $where }: هذا الاسم غير صالح (200 حرف كحد أقصى، دون أحرف تحكم أو أحرف غير مرئية تغيّر اتجاه النص).
import-invalid-text = { $where }: هذا النص غير صالح (20,000 حرف كحد أقصى، دون أحرف تحكم).
import-invalid-title = { $where }: هذا العنوان غير صالح (300 حرف كحد أقصى، دون أحرف تحكم أو أحرف غير مرئية تغيّر اتجاه النص).
import-duplicate-label = { $where }: الرقم "{ $label }" مستخدم بالفعل في الصف { $first_row }.
import-duplicate-delegation = { $where }: "{ $name }" مدرج بالفعل في الصف { $first_row }.
import-duplicate-email = { $where }: { $email } جهة وصل بالفعل في الصف { $first_row }.
import-email-taken = { $where }: { $email } يخص بالفعل وفدًا آخر أو أحد الموظفين.
import-agenda-title-mismatch = { $where }: عنوان البند { $agenda_item } من جدول الأعمال في الصف { $first_row } هو "{ $title }"؛ أعطِ جميع صفوفه العنوان نفسه.
import-unnumbered-line = { $where }: لا يبدأ هذا السطر برقم فقرة ("1."، "5 مكررًا.") ولا بعبارة "Agenda item".
error-too-large-title = الملف كبير جدًّا
error-too-large-body = يجب ألا يتجاوز حجم الملفات 5 ميغابايت. لم يُخزَّن أي شيء.

## Schedule
history-heading = التغييرات في الجدول الزمني
history-none = لم يتغير الجدول الزمني منذ إعداد الجولة.
history-from = من { $old }
history-to = إلى { $new }.
actions-heading = تغيير الجدول الزمني
actions-none-cancelled = أُلغيت الجولة.
actions-none-silence-ended = انتهى إجراء الموافقة الصامتة: حُددت نتيجته عند انقضاء الموعد النهائي وهي نهائية. وللمضي قدماً، ابدأ جولة جديدة انطلاقاً من هذه الجولة.
action-extend = تمديد الموعد النهائي لجميع الوفود
action-extend-delegation = تمديد الموعد النهائي لوفد واحد
action-close = إغلاق الجولة الآن
action-reopen = إعادة فتح الجولة
action-cancel = إلغاء الجولة
field-delegation = الوفد
field-new-deadline = الموعد النهائي الجديد
field-new-deadline-hint = بحسب ساعة مكان الاجتماع. يجب أن يكون بعد الموعد النهائي الحالي وفي المستقبل.
field-reason = السبب
field-reason-hint = يُبلَّغ إلى الوفود ويُحفظ في سجل المراجعة. 2,000 حرف كحد أقصى.
event-extended = مُدّد الموعد النهائي
event-extended_for_delegation = مُدّد الموعد النهائي لوفد واحد
event-closed_early = أُغلقت الجولة قبل موعدها
event-reopened = أُعيد فتح الجولة
event-cancelled = أُلغيت الجولة
error-schedule-reason-required = اذكر سبب هذا التغيير
error-schedule-reason-too-long = يجب ألا يتجاوز السبب 2,000 حرف
error-schedule-in-the-past = يجب أن يكون الموعد النهائي الجديد في المستقبل
error-schedule-not-later = يجب أن يكون الموعد النهائي الجديد بعد الموعد الحالي
error-schedule-already-closed = انقضى الموعد النهائي للجولة: أعد فتحها بدلًا من ذلك
error-schedule-not-closed = لا يمكن إعادة فتح جولة إلا إذا انقضى موعدها النهائي
error-schedule-not-open = لا يمكن إغلاق جولة قبل موعدها إلا إذا كانت لا تزال مفتوحة لوفد واحد على الأقل
error-schedule-cancelled = أُلغيت الجولة؛ ولم يعد من الممكن تغيير جدولها الزمني
error-schedule-outcome-published = نُشرت الوثيقة الختامية لهذه الجولة، ولذلك لا يمكن أن يُعاد فتح مهلة أي وفد بتمديد فردي. ولتمكين الوفود من الكتابة مرة أخرى، أعد فتح الجولة (وعندئذ ينتظر التوحيد موعدها النهائي الجديد).
error-schedule-silence-ended = انتهى إجراء الموافقة الصامتة: حُددت نتيجته عند انقضاء الموعد النهائي وهي نهائية، ولذلك لم يعد من الممكن تغيير جدوله الزمني. وللمضي قدماً، ابدأ جولة جديدة انطلاقاً من هذه الجولة (جولة تعليقات، أو إجراء موافقة صامتة جديداً بشأن نص منقح).
error-schedule-silence-runs-its-period = يستمر إجراء الموافقة الصامتة حتى موعده النهائي: إذ يحق لكل وفد أن يكسر الصمت حتى ذلك الحين، ولذلك لا يجوز إنهاؤه قبل أوانه. ويمكنك تمديده لجميع الوفود أو إلغاؤه.
error-delegation-required = اختر وفدًا
close-confirm-title = إغلاق الجولة الآن؟
close-confirm-heading = إغلاق الجولة الآن؟
close-confirm-every-window = يُنهي الإغلاق الآن مهلة كل وفد في اللحظة نفسها ({ $time }): لا يمكن بعدها إضافة أي تعليق أو تعديله أو سحبه.
close-confirm-no-extensions = لا يوجد تمديد فردي جارٍ.
close-confirm-extensions-heading = التمديدات الفردية التي يُنهيها ذلك
close-confirm-extension-until = كان بإمكانه الكتابة حتى { $deadline }
close-confirm-extensions-told = يُبلَّغ كل وفد من هذه الوفود بالبريد الإلكتروني بانتهاء تمديده. ولتمكين أحدها من المواصلة، مدِّد مهلته مرة أخرى بعد الإغلاق.
close-confirm-button = إغلاق الجولة الآن
close-confirm-back = الرجوع دون إغلاق
individual-deadline-open = يمكنه الكتابة حتى { $deadline } (تمديد فردي)
individual-deadline-closed = انتهى التمديد الفردي في { $deadline }

## Responses
responses-title = الردود: { $round }
responses-heading = الردود
responses-not-yet = الوفود التي لم تردّ بعد: { $count }
responses-show-all = عرض جميع الوفود
responses-show-not-responded = عرض الوفود التي لم تردّ فقط
col-delegation = الوفد
col-category = الفئة
col-comments = التعليقات
col-last-activity = آخر نشاط
col-responded = ردّ

## Comments and audit
comments-csv = تنزيل جميع التعليقات (CSV)
comments-view = العرض:
comments-by-recommendation = حسب التوصية
comments-by-delegation = حسب الوفد
audit-title = سجل المراجعة: { $round }
audit-heading = سجل المراجعة
audit-filter-action = الإجراء
audit-all-actions = جميع الإجراءات
audit-csv = تنزيل هذا السجل (CSV)
col-time = الوقت (UTC)
col-actor = بواسطة
col-action = الإجراء
col-object = الموضوع
col-change = التغيير
history-new-deadline = الموعد النهائي الجديد: { $deadline }
error-role-staff = يجب أن يكون الدور chair أو secretariat
audit-all-delegations = جميع الوفود والرئيس
nav-consolidation = التوحيد والوثيقة الختامية
nav-mail = سجل البريد الإلكتروني

## إجراء الموافقة الضمنية (عرض الرئيس)
chair-silence-heading = إجراء الموافقة الضمنية
chair-silence-breakers = البيانات الصادرة عن هذه الفئات تكسر الصمت: { $categories }.
chair-silence-undecided = يحدد الخادم النتيجة بعد انقضاء الموعد النهائي.
chair-silence-no-statements = لم يرد أي بيان.
chair-silence-breaks = يكسر الصمت (ورد في { $sent })
chair-silence-recorded = مسجَّل، لا يكسر الصمت (ورد في { $sent })
chair-silence-withdrawn = سُحب في { $withdrawn } (ورد في { $sent })
responses-individual-heading = المهل الفردية
responses-unreachable-count = بلا جهة وصل يمكنها تسجيل الدخول: { $count }
responses-chart-heading = تطوّر الردود
responses-chart-title = الوفود التي ردّت، حسب الفئة
responses-chart-description = العدد التراكمي للوفود التي ردّت في نهاية كل يوم (بتوقيت مكان الاجتماع)، من { $first } إلى { $last }: { $total } من أصل { $delegations } إجمالًا.
responses-chart-legend = { $category }: { $count } من أصل { $delegations }
responses-chart-total = جميع الوفود
responses-chart-table = الأرقام في شكل جدول
responses-chart-col-day = اليوم (بتوقيت مكان الاجتماع)
responses-delegations-heading = الوفود التي يمكنها الرد
responses-unreachable-heading = وفود ليست لها جهة وصل يمكنها تسجيل الدخول
responses-unreachable-hint = لا يمكنها الرد ولا تلقي رسائل الجولة بالبريد الإلكتروني إلى أن تُضاف إليها جهة وصل:
col-event = ما حدث
audit-record = السجل كما هو محفوظ
audit-who-server = الخادم
audit-event-comment_submitted = { $who }: قُدِّم التعليق { $reference } على { $on ->
        [draft] المشروع ككل
       *[recommendation] التوصية { $label }
    }{ $late ->
        [yes] ، متأخرًا (بموجب تمديد فردي)
       *[no] {""}
    }.
audit-event-comment_edited = { $who }: عُدِّل التعليق { $reference } على { $on ->
        [draft] المشروع ككل
       *[recommendation] التوصية { $label }
    } (الصيغة { $version }){ $late ->
        [yes] ، متأخرًا (بموجب تمديد فردي)
       *[no] {""}
    }.
audit-event-comment_withdrawn = { $who }: سُحب التعليق { $reference } على { $on ->
        [draft] المشروع ككل
       *[recommendation] التوصية { $label }
    }{ $late ->
        [yes] ، متأخرًا (بموجب تمديد فردي)
       *[no] {""}
    }.
audit-event-round_created = { $who }: أُنشئت الجولة.
audit-event-round_updated = { $who }: عُدِّلت إعدادات الجولة.
audit-event-draft_loaded = { $who }: حُمِّل المشروع (عدد التوصيات: { $count }).
audit-event-delegations_imported = { $who }: استُوردت قائمة الوفود (عدد الصفوف: { $count }).
audit-event-delegation_renamed = { $who }: غُيِّر اسم الوفد { $old } إلى { $new }.
audit-event-delegation_removed = { $who }: أُخرج { $delegation } من الجولة.
audit-event-focal_point_added = { $who }: أُضيف { $email } بوصفه جهة وصل لـ { $delegation }.
audit-event-focal_point_removed = { $who }: أُزيل { $email } من جهات الوصل لـ { $delegation }.
audit-event-extended = { $who }: مُدِّدت المهلة حتى { $deadline }. السبب: { $reason }
audit-event-extended_for_delegation = { $who }: مُدِّدت مهلة { $delegation } حتى { $deadline }. السبب: { $reason }
audit-event-reopened = { $who }: أُعيد فتح الجولة حتى { $deadline }. السبب: { $reason }
audit-event-closed_early = { $who }: أُغلقت الجولة قبل موعدها. السبب: { $reason }
audit-event-cancelled = { $who }: أُلغيت الجولة. السبب: { $reason }
audit-event-round_opened = فُتحت الجولة (عدد الدعوات المرسلة: { $count }).
audit-event-reminders_enqueued = جُدولت رسائل تذكير (عدد الرسائل: { $count }).
audit-event-disposition_saved = { $who }: اتُّخذ قرار بشأن التوصية { $label }: { $decision ->
        [retained] تُستبقى بصيغتها في المشروع
        [amended] معدّلة
        [merged] تُدمج في توصية أخرى
        [deleted] تُحذف
       *[bracketed] بين معقوفتين (لم يُتفق عليها)
    } (الصيغة { $version }).
audit-event-recommendation_added = { $who }: أُضيفت التوصية { $label }.
audit-event-outcome_published = { $who }: نُشرت الصيغة { $version } من الوثيقة الختامية.
audit-event-silence_break = { $who }: { $breaks ->
        [yes] كُسر الصمت
       *[no] أُرسل بيان لا يكسر الصمت
    } (البيان { $reference }).
audit-event-silence_break_withdrawn = { $who }: سُحب البيان { $reference }.
audit-event-silence_decided = انتهى إجراء الموافقة الصامتة: { $result ->
        [adopted] اعتُمد النص
       *[broken] كُسر الصمت
    }.
audit-event-test_mail_requested = { $who }: أُرسلت رسالة تجريبية إلى { $email }.
audit-event-demo_loaded = حُمِّلت الجولة التجريبية.
audit-event-other = { $who }: { $action }
audit-action-comment_submitted = قُدِّم تعليق
audit-action-comment_edited = عُدِّل تعليق
audit-action-comment_withdrawn = سُحب تعليق
audit-action-round_created = أُنشئت الجولة
audit-action-round_updated = عُدِّلت الإعدادات
audit-action-draft_loaded = حُمِّل المشروع
audit-action-delegations_imported = استُوردت الوفود
audit-action-delegation_renamed = غُيِّر اسم وفد
audit-action-delegation_removed = أُخرج وفد
audit-action-focal_point_added = أُضيفت جهة وصل
audit-action-focal_point_removed = أُزيلت جهة وصل
audit-action-extended = مُدِّدت المهلة
audit-action-extended_for_delegation = مُدِّدت المهلة لوفد واحد
audit-action-reopened = أُعيد فتح الجولة
audit-action-closed_early = أُغلقت الجولة قبل موعدها
audit-action-cancelled = أُلغيت الجولة
audit-action-round_opened = فُتحت الجولة
audit-action-reminders_enqueued = جُدولت رسائل تذكير
audit-action-disposition_saved = سُجِّل قرار
audit-action-recommendation_added = أُضيفت توصية
audit-action-outcome_published = نُشرت الوثيقة الختامية
audit-action-silence_break = أُرسل بيان (الموافقة الصامتة)
audit-action-silence_break_withdrawn = سُحب بيان (الموافقة الصامتة)
audit-action-silence_decided = نتيجة إجراء الموافقة الصامتة
audit-action-test_mail_requested = أُرسلت رسالة تجريبية
audit-action-demo_loaded = حُمِّلت البيانات التجريبية

# التعليقات الواردة من خارج الاستمارات
intake-link = إدخال تعليق وارد من وفد
intake-title = إدخال تعليق وارد من وفد
intake-lead = لتعليق وصل إلى الأمانة من خارج الاستمارات، بالبريد الإلكتروني أو بمذكرة شفوية أو برسالة. ويُبيَّن أن الأمانة أدخلته باسم الوفد، ويُمنح رقمًا مرجعيًا، ويُرسل إشعار استلامه إلى جهات الاتصال في الوفد. والتعليق الوارد بعد الموعد النهائي المحدد للوفد يُسجَّل ويُوسم بأنه متأخر، ولا يُدرج في التجميع إلى أن يقرر الرئيس إدراجه.
intake-delegation = الوفد
intake-delegation-choose = اختر وفدًا
intake-recommendation = موضوع التعليق
intake-general = المشروع ككل
intake-source = طريقة الورود
intake-source-email = البريد الإلكتروني
intake-source-note_verbale = مذكرة شفوية
intake-source-letter = رسالة
intake-received = تاريخ الورود ووقته
intake-received-hint = بتوقيت مكان الاجتماع ({ $city }). وهو ما يحدد ما إذا كان التعليق قد ورد في الموعد.
intake-reference = مرجع المرسِل (اختياري)
intake-reference-hint = مثل رقم المذكرة الشفوية. 200 حرف كحد أقصى.
intake-submit = إدخال التعليق
intake-saved = أُدخل التعليق { $reference } باسم { $delegation }؛ ويجري إرسال إشعار استلامه إلى جهات الاتصال في الوفد.
intake-saved-held-back = أُدخل التعليق { $reference } باسم { $delegation }. وقد ورد بعد الموعد النهائي المحدد للوفد: فلا يُدرج في التجميع إلى أن يقرر الرئيس إدراجه.
include-link = إدراج في التجميع
include-title = إدراج تعليق ورد بعد الموعد النهائي
include-lead = ورد هذا التعليق بعد الموعد النهائي المحدد للوفد، وهو غير مُدرج في التجميع. وإدراجه قرار يعود إلى الرئيس: اذكر السبب، وسيُحفظ في سجل المراجعة.
include-reason-hint = يُحفظ في سجل المراجعة. 2,000 حرف كحد أقصى.
include-submit = إدراج في التجميع
include-not-held-back = هذا التعليق مُدرج في التجميع.
include-back = العودة إلى التعليقات
audit-event-comment_entered_on_behalf = { $who }: أُدخل التعليق { $reference } نيابةً عن { $delegation } على { $on ->
        [draft] المشروع ككل
       *[recommendation] التوصية { $label }
    }{ $late ->
        [yes] ، وقد ورد بعد الموعد النهائي (محجوز إلى حين إدراجه)
       *[no] {""}
    }.
audit-event-late_comment_included = { $who }: أُدرج في التجميع التعليق { $reference } المقدَّم من { $delegation }، الذي ورد بعد الموعد النهائي. السبب: { $reason }
audit-event-attachment_added = { $who }: أُرفق الملف { $file } بتعليق مقدَّم من { $delegation }.
audit-action-comment_entered_on_behalf = تعليق أُدخل نيابةً عن وفد
audit-action-late_comment_included = أُدرج تعليق متأخر
audit-action-attachment_added = أُرفق ملف
