# lists: construction, repr, indexing, slicing, operators, comparison, iteration
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [1, 2, 3]
print(a, [], [[]], [1, 'a', None, 2.5, (1,), [2]])
print(list(), list('abc'), list((1, 2)), list(range(5)), list([4, 5]))
print(list(map(abs, [0, -1, 4])), list({1: 'a', 2: 'b'}))
print(len(a), len([]), bool([]), bool([0]))
print(a[0], a[-1], a[2], a[-3])
check(lambda: a[3])
check(lambda: a[-4])
check(lambda: a['x'])
check(lambda: a[1.0])
check(lambda: a[10**30])
print(a[True], a[False])
# slicing
b = list(range(10))
print(b[2:5], b[:3], b[7:], b[::2], b[1::3], b[::-1], b[-3:], b[:-3], b[8:2:-2])
print(b[5:2], b[100:], b[-100:2], b[::10**30], b[::-10**30], b[-10**30:10**30])
check(lambda: b[::0])
check(lambda: b['a':])
print(b[None:None:None] == b, b[:] is b)
# operators
print([1, 2] + [3], [] + [], [1] * 3, 3 * [1, 2], [1] * 0, [1] * -5, [] * 100)
check(lambda: [1] + (2,))
check(lambda: [1] + 'a')
check(lambda: [1] * 1.5)
check(lambda: 'x' * [1])
check(lambda: [1] * [2])
check(lambda: [1] * 10**20)
check(lambda: 2.0 * [1])
c = [1]
d = c
c += [2, 3]
print(c, d, c is d)
c += (4,)
c += 'ab'
c += range(2)
print(c, d is c)
c *= 2
print(c, d is c)
c *= 0
print(c, d is c)
try:
    c += 5
except TypeError as e:
    print('TypeError:', e)
# comparison
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print([] < [1], [1] <= [1], [1, 2] >= [1], [1] == (1,), [1] != (1,))
print([1, 2] == [1, 'a'], [float('nan')] == [float('nan')])
n = float('nan')
print([n] == [n], [n] < [n])
check(lambda: [1, 2] < [1, 'a'])
check(lambda: [1] < (1,))
check(lambda: [1] < 1)
# membership
print(2 in a, 5 in a, 5 not in a, 'a' in ['a', 'b'], [1] in [[1]], n in [n])
# iteration
for x in [10, 20]:
    print(x, end=' ')
print()
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(type(iter([])).__name__, type(reversed([])).__name__)
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(reversed([])), list(reversed([1, 2, 3, 4])))
# recursive repr
rec = [1]
rec.append(rec)
print(rec, [rec, rec])
m = [[]] * 3
m[0].append(1)
print(m)
# unhashable
check(lambda: hash([]))
check(lambda: {[]: 1})
# nested and mixed
print([[1, 2], [3, [4, [5]]]], repr([None, True, 'it\'s']))
print(str([1, 'a']), [1, 2].__len__(), [1, 2].__getitem__(1), [3].__contains__(3))
print(list.__name__, type([]) is list, isinstance([], list))
