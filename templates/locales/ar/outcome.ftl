# redraft — الفهرس العربي: التوحيد والوثيقة الختامية.

## Outcome document
outcome-heading = نتائج عملية التعليق على مشروع التوصيات بعد الاجتماع
outcome-issued = الصيغة { $version }، الصادرة في { $time }
outcome-preview = معاينة، غير منشورة (أُعدّت في { $time })
outcome-illustrative = وثيقة توضيحية: كُتب مشروع التوصيات الوارد في هذه الوثيقة لأغراض عرض تجريبي. ولم يُنشر المشروع الفعلي للاجتماع.
outcome-view-changes = عرض التغييرات مقارنةً بالمشروع
outcome-view-clean = عرض النص النهائي
outcome-introduction = أولًا- مقدمة
outcome-intro-mandate = اتفق { $body }، في { $meeting } المعقود في { $venue } في { $dates }، على أن يجوز للوفود تقديم تعليقات على مشروع توصياته في إطار عملية محددة زمنيًّا تجري بعد الاجتماع. وتتضمن هذه الوثيقة التوصيات بالصيغة التي وحّدها الرئيس، بمساعدة الأمانة، على أساس التعليقات الواردة، لكي ينظر فيها مؤتمر الأطراف.
outcome-intro-dates = كان من الممكن تقديم التعليقات من { $opens } حتى { $closes }.
outcome-intro-participation = عدد الوفود المدعوة إلى التعليق: { $invited }؛ وعدد الوفود التي قدّمت تعليقات: { $responded } (مجموع التعليقات: { $comments }). وتَرد التعليقات مجمّعة في المرفق الأول، وتَرد قائمة الوفود التي قدّمتها في المرفق الثاني.
outcome-intro-consolidation = اتُّخذ قرار بشأن { $decided } من أصل { $total } توصية. وتُبيَّن التغييرات مقارنةً بالمشروع في صورة إضافات (مسطَّر تحتها) وحذوف (مشطوبة)؛ ويبقى النص الذي لم يُتفق عليه بين معقوفتين.
outcome-recommendations = ثانيًا- التوصيات الموحّدة
outcome-note = ملاحظة:
outcome-status-added = توصية جديدة اقترحتها الوفود.
outcome-status-undecided = لم يُتخذ قرار بعد.
outcome-status-amended = معدّلة.
outcome-status-bracketed = لم يُتفق عليها: يبقى النص الوارد بين معقوفتين قيد المناقشة.
outcome-status-deleted = محذوفة.
outcome-status-merged = أُدمجت في التوصية { $label }.
outcome-annex-1 = المرفق الأول
outcome-compilation-title = تجميع التعليقات الواردة من الوفود — مذكرة من الأمانة
outcome-compilation-note = تُستنسخ التعليقات بالصيغة التي وردت بها، دون تحرير رسمي، وتُنسب إلى الوفود التي قدّمتها. وتَرد تحت كل توصية بترتيب قائمة المشاركين: الدول الأطراف (الدول، ثم منظمات التكامل الاقتصادي الإقليمية)، والدول المراقبة، والمراقبون الآخرون، والمنظمات الحكومية الدولية، وغيرها، بالترتيب الأبجدي داخل كل مجموعة. ويصدر هذا التجميع دون المساس بمواقف الوفود.
outcome-no-comments = لم ترد أي تعليقات.
outcome-annex-2 = المرفق الثاني — الوفود التي قدّمت تعليقات
outcome-no-respondents = لم يقدّم أي وفد تعليقات.
outcome-group-party = الدول الأطراف
outcome-group-observer-state = الدول المراقبة
outcome-group-other-observer = المراقبون الآخرون
outcome-group-igo = المنظمات الحكومية الدولية
outcome-group-other = جهات أخرى
outcome-change-author = الرئيس
outcome-page-title = الوثيقة الختامية: { $round }
outcome-page-intro = تبقى كل صيغة متاحة. وتُدرج الصيغة الأحدث أولًا.
outcome-versions-heading = الصيغ المنشورة
outcome-none-published = لم تُنشر أي وثيقة ختامية بعد.
outcome-version-line = الصيغة { $version }، نشرها { $name } في { $time }
outcome-format-html = الوثيقة (HTML، جاهزة للطباعة)
outcome-format-docx = الوثيقة (Word، مع تتبّع التغييرات)
outcome-format-csv = التوصيات والقرارات (CSV)
outcome-format-comments-csv = جميع التعليقات (CSV)
outcome-format-json = جميع البيانات (JSON)
outcome-refused-undecided = لم تُنشر الوثيقة الختامية: { $count ->
    [zero] لا توجد توصيات بلا قرار
    [one] توجد توصية واحدة لم يُتخذ قرار بشأنها بعد
    [two] توجد توصيتان لم يُتخذ قرار بشأنهما بعد
    [few] توجد { $count } توصيات لم يُتخذ قرار بشأنها بعد
    [many] توجد { $count } توصية لم يُتخذ قرار بشأنها بعد
   *[other] توجد { $count } توصية لم يُتخذ قرار بشأنها بعد
    }.

