# collections.deque is the C ring buffer: its type, iterator, registration as
# a MutableSequence, sequence patterns in match, subclassing and pickling.
import collections
import collections.abc
import pickle

d = collections.deque([1, 2, 3], maxlen=5)
print(type(d), type(iter(d)).__name__, type(reversed(d)).__name__)
print(isinstance(d, collections.abc.MutableSequence), issubclass(collections.deque, collections.abc.Sequence))
match d:
    case [first, *rest]:
        print('sequence pattern', first, rest)


class History(collections.deque):
    def last(self):
        return self[-1]


h = History('abc', 2)
print(h, h.last(), h.maxlen, isinstance(h, collections.deque))
print(pickle.loads(pickle.dumps(d)), pickle.loads(pickle.dumps(h)))
d.rotate(1)
d.appendleft(0)
d.extend([7, 8, 9])
print(d, d.popleft(), d.pop(), len(d), d.index(2), d.count(7), 3 in d)
print(collections.deque[int], d == collections.deque(list(d)), d * 2)
try:
    collections.deque().pop()
except IndexError as e:
    print('IndexError', e)
