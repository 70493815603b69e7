# Misc built-ins: abs, divmod, pow, round, isinstance/issubclass, type, id, callable, chr/ord, bin/oct/hex, len, repr, ascii.
print(abs(-3), abs(3.5), abs(-0.0), abs(-(10 ** 30)), abs(True), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(round(3.14159), round(3.14159, 2), round(-2.5), round(2.5), round(3.5), round(0.125, 2), round(1234.5, -2), round(7, -1), round(-15, -1))
print(type(round(2.7)).__name__, type(round(2.7, 1)).__name__, round(1e300, 2) == 1e300, round(5, 0), type(round(5, 0)).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", (list, (tuple, str))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(KeyError, (LookupError,)))
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0), type(range(1)).__name__)
print(type(1) is int, type(True) is bool, type(1.0) == float, type(type(1)) is type)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), type(id(x)).__name__, id(None) == id(None))
print(callable(len), callable(print), callable(1), callable("s"), callable(lambda: 0), callable(int), callable(None))
print(chr(65), chr(0x263A), chr(0), ord("A"), ord("€"), ord("\n"), [chr(c) for c in range(97, 100)])
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0), bin(2 ** 70), hex(10 ** 20))
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(range(0, 100, 7)), len(b"ab"), len({1, 2, 2}), len((1,)))
print(repr("q'"), repr('q"'), repr(1.0), repr([1, "a", None]), repr((1,)), repr({}), repr(set()), repr(b"\x00"), repr(range(1, 5, 2)))
print(ascii("snow ☃"), ascii([1, "é"]), str(1.5), str(None), str([None]), str(b"x"), str("already"))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), bytes(), repr(frozenset()))
print(bool(0), bool(0.0), bool(""), bool([]), bool([0]), bool(None), bool(-1), bool("False"))
for bad in (lambda: abs(None), lambda: divmod(1, 0), lambda: round("x"), lambda: chr("a"), lambda: ord(""), lambda: bin(1.0),
            lambda: hex("1"), lambda: len(5), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: round(1.5, "x")):
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as err:
        print(type(err).__name__ + ":", err)
