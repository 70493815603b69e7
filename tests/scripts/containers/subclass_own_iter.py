# list(), tuple(), *unpacking, sorted(), str.join and dict.fromkeys iterate a
# list/tuple/dict subclass through its own __iter__, as CPython does.
class T(tuple):
    def __iter__(self):
        return iter(['x', 'y'])
class L(list):
    def __iter__(self):
        return iter([9])
class D(dict):
    def __iter__(self):
        return iter(['k'])
t = T((1, 2))
print(list(t), tuple(t), [*t], sorted(set(t)), sorted(t), list(L([1, 2])), tuple(L([1])), list(D(a=1)), dict.fromkeys(D(a=1)))
a, b = t
print(a, b, ' '.join(T(('p', 'q'))), min(t), sum(L([5, 6])), list(zip(t, t)), 'x' in t, list(map(str, L([3]))))
print(list(enumerate(T((1,)))), list(reversed(L([1, 2]))), set(D(z=0)), sorted(frozenset(T((1,)))))
