# for/else and while/else as search idioms, nested, with continue and early return.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))
def first_duplicate(items):
    seen = set()
    for item in items:
        if item in seen:
            print("  duplicate found:", item)
            break
        seen.add(item)
    else:
        print("  no duplicates in", items)
        return None
    return item
print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate("abc"))
primes = []
n = 2
while len(primes) < 10:
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
    n += 1
print(primes)
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts * attempts > 50:
        print("broke out at", attempts)
        break
else:
    print("while exhausted after", attempts)
for outer in range(3):
    for inner in range(3):
        if inner > outer:
            break
        print((outer, inner), end=" ")
    else:
        print("[inner loop completed for", outer, end="] ")
print()
for word in ["apple", "kiwi", "banana"]:
    for ch in word:
        if ch in "xyz":
            break
    else:
        print(word, "has no x/y/z")
