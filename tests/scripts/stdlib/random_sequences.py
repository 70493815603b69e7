import random
for s in (42, 0, 1, -5, 2**70 + 3, 123456789):
    random.seed(s)
    print(s, [random.randint(1, 100) for _ in range(20)])
    print(random.random(), random.random())
    l = list(range(15)); random.shuffle(l); print(l)
    print(random.sample(range(100), 10), random.sample('abcdefghij', 4))
    print(random.sample(range(10**6), 30)[:5])
    print(random.choice('abcdef'), random.choices('abc', k=5), random.choices('abc', [1, 5, 2], k=6))
    print(random.choices(range(10), cum_weights=range(1, 11), k=4))
    print(random.getrandbits(0), random.getrandbits(7), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
    print(random.randrange(10), random.randrange(5, 100, 7), random.randrange(100, 5, -3), random.randrange(2**80))
    print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(2, 3))
    print(random.expovariate(2), random.triangular(0, 10, 3), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.betavariate(2, 3))
    print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
    print(random.randbytes(5))
    print(random.sample([1,2,3], 5, counts=None) if False else random.sample('xyz', 4, counts=[1, 2, 3]))
r = random.Random(7)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], len(st[1]), st[0])
random.seed(3.5); print(random.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.choice([]), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2),
            lambda: random.getrandbits(-1), lambda: random.choices('ab', [1], k=1),
            lambda: random.choices('ab', [0, 0]), lambda: random.seed([1]),
            lambda: random.choices('ab', 3), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
