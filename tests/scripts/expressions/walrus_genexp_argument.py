# A named expression as the element of a generator expression that is a
# call's only argument (no parentheses of its own).
print(list(y := x + 1 for x in [1, 2, 3]), y)
print(sum(t := i * i for i in range(4)), t)
def f(*a): return a
print(f(z := 5), z, any((k := c) == 'b' for c in 'abc'), k)
