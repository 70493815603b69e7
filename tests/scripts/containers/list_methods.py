# list methods: append, extend, insert, remove, pop, clear, index, count, reverse, copy
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = []
a.append(1)
a.append('x')
a.append(a.append)
print(len(a), a[:2])
a = [1, 2]
a.extend([3, 4])
a.extend((5,))
a.extend(range(6, 8))
a.extend('ab')
a.extend(iter([9]))
a.extend({})
print(a)
a.extend(a)
print(a)
a = [1, 2, 3]
a.insert(0, 'a')
a.insert(100, 'z')
a.insert(-1, 'y')
a.insert(-100, 'first')
a.insert(2, 'mid')
print(a)
a = [3, 1, 3, 2]
a.remove(3)
print(a)
check(lambda: a.remove(7))
print(a.pop(), a.pop(0), a, a.pop(-1), a)
check(lambda: a.pop())
check(lambda: [1].pop(1))
check(lambda: [1].pop(-2))
check(lambda: [1].pop('a'))
check(lambda: [1, 2].pop(1, 2))
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, 1), a.index(1, -1), a.index(2, 0, 2), a.index(3, -10, 10**30))
check(lambda: a.index(4))
check(lambda: a.index(3, 3))
check(lambda: a.index(1, 1, 4))
check(lambda: a.index())
check(lambda: a.index(1, 'a'))
check(lambda: a.index(1, None))
print(a.count(1), a.count(2), a.count(9), [[1]].count([1]), [1, 1.0, True].count(1))
check(lambda: a.count())
a.reverse()
print(a)
b = a.copy()
b.append(0)
print(a, b, b is a)
b.clear()
print(b, a)
check(lambda: [].append())
check(lambda: [].append(1, 2))
check(lambda: [].extend())
check(lambda: [].extend(1))
check(lambda: [].insert(1))
check(lambda: [].insert('a', 1))
check(lambda: [].clear(1))
check(lambda: [].copy(1))
check(lambda: [].reverse(1))
check(lambda: [].append(x=1))
# unbound use
x = []
list.append(x, 5)
list.extend(x, [6])
print(x, list.pop(x), x, list.__len__(x))
check(lambda: list.append(1, 2))
# del statements
d = list(range(10))
del d[0]
del d[-1]
print(d)
del d[::2]
print(d)
del d[:]
print(d)
d = list(range(10))
del d[::-3]
print(d)
del d[1:3]
print(d)
del d[5:1]
print(d)
try:
    del d[100]
except IndexError as e:
    print('IndexError:', e)
