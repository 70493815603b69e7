# The traceback shows the line where the failing call starts.
def check(a, b, c):
    if c == 0:
        raise ValueError("c must not be zero")
    return a + b / c
result = check(
    1,
    2,
    0,
)
