# Recursive permutations, combinations, subsets and the n-queens problem.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            result.append([items[i]] + perm)
    return result

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

def queens(n, row=0, cols=(), out=None):
    if out is None:
        out = []
    if row == n:
        out.append(cols)
        return out
    for c in range(n):
        if all([c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)]):
            queens(n, row + 1, cols + (c,), out)
    return out

perms = permutations([1, 2, 3])
print(len(perms), perms)
words = ["".join(p) for p in permutations(list("abcd"))]
print(len(words), words[:6], words[-3:], len(set(words)))
print(combinations(list("abcde"), 2))
print([len(combinations(list(range(8)), k)) for k in range(9)])
anagrams = sorted(set(["".join(p) for p in permutations(list("noon"))]))
print(anagrams)
for n in range(1, 9):
    sols = queens(n)
    print(n, len(sols), sols[0] if sols else None)
board = queens(6)[0]
for r, c in enumerate(board):
    print(" ".join(["Q" if i == c else "." for i in range(6)]))
