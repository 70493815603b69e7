# generators.py: a generator pipeline: chained generator functions, generator
# expressions, sum/any over them and yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def squares(source):
    for x in source:
        yield x * x

def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def flatten(groups):
    for group in groups:
        yield from group

def delegating(n):
    yield from numbers(n)
    yield from (x * 3 for x in range(n))

total = 0
for rnd in range(6):
    total += sum(squares(evens(numbers(100_000))))
    total += sum(flatten(chunks(numbers(50_000), 7)))
    total += sum(x for x in delegating(40_000) if x & 1)
    total += any(x > 10**12 for x in numbers(60_000))
    total += sum(len(c) for c in chunks(range(30_000), 5))
print(total)
