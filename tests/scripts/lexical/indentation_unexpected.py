# An indented line where no block starts is an IndentationError.
print("this never runs")
x = 1
    y = 2
print(x, y)
