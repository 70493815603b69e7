# Argument errors and edge cases of weakref and memoryview, as CPython words them.
import weakref, copy, pickle
class C: pass
c = C()
tests = [
 lambda: weakref.ref(c, callback=print),
 lambda: weakref.ref(c)(1),
 lambda: weakref.proxy(c, print, 3),
 lambda: weakref.getweakrefcount(),
 lambda: weakref.getweakrefcount(1),
 lambda: weakref.getweakrefs(1),
 lambda: copy.copy(memoryview(b"a")),
 lambda: pickle.dumps(memoryview(b"a")),
 lambda: memoryview(),
 lambda: memoryview(b"a", b"b"),
 lambda: memoryview(object=b"ab")[1],
 lambda: len(memoryview(bytearray())),
 lambda: memoryview(b"abc")[1:2][0],
 lambda: memoryview(b"abc")[::-1][::-1].tobytes(),
 lambda: memoryview(b"abc").tobytes("X"),
 lambda: list(reversed(memoryview(b"abc"))),
 lambda: b"b" in memoryview(b"abc"),
 lambda: 98 in memoryview(b"abc"),
 lambda: memoryview(b"abc") < memoryview(b"abd"),
 lambda: weakref.ref(c) < weakref.ref(c),
 lambda: dir(weakref.ref(c)) == dir(weakref.ref),
 lambda: weakref.WeakValueDictionary({1: c}) == weakref.WeakValueDictionary({1: c}),
 lambda: repr(weakref.WeakSet([c]))[:9],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
