# slice objects: repr, attributes, indices(), comparison, hashing; slicing semantics
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = slice(1, 10, 2)
print(s, slice(5), slice(1, 2), slice(None), slice(None, None, -1), slice('a', [1], 2.5))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop, slice(3).step)
check(lambda: slice())
check(lambda: slice(1, 2, 3, 4))
check(lambda: slice(stop=2))
check(lambda: setattr(s, 'start', 3))
# indices
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, -3), slice(None, None, -1), slice(100, -100, -2),
           slice(-100, 100, 3), slice(5, 2), slice(2, 5, -1), slice(10**30, None), slice(None, None, 10**30),
           slice(None, None, -10**30), slice(True, None)]:
    print(sl, sl.indices(10), sl.indices(0), sl.indices(3))
print(slice(None).indices(10**30), slice(-1, None, -1).indices(10**30))
check(lambda: slice(1).indices(-1))
check(lambda: slice(1, 2, 0).indices(3))
check(lambda: slice('a').indices(3))
check(lambda: slice(1).indices('a'))
check(lambda: slice(1).indices(1.0))
# comparison and hashing
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) > slice(1, 2, 2), slice(1) == 1, slice(0, 1) <= slice(0, 1))
check(lambda: slice(1, 2) < slice('a', 2))
check(lambda: hash(slice(1)))
check(lambda: {slice(1): 2})
# slicing sequences with negative indices and steps
a = list(range(10))
t = tuple(a)
st = 'abcdefghij'
for sl in [slice(None, None, -1), slice(-1, -4, -1), slice(-4, -1), slice(1, None, 3), slice(None, 2, -2),
           slice(8, 1, -3), slice(-20, 20, 4), slice(3, 3), slice(5, 3), slice(None, None, 11)]:
    print(a[sl], t[sl], st[sl], list(range(10))[sl] == list(range(10)[sl]))
print(a[slice(2, 5)], a[2:5:None], a[-2:], a[:-8:-2])
class_idx = [1, 2, 3]
print(class_idx[0:len(class_idx)], class_idx[-len(class_idx):])
