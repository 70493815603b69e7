# Explicit line joining with a backslash at the end of a line.
a = 1 + \
    2 + \
3
print(a)
if a == 6 and \
   a > 5:
    print("joined condition")
def long_name(x, y):
    return x * y
value = long_name(3,
                  4) + \
        long_name(5, 6)
print(value)
s = "abc" \
    "def"
print(s)
t = "one line \
continued inside a string"
print(t)
u = """triple \
joined"""
print(u, len(u))
x = [1, 2, \
     3]
print(x)
assert a == \
    6, "message"
print("assert passed")
for i in \
        range(3):
    print(i, end=" ")
print()
y = 10 \
    if a > 1 \
    else 20
print(y)
z = a \
    * \
    2
print(z)
with_backslash = "a\\b"
print(with_backslash, len(with_backslash))