## Consolidation (Chair and Secretariat)
consolidation-title = التوحيد: { $round }
consolidation-progress = اتُّخذ قرار بشأن { $decided } من أصل { $total } توصية
consolidation-col-decision = القرار
consolidation-col-comments = التعليقات
consolidation-added-tag = مضافة
consolidation-undecided = لم يُتخذ قرار
consolidation-general-link = التعليقات على المشروع ككل ({ $count })
consolidation-general-title = التعليقات على المشروع ككل
consolidation-add-heading = إضافة توصية اقترحتها الوفود
consolidation-add-intro = توضع التوصية الجديدة بعد التوصية التي تختارها وتُرقَّم بعدها مكررًا، ثالثًا، رابعًا… واتخذ قرارًا بشأنها كأي توصية أخرى.
consolidation-add-after = وضعها بعد التوصية
consolidation-add-label = الرقم
consolidation-add-label-hint = اتركه فارغًا لاستخدام الرقم المتاح التالي (مثل 5 مكررًا). 20 حرفًا كحد أقصى: حروف وأرقام ومسافات و( ) . - /
consolidation-add-text = النص المقترح
consolidation-add-button = إضافة التوصية
consolidation-text-hint = 20,000 حرف كحد أقصى.
consolidation-outcome-heading = الوثيقة الختامية
consolidation-preview-intro = معاينة الوثيقة الختامية بوضعها الحالي (تُعرض التوصيات التي لم يُتخذ قرار بشأنها بصيغتها في المشروع مع الإشارة إليها):
consolidation-publish-hint = يمنح النشرُ الوثيقةَ الختامية رقم صيغة، ويسجّلها في سجل المراجعة، ويتيحها للوفود. ويمكن نشر وثيقة ختامية مصحّحة مرة أخرى بوصفها صيغة جديدة؛ وتبقى الصيغ السابقة متاحة.
consolidation-publish-button = نشر الوثيقة الختامية بوصفها الصيغة { $version }
consolidation-publish-undecided = { $count ->
    [zero] لا توجد توصيات بلا قرار
    [one] توجد توصية واحدة لم يُتخذ قرار بشأنها بعد
    [two] توجد توصيتان لم يُتخذ قرار بشأنهما بعد
    [few] توجد { $count } توصيات لم يُتخذ قرار بشأنها بعد
    [many] توجد { $count } توصية لم يُتخذ قرار بشأنها بعد
   *[other] توجد { $count } توصية لم يُتخذ قرار بشأنها بعد
    }: يمكن نشر الوثيقة الختامية بعد اتخاذ قرار بشأن كل توصية.
consolidation-notice-added = أُضيفت التوصية { $label }.
consolidation-notice-published = نُشرت الصيغة { $version } من الوثيقة الختامية.
consolidation-notice-saved = حُفظ القرار (الصيغة { $version }).
consolidation-saved = محفوظ
consolidation-saved-by = بواسطة { $name }، في { $time } (الصيغة { $version })
consolidation-draft-text = نص المشروع
consolidation-proposed-text = النص بالصيغة المقترحة
consolidation-current = القرار الحالي
consolidation-amendments = التعديلات المقترحة ({ $count })
consolidation-deletions = اقتراحات الحذف ({ $count })
consolidation-remarks = الملاحظات العامة ({ $count })
consolidation-support = التأييد ({ $count })
consolidation-changes-against-draft = النص المقترح، مع تغييراته مقارنةً بالمشروع:
consolidation-start-from = البدء في النص الموحّد من اقتراح { $delegation }
consolidation-decide = القرار
consolidation-decision-legend = ما مصير هذه التوصية؟
disposition-decision-retained = تُستبقى بصيغتها في المشروع
disposition-decision-amended = معدّلة
disposition-decision-merged = تُدمج في توصية أخرى
disposition-decision-deleted = تُحذف
disposition-decision-bracketed = بين معقوفتين (لم يُتفق عليها)
consolidation-text-label = النص الموحّد (للتوصية المعدّلة أو الواردة بين معقوفتين)
consolidation-merged-label = أُدمجت في (في حالة الدمج)
consolidation-merged-none = اختر توصية
consolidation-note-label = ملاحظة (اختيارية)
consolidation-note-hint = تُعرض تحت التوصية في الوثيقة الختامية. 20,000 حرف كحد أقصى.
consolidation-save = حفظ القرار
consolidation-frozen-form = لا يمكن تسجيل القرارات إلا ما دامت الجولة مغلقة.
consolidation-pager = التوصيات
consolidation-previous = التوصية السابقة
consolidation-next = التوصية التالية
consolidation-overview-link = جميع التوصيات
consolidation-conflict-title = حفظ شخص آخر هذه التوصية في هذه الأثناء
consolidation-conflict-body = لم يُحفظ قرارك، حتى لا يُستبدل قرار الشخص الآخر دون علمه. قارن بين الصيغتين.
consolidation-conflict-theirs = صيغته (محفوظة)
consolidation-conflict-yours = صيغتك (غير محفوظة)
consolidation-conflict-yours-hint = يُحتفظ بما كتبته في الاستمارة أدناه. وحفظه الآن يستبدل صيغة الشخص الآخر؛ وللإبقاء على صيغته، افتح التوصية مرة أخرى.
consolidation-frozen-open = التوحيد مجمّد: الجولة مفتوحة لتلقي التعليقات حتى { $deadline }. ويمكن تسجيل القرارات ونشر النتيجة بعد إغلاقها.
consolidation-frozen-open-extended = التوحيد مجمّد: الجولة مفتوحة لتلقي التعليقات حتى { $deadline }، وبموجب تمديدات فردية: { $windows }. ويمكن تسجيل القرارات ونشر النتيجة بعد إغلاق آخر مهلة.
consolidation-frozen-extensions = التوحيد مجمّد: { $count ->
    [zero] لا يوجد وفد يمكنه التعليق بموجب تمديد فردي
    [one] وفد واحد لا يزال بإمكانه التعليق بموجب تمديد فردي
    [two] وفدان لا يزال بإمكانهما التعليق بموجب تمديدات فردية
    [few] { $count } وفود لا يزال بإمكانها التعليق بموجب تمديدات فردية
    [many] { $count } وفدًا لا يزال بإمكانها التعليق بموجب تمديدات فردية
   *[other] { $count } وفد لا يزال بإمكانها التعليق بموجب تمديدات فردية
  }: { $windows }. ويمكن تسجيل القرارات ونشر النتيجة بعد إغلاق آخر مهلة.
