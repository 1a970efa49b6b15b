# redraft — русский каталог: выбор языка, даты и время.

## Language
language-own-name = Русский
language-switcher-label = Язык
field-language = Язык процедуры по умолчанию
field-language-hint = Страницы и сообщения электронной почты выводятся на этом языке для тех, кто не выбрал язык и чей браузер не запрашивает ни один из шести языков.
error-language = Выберите один из шести языков

## Dates and times
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
moment-date = { $weekday }, { $day } { $month } { $year } года
moment-deadline = { $time }, { $date }, по времени города { $city } ({ $zone })
moment-zone-abbreviated = { $abbreviation }, { $offset }
moment-datetime = { $date }, { $time } ({ $city }, { $offset })
moment-utc = { $date }, { $time } UTC
remaining-closed = закрыта
remaining-under-a-minute = менее минуты
remaining-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
remaining-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
remaining-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
remaining-two-units = { $first } { $second }
