# Closures capture variables, not values; nonlocal and global rebinding.
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i)
    return adders

print([add(10) for add in make_adders()])

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())

total = 0
def add_to_total(n):
    global total
    total += n

for n in range(5):
    add_to_total(n)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()

print(outer())
late = [lambda: i for i in range(3)]
print([f() for f in late])
