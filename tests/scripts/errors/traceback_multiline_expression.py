# In a multi-line expression the traceback points at the line of the failing part.
def lookup(table, key):
    return table[key]
data = {"a": 1, "b": 2}
total = (
    lookup(data, "a")
    + lookup(data, "b")
    + lookup(data, "c")
)
print(total)
