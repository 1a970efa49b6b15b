# redraft — الفهرس العربي: إجراء الموافقة الصامتة.

## Silence procedure (settings)
field-silence-breakers = من يمكنه كسر الصمت (إجراء الموافقة الصامتة فقط)
field-silence-breakers-hint = يكسر البيانُ الصمتَ إذا صدر عن وفد من فئة مؤشَّر عليها؛ وتُسجَّل بيانات الآخرين دون أن تكسره.
error-silence-breakers = أشِّر على فئة واحدة على الأقل من الوفود التي يمكنها كسر الصمت
error-silence-too-short = يجب ألا تقل مدة إجراء الموافقة الصامتة، من فتحه حتى موعده النهائي، عن { $unit ->
    [hours] { $count ->
        [zero] { $count } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
   *[minutes] { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
  }
mail-kind-silence_result = نتيجة إجراء الموافقة الصامتة

## Silence procedure
mail-greeting-chair = السيد الرئيس،
mail-silence-invitation-subject = إجراء الموافقة الصامتة: { $round } (حتى { $deadline })
mail-silence-invitation-intro = أخضع { $body } نص "{ $round }" لإجراء الموافقة الصامتة. وسيُعتمد النص في { $deadline } ما لم يُكسر الصمت قبل ذلك.
mail-silence-invitation-how = إذا كان لدى حكومتكم اعتراض، فاكسروا الصمت بإرسال بيان مكتوب في صفحة الجولة قبل الموعد النهائي. وإذا لم يكن لديها اعتراض، فلا يلزم اتخاذ أي إجراء.
mail-silence-reminder-subject = تذكير: ينتهي إجراء الموافقة الصامتة بشأن { $round } في { $deadline }
mail-silence-reminder-intro = سيُعتمد نص "{ $round }" عند الموعد النهائي ما لم يُكسر الصمت. الوقت المتبقي: { $remaining }. وإذا لم يكن لدى حكومتكم اعتراض، يمكنكم تجاهل هذه الرسالة.
mail-silence-break-subject = إشعار بالاستلام: كُسر الصمت، { $reference } بشأن { $round }
mail-silence-break-intro = ورد بيان وفدكم الذي يكسر الصمت بشأن "{ $round }". ومرجعه { $reference }: يُرجى ذكره في أي مراسلات بشأنه. ويمكن سحبه حتى الموعد النهائي.
mail-silence-statement-subject = إشعار بالاستلام: البيان { $reference } بشأن { $round }
mail-silence-statement-intro = ورد بيان وفدكم بشأن "{ $round }" وسُجّل؛ وهو لا يكسر الصمت، لأن وفود فئتكم لا يمكنها كسر الصمت في هذا الإجراء. ومرجعه { $reference }.
mail-silence-withdrawn-subject = سحب: البيان { $reference } بشأن { $round }
mail-silence-withdrawn-intro = سُحب البيان { $reference } الصادر عن وفدكم بشأن "{ $round }". ويبقى مسجلًا بوصفه مسحوبًا.
mail-silence-adopted-subject = اعتُمد بإجراء الموافقة الصامتة: { $round }
mail-silence-adopted-intro = انتهى إجراء الموافقة الصامتة بشأن "{ $round }" في { $deadline }. ولم يُكسر الصمت: اعتُمد النص.
mail-silence-broken-subject = كُسر الصمت: { $round }
mail-silence-broken-intro = انتهى إجراء الموافقة الصامتة بشأن "{ $round }" في { $deadline }. وكسرت الصمتَ الوفودُ التالية؛ ولم يُعتمد النص:

## Silence procedure (a delegation's pages)
silence-explanation = يخضع النص الوارد أدناه لإجراء الموافقة الصامتة. وسيُعتمد في { $deadline } ما لم يكسر وفدٌ الصمتَ ببيان مكتوب قبل ذلك. وإذا لم يكن لدى حكومتكم اعتراض، فلا يلزم اتخاذ أي إجراء.
silence-cannot-break = في هذا الإجراء، لا يمكن لوفود فئتكم كسر الصمت: يُسجَّل البيان الذي ترسلونه ويُعرض على الرئيس، لكنه لا يكسر الصمت.
silence-own-statements = بيانات وفدكم
silence-sent-at = أُرسل في { $time }
silence-withdrawn-at = سُحب في { $time }
silence-statement-breaks = يكسر الصمت
silence-statement-recorded = مسجَّل؛ لا يكسر الصمت
silence-amendment-to = النص المقترح للتوصية
silence-withdraw-link = سحب هذا البيان
silence-form-heading = كسر الصمت
silence-form-heading-statement = إرسال بيان
silence-statement-label = بيان حكومتكم
silence-statement-hint = إلزامي. 20,000 حرف كحد أقصى. اذكروا الاعتراض وأسبابه.
silence-amendments-legend = التعديلات المقترحة (اختيارية)
silence-amendments-hint = إذا اقترحت حكومتكم صيغة أخرى، فأدخلوا الفقرة كاملة بالصيغة المقترحة تحت التوصية المعنية. واتركوا الحقول الأخرى فارغة.
silence-amendment-label = النص المقترح للتوصية
silence-continue = متابعة
silence-not-writable = لا يمكن إرسال البيانات أو سحبها إلا ما دام الإجراء مفتوحًا.
silence-confirm-title = تأكيد بيان حكومتكم
silence-official-act = إرسال هذا البيان عمل رسمي من أعمال حكومة { $delegation }: ويُسجَّل مع وقته ورقمه المرجعي، ويُنسب إلى وفدكم.
silence-confirm-breaks = يكسر هذا البيان الصمت: وما لم يُسحب قبل { $deadline }، لن يُعتمد النص بهذا الإجراء.
silence-confirm-button = كسر الصمت
silence-confirm-statement-button = إرسال البيان
silence-change-button = الرجوع لتغييره
silence-notice-broken = كسر وفدكم الصمت. المرجع: { $reference }
silence-notice-recorded = سُجّل بيان وفدكم؛ وهو لا يكسر الصمت. المرجع: { $reference }
silence-notice-withdrawn = سُحب البيان { $reference } الصادر عن وفدكم. ويبقى مسجلًا بوصفه مسحوبًا.
silence-withdraw-title = سحب بيان وفدكم
silence-withdraw-explanation = بسحب البيان، لا يعود وفدكم كاسرًا للصمت. ويبقى البيان مسجلًا مع الإشارة إلى أنه مسحوب. ويمكنكم إرسال بيان جديد حتى الموعد النهائي.
silence-withdraw-confirm = سحب البيان
silence-nothing-to-withdraw = ليس لوفدكم أي بيان قائم في هذا الإجراء.
silence-result-heading = نتيجة إجراء الموافقة الصامتة
silence-result-adopted = لم يُكسر الصمت: اعتُمد النص.
silence-result-broken = كسرت الصمتَ الوفودُ التالية؛ ولم يُعتمد النص:
error-statement-empty = أدخلوا بيان حكومتكم
error-amendment-repeated = اقترحوا نصًّا واحدًا لكل توصية
conflict-not-silence = لا تخضع هذه الجولة لإجراء الموافقة الصامتة. لم يُحفظ أي شيء.
conflict-silence-standing = لدى وفدكم بالفعل بيان قائم في هذا الإجراء؛ اسحبوه أولًا لإرسال بيان آخر. لم يُحفظ أي شيء.
refusal-silence-closed = انتهى إجراء الموافقة الصامتة هذا في { $deadline }. لم يُحفظ بيانكم.
refusal-silence-not-open = يبدأ إجراء الموافقة الصامتة هذا في { $opens }. لم يُحفظ بيانكم.
refusal-silence-cancelled = أُلغي إجراء الموافقة الصامتة هذا. لم يُحفظ بيانكم.
