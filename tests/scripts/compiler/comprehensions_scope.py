# Comprehensions run in their own scope: the first iterable is evaluated
# outside, iteration variables do not leak, names of a class body are not
# visible inside, nested loops and conditions, walrus binding outside.

x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)

print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({c.upper() for c in "hello"}))
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([[j for j in range(i)] for i in range(4)])
print([y for x in [[1, 2], [3]] for y in x])
print([z for x in range(3) for z in [x * 10]])

def first_iter_outside():
    log = []
    def src():
        log.append("src")
        return [1, 2]
    r = [log.append("elt") or v for v in src()]
    return r, log
print(first_iter_outside())

class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        error = str(e)
    factor = 3
print(C.doubled, C.error)

def closures():
    n = 10
    return [lambda: i + n for i in range(3)]
print([f() for f in closures()])

def walrus():
    total = 0
    partial = [total := total + v for v in range(5)]
    return partial, total
print(walrus())

print([v for v in range(10) if v % 2 if v % 3])
print({v % 3: v for v in range(10)})
print([(a, b) for a, b in enumerate("xy")])
print([*range(3)], [[*range(i)] for i in range(3)])
print(sum([v for v in range(101)]))

try:
    [1 / v for v in (1, 0)]
except ZeroDivisionError as e:
    print("caught", e)
