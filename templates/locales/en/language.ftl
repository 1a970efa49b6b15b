# redraft — English catalogue: the language switcher, and how dates and times are worded.

## Language
# This language's own name, as the switcher shows it in every language.
language-own-name = English
language-switcher-label = Language
field-language = Default language of the round
field-language-hint = Pages and e-mails are in this language for anyone who has chosen none and whose browser asks for none of the six.

## Dates and times (always in the venue's time zone, with the UTC offset)
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# "Friday 2 October 2020"
moment-date = { $weekday } { $day } { $month } { $year }
# "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)"
moment-deadline = { $time } on { $date }, { $city } time ({ $zone })
moment-zone-abbreviated = { $abbreviation }, { $offset }
# "Friday 2 October 2020, 18:00 (Vienna, UTC+02:00)"
moment-datetime = { $date }, { $time } ({ $city }, { $offset })
moment-utc = { $date }, { $time } UTC
remaining-closed = closed
remaining-under-a-minute = less than a minute
remaining-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
remaining-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
remaining-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
remaining-two-units = { $first } { $second }
error-language = Choose one of the six languages
