# Format specs containing replacement fields: {x:>{w}}, {x:{fill}{align}{w}.{p}f}.
value = 3.14159265
for width in (4, 8, 12):
    for prec in (0, 2, 4):
        print(f"[{value:{width}.{prec}f}] [{value:>{width}.{prec}e}]")
for fill, align in (("*", "<"), ("-", ">"), ("=", "^"), ("0", "=")):
    print(f"[{-42:{fill}{align}10}] [{'ab':{fill if fill != '0' else '.'}{'<' if align == '=' else align}7}]")
w = 6
print(f"{'x':>{w}}|{'x':<{w}}|{'x':^{w}}|")
print(f"{255:#{w + 4}x}|{255:{'#'}{'o'}}|{255:{'b'}}")
print(f"{12345.678:{','}.{2}f} {12345678:{'_'}}")
spec = ">12.3f"
print(f"{value:{spec}}|{1000:{spec}}|")
table = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
name_w = max([len(n) for n, _ in table])
for name, num in table:
    print(f"{name:<{name_w}} : {num:>{name_w + 2}.{len(name) % 3}f}")
print(f"{'%':{'^'}{9}}")
print(f"{3:{0}{5}}")
