# float.__format__: presentation types e E f F g G n % and none, with the
# fill/align/sign/z/#/0/width/grouping/precision options.
specs = ["", "f", ".0f", ".1f", ".3f", "#.0f", "e", ".0e", "#.0e", ".3e", "E", "g", ".0g", ".1g",
         ".3g", "#g", "#.3g", "G", ".10g", "n", "%", ".0%", ".2%", ".1", ".3", ".12", "#", "#.3",
         ",", "_", ",.2f", "_.3f", "012,.2f", "012,.2e", "010", "010,", "+", " ", "-", "+.2e",
         "z", "z.1f", "z.0e", "+z.2f", ">12", "<12", "^12", "=12", "*^14.3f", "0=12.2f", "=+12.1f",
         "010.1%", ",g", "_G", "#010.0f", ".20f", ".17g", "15.10e"]
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, -2.675, 1234.5678, 1e16, 1e22,
          1.5e-5, 1e-4, 123456789.0, -0.0001, 1e300, 5e-324, float("inf"), float("-inf"),
          float("nan")]
for s in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(s), " | ".join(row))
print(format(2 ** 80, "e"), format(10, ".2f"), format(-7, "%"), format(True, "%"))
print(f"{3.14159:.2f}|{2.5:^9.1f}|{1e-7:g}|{1e100:,.0f}")
print("{:.3}".format(1234.5), "{:10.4f}|".format(3.0))
