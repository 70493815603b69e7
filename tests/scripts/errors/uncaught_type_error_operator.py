# An uncaught TypeError from an operator deep in an expression.
def label(n):
    return "item " + n
names = [label(str(i)) for i in range(2)]
print(names)
print(label(2))
