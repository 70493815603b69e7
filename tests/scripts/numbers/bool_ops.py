# bool: an int subclass with its own repr and & | ^; everything else is int's.
def show(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

print(True, False, repr(True), str(False), f"{True}", f"{True!r:>6}", "%s %d %r" % (True, True, False))
print(True + True, True - True, True * 10, True / 2, True // 2, True % 2, True ** 5, 2 ** True)
print(-True, +True, ~True, ~False, abs(-True), abs(False))
for a in (True, False):
    for b in (True, False, 1, 0, 2):
        print(a, b, repr(a & b), repr(a | b), repr(a ^ b), repr(b & a), repr(b | a), repr(b ^ a))
print(True == 1, False == 0, True == 1.0, True is True, True < 2, False < True, max(True, 0), min(False, -1))
print(hash(True), hash(False), hash(True) == hash(1) == hash(1.0))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, type(True).__name__, bool.__base__)
print(bool(), bool(0), bool(1), bool(-3), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(int(True), float(False), complex if False else 0, True.real, True.imag, True.numerator, True.denominator)
print(True.bit_length(), True.to_bytes(1, "big"), bool.from_bytes(b"\x00", "big"), True.as_integer_ratio())
print(format(True), format(True, "d"), format(False, "5"), format(True, "^7"), format(True, ".2f"), format(True, "#x"))
print(sum([True, True, False, True]), sorted([True, False, 0, 1]), divmod(True, True), round(True), round(True, 2))
print([1, 2, 3][True], "ab"[False], {True: "a", 1: "b"}, {1.0: "x", True: "y"})
show(lambda: True / False)
show(lambda: True // False)
show(lambda: bool(1, 2))
show(lambda: bool(x=1))
show(lambda: True.__and__(1.0))
show(lambda: True.__or__(True))
show(lambda: bool.__new__(bool, 5))
show(lambda: int.__or__(True, True))
show(lambda: True << 70)
show(lambda: (~True, ~~True))
print(bool.__doc__)
