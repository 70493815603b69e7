# and / or return operands; not returns bools; short-circuit evaluation.
def side(v):
    print("side", v)
    return v

print(0 or 5, 3 or 5, 0 and 5, 3 and 5, None or [] or "x", not 0, not "a")
print(side(0) and side(1))
print(side(2) or side(3))
print([] or {} or () or "", 1 and 2 and 3)
values = [0, 1, "", "a", [], [0], None, 0.0, -1]
print([bool(v) for v in values])
print(True + True, True * 10, False - 1, True / 2)
