# str.format with user objects: attribute and item lookup, __format__, format_map with __missing__.
def show(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    x = 3
    name = "pt"
    def __format__(self, spec):
        return "P<" + spec + ">"
class Q:
    def __init__(self):
        self.items = {"k": [10, 20]}

show("{0.x} {0.name}", P)
show("{q.items[k][1]}", q=Q())
show("{p} {p:spec} {p!s:.3}", p=P())
class Miss(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a}-{zz}".format_map(Miss(a=1)))
