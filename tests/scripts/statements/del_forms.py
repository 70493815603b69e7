# del: names, globals from functions, nested targets, slices, and errors.
a, b, c = 1, 2, 3
del (a, b), [c]
print("a" in globals(), "b" in globals(), "c" in globals())
g = "global"
def delete_global():
    global g
    del g
delete_global()
print("g" in globals())
def delete_local():
    x = 1
    y = [1, 2, 3, 4, 5]
    del x, y[1:3]
    return y, "x" in locals()
print(delete_local())
d = {"a": [1, {"b": 2, "c": 3}]}
del d["a"][1]["b"]
print(d)
lst = list(range(10))
del lst[1], lst[1]
print(lst)
del lst[::3]
print(lst)
del lst[:]
print(lst)
def undefined_delete():
    try:
        del missing
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(undefined_delete())
try:
    del nothing_here
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    del [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError:", e)
def f():
    pass
f.attr = 1
del f.attr
try:
    del f.attr
except AttributeError as e:
    print("AttributeError:", e)
for i in range(3):
    pass
del i
print("i" in globals())
