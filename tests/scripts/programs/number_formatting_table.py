# A table of numbers rendered in many notations: bases, grouping, scientific, percentages, padding.
values = [0, 7, -42, 255, 1000, 65535, 123456789, -(2 ** 31), 2 ** 53 + 1]
print(f"{'dec':>20} {'hex':>18} {'oct':>24} {'grouped':>22}")
for v in values:
    print(f"{v:>20d} {v:>#18x} {v:>#24o} {v:>22,d}")
print()
print(f"{'value':>12} {'fixed':>14} {'sci':>12} {'general':>12} {'percent':>12}")
for x in [0.0, 1.0, -0.5, 3.14159265, 2.5e-7, 12345.6789, 6.02214076e23, -1e-10, 0.999999]:
    print(f"{x:>12g} {x:>14.4f} {x:>12.3e} {x:>12.6g} {x:>12.2%}")
print()
for v in (5, 42, 1234):
    print(f"[{v:b}] [{v:08b}] [{v:_b}] [{v:#o}] [{v:X}] [{v + 60:c}]")
print()
widths = [4, 8, 12]
for w in widths:
    print(f"|{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|{3.14159:^{w}.2f}|{-7:0{w}d}|")
print()
money = [0.1, 2.5, 1234.5, 1e6, -999.995, 1234567.891]
for m in money:
    print(f"{m:>16,.2f} {'%12.2f' % m} {format(m, '_.1f'):>14} {round(m, 1)!r:>12}")
print()
print("{:=^40}".format(" summary "))
print("{:<20}{:>20}".format("count", len(values)))
print("{:<20}{:>20,}".format("sum", sum(values)))
print("{:<20}{:>20.3f}".format("mean", sum(values) / len(values)))
print("{:<20}{:>20}".format("max hex", hex(max(values))))
print("=" * 40)
