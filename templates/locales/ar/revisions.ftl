# redraft — الفهرس العربي: المشاريع المنقحة (Rev.1، Rev.2…)، وتاريخ الوثيقة، ورموز الوثائق.

## Setting up a revised draft (Chair)
field-document-symbol = رمز الوثيقة
field-document-symbol-hint = يظهر في ترويسة الوثيقة الختامية، مثل CTOC/COP/WG.4/2020/L.1. حروف وأرقام و/ . - _ ( ) فقط، 100 حرف كحد أقصى؛ ويجوز تركه فارغًا. والمشروع المنقح الذي يُترك رمزه فارغًا يأخذ رمز الجولة التي يستند إليها مع إضافة /Rev.1 و/Rev.2 وهكذا.
revision-heading = مشروع منقح
revision-notice = سيكون مشروع هذه الجولة الصيغة التالية من الوثيقة ({ $version }): النص الموحّد للوثيقة الختامية المنشورة للجولة "{ $round }" (التوصيات المستبقاة والمعدّلة والواردة بين معقوفتين، والتوصيات المضافة أثناء التوحيد؛ مع استبعاد المحذوفة والمدمجة). وتُدعى أيضًا وفود تلك الجولة. ولا يزال بإمكانك تغيير المشروع والوفود قبل فتح الجولة.
revision-start = بدء جولة بشأن مشروع منقح
revision-start-hint = نُشرت الوثيقة الختامية: يمكن إجراء جولة أخرى بشأن نصها الموحّد بوصفه الصيغة التالية من الوثيقة.
revision-draft-note = هذا المشروع هو الصيغة { $version } من الوثيقة، أُعدّت من الوثيقة الختامية المنشورة للجولة "{ $round }". وتحتفظ كل توصية بصلتها بصيغتها السابقة عند تحميل مشروع جديد، ما دام رقمها لم يتغير.
error-based-on-unknown = لا توجد جولة كهذه يمكن أن يستند إليها مشروع منقح.
error-based-on-not-closed = يُعدّ المشروع المنقح من جولة مغلقة، وتلك الجولة ليست مغلقة.
error-based-on-unpublished = يُعدّ المشروع المنقح من وثيقة ختامية منشورة: انشر أولًا الوثيقة الختامية لتلك الجولة.
error-based-on-other-meeting = ينتمي المشروع المنقح إلى هيئة الجولة التي يستند إليها واجتماعها: { $body }، { $meeting }.
error-document-symbol-too-long = يجب ألا يتجاوز رمز الوثيقة 100 حرف.
error-document-symbol-invalid = لا يتضمن رمز الوثيقة إلا حروفًا وأرقامًا و/ . - _ ( )، ويبدأ بحرف أو رقم، مثل CTOC/COP/WG.4/2020/L.1.

## A delegation's view of a revised draft
revision-round-note = هذا المشروع هو الصيغة { $version } من الوثيقة، نُقّحت انطلاقًا من الوثيقة الختامية للجولة "{ $round }".
revision-history-link = تاريخ الوثيقة
revision-view-label = عرض النص
revision-view-clean = النص النهائي
revision-view-changes = التغييرات منذ الصيغة السابقة
revision-changed = تغيّرت منذ الصيغة السابقة.
revision-unchanged = لم تتغير منذ الصيغة السابقة.
revision-new = جديدة في هذه الصيغة.
revision-previous-comments-link = التعليقات على الصيغة السابقة للتوصية { $label }
revision-changes-legend = الإضافات مسطَّر تحتها؛ والحذوف مشطوبة.

## Comments on the previous version of a recommendation
previous-title = التوصية { $label }: الصيغة السابقة والتعليقات عليها
previous-version-heading = التوصية { $label } في "{ $round }"
previous-own-heading = تعليقات وفدكم
previous-own-none = لم يقدّم وفدكم أي تعليق عليها.
previous-others-heading = تعليقات الوفود الأخرى
previous-others-none = لم يقدّم أي وفد آخر تعليقًا عليها.
previous-others-not-shared = لا تُتاح لكم تعليقات الوفود الأخرى على الصيغة السابقة.
previous-back = العودة إلى الجولة

## The document's history
history-title = تاريخ الوثيقة
history-intro = جميع صيغ الوثيقة، مع جولة كل منها وتواريخها ووثيقتها الختامية والقرار المتخذ بشأن كل توصية.
history-original = المشروع الأصلي
history-version-heading = { $version }: { $round }
history-dates = التعليقات من { $opens } حتى { $closes }
history-symbol = الرمز: { $symbol }
history-outcome-none = لم تُنشر أي وثيقة ختامية بعد.
history-outcome-line = الصيغة { $version } من الوثيقة الختامية، نُشرت في { $time }
history-decisions-heading = القرارات بشأن كل توصية
history-col-version = { $version }
history-not-in-version = غير واردة في هذه الصيغة
history-under-comment = مطروحة للتعليق، ولم يُتخذ قرار بعد
history-dates-silence = إجراء الموافقة الصامتة: من { $opens } حتى { $closes }
history-under-silence = قيد إجراء الموافقة الصامتة، ولا نتيجة بعد
history-silence-adopted = اعتُمد بموجب إجراء الموافقة الصامتة
history-silence-broken = لم يُعتمد: كُسر الصمت
history-label = التوصية { $label }
history-added = أُضيفت أثناء التوحيد.

## The outcome document's masthead
outcome-masthead-distribution = التوزيع: عام
outcome-masthead-original = الأصل: بالإنكليزية
outcome-masthead-date = { $day } { $month } { $year }
