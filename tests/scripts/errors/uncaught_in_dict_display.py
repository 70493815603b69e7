# An IndexError raised in the middle of a multi-line dict display.
values = [1, 2, 3]
summary = {
    "first": values[0],
    "last": values[-1],
    "sixth": values[5],
}
print(summary)
