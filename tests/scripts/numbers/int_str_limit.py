# The 4300-digit limit on int <-> decimal string conversions (CPython 3.11).
import sys
def show(f):
    try:
        r = f()
        print(type(r).__name__, len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(type(e).__name__ + ":", e)

print(sys.get_int_max_str_digits())
show(lambda: str(10 ** 4299))
show(lambda: str(10 ** 4300))
show(lambda: repr(-(10 ** 4300)))
show(lambda: str(10 ** 4299 * 9))
show(lambda: int("1" * 4300))
show(lambda: int("1" * 4301))
show(lambda: int("-" + "1" * 4301))
show(lambda: int("1" * 5000, 16))
show(lambda: hex(10 ** 5000))
show(lambda: format(10 ** 5000, "d"))
show(lambda: format(10 ** 5000, "x"))
show(lambda: f"{10 ** 5000:,}")
show(lambda: "%d" % 10 ** 5000)
sys.set_int_max_str_digits(0)
show(lambda: str(10 ** 5000))
sys.set_int_max_str_digits(5000)
show(lambda: int("9" * 5000))
show(lambda: int("9" * 5001))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
