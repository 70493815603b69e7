# calls.py: closures, keyword arguments, default values and *args calls.
def make_counter(step):
    total = 0
    def add(n, scale=1):
        nonlocal total
        total += n * step * scale
        return total
    return add

def kw(a, b=2, *, c=3, d=4):
    return a + b + c + d

def star(*args, **kwargs):
    return len(args) + len(kwargs)

counter = make_counter(3)
acc = 0
for i in range(400_000):
    counter(i, scale=2)
    acc += kw(i, c=i, d=1)
    acc += star(i, i, x=1)
print(counter(0), acc)
