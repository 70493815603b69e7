# s += t in loops (grows the string in place when nothing else holds it), and that other references never see the change.
def build(n):
    s = ""
    for i in range(n):
        s += "x"
    return s
r = build(30000)
print(len(r))
s = ""
for i in range(20000):
    s += "ab"
print(len(s))
# semantics: other references must not see the change
a = "abc"
b = a
a += "def"
print(a, b)
c = "x" * 3
c += c
print(c)
u = "é"
for i in range(3):
    u += "ü"
print(u, len(u), u[2], u.isascii())
v = "a"
v += "é"
print(v, len(v), v[1], hash(v) == hash("aé"))
def f():
    t = ""
    for ch in "hello":
        t += ch
        print(t, len(t), t[-1])
f()
