# Binary search variants: exact, leftmost, rightmost, insertion point; integer square root.
def search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def leftmost(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
def rightmost(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
data = sorted([5, 1, 9, 3, 3, 3, 7, 11, 15, 2, 8, 8, 13])
print(data)
for t in (1, 3, 8, 15, 0, 6, 16):
    idx, steps = search(data, t)
    print(f"target {t:>2}: index {idx:>2} in {steps} steps, range [{leftmost(data, t)}, {rightmost(data, t)})")
big = list(range(0, 10 ** 6, 3))
print(search(big, 999_999), search(big, 999_998), search(big, 0))
for n in (0, 1, 15, 16, 17, 10 ** 12, 2 ** 100, 10 ** 40 + 1):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)
words = sorted("pear apple fig banana kiwi cherry date grape".split())
print(words, [leftmost(words, w) for w in ("apple", "coconut", "zucchini", "")])
