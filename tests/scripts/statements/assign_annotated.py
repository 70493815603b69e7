# Annotated assignments at module level and in functions.
count: int = 3
name: str
ratio: float = count / 4
items: list = [1, 2]
print(count, ratio, items)
print(__annotations__)
try:
    print(name)
except NameError as e:
    print("NameError:", e)
def f():
    local: int = 5
    unset: str
    other: "forward" = local * 2
    return local, other
print(f())
def g():
    x: int
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(g())
data = {}
data["key"]: int = 7
print(data)
lst = [0, 0]
lst[1]: float = 2.5
print(lst)
(paren): int = 9
print(paren, __annotations__.get("paren"))
total: int = 0
for i in range(4):
    total += i
print(total)
