# A literal as the target of a for loop.
for 1 in range(3):
    pass
