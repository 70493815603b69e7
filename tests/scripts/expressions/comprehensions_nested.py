# List/set/dict comprehensions: nesting, multiple fors and ifs, laziness of outer iterable.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[c] for row in matrix] for c in range(3)])
print([x for row in matrix if sum(row) > 10 for x in row if x % 2 == 0])
print([(i, j, k) for i in range(3) for j in range(i) for k in range(j)])
print({x * y for x in range(1, 4) for y in range(1, 4)})
print({w[0]: w for w in "apple avocado banana blueberry cherry".split()})
print({k: [v for v in range(k)] for k in range(4)})
print({(a, b): a * b for a in range(2) for b in range(2)})
print(sorted({len(w) for w in "the quick brown fox jumps over the lazy dog".split()}))
print([c.upper() if c in "aeiou" else c for c in "education"])
print([x for x in range(20) if x % 2 if x % 3 if x % 5])
print([[0] * n for n in range(4)], [[] for _ in range(2)])
words = ["one", "two", "three", "four", "five"]
index = {w: i for i, w in enumerate(words)}
inverse = {i: w for w, i in index.items()}
print(index, inverse == dict(enumerate(words)))
print([a + b for a, b in zip("abc", "xyz")], [f"{k}={v}" for k, v in sorted(index.items())][:3])
print(sum([x * x for x in range(100)]), max({x % 7 for x in range(100)}), len({i // 10: i for i in range(100)}))
print([*[x for x in range(3)], *{y for y in range(2)}])
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print("TypeError:", e)
first = [[(r, c) for c in range(2)] for r in range(2)]
print(first)
print([i for i in range(3)] == list(range(3)), {i: i for i in ()}, {i for i in ""})
