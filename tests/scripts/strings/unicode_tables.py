# Character predicates and case mappings over a sample of the whole code space
# (every 13th code point), summarised as counts and checksums.
preds = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "islower", "isupper",
         "istitle", "isspace", "isidentifier", "isprintable"]
cps = [c for c in range(0, 0x110000, 13) if not 0xd800 <= c < 0xe000]
for name in preds:
    n = acc = 0
    for c in cps:
        if getattr(chr(c), name)():
            n += 1
            acc = (acc * 31 + c) % 1000000007
    print(name, n, acc)
m = 0
for c in cps:
    s = chr(c)
    u, l, t, f = s.upper(), s.lower(), s.title(), s.casefold()
    m = (m * 7 + len(u) * 3 + len(l) + ord(u[0]) + ord(l[0]) + ord(t[0]) + ord(f[-1]) + len(repr(s))) % 1000000007
print("case", m)
