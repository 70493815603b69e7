# assert with and without a message.
def check(n):
    try:
        assert n > 0, f"n must be positive, got {n}"
        assert n != 5
        return "ok"
    except AssertionError as err:
        return "AssertionError: " + repr(err.args)

for n in (3, -1, 5):
    print(check(n))
assert True
assert 1 == 1.0, "never shown"
assert 2 + 2 == 5, "math is broken"
