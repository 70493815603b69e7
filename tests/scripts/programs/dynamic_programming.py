# Dynamic programming: LCS, edit distance, 0/1 knapsack, coin change, longest increasing subsequence.
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
def knapsack(items, capacity):
    best = [(0, ())] * (capacity + 1)
    for name, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            cand = best[c - weight][0] + value
            if cand > best[c][0]:
                best[c] = (cand, best[c - weight][1] + (name,))
    return best[capacity]
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for coin in coins:
        for x in range(coin, amount + 1):
            ways[x] += ways[x - coin]
            if fewest[x - coin] is not None and (fewest[x] is None or fewest[x - coin] + 1 < fewest[x]):
                fewest[x] = fewest[x - coin] + 1
    return ways[amount], fewest[amount]
def lis(seq):
    lengths, prev = [1] * len(seq), [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and lengths[j] + 1 > lengths[i]:
                lengths[i], prev[i] = lengths[j] + 1, j
    k = max(range(len(seq)), key=lambda i: lengths[i])
    out = []
    while k != -1:
        out.append(seq[k]); k = prev[k]
    return out[::-1]
for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("intention", "execution")]:
    print(f"{a!r} {b!r}: lcs={lcs(a, b)!r} distance={edit_distance(a, b)}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
print(knapsack(items, 50), knapsack(items, 0))
for coins, amount in [((1, 2, 5), 11), ((2,), 3), ((1, 5, 10, 25, 50, 100), 100), ((3, 7), 20)]:
    print(coins, amount, coin_change(coins, amount))
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([5, 4, 3]), lis(list(range(8))))
