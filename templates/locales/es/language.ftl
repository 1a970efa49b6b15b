# redraft — catálogo español: selector de idioma, fechas y horas.

## Language
language-own-name = Español
language-switcher-label = Idioma
field-language = Idioma predeterminado del procedimiento
field-language-hint = Las páginas y los correos electrónicos se presentan en este idioma a las personas que no hayan elegido ninguno y cuyo navegador no solicite ninguno de los seis.
error-language = Elija uno de los seis idiomas

## Dates and times
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
moment-date = { $weekday } { $day } de { $month } de { $year }
moment-deadline = { $date }, a las { $time }, hora de { $city } ({ $zone })
moment-zone-abbreviated = { $abbreviation }, { $offset }
moment-datetime = { $date }, { $time } ({ $city }, { $offset })
moment-utc = { $date }, { $time } UTC
remaining-closed = cerrado
remaining-under-a-minute = menos de un minuto
remaining-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
remaining-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
remaining-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
remaining-two-units = { $first } y { $second }
