# Augmented assignment across types: in-place for mutables, rebinding for immutables.
lst = [1]
alias = lst
lst += (2, 3)
lst += "ab"
lst *= 2
print(lst, alias is lst)
t = (1,)
t_alias = t
t += (2,)
t *= 2
print(t, t_alias, t is t_alias)
s = "ab"
s += "cd"
s *= 2
print(s)
st = {1, 2, 3}
st_alias = st
st |= {4}
st &= {1, 2, 4, 5}
st -= {1}
st ^= {9}
print(sorted(st), st is st_alias)
fs = frozenset({1})
fs_alias = fs
fs |= {2}
print(sorted(fs), fs is fs_alias, type(fs).__name__)
d = {"a": 1}
d_alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, d is d_alias)
b = b"x"
b += b"y"
ba = bytearray(b"x")
ba_alias = ba
ba += b"yz"
ba *= 2
print(b, ba, ba is ba_alias)
n = 10
n += True
n -= 2.5
print(n, type(n).__name__)
big = 2 ** 64
big += 1
big *= big
big //= 3
big %= 10 ** 9
print(big)
try:
    t += [3]
except TypeError as e:
    print("TypeError:", e)
try:
    s -= "a"
except TypeError as e:
    print("TypeError:", e)
try:
    d += {"x": 1}
except TypeError as e:
    print("TypeError:", e)
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
print(lst[:3], t, s[:4], sorted(d))