consolidation-window-until = { $delegation } حتى { $deadline }
consolidation-not-closed = يبدأ التوحيد بعد إغلاق الجولة.
consolidation-cancelled = أُلغيت هذه الجولة: لا يوجد ما يمكن توحيده.
error-disposition-decision = اختر مصير التوصية
error-disposition-text-missing = أدخل النص الموحّد
error-disposition-brackets = ضع النص الذي لم يُتفق عليه بين [معقوفتين]، مع إغلاق كل معقوفة
error-disposition-merge-target = اختر التوصية التي تُدمج فيها هذه التوصية
error-disposition-merge-itself = لا يمكن دمج توصية في نفسها
error-disposition-version = تعذرت قراءة الاستمارة. أعد تحميل الصفحة وحاول مرة أخرى.
error-added-after = اختر التوصية التي تليها التوصية الجديدة
error-added-text = أدخل نص التوصية الجديدة
error-added-label-taken = توجد بالفعل توصية { $label }
consolidation-link = توحيد التعليقات (القرارات بشأن كل توصية)
outcome-link = الوثيقة الختامية

## نتيجة إجراء الموافقة الضمنية
outcome-silence-heading = نتيجة إجراء الموافقة الضمنية
outcome-silence-procedure = أخضع { $body } النص الوارد أدناه لإجراء الموافقة الضمنية من { $opens } حتى { $deadline }: يُعتمد النص عند الموعد النهائي ما لم يكسر وفدٌ الصمت ببيان مكتوب.
outcome-silence-adopted = لم يُكسر الصمت قبل الموعد النهائي، { $deadline }: اعتُمد النص.
outcome-silence-broken = كُسر الصمت قبل الموعد النهائي، { $deadline }، من قِبل: { $delegations }. ولم يُعتمد النص بموجب هذا الإجراء؛ وترد البيانات في المرفق.
outcome-silence-text = النص الخاضع للإجراء
outcome-silence-annex = المرفق: البيانات الواردة في إطار إجراء الموافقة الضمنية
outcome-silence-annex-breaking = البيانات التي تكسر الصمت
outcome-silence-annex-recorded = البيانات المسجَّلة التي لا تكسر الصمت
outcome-silence-no-statements = لا يوجد.
outcome-silence-sent = ورد في { $time }
outcome-silence-amendment = النص المقترح للتوصية { $label }:
outcome-refused-silence-undecided = لم تُحدَّد بعدُ نتيجة إجراء الموافقة الضمنية: يمكن نشر الوثيقة الختامية بعد انقضاء الموعد النهائي وتسجيل الخادم للنتيجة.
publish-confirm-title = نشر الصيغة { $version } من الوثيقة الختامية؟
publish-confirm-available = يتيح النشرُ هذه الصيغة من الوثيقة الختامية للوفود فورًا ويسجّلها في سجل المراجعة.
publish-confirm-mailed = ويُرسَل الإعلان أيضًا بالبريد الإلكتروني إلى كل جهة وصل في الجولة، كلٌّ بلغته. عدد المرسَل إليهم: { $people }؛ عدد الوفود: { $delegations }.
publish-confirm-unreachable-heading = وفود ليست لها جهة وصل يمكنها تسجيل الدخول (لا يُرسَل البريد إلى أيٍّ من أعضائها)
publish-confirm-final = لا يمكن سحب صيغة منشورة: يُنشر التصويب بوصفه صيغة جديدة، وتتلقى جهات الوصل بريدًا إلكترونيًا جديدًا.
publish-confirm-button = نشر الصيغة { $version } وإبلاغ جهات الوصل بالبريد الإلكتروني
publish-confirm-back = الرجوع دون نشر
