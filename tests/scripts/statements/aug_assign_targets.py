# Augmented assignment evaluates its target's container and index only once.
calls = []
def idx(i):
    calls.append(f"idx {i}")
    return i
def container(c):
    calls.append("container")
    return c
data = [1, 2, 3]
container(data)[idx(1)] += 10
print(data, calls)
calls.clear()
d = {"a": [1]}
container(d)["a"] += [2]
print(d, calls)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
m = [[1, 2], [3, 4]]
m[idx(0)][idx(1)] *= 100
print(m, calls)
s = [1, 2, 3, 4]
s[1:3] += ["x"]
print(s)
t = [(1, 2)]
try:
    t[0] += (3,)
except TypeError as e:
    print("TypeError:", e)
print(t)
lst = [[0]]
alias = lst[0]
lst[0] += [1]
print(lst, alias, lst[0] is alias)
x = 5
x //= 2; print(x)
x **= 10; print(x)
x %= 7; print(x)
x -= 10; print(x)
x >>= 1; print(x)
x <<= 70; print(x)
x &= 0xFFFF_FFFF_FFFF_FFFF_FFFF; print(x)
x ^= -1; print(x)
x |= 1; print(x)
f = 10
f /= 4; print(f)
f //= 0.5; print(f)
f %= 3; print(f)
