# del d[k] on containers without item deletion: CPython's two wordings.
MP = type(type.__dict__)
cases = [((1,2), 0), ((1,2), 'a'), ('abc', 0), (5, 0), ({1}, 0), ({1}, 'a'), (MP({}), 'a'), (MP({}), 0), ({}.keys(), 0), (range(3), 0), (None, 0), (b'x', True)]
for o, k in cases:
    try:
        del o[k]
    except TypeError as e: print(e)
