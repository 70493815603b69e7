# Comparison chains, identity and membership.
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 > 2)
print(x is x, None is None, x is not None, [] == [], [] is [])
print(3 in [1, 2, 3], 4 not in (1, 2), "ab" in "cabd", 2 in {1: 'a', 2: 'b'})
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], "abc" < "abd", "Z" < "a")
print(1 == 1.0, 1 == True, 0 == False, 2 != 2.0, 10 ** 30 == 1e30)

def noisy(v):
    print("eval", v)
    return v

print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
