# CPython's errors from pickling what cannot be pickled (lambdas, local
# classes, bad __reduce__ results, objects that are not what their name
# says) and from unpickling bad or truncated data.
import pickle
import re


def run(label, f):
    try:
        r = f()
        print(clean(label), "ok", ascii(r if not isinstance(r, bytes) else r[:40]))
    except Exception as e:
        print(clean(label), type(e).__name__, clean(str(e)))


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


def local():
    class Local:
        pass
    return Local


lam = lambda: 0
for proto in (0, 2, 4):
    run("lambda", lambda: pickle.dumps(lam, proto))
    run("localclass", lambda: pickle.dumps(local(), proto))
    run("localinst", lambda: pickle.dumps(local()(), proto))


class Bad:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


bad_reductions = [
    42, [], (), (len,), (len, (1,), None, None, None, None, None), (42, ()), (len, [1]),
    (len, (1,), None, [1]), (len, (1,), None, None, {}), (len, (1,), None, None, None, 42),
    "no_such_name", "Bad", (list, (), None, iter([1, 2])), (dict, (), None, None, iter([1])),
    (dict, (), None, None, iter([("a", 1)])), (len, ([1, 2, 3],), None, None, None, None),
]
for rv in bad_reductions:
    for proto in (0, 2):
        run("reduce %r" % (rv,), lambda: pickle.dumps(Bad(rv), proto))


def newobj(*args):
    pass


newobj.__name__ = "__newobj__"


def newobj_ex(*args):
    pass


newobj_ex.__name__ = "__newobj_ex__"


class Plain:
    pass


for rv in [(newobj, ()), (newobj, (42,)), (newobj, (Plain,)), (newobj, (Bad, 1)),
           (newobj_ex, (Bad,)), (newobj_ex, (42, (), {})), (newobj_ex, (Bad, [], {})),
           (newobj_ex, (Bad, (), [])), (newobj_ex, (Plain, (), {})), (newobj_ex, (Bad, (1,), {"k": 2}))]:
    for proto in (2, 4):
        run("newobj %r" % (rv[1],), lambda: pickle.dumps(Bad(rv), proto))

import sys
run("module", lambda: pickle.dumps(sys))
run("gen", lambda: pickle.dumps((i for i in ())))
run("code", lambda: pickle.dumps(run.__code__))
deep = []
for _ in range(5000):
    deep = [deep]
run("deep", lambda: len(pickle.dumps(deep)))


class Mutating:
    def __reduce__(self):
        target.clear()
        return (int, ())


target = {i: i for i in range(5)}
target[99] = Mutating()
run("mutate dict", lambda: pickle.dumps(target))

# unpickling errors
cases = [
    b"", b"K", b"\x80", b"\x80\x09.", b"h\x05.", b"j\x05\x00\x00\x00.", b"g5\n.", b"I12x\n.", b"Ifoo\n.",
    b"L12\n.", b"Lx\n.", b"Fx\n.", b"F1.5x\n.", b"F1e500\n.", b"Finf\n.", b"cbuiltins\nfoo\n.", b"cnosuchmodule\nfoo\n.",
    b"\x80\x04\x8c\x08builtins\x8c\x03foo\x93.", b"\x80\x04\x8c\x08builtins\x8c\x07int.foo\x93.",
    b"\x80\x04\x8c\x08builtins\x8c\x0cint.<locals>\x93.", b"\x80\x04K\x01K\x02\x93.",
    b"0", b"(0.", b"(K\x01\x85.", b".", b"(.", b"a", b"]K\x01K\x02u.", b"}K\x01u.", b"(K\x01d.", b"\x81.",
    b"K\x01)\x81.", b"c__builtin__\nint\n)K\x01\x81.", b"c__builtin__\nint\nK\x01}\x81.",
    b"\x80\x04c__builtin__\nint\n)K\x01\x92.", b"\x80\x04c__builtin__\nint\n)]\x92.", b"p-1\nN.", b"N\x94\x94h\x01.",
    b"\xff", b"'", b"\\", b"S\"abc\n.", b"Sabc\n.", b"S'a\\x4'\n.", b"S'a\\x41'\n.", b"S'\\101\\n'\n.",
    b"\x82\x00.", b"\x82\x05.", b"\x83\x05\x00.", b"\x84\xff\xff\xff\xff.", b"V\\u12\n.", b"Vab\\u00e9\n.",
    b"X\x02\x00\x00\x00\xff\xfe.", b"\x8c\x03\xed\xa0\x80.", b"N\x95", b"\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
    b"\x95\x01\x00\x00\x00\x00\x00\x00\x00N.", b"Q.", b"Pabc\n.", b"N2(2.", b"(N2.", b"NNb.", b"}Nb.", b"}K\x01b.",
    b"}(K\x01K\x02t}\x86b.", b"c__builtin__\nlist\n)R.", b"c__builtin__\nlen\nK\x01R.", b"(c__builtin__\nlist\no.",
    b"(o.", b"(i__builtin__\nlist\n.", b"\x8a\x01", b"\x8a\x02\xff\x7f.", b"\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x00\x80.",
    b"\x8b\xff\xff\xff\xff.", b"}(K\x01u.", b"(1.", b"1.", b"I01\n.", b"I1\n.", b"I00\n.", b"I0x10\n.",
    b"I 5\n.", b"I5 \n.", b"I5", b"I5\n", b"Lx", b"NNt.", b"\x80\x02N.", b"\x97.", b"N\x98.", b"\x98.",
    b"]N\x90.", b"\x8f(K\x01]\x90.", b"\x8f(]\x90.", b"(\x91.", b"(]\x91.", b"C\x05ab", b"B\x05\x00\x00\x00ab",
    b"\x8e\x05\x00\x00\x00\x00\x00\x00\x00ab", b"\x8e\x00\x00\x00\x00\x00\x00\x00\x80.",
    b"\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.", b"T\x02\x00\x00\x00ab.", b"U\x02ab.", b"K\x01K\x02e.",
    b"(K\x01K\x02l.", b"(K\x01K\x02t.", b"N(K\x01e.", b"](K\x01K\x02e.", b"]K\x01a.", b"(]K\x01a.",
    b"\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00N.", b"r\x00\x00\x00\x80N.",
]
for c in cases:
    run("loads %r" % (c,), lambda: pickle.loads(c))
run("loads bytes", lambda: pickle.loads(b"U\x02ab.", encoding="bytes"))
run("loads latin1", lambda: pickle.loads(b"U\x02\xe9b.", encoding="latin1"))
run("loads utf8 bad", lambda: pickle.loads(b"U\x02\xe9b.", encoding="utf-8"))
run("loads utf8 replace", lambda: pickle.loads(b"U\x02\xe9b.", encoding="utf-8", errors="replace"))

# every prefix of a few pickles is an error, never a crash
class Point:
    def __init__(self):
        self.x, self.y = 1, [2.5, "s"]


good = [pickle.dumps(v, p) for v in ([1, "a", {"k": (1, 2)}, 2**70], Point(), {1, 2}, b"xy" * 5)
        for p in (0, 2, 4)]
for data in good:
    results = []
    for n in range(len(data)):
        try:
            pickle.loads(data[:n])
            results.append("ok")
        except Exception as e:
            results.append(type(e).__name__[0] + ":" + str(e)[:12])
    print(len(data), sorted(set(results)))
