# A closing bracket of the wrong kind.
values = {"a": [1, 2, 3)}
print(values)
