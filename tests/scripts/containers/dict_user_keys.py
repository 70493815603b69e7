# dict keys with user-defined __hash__/__eq__: errors propagate, equal keys merge.
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

class BadHash:
    def __hash__(self):
        raise ValueError('no hash for you')
attempt(lambda: {BadHash(): 1})
attempt(lambda: BadHash() in {1: 2})

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError('eq failed')
attempt(lambda: {BadEq(): 1, BadEq(): 2})
attempt(lambda: 1 in {BadEq(): 1})


class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return 'Key(%d)' % self.n

d = {}
for i in range(10):
    d[Key(i)] = i
print(d)
print(d[Key(4)], Key(4) in d, Key(11) in d)
del d[Key(3)]
print(len(d), d.get(Key(3)), d.pop(Key(9)))
print(d)

class Int(int):
    pass
d = {Int(5): 'five'}
print(d[5], 5 in d, Int(5) in {5: 1})

class Mutator:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        victim.clear()
        return False
victim = {Mutator(): 1}
victim[Mutator()] = 2
print(len(victim))
