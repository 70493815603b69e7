# Augmented assignment on names, subscripts and slices; in-place list ops.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 4; n >>= 1; n |= 1; n &= 0xff; n ^= 0b101
print(n)
f = 1.5
f /= 4
f -= 0.125
print(f)
items = [1, 2]
alias = items
items += [3]
items *= 2
print(items, alias is items)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
print(grid)
s = "ab"
s *= 3
print(s)
