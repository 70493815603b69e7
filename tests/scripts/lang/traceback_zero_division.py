# Division by zero deep in an expression.
def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([]))
