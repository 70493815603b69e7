# Freeing long chains of instances must not exhaust the C stack.
class N:
    def __init__(self, n):
        self.n = n


head = None
for i in range(300000):
    head = N(head)
del head
print("dict-based chain freed")


class S:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n


head = None
for i in range(300000):
    head = S(head)
del head
print("slotted chain freed")


class L(list):
    pass


x = L()
for i in range(100000):
    x = L([x])
del x
print("nested list subclass freed")


class D:
    def __init__(self, n, log):
        self.n = n
        self.log = log

    def __del__(self):
        self.log.append(1)


log = []
head = None
for i in range(5000):
    head = D(head, log)
del head
print(len(log))
