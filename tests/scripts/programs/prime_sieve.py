# Sieve of Eratosthenes, prime factorisation, twin primes, Goldbach pairs.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n, flag in enumerate(is_prime) if flag]

def factorise(n, primes):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def format_factors(factors):
    return " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items())])

primes = sieve(10000)
print("primes below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print("twin pairs:", len(twins), twins[:6], twins[-1])
for n in (360, 97, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143):
    print(f"{n} = {format_factors(factorise(n, primes))}")
for even in range(4, 41, 6):
    pairs = [(p, even - p) for p in primes if p <= even // 2 and even - p in prime_set]
    print(even, len(pairs), pairs[:3])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gap histogram:", dict(sorted(gaps.items())[:8]))
print("sum of primes below 10000:", sum(primes))
