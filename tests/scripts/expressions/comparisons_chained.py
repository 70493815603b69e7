# Chained comparisons evaluate each operand once and stop at the first false link.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(0) < v(3), log)
log.clear()
print(v(5) > v(3) == v(3) != v(4) >= v(4) <= v(9), log)
log.clear()
print(v(1) == v(1) in v([1]), log)
log.clear()
print(v(1) is not v(None) is v(None), log)
x = 5
print(0 < x < 10, 0 < x > 3, 10 > x < 1, x == 5 == 5.0, 1 < 2 > 1.5 != 0)
print(1 < 2 < 3 < 4 < 5 < 4, "a" < "b" < "c", [1] < [2] < [2, 0])
print((1 < 2) < 3, 1 < (2 < 3), 1 < 2 == True)
print("b" > "abc", "abc" < "abd", "Z" < "a", "" < "a", "a" < "aa")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), [1, 2] == [1, 2.0], (1, [2]) == (1, [2]))
print([1, "a"] == [1, "a"], [3] > [2, 100], (float("nan"),) == (float("nan"),))
n = float("nan")
print([n] == [n], (n,) == (n,), n in [n], [n].count(n))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} < {2}, {1, 2} == {2, 1})
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {} == {}, None == None, None != 0)
for a, b in ((1, "1"), ([1], (1,)), (None, 0), ({}, []), (1, None)):
    print(repr(a), repr(b), a == b, a != b)
for a, b in ((1, "1"), ([1], (1,)), (None, 0), ({1}, [1]), ({}, {})):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
