# assert with and without messages; message evaluated only on failure.
def check(value):
    try:
        assert value, f"bad value {value!r}"
        return "ok"
    except AssertionError as e:
        return f"AssertionError({e.args})"
print([check(v) for v in (1, 0, "", "x", [], None)])
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
side_effects = []
def msg():
    side_effects.append("evaluated")
    return "message"
assert True, msg()
print(side_effects)
try:
    assert False, msg()
except AssertionError as e:
    print(e, side_effects)
try:
    assert 0, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert [], {"dict": 1}
except AssertionError as e:
    print(e.args[0]["dict"])
try:
    assert (1 > 2), None
except AssertionError as e:
    print(repr(e), e.args)
x = 5
assert isinstance(x, int) and x > 0, "x positive int"
print("all good")
