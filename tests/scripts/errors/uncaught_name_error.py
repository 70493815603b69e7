# An uncaught NameError: traceback through two functions, with a suggestion.
def total(values):
    result = 0
    for v in values:
        result += v
    return reslt
def report():
    print("computing")
    return total([1, 2, 3])
print(report())
