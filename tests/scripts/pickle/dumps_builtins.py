# pickle.dumps of the built-in types gives CPython's bytes, in every
# protocol, and loads gives the objects back.
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31,
    -2**31 - 1, 2**64, -2**64, 2**100, -2**70, 10**300, 0.0, -0.0, 1.5, -2.25, 1e300, 1e-310,
    float('inf'), -float('inf'), 3.141592653589793, '', 'abc', 'é' * 3, '\U0001f600', 'a\nb\\c\r\x1a\0',
    'x' * 300, b'', b'ab', b'\x00\xff' * 200, bytearray(), bytearray(b'xyz'), (), (1,), (1, 2),
    (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], [[1], [2, [3]]], {}, {1: 2}, {'a': 1, 'b': [2]},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({1, 2}), len, int, dict, str, range, ValueError,
    FileNotFoundError, OSError,
    type(None), Ellipsis, NotImplemented, range(3), range(1, 10, 2), slice(1, 2),
    list(range(2500)), {i: str(i) for i in range(1200)},
]
shared = [1, 2]
values.append([shared, shared, (shared, shared)])
values.append(('same', 'same'))
for proto in range(0, 6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, repr(v)[:40], type(e).__name__, e)
            continue
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        if isinstance(v, float):
            same = same and repr(back) == repr(v)
        print(proto, repr(v)[:40], len(data), data[:60], same, type(back).__name__)
r = []
r.append(r)
back = pickle.loads(pickle.dumps(r))
print(back[0] is back, pickle.dumps(r))
d = {}
d['self'] = d
print(pickle.dumps(d, 2), pickle.loads(pickle.dumps(d))['self'] is not None)
t = ([],)
t[0].append(t)
data = pickle.dumps(t)
print(data)
back = pickle.loads(data)
print(back[0][0] is back)
print(pickle.dumps(float('nan')), pickle.loads(pickle.dumps(float('nan'))))
