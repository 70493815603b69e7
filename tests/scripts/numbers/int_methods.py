# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes,
# as_integer_ratio, conjugate, real/imag/numerator/denominator, round.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, -1, 7, -8, 255, 256, 2 ** 62 - 1, 2 ** 62, -(2 ** 62), 2 ** 63, 2 ** 100 - 1, -(2 ** 100)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag,
          n.numerator, n.denominator, abs(n), -n, +n, ~n)
print(True.bit_length(), True.as_integer_ratio(), True.real, type(True.real), True.numerator)
show(lambda: (1024).to_bytes(2, "big"))
show(lambda: (1024).to_bytes(2, "little"))
show(lambda: (1024).to_bytes(1, "big"))
show(lambda: (-1).to_bytes(2, "big"))
show(lambda: (-1).to_bytes(2, "big", signed=True))
show(lambda: (-129).to_bytes(1, "big", signed=True))
show(lambda: (-128).to_bytes(1, "big", signed=True))
show(lambda: (128).to_bytes(1, "big", signed=True))
show(lambda: (0).to_bytes(0, "big"))
show(lambda: (1).to_bytes(0, "big"))
show(lambda: (5).to_bytes())
show(lambda: (2 ** 100).to_bytes(13, "little"))
show(lambda: (5).to_bytes(-1, "big"))
show(lambda: (5).to_bytes(2, "middle"))
show(lambda: (5).to_bytes(2, byteorder="big"))
show(lambda: (5).to_bytes(length=3, byteorder="little"))
show(lambda: int.from_bytes(b"\x04\x00", "big"))
show(lambda: int.from_bytes(b"\x04\x00", "little"))
show(lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
show(lambda: int.from_bytes(b"\xff\xff", "big"))
show(lambda: int.from_bytes(b"", "big", signed=True))
show(lambda: int.from_bytes([1, 2, 3], "big"))
show(lambda: int.from_bytes(bytearray(b"\x80"), "little", signed=True))
show(lambda: int.from_bytes(b"\x01" * 20, "big"))
show(lambda: int.from_bytes(b"\x01"))
show(lambda: bool.from_bytes(b"\x01", "big"))
for n in [0, 5, 15, 25, 35, -25, 1234567, -1234567, 10 ** 20 + 5 * 10 ** 18, 2 ** 70]:
    print(n, round(n), round(n, 0), round(n, 2), round(n, -1), round(n, -2), round(n, -7), round(n, -100))
show(lambda: round(5, 1.5))
show(lambda: round(5, None))
show(lambda: (5).__round__())
show(lambda: int.__trunc__(7))
show(lambda: (7).__floor__())
show(lambda: (7).__ceil__())
show(lambda: (7).__index__())
show(lambda: (7).__float__())
show(lambda: (2 ** 2000).__float__())
show(lambda: (7).__sizeof__() > 0)
show(lambda: (7).__getnewargs__())
show(lambda: (7).bit_length(1))
print([(n).__sizeof__() for n in (0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 100, -(2 ** 100), True, False)],
      (1.5).__sizeof__())
