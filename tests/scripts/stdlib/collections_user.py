import collections, copy, pickle
from collections import UserDict, UserList, UserString
print(UserDict, UserList, UserString, collections.__all__)
d = UserDict({'a': 1}, b=2)
print(d, len(d), d['a'], d.get('z', 0), 'a' in d, list(d), d | {'c': 3}, {'c': 3} | d, type(d | d).__name__)
d |= {'e': 5}; print(d, d.copy(), type(d.copy()).__name__, UserDict.fromkeys('xy', 0))
class M(UserDict):
    def __missing__(self, k): return k * 2
m = M(); print(m['ab'], m.copy(), type(copy.copy(m)).__name__)
try: d['zz']
except KeyError as e: print('KeyError', e)
print(pickle.loads(pickle.dumps(d)), isinstance(d, collections.abc.MutableMapping))
l = UserList([3, 1, 2])
print(l, l[0], l[1:], type(l[1:]).__name__, l + [4], [0] + l, l * 2, 2 * l, l == [3, 1, 2], l < [4], len(l), 2 in l)
l.append(5); l.extend(UserList([6])); l.sort(); l.insert(0, -1); print(l, l.pop(), l.index(2), l.count(1))
l += (7,); l *= 2; print(l, l.copy(), type(l.copy()).__name__, copy.copy(l), list(reversed(l)))
del l[0]; l[0] = 'x'; print(l); l.reverse(); l.remove('x'); l.clear(); print(l)
print(pickle.loads(pickle.dumps(UserList([1]))))
s = UserString('Hello')
print(s, repr(s), s + '!', 'x' + s, s * 2, s[1:3], type(s[1]).__name__, len(s), 'ell' in s, UserString('e') in s)
print(s.upper(), type(s.upper()).__name__, s.split('l'), s.find('l'), s.replace('l', 'L'), s.center(9, '*'), s.zfill(8))
print(s == 'Hello', s < 'Z', hash(s) == hash('Hello'), int(UserString('42')), float(UserString('1.5')))
print(s.encode(), s.startswith('He'), s.partition('l'), s.format(), UserString('%s!') % 'x', '%s' % s)
print(s.isalpha(), s.lower().islower(), s.count('l'), s.removeprefix('He'), s.expandtabs(), s.join('ab'))
print(pickle.loads(pickle.dumps(s)), copy.copy(s), sorted([UserString('b'), UserString('a')]))
print(isinstance(s, collections.abc.Sequence), UserString(5), UserString(UserString('q')))
# a metaclass attribute named __module__ does not stop a class's own
import abc
class K(abc.ABC): pass
K.__module__ = 'elsewhere'
print(K, K.__module__)
