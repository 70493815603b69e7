# loop.py: a tight while loop over local variables.
def count(n):
    i = 0
    total = 0
    while i < n:
        total += i & 7
        i += 1
    return total

print(count(6_000_000))
