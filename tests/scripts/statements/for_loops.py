# for loops over many iterables, with targets of all shapes, else and nesting.
for c in "héllo":
    print(c, end=",")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
for k, v in {"b": 1, "a": 2}.items():
    print(k, v, end="; ")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
for x in range(10, 0, -3):
    print(x, end=" ")
print()
for b in b"AZ":
    print(b, end=" ")
print()
for item in {3, 1, 2}:
    pass
print("last set item exists:", item in {1, 2, 3})
lst = [1, 2, 3]
for i in lst:
    if i == 1:
        lst.append(4)
print(lst)
d = {}
for d["key"] in range(3):
    pass
print(d)
arr = [0, 0, 0]
for i, arr[i] in enumerate("abc"):
    pass
print(arr)
for n in range(3):
    n = n * 100
print("n after", n)
for x in []:
    print("never")
else:
    print("else on empty")
for x in range(5):
    if x == 3:
        break
else:
    print("not printed")
print("broke at", x)
result = []
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        if a + b > 3:
            break
        result.append((a, b))
print(result)
for (x, y), z in zip([(1, 2), (3, 4)], "ab"):
    print(x, y, z)
