# ValueError messages from conversions and methods, exactly as CPython words them.
tests = [
    lambda: int("abc"), lambda: int(""), lambda: int("1.5"), lambda: int("12", 2), lambda: int("z", 36 + 1),
    lambda: int("0x", 16), lambda: int(" 1 2 "), lambda: float("abc"), lambda: float(""), lambda: float("1e"),
    lambda: [1, 2].index(3), lambda: (1, 2).index(3), lambda: "abc".index("z"), lambda: [].remove(1),
    lambda: "a,b".split(""), lambda: chr(-1), lambda: chr(0x110000), lambda: range(1, 2, 0),
    lambda: "{}{}".format(1), lambda: "{0}{}".format(1, 2), lambda: "%d %d" % (1,), lambda: "%z" % 1,
    lambda: format("s", "d"), lambda: format(1.5, "d"), lambda: "x".center(5, "ab"),
    lambda: bytes([256]), lambda: bytes.fromhex("zz"), lambda: "é".encode("ascii"),
    lambda: b"\xff".decode("utf-8"), lambda: ord("ab"), lambda: math.sqrt(-1), lambda: math.log(0),
    lambda: max([]), lambda: min([], key=len), lambda: divmod(1, 0) if False else [1, 2, 3].pop(5),
    lambda: dict([(1, 2, 3)]), lambda: dict(["ab", "c"]), lambda: list(zip([1], [2], strict=True)) and None,
]
import math
for t in tests:
    try:
        t()
        print("no error")
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
