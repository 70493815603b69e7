# Unpacking errors carry CPython's messages.
tests = [
    "a, b = 1, 2, 3",
    "a, b, c = [1, 2]",
    "a, b = 5",
    "a, *b, c = [1]",
]
for src in tests:
    try:
        exec(src)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
