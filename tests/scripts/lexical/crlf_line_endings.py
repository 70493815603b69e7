# A source file with CRLF line endings is read like one with LF endings.
x = 1
if x:
    print("crlf ok")
s = """a
b"""
print(repr(s), len(s))
total = (1 +
         2)
print(total)
y = 3 + \
    4
print(y)
def f():
    return "in function"

print(f())
print([
    1,
    2,
])
