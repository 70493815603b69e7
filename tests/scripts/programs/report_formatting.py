# A sales report formatted with f-strings, format specs, % formatting and str.format.
sales = [
    ("North", "Widget", 1240, 3.5),
    ("North", "Gadget", 310, 12.25),
    ("South", "Widget", 980, 3.5),
    ("South", "Gizmo", 45, 150.0),
    ("East", "Gadget", 1502, 11.75),
    ("West", "Gizmo", 12, 149.99),
    ("West", "Widget", 0, 3.5),
]
header = f"{'Region':<8}|{'Product':^10}|{'Units':>7}|{'Price':>9}|{'Revenue':>12}"
print(header)
print("-" * len(header))
totals = {}
for region, product, units, price in sales:
    revenue = units * price
    totals[region] = totals.get(region, 0) + revenue
    print(f"{region:<8}|{product:^10}|{units:>7,d}|{price:>9.2f}|{revenue:>12,.2f}")
print("=" * len(header))
grand = sum(totals.values())
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    share = total / grand
    print("%-8s %12.2f %6.1f%% %s" % (region, total, share * 100, "*" * int(share * 40)))
print("{:<8} {:>12,.2f}".format("TOTAL", grand))
print(f"{'mean revenue':>20}: {grand / len(sales):10.3f}")
print(f"{'max units':>20}: {max([s[2] for s in sales]):10d}")
print(f"{'hex of grand':>20}: {int(grand):#10x}")
print(f"{'sci':>20}: {grand:10.3e}")
print(f"{'percent widgets':>20}: {sum([s[2] * s[3] for s in sales if s[1] == 'Widget']) / grand:10.2%}")
print("{0:*^30}".format(" END OF REPORT "))
print("|{:+8.2f}|{:-8.2f}|{: 8.2f}|".format(3.14159, -2.5, 7))
print("|%+d|%05.1f|%-6s|%x|%o|%e|" % (42, 3.14159, "ab", 255, 8, 12345.678))
print("|{:08.3f}|{:_d}|{:b}|{:>+5}|".format(-3.14159, 1234567, 10, 3))
