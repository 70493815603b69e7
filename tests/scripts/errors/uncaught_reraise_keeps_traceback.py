# A bare raise in a handler keeps the original traceback lines of the failing frame.
def risky(n):
    return 10 // n
def wrapper(values):
    results = []
    for v in values:
        try:
            results.append(risky(v))
        except ZeroDivisionError:
            print("logging the error for", v)
            raise
    return results
print(wrapper([5, 2]))
print(wrapper([1, 0, 3]))
