# hello.py: a first taste of gilpy -- run it with `./gilpy examples/hello.py`.
# Everything here prints exactly what CPython 3.11 prints.


def greet(name, excited=False):
    """Return a greeting; `excited` adds an exclamation mark."""
    mark = "!" if excited else "."
    return f"Hello, {name}{mark}"


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


print(greet("world", excited=True))
print("FizzBuzz 1..15:", " ".join([fizzbuzz(i) for i in range(1, 16)]))

# A dict counting the letters of a sentence, then the three most common.
sentence = "the quick brown fox jumps over the lazy dog"
counts = {}
for ch in sentence.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("most common letters:", top)

# Integers never overflow, floats print their shortest form.
print(f"2 ** 100 = {2 ** 100}")
print(f"0.1 + 0.2 = {0.1 + 0.2!r}, rounded: {0.1 + 0.2:.2f}")

# Squares with a comprehension, and a table with aligned columns.
squares = [n * n for n in range(1, 6)]
print("squares:", squares, "sum:", sum(squares))
for n, sq in zip(range(1, 4), squares):
    print(f"{n:>3} | {sq:<4}| {'*' * sq}")

# Exceptions are objects you can catch and inspect.
try:
    {}["missing"]
except KeyError as e:
    print("caught", type(e).__name__, e)
