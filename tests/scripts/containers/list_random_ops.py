# random list operations (deterministic), printing a running digest of the states
seed = 2024
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rint():
    r = rand(10)
    if r == 0: return None
    return rand(30) - 15
def rslice():
    step = rint()
    if step == 0: step = None
    if rand(3) == 0: step = rand(4) - 2 or None
    return slice(rint(), rint(), step)
errors = {}
l = []
digest = 0
for step in range(20000):
    op = rand(12)
    try:
        if op == 0: l.append(rand(100))
        elif op == 1: l.insert(rint() or 0, rand(100))
        elif op == 2: l.pop(rint() or -1)
        elif op == 3: l[rslice()] = [rand(100) for _ in range(rand(5))]
        elif op == 4: del l[rslice()]
        elif op == 5: l = l[rslice()] + l
        elif op == 6: l.extend(l[rslice()])
        elif op == 7: l[rint() or 0] = rand(100)
        elif op == 8: l.remove(rand(100))
        elif op == 9: l = l * (rand(3)) if len(l) < 50 else l[:10]
        elif op == 10: l.reverse() if rand(2) else l.sort(reverse=bool(rand(2)))
        elif op == 11:
            s = rslice(); t = tuple(l)
            digest = (digest * 7 + sum(t[s]) + len(range(100)[s]) + sum(range(-50, 50)[s])) % 1000000007
    except (IndexError, ValueError) as e:
        errors[str(e)] = errors.get(str(e), 0) + 1
    if len(l) > 200: del l[100:]
    digest = (digest * 31 + len(l) + sum(l)) % 1000000007
    if step % 2000 == 0: print(step, digest, l[:8])
print(sorted(errors.items()))
print(digest, l)
