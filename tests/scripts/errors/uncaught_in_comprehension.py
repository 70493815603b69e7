# A traceback that passes through a list comprehension frame.
def invert(xs):
    return [1 / x for x in xs]
print(invert([1, 2, 4]))
print(invert([1, 0]))
