# Unit conversion tables with careful rounding and aligned columns.
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
def c_to_k(c):
    return c + 273.15
print(f"{'Celsius':>8} {'Fahrenheit':>11} {'Kelvin':>8}  description")
for c in range(-40, 121, 20):
    desc = "freezing" if c <= 0 else "boiling" if c >= 100 else "cold" if c < 15 else "warm" if c < 30 else "hot"
    print(f"{c:>8d} {c_to_f(c):>11.1f} {c_to_k(c):>8.2f}  {desc}")
print()
for f in (-459.67, 0, 32, 98.6, 212, 451):
    print(f"{f:8.2f}F = {f_to_c(f):8.3f}C = {c_to_k(f_to_c(f)):8.3f}K")
print()
KM_PER_MILE = 1.609344
print(" miles |     km | pace min/km @ 6:00/mile")
for miles in (1, 3.1, 5, 6.2, 13.1, 26.2):
    km = miles * KM_PER_MILE
    total = miles * 6 * 60
    per_km = total / km
    print(f"{miles:6.1f} | {km:6.2f} | {int(per_km // 60)}:{int(round(per_km % 60)):02d} (total {int(total // 3600)}h{int(total % 3600 // 60):02d}m{int(total % 60):02d}s)")
print()
amount = 1000.0
for year in range(1, 11):
    interest = round(amount * 0.05, 2)
    amount = round(amount + interest, 2)
    print(f"year {year:2d}: +{interest:7.2f} -> {amount:9.2f}")
print(f"{'doubling':>10}: {[y for y in range(1, 30) if 1000 * 1.05 ** y >= 2000][0]} years")
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), f"{2.675:.2f}", f"{1.005:.2f}", "%.2f" % 0.125)
