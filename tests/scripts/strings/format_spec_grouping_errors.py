# Format specs with two grouping characters: CPython's two messages.
for value in (1.5, 1234567, 10 ** 20):
    for spec in ('__', ',,', ',_', '_,', '10,_', ',d', '_x'):
        try:
            print(repr(spec), format(value, spec))
        except ValueError as e:
            print(repr(spec), 'ValueError:', e)
