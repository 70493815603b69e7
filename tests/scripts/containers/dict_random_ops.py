# pseudo-random dict operations (int and str keys) compared with CPython: order, pops, views.
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(200):
    d = {}
    e = {}
    for step in range(rnd(120)):
        op = rnd(10)
        k = rnd(60) if rnd(2) else 'k%d' % rnd(60)
        if op < 4:
            d[k] = step
        elif op == 4 and k in d:
            del d[k]
        elif op == 5:
            out.append(repr(d.pop(k, None)))
        elif op == 6 and d:
            out.append(repr(d.popitem()))
        elif op == 7:
            d.setdefault(k, [step])
        elif op == 8:
            e[k] = step
            d.update(e)
        else:
            d |= {k: -step}
    out.append(repr(d))
    out.append(repr(list(reversed(d.items()))[:4]))
    out.append(repr(sorted(d.keys() & e.keys(), key=str)) + repr(len(d.keys() ^ e.keys())))
    out.append(repr(d == dict(d.items())) + repr(dict.fromkeys(d) == dict.fromkeys(list(d))))
print('\n'.join(out))
