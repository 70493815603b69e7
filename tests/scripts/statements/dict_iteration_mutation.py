# Mutating containers while iterating: what is allowed and the RuntimeErrors that are raised.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] *= 10
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e, d)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
for x in set(s):
    s.discard(x)
print(s)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
d = {"k": 1}
keys = d.keys()
it = iter(keys)
d["other"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b"}
for k, v in d.items():
    d[k] = v.upper()
print(d)
