# redraft — 中文目录：语言选择、日期和时间。

## Language
language-own-name = 中文
language-switcher-label = 语言
field-language = 本轮程序的默认语言
field-language-hint = 对于未选择语言且浏览器未请求六种语言中任何一种的用户，页面和电子邮件使用此语言。
error-language = 请从六种语言中选择一种

## Dates and times
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
moment-date = { $year }年{ $month }{ $day }日{ $weekday }
moment-deadline = { $city }时间{ $date }{ $time }（{ $zone }）
moment-zone-abbreviated = { $abbreviation }，{ $offset }
moment-datetime = { $date }{ $time }（{ $city }，{ $offset }）
moment-utc = { $date }{ $time }（UTC）
remaining-closed = 已截止
remaining-under-a-minute = 不到1分钟
remaining-days = { $count }天
remaining-hours = { $count }小时
remaining-minutes = { $count }分钟
remaining-two-units = { $first }{ $second }
