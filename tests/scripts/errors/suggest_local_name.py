# A misspelt local variable inside a function: the hint comes from its locals.
def average(values):
    total = 0
    for v in values:
        total += v
    return totl / len(values)

print(average([1, 2, 3]))
