# Writable attributes of classes: __doc__, __qualname__, __module__, __name__.
class C:
    "orig"
C.__doc__ = "new doc"
print(C.__doc__)
C.__qualname__ = "Q"
print(C.__qualname__, C)
C.__module__ = "mymod"
print(C.__module__, C, repr(C())[:18])
C.__name__ = "N"
print(C.__name__, C)
try: int.__doc__ = "x"
except TypeError as e: print(e)
try: C.__qualname__ = 5
except TypeError as e: print(e)
