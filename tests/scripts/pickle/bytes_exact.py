# The exact bytes of pickle.dumps at every protocol, for the built-in types,
# shared and recursive structures, the batch sizes around 1000 items and the
# frame size around 64 KiB (large outputs are summarised: length, checksum,
# head, tail and number of FRAME opcodes).
import pickle


def show(label, value):
    for proto in range(6):
        data = pickle.dumps(value, proto)
        if len(data) <= 200:
            print(label, proto, data)
        else:
            check = sum(data[i] * (i % 251 + 1) for i in range(len(data))) % 1000003
            print(label, proto, len(data), check, data[:40], data[-30:])


show("ints", [0, 1, -1, 255, 256, -256, 65535, 65536, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
              2**62, -2**62, 2**63, -2**63 - 1, 2**64 - 1, 127, -128, 128, -129, 2**200, -2**200,
              -(2**8) ** 300 - 5])
show("bools", [True, False, None, [None, True]])
show("floats", [0.0, -0.0, 0.1, -1e300, 1e-320, float("inf"), float("-inf"), 2.5e10, 1 / 3])
show("strs", ["", "a", "é", "€", "\U0001f600", "\\", "a\\u1234", "\x00\n\r\x1a", "\ud800",
              "x" * 255, "y" * 256, "'\""])
show("bytes", [b"", b"\x00", b"ab", bytes(range(256)), b"z" * 256, bytearray(b"q"), bytearray()])
show("tuples", [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), (("a",),)])
show("sets", [set(), {1}, {1, 2, 3}, frozenset(), frozenset({"a"}), {(1, 2)}])
show("dicts", [{}, {1: 2}, {"a": [], "b": {}}, {(1, 2): "t", None: 0.5}])
show("globals", [len, int, dict, type, object, pickle.dumps, type(None), type(...),
                 type(NotImplemented), ValueError, ...])
shared = ["s"]
show("shared", [shared, shared, (shared,), "k", "k", b"b", b"b", 1.5, 1.5])
rec = []
rec.append(rec)
show("reclist", rec)
recd = {}
recd["me"] = recd
show("recdict", recd)
rt = ([],)
rt[0].append(rt)
show("rectuple", rt)
rt4 = ([], 2, 3, 4)
rt4[0].append(rt4)
show("rectuple4", rt4)
fs = frozenset([1])
show("frozen_shared", [fs, fs])
for n in (999, 1000, 1001, 2000, 2001):
    show("list%d" % n, list(range(n)))
    show("dict%d" % n, {i: None for i in range(n)})
    show("set%d" % n, set(range(n)))
    show("frozenset%d" % n, frozenset(range(n)))
    show("tuple%d" % n, tuple(range(n)))
for n in (65000, 65536, 70000):
    show("bytes%d" % n, [b"a" * n, b"b"])
    show("str%d" % n, ["c" * n, "d"])
show("manyframes", [str(i) * 50 for i in range(3000)])
names = ["n%d" % i for i in range(600)]
show("manymemo", names + names[::-1])
