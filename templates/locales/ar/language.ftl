# redraft — الفهرس العربي: اختيار اللغة، والتواريخ والأوقات.

## Language
language-own-name = العربية
language-switcher-label = اللغة
field-language = اللغة الافتراضية للجولة
field-language-hint = تُعرض الصفحات وتُرسل رسائل البريد الإلكتروني بهذه اللغة إلى من لم يختر لغة ولا يطلب متصفحه أيًّا من اللغات الست.
error-language = اختر إحدى اللغات الست

## Dates and times
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر
moment-date = يوم { $weekday } { $day } { $month } { $year }
moment-deadline = الساعة { $time } من { $date }، بتوقيت { $city } ({ $zone })
moment-zone-abbreviated = { $abbreviation }، { $offset }
moment-datetime = { $date }، الساعة { $time } ({ $city }، { $offset })
moment-utc = { $date }، الساعة { $time } بالتوقيت العالمي المنسق (UTC)
remaining-closed = مغلقة
remaining-under-a-minute = أقل من دقيقة
remaining-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
remaining-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
remaining-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
remaining-two-units = { $first } و{ $second }
