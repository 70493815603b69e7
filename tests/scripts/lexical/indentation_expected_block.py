# A block header must be followed by an indented block.
print("this never runs")
def f(x):
    for i in range(x):
    print(i)
f(3)
