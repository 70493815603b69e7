# calendar: leap years, weekdays, month ranges, the Calendar iterators, text
# and HTML calendars, names and timegm.
import calendar
import time

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2026))
print(calendar.leapdays(2000, 2026), calendar.leapdays(1, 10000), calendar.leapdays(2026, 2000))
print(calendar.weekday(2026, 11, 30), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1),
      calendar.weekday(-1, 1, 1))
for y, m in ((2026, 2), (2024, 2), (2026, 11), (1900, 2), (2000, 12)):
    print(y, m, calendar.monthrange(y, m))
for bad in (0, 13):
    try:
        calendar.monthrange(2026, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.month)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.month_name), len(calendar.day_name), calendar.month_name[11],
      calendar.day_abbr[-1], calendar.month_abbr[1:4])
print(calendar.MONDAY, calendar.SUNDAY, calendar.mdays, calendar.January, calendar.February)
print(calendar.monthcalendar(2026, 11))
print(calendar.monthcalendar(2026, 2))
print(calendar.timegm((2026, 11, 30, 10, 1, 2)), calendar.timegm(time.gmtime(1796032862)),
      calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))

c = calendar.Calendar(6)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
print(list(c.itermonthdays(2026, 11)))
print(list(c.itermonthdays2(2026, 11))[:9])
print(list(c.itermonthdays3(2026, 11))[:3], list(c.itermonthdays3(2026, 11))[-3:])
print(list(c.itermonthdays4(2027, 1))[:4])
print(c.monthdatescalendar(2026, 12)[0])
print(len(c.yeardayscalendar(2026)), len(c.yeardayscalendar(2026, 4)),
      c.yeardays2calendar(2026, 2)[0][1][0], c.yeardatescalendar(2026)[3][2][-1][-1])
c.setfirstweekday(9)
print(c.firstweekday, list(c.iterweekdays()))

print(calendar.month(2026, 11))
print(calendar.month(2026, 2, w=3, l=2))
print(calendar.TextCalendar(6).formatmonth(2027, 1))
print(calendar.calendar(2026))
print(calendar.TextCalendar().formatyear(2024, w=3, l=1, c=2, m=4))
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.prmonth(2026, 12)
calendar.prweek([(1, 0), (2, 1)], 2)
print()
calendar.format(['a', 'b', 'c'])
print(repr(calendar.formatstring(['x', 'y'], 5, 2)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2026, 11))
calendar.setfirstweekday(0)

h = calendar.HTMLCalendar()
print(h.formatmonth(2026, 11))
print(h.formatyear(2026, 4)[:400])
page = h.formatyearpage(2026, css=None, encoding='utf-8')
print(type(page).__name__, page[:200], len(page))
print(calendar.HTMLCalendar(6).formatweekheader())
