# match inside generators (a yield in a guard), coroutines, recursion and
# loops.
def gen(v):
    match v:
        case [a, b] if (yield a):
            yield "matched"
        case [a, *_]:
            yield "fallback"
g = gen([1, 2]); print(next(g)); print(g.send(True))
g = gen([1, 2]); print(next(g)); print(g.send(False))
async def co(v):
    match v:
        case {"x": x}:
            return x
import asyncio
try:
    co({"x": 5}).send(None)
except StopIteration as e:
    print("co", e.value)
def deep(n):
    match n:
        case 0: return 0
        case _: return 1 + deep(n - 1)
print(deep(500))
x = [(i, str(i)) for i in range(5)]
print([s for i, s in x if (lambda v: (lambda: None) and True)(i)])
print([r for v in [(1, 2), [3], {"k": 4}] for r in [((lambda q: q)(v))]])
def comp(items):
    out = []
    for it in items:
        match it:
            case (int() | float()) as num if num > 0:
                out.append(("pos", num))
            case (int(n) | float(n)):
                out.append(("nonpos", n))
            case [*xs] if all(isinstance(x, int) for x in xs):
                out.append(("ints", sum(xs)))
            case _:
                out.append("other")
    return out
print(comp([1, -2.5, [1, 2], [1, "a"], "s"]))
