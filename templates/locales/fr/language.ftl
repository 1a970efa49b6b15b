# redraft — catalogue français : sélecteur de langue, dates et heures.

## Language
language-own-name = Français
language-switcher-label = Langue
field-language = Langue par défaut de la procédure
field-language-hint = Les pages et les courriels sont dans cette langue pour les personnes qui n’en ont choisi aucune et dont le navigateur n’en demande aucune des six.
error-language = Choisissez l’une des six langues

## Dates and times
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
moment-date = { $weekday } { $day } { $month } { $year }
moment-deadline = { $date } à { $time }, heure de { $city } ({ $zone })
moment-zone-abbreviated = { $abbreviation }, { $offset }
moment-datetime = { $date }, { $time } ({ $city }, { $offset })
moment-utc = { $date }, { $time } UTC
remaining-closed = close
remaining-under-a-minute = moins d’une minute
remaining-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
remaining-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
remaining-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
remaining-two-units = { $first } et { $second }
