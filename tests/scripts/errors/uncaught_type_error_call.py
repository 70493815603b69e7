# An uncaught TypeError from calling a function with wrong arguments.
def area(width, height):
    return width * height
print(area(2, 3))
print(area(4))
