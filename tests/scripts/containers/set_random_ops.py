# pseudo-random set/dict operations: every result's iteration order, pop order
# and frozenset hash must be CPython's.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(300):
    a = set(); b = set()
    for i in range(rnd(40)):
        a.add(rnd(200) - 50)
    for i in range(rnd(40)):
        b.add(rnd(300) * (1 if rnd(2) else -1))
    for i in range(rnd(10)):
        a.discard(rnd(200) - 50)
    op = rnd(12)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: a |= b; r = a
    elif op == 5: a &= b; r = a
    elif op == 6: a -= b; r = a
    elif op == 7: a ^= b; r = a
    elif op == 8: r = a.union(list(b), range(rnd(20)))
    elif op == 9: r = a.intersection(list(b))
    elif op == 10: r = a.difference(list(b), [1, 2, 3])
    else: r = a.symmetric_difference(list(b))
    out.append(str(list(r)))
    if rnd(3) == 0:
        p = [a.pop() for _ in range(min(len(a), 3))]
        out.append(str(p) + str(list(a)))
    f = frozenset(r)
    out.append(str(hash(f)))
    d = {}
    for i in range(rnd(50)):
        k = rnd(100)
        if rnd(4) == 0 and k in d:
            del d[k]
        else:
            d[k] = i
    out.append(str(list(d.items())[:5]) + str(len(d)))
    if d and rnd(2):
        out.append(str(d.popitem()))
    out.append(str(set(d) ^ set(d.values())))
    out.append(str(d.keys() & r) + str(d.keys() - r) + str(d.keys() | {1}))
print('\n'.join(out))
