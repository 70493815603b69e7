# Iterator classes, generators as __iter__, context managers.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for x in Countdown(2):
    print("loop", x)


class Tree:
    def __init__(self, *kids):
        self.kids = kids

    def __iter__(self):
        for k in self.kids:
            if isinstance(k, Tree):
                yield from k
            else:
                yield k


print(list(Tree(1, Tree(2, 3), Tree(Tree(4)))), 3 in Tree(1, 3))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 5 in Seq())
a, b, c = Seq()
print(a, b, c)


class NotIter:
    __iter__ = None


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with Ctx("a") as c:
    print("body", c.name)
with Ctx("b", swallow=True):
    raise KeyError("x")
try:
    with Ctx("c"), Ctx("d"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


def gen_with():
    with Ctx("g"):
        yield 1
        yield 2


print(list(gen_with()))


class Reg:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)

    def __contains__(self, x):
        print("contains", x)
        return x in self.items


r = Reg()
r.items += [1, 2, 3]
print(len(r), list(r), list(reversed(r)), 2 in r, 9 not in r, bool(r), bool(Reg()))
print(sorted(r, reverse=True), dict(zip(r, "abc")), list(enumerate(r)))
