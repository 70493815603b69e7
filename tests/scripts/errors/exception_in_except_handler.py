# An error inside an except block that is uncaught: both tracebacks print.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table[key.lower()]
table = {"a": 1}
print(lookup(table, "A"))
print(lookup(table, "B"))
