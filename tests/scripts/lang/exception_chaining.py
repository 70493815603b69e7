# __context__, __cause__ and __suppress_context__.
try:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError("converted") from inner
except ValueError as outer:
    print(repr(outer.__cause__), outer.__suppress_context__, repr(outer.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as err:
    print(repr(err.__context__), err.__cause__)

try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("quiet") from None
except TypeError as err:
    print(err.__suppress_context__, repr(err.__context__), err.__cause__)
