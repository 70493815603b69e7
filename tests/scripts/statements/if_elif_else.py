# if/elif/else chains with truthiness of many kinds of values.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in (100, 90, 89, 75, 60, 59, 0)])
for value in (0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\0"):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("only outer")
if x < 0:
    print("never")
elif x == 5:
    print("elif taken")
if not x:
    pass
else:
    print("else of not")
if 10 ** 100:
    print("big int is truthy")
if 1 < x < 10 and x % 2:
    print("odd in range")
