# f-strings with format specs, conversions and nested fields on str, int and float.
name, width, prec, value = "gilpy", 10, 3, 3.14159265
print(f"{name}|{name!r}|{name:>{width}}|{name:^{width}}|{name:_<{width}}|")
print(f"{value:.{prec}f}|{value:{width}.{prec}e}|{value:+.2%}")
print(f"{42:08b}|{42:#x}|{42:#o}|{-42:+06d}|{1234567:,}|{1234567:_}")
print(f"{'é':*^5}|{'日本':>6}|{'abc'!a}|{'é'!a}")
for w in range(0, 8, 3):
    print(f"[{'x':{w}}] [{'x':>{w}}] [{7:<{w}}]")
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10, 1)]
for n, p, q in items:
    print(f"{n:<10}{p:>8.2f}{q:>5d}{p * q:>10.3f}")
print(f"{'nested':{'>' if True else '<'}{12}}")
