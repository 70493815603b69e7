# list.sort and sorted: stability with key and reverse, runs, errors
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def is_sorted(s):
    for i in range(len(s) - 1):
        if s[i + 1] < s[i]:
            return False
    return True

def is_stable(pairs, rev):
    for i in range(len(pairs) - 1):
        a, b = pairs[i], pairs[i + 1]
        if a[0] == b[0]:
            if a[1] > b[1]:
                return False
        elif (a[0] > b[0]) != rev:
            return False
    return True

seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 5000]:
    data = [rand(50) for _ in range(n)]
    s = data[:]
    s.sort()
    ok = is_sorted(s) and sorted(data) == s
    # stability: sort (value, index) pairs by value only
    pairs = [(v, i) for i, v in enumerate(data)]
    stable = is_stable(sorted(pairs, key=lambda p: p[0]), False)
    rstable = is_stable(sorted(pairs, key=lambda p: p[0], reverse=True), True)
    print(n, ok, stable, rstable, s[:5], s[-3:])

# presorted, reversed, sawtooth and organ-pipe inputs
for data in [list(range(300)), list(range(300, 0, -1)), [i % 7 for i in range(200)],
             list(range(100)) + list(range(100, 0, -1)), [5] * 100,
             [(i * 37) % 101 for i in range(1000)]]:
    s = sorted(data)
    print(s[:6], s[-4:], len(s), is_sorted(s))

# types: small ints, big ints, floats, strings, tuples, mixed int/float
print(sorted([3, -1, 10**30, -10**25, 0, 2**62, -2**62]))
print(sorted([2.5, -1.0, 3.25, 0.0, -0.0, 1e300, float('inf'), -float('inf')]))
print(sorted(['b', 'a', 'ab', '', 'B', 'é', 'z', 'Z', 'aa']))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), ()]))
print(sorted([1, 2.5, True, 0, -1.5, False]))
print(sorted([[2], [1, 2], [1], []]))
# key and reverse
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True), sorted(words, reverse=True))
a = [3, 1, 2]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
a.sort(key=lambda x: -x, reverse=False)
print(a)
a.sort(key=None, reverse=0)
print(a)
a.sort(reverse=2)
print(a)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted(range(5), reverse=True))
# equal keys keep order under reverse too
recs = [('x', 1), ('y', 1), ('z', 0), ('w', 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
# errors
check(lambda: [1, 'a'].sort())
check(lambda: sorted([1, None]))
check(lambda: [3, 2, 1].sort(1))
check(lambda: [].sort(foo=1))
check(lambda: [].sort(reverse=None))
check(lambda: [2, 1].sort(reverse=1.5))
check(lambda: [1, 2].sort(key=1))
check(lambda: [1, 2].sort(key=lambda x: 1 / 0))
# a failing comparison leaves a permutation of the items
b = [5, 4, 'x', 3, 2, 1]
try:
    b.sort()
except TypeError as e:
    print('TypeError:', e)
print(sorted(b, key=str))
# modified during sort
c = [3, 2, 1]
def key(x):
    c.append(x)
    return x
check(lambda: c.sort(key=key))
print(c)
d = [3, 2, 1]
def key2(x):
    d.clear()
    d.extend([7, 8])
    return x
check(lambda: d.sort(key=key2))
print(d)
# list is empty while sorting
e = [2, 1]
seen = []
def key3(x):
    seen.append(len(e))
    return x
e.sort(key=key3)
print(e, seen)
# tuples: the first items decide through a fast path, later ones generically
data = [(rand(5), rand(3), rand(100)) for _ in range(3000)]
print(sorted(data)[:10], sorted(data)[-3:], is_sorted(sorted(data)))
mixed = [(rand(3), 'x' * rand(4)) for _ in range(500)]
print(sorted(mixed)[:8])
print(sorted([(1,), (1, 2), (0, 5), (1, 1), ()]))
print(sorted([(1.5, 2), (0.5, 3), (1.5, 1)]), sorted([('b', 1), ('a', 2), ('b', 0)]))
check(lambda: sorted([(1, 'a'), (1, 2)]))
check(lambda: sorted([(1, 2), ('a', 2)]))
print(sorted([(x % 7, -x) for x in range(100)], key=None)[:5])
