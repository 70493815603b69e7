# Big-integer number crunching: factorial digit sums, Fibonacci, powers, digit patterns.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result
def digit_sum(n):
    return sum([int(d) for d in str(n)])
f100 = factorial(100)
print("100! has", len(str(f100)), "digits; digit sum", digit_sum(f100), "; trailing zeros", len(str(f100)) - len(str(f100).rstrip("0")))
a, b, index = 1, 1, 2
while len(str(b)) < 100:
    a, b, index = b, a + b, index + 1
print(f"first Fibonacci number with 100 digits is F{index} = {str(b)[:20]}...{str(b)[-20:]}")
print("2**1000 digit sum:", digit_sum(2 ** 1000), "3**333 mod 10**12:", 3 ** 333 % 10 ** 12)
distinct = len({a ** b for a in range(2, 51) for b in range(2, 51)})
print("distinct a**b for 2<=a,b<=50:", distinct)
def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length
best = max(range(1, 30000), key=collatz_len)
print("longest Collatz chain below 30000 starts at", best, "length", collatz_len(best))
def is_palindrome(n):
    s = str(n)
    return s == s[::-1]
lychrel = 0
for n in range(1, 2000):
    x = n
    for _ in range(50):
        x += int(str(x)[::-1])
        if is_palindrome(x):
            break
    else:
        lychrel += 1
print("Lychrel candidates below 2000:", lychrel)
pandigital = [n for n in range(1, 10 ** 4) if "".join(sorted(str(n * 2) + str(n))) == "".join(sorted(set(str(n * 2) + str(n)))) and len(str(n)) == 4][:5]
print("4-digit n where n and 2n together have no repeated digit:", pandigital)
mersenne = [p for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31) if all([(2 ** p - 1) % d for d in range(2, int((2 ** p - 1) ** 0.5) + 1)])]
print("Mersenne prime exponents up to 31:", mersenne)
print("2**127-1 =", 2 ** 127 - 1, "hex", hex(2 ** 127 - 1)[:10] + "...")
