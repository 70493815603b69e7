# slice assignment and deletion on lists, with steps and negative indices
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
a[3:3] = 'ab'
print(a)
a[:] = range(5)
print(a)
a[1:4] = []
print(a)
a[5:1] = [7, 8]
print(a)
a[-1:] = (9,)
print(a)
a[100:200] = [100]
print(a)
a[-100:1] = ['start']
print(a)
a = list(range(10))
a[::2] = 'abcde'
print(a)
a[1::2] = [None] * 5
print(a)
a[::-3] = [1, 2, 3, 4]
print(a)
a[8:2:-2] = (7, 7, 7)
print(a)
a[::1] = [0]
print(a)
a = [1, 2, 3]
a[:] = a
print(a)
a[1:2] = a
print(a)
a[::-1] = a
print(a)
a[::2] = a[::2]
print(a)
b = [1, 2, 3, 4, 5, 6]
b[1:5:2] = iter('pq')
print(b)
def bad(n, v):
    a = list(range(n))
    a.__setitem__(slice(None, None, 2), v)
    return a
check(lambda: bad(5, [1, 2]))
check(lambda: bad(5, [1, 2, 3, 4]))
check(lambda: bad(4, 1))
check(lambda: bad(0, []))
def bad2(v):
    a = [1, 2, 3]
    a[0:1] = v
    return a
check(lambda: bad2(1))
check(lambda: bad2(None))
check(lambda: bad2({'k': 1}))
check(lambda: bad2('xyz'))
def bad3(k, v):
    a = [1, 2, 3]
    a[k] = v
    return a
check(lambda: bad3(3, 0))
check(lambda: bad3(-4, 0))
check(lambda: bad3('a', 0))
check(lambda: bad3(-3, 'first'))
check(lambda: bad3(slice(None, None, 0), []))
# deletion
c = list(range(20))
del c[::3]
print(c)
del c[-1::-4]
print(c)
del c[2:-2:5]
print(c)
del c[100:]
del c[:-100]
print(c)
del c[1:1]
print(c)
del c[::-1]
print(c)
e = list(range(6))
e.__delitem__(slice(1, 4))
print(e)
check(lambda: e.__delitem__(10))
check(lambda: e.__delitem__(slice(None, None, 0)))
