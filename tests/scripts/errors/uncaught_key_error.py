# An uncaught KeyError raised inside a nested call from a loop.
inventory = {"apples": 3, "pears": 5}
def take(item, n):
    have = inventory[item]
    inventory[item] = have - n
    return inventory[item]
for item in ("apples", "pears", "plums"):
    print(item, take(item, 1))
