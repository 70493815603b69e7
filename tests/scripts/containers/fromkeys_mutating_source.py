# dict.fromkeys over a dict or set whose keys' __eq__ empties the source
# must not crash (CPython issue 27945).
class X(int):
    def __hash__(self):
        return 13
    def __eq__(self, other):
        if len(src) > 1:
            src.clear()
        return False

for make in (dict.fromkeys, set):
    src = {}
    src = make([X(1), X(2)])
    try:
        r = dict.fromkeys(src)
        print(type(src).__name__, len(r) <= 2, len(src))
    except RuntimeError:
        print(type(src).__name__, "RuntimeError")
print(dict.fromkeys({1: 2, 3: 4}, 0), dict.fromkeys({5, 6}))
