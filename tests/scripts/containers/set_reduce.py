# set and frozenset __reduce__: subclasses pickle and copy with their items
# and attributes, as in CPython.
import copy
import pickle


class S(set):
    pass


class F(frozenset):
    pass


class G(set):
    def __getstate__(self):
        return {'tag': 'from getstate'}


print(set([1]).__reduce__(), frozenset([2]).__reduce__())
s = S({1, 2})
print(s.__reduce__())
s.x = 'attr'
print(s.__reduce__())
print(F([3]).__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(s, proto))
    f = pickle.loads(pickle.dumps(F([3, 4]), proto))
    print(proto, type(t).__name__, sorted(t), t.x, type(f).__name__, sorted(f))
print(sorted(copy.copy(s)), copy.copy(s).x, sorted(copy.deepcopy(S({4}))))
g = G({5})
print(g.__reduce__())
print(pickle.loads(pickle.dumps(g)).tag)
try:
    set().__reduce__(1)
except TypeError as e:
    print('TypeError', e)
