# An uncaught IndexError from a list, after some output has been printed.
items = [10, 20, 30]
i = 0
while True:
    print("item", items[i])
    i += 1
