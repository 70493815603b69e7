# sort stress: stable sorts of many shapes of data (runs, near-sorted, few values,
# tuples, floats, strings, mixed int/float) must give CPython's exact permutation
seed = 99
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def gen(kind, n):
    if kind == 0: return [rand(10) for _ in range(n)]
    if kind == 1: return [rand(1000000) for _ in range(n)]
    if kind == 2:
        out = []
        while len(out) < n:
            start = rand(1000); ln = rand(200) + 1
            step = 1 if rand(2) else -1
            out += list(range(start, start + step * ln, step))
        return out[:n]
    if kind == 3:
        l = list(range(n))
        for _ in range(n // 50 + (n > 0)):
            l[rand(n)] = rand(n)
        return l
    if kind == 4:
        return [(rand(5), str(rand(50))) for _ in range(n)]
    if kind == 5:
        return [rand(100) * 0.5 for _ in range(n)]
    if kind == 6:
        return [str(rand(3000)) for _ in range(n)]
    return [rand(3) if rand(2) else rand(3) * 1.0 for _ in range(n)]
h = 0
for kind in range(8):
    for n in [0, 1, 2, 7, 64, 65, 200, 1000, 4097, 20000]:
        d = gen(kind, n)
        pairs = list(enumerate(d))
        a = sorted(pairs, key=lambda p: p[1])
        b = sorted(pairs, key=lambda p: p[1], reverse=True)
        c = sorted(d)
        e = sorted(d, reverse=True)
        h = (h * 31 + hash(tuple([x[0] for x in a])) + 7 * hash(tuple([x[0] for x in b]))) % (2**61 - 1)
        ok = c == [p[1] for p in a] and e == [p[1] for p in b]
        if not ok: print('MISMATCH', kind, n)
    print(kind, h)
