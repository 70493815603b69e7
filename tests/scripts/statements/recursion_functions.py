# Recursive functions: direct, mutual, with accumulators, deep but within the limit.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(30))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(k) for k in range(6)], is_odd(301))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
def flatten(x, out=None):
    if out is None:
        out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            flatten(item, out)
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, (4, 5)], []], [[[6]]], 7]))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
moves = hanoi(4, "A", "C", "B", [])
print(len(moves), moves[:5])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)
print(binary(37), binary(1024), binary(0))
def sum_digits(n):
    return n if n < 10 else n % 10 + sum_digits(n // 10)
print(sum_digits(2 ** 200))
