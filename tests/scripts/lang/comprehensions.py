# List, set and dict comprehensions, nested, with conditions.
print([x * x for x in range(10) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print({x % 4 for x in range(20)})
print({word: len(word) for word in "the quick brown fox".split()})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([cell for row in matrix for cell in row if cell % 2])
x = "outer"
print([x for x in "ab"], x)
print(sum([n for n in range(101)]), max([len(w) for w in ["a", "abc", "ab"]]))
print({k: v for k, v in zip("abc", range(3)) if v})
