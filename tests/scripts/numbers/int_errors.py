# Error messages of int/float operations and methods, word for word.
tests = [lambda: int.from_bytes(b"", 1), lambda: (1).to_bytes(1, 1), lambda: int.from_bytes("ab", "big"),
         lambda: int.from_bytes(1, "big"), lambda: (1).to_bytes(2**70, "big"), lambda: (1).to_bytes("a", "big"),
         lambda: (1).to_bytes(1, "big", signed=2), lambda: int.from_bytes(b"\x01", "big", signed=[]),
         lambda: 1 << 2**70, lambda: 1 >> 2**70, lambda: 1 << -(2**70),
         lambda: pow(2, 2**70, 7), lambda: pow(0, -1, 7), lambda: pow(3, -1, 1),
         lambda: round(1.5, "a"), lambda: round(5, "a"), lambda: int("5", base="a"), lambda: float("1", 2),
         lambda: (5).bit_length(x=1), lambda: divmod(5, "a"), lambda: 5 + "a", lambda: 5.0 // "a", lambda: -"a",
         lambda: ~1.5, lambda: 1.5 << 1, lambda: 1.5 & 1, lambda: abs(-2**100),
         lambda: (10**20).to_bytes(8, "little"), lambda: int.from_bytes(bytearray(), "little"),
         lambda: int.__new__(int, "12"), lambda: int.__new__(float, 1), lambda: float.__new__(int, 1),
         lambda: int("ff", 16.0), lambda: int(base=10), lambda: int("9"*5, 2**70)]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
