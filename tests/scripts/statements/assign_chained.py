# Chained assignment: one value bound to several targets, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d["j"] = "shared"
print(d)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
first = [p, q] = [r[1], r[0]]
print(first, p, q)
def f():
    return "called"
u = v = f()
print(u, v)
m = n = m2 = 10 ** 30
print(m == n == m2)
order = []
def key(name):
    order.append(name)
    return name
store = {}
store[key("a")] = store[key("b")] = order.append("value") or 7
print(order, store)
s = t = "str"
t += "ing"
print(s, t)
z = w = 1.5
w *= 2
print(z, w)
