# An uncaught ValueError from int() on bad text, raised from a lambda in map.
words = ["12", "7", "x3", "4"]
numbers = list(map(lambda w: int(w), words))
print(numbers)
