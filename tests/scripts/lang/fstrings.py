# f-strings: expressions, conversions, format specs, nesting and the = form.
name, width, pi = "gil", 10, 3.14159265
items = [1, 2, 3]
print(f"{name}|{name!r}|{name!s}|{'é'!a}|{name:>{width}}|{name:*^9}|")
print(f"{pi:.2f} {pi:10.3e} {pi:g} {1234567.891:,.2f} {0.25:%} {42:08.3f}")
print(f"{255:x} {255:#X} {255:#o} {255:b} {-42:+d} {42: d} {1234567:_}")
print(f"{items[0] + items[-1]} {len(items)} {items!r} {{literal}} {'nested ' + f'{name}'}")
print(f"{name=} {pi=:.1f} {items[1] * 2 = }")
print(f"{'a' if pi > 3 else 'b'} {[x * 2 for x in items]} {dict(a=1)['a']}")
value = 12.5
for spec in ("", "10", "<10", ">10", "^10", "010.2f", "+.1e", ".0f"):
    print(f"[{value:{spec}}]")
print(f"""multi
line {name.upper()}""", rf"\d{width}", f"{3!r:>4}")
