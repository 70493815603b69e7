# Prints month calendars computed by hand: leap years, day of week (Zeller), day-of-year.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def day_of_year(y, m, d):
    return sum([days_in_month(y, i) for i in range(1, m)]) + d
def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines
for y, m in [(2024, 2), (2023, 10), (2000, 1)]:
    print("\n".join(month_calendar(y, m)))
    print()
print([y for y in range(1896, 1921) if is_leap(y)], is_leap(2000), is_leap(1900))
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(date, names[weekday(*date)], "day", day_of_year(*date))
def days_between(a, b):
    def ordinal(y, m, d):
        years = y - 1
        return years * 365 + years // 4 - years // 100 + years // 400 + day_of_year(y, m, d)
    return ordinal(*b) - ordinal(*a)
print(days_between((2000, 1, 1), (2024, 1, 1)), days_between((1970, 1, 1), (2000, 1, 1)), days_between((2024, 3, 1), (2024, 2, 1)))
fridays = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", fridays)
