# f-strings with nested expressions: calls, subscripts, quotes, nested f-strings.
names = ["ada", "grace", "linus"]
scores = {"ada": 93.5, "grace": 88.25, "linus": 71}
print(f"{len(names)} names: {', '.join([n.title() for n in names])}")
print(f"{scores['ada']} {scores['grace'] if True else scores['linus']}")
print(f"{names[0]}-{names[-1][::-1]}-{names[1][1:3].upper()}")
print(f"{max(scores, key=scores.get)} has {max(scores.values())}")
print(f"{[n[0] for n in names]} {({k: len(k) for k in names})}")
print(f"{'yes' if len(names) > 2 else 'no'} {(lambda x: x * 2)(21)}")
print(f"{f'{1 + 1}'} {f'{3}' if False else 'inner'} {f'{names[0]!r}'}")
print(f"""{f'{f"{3 * 3}"}'}""")
x, y = 3, 4
print(f"{x}+{y}={x + y} {x*y=} {x ** y:,} {(x, y)} {x,}")
print(f"{{braces}} {{{x}}} {{{{x}}}}")
print(f"{x:{y}} [{x:>{y}d}] [{'a' * x:^{x + y}}]")
print(f"{'nested ' + f'{x:03d}' + ' end'}")
print(f"{3.5:{'>' if x else '<'}{y * 2}}|")
print(f"{names!r:.10}")
print(f"{dict(a=1)['a'] + sum([1, 2, 3])}")
items = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for name, qty, price in items:
    print(f"{name:<8}|{qty:>4}|{price:>7.2f}|{qty * price:>8.3f}|")
print(f"""{x
    + y}""")
print(f"""{
    x * 10
}""")
print(rf"{x}\n", fr"\t{y}", Rf"{x!r}\d", F"{y}", FR"\{x}")
print(f"{x}" f"{y}" "plain" f"{x + y}")
