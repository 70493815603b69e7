import random, _random
class MyR(random.Random):
    def random(self): return 0.5
m = MyR(1); print(m.choices('abc', k=3), m.uniform(0, 10))
r = random.Random(5); r.foo = 1; print(r.foo, r.randint(1, 6))
b = _random.Random(42); print(b.random(), b.getrandbits(70))
print(type(r).__mro__)
try: r.setstate((3, (1,) * 5, None))
except ValueError as e: print(e)
try: r.setstate((2, (1,) * 5, None))
except ValueError as e: print(e)
try: r.getrandbits(1.5)
except TypeError as e: print(e)
s = r.getstate(); x = r.random(); r.setstate(s); print(x == r.random())
print(random.Random(True).random() == random.Random(1).random(), random.Random(-3).random() == random.Random(3).random())
random.seed(None); random.seed(); print(0 <= random.random() < 1)
