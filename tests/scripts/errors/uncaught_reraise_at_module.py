# A bare raise at module level re-raises the handled exception with its original frames.
def parse(text):
    return int(text)
try:
    print(parse("12"))
    print(parse("1 2"))
except ValueError:
    print("cleaning up before re-raising")
    raise
