# A dedent to a column that matches no outer level is an IndentationError.
print("this never runs")
if True:
        a = 1
    b = 2
print(a, b)
