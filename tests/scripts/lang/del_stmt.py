# del on names, list items and slices, and dict keys.
x = 1
del x
items = list(range(10))
del items[0]
del items[-1]
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as err:
    print("KeyError", err)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as err:
    print(err)
