# lists.py: building, indexing, slicing and sorting lists.
def build(n):
    items = []
    for i in range(n):
        items.append((i * 7919) % 10007)
    return items

def checksum(items):
    total = 0
    for i in range(0, len(items), 3):
        total += items[i] * (i & 15)
    return total

items = build(600_000)
print(checksum(items))
items.sort()
print(items[:5], items[-5:])
squares = [x * x for x in items if x % 2]
print(len(squares), sum(squares[::1000]))
print(sorted(items, reverse=True)[:3], items.index(5000))
