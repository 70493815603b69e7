# set operators, in-place operators and comparisons.
a = {1, 2, 3}
b = {3, 4}
f = frozenset([2, 3])
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | f, f | a, a & f, f & a, a - f, f - a, a ^ f, f ^ a)
print(a <= a, a < a, a <= {1, 2, 3, 4}, a < {1, 2, 3, 4}, a >= {1}, a > {1}, a > a)
print(a == {3, 2, 1}, a != {1, 2}, a == [1, 2, 3], a != (1,), f <= a, f < a, a > f)
print({1} < {2}, {1} > {2}, set() < {1}, set() <= set(), frozenset() == set())

x = {1, 2}
y = x
x |= {3}
print(x, y is x)
x &= {1, 3, 9}
print(x, y is x)
x -= {1}
print(x, y is x)
x ^= {3, 4}
print(x, y is x)

fz = frozenset([1])
fy = fz
fz |= {2}
print(fz, fy, fz is fy)

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: a | [4])
attempt(lambda: a & (1,))
attempt(lambda: a - 'ab')
attempt(lambda: a ^ None)
attempt(lambda: [4] | a)
attempt(lambda: a < [1])
attempt(lambda: a + b)
attempt(lambda: a * 2)

def ior_list():
    s = {1}
    s |= [2]
    return s
attempt(ior_list)

def isub_self():
    s = {1, 2}
    s -= s
    return s
attempt(isub_self)

def ixor_self():
    s = {1, 2}
    s ^= s
    return s
attempt(ixor_self)

def iand_self():
    s = {1, 2}
    s &= s
    return s
attempt(iand_self)

print(a.union(a), a.intersection(a), a.difference(a), a.symmetric_difference(a), a.isdisjoint(a))
print(set().isdisjoint(set()))

# truthiness and len
print(bool(set()), bool({0}), len(frozenset('aab')))

# comparison via methods of the other side
print({1, 2}.__eq__({1, 2}), {1}.__lt__([1]), {1}.__or__([2]))
print(set.__or__({1}, {2}), frozenset.__and__(frozenset([1]), {1}))
