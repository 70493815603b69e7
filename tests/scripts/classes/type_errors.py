# Errors raised by type(), type.__new__, super, property and friends.
tests = [
 "type('X', (1,), {})",
 "type('X', (), {'__qualname__': 1})",
 "type('X', (int, str), {})",
 "type('X', (), {'__slots__': 1})",
 "type.__new__(type, 'X')",
 "type.__new__(1, 'X', (), {})",
 "type.__new__(int, 'X', (), {})",
 "type()",
 "type('a', 'b', 'c', 'd')",
 "super(1)",
 "super()",
 "property(1, 2, 3, 4, 5)",
 "classmethod()",
 "object.__init__(1, 2)",
 "type.__init__(type, 1, 2)",
 "int.__new__(1)",
 "type.mro(1)",
]
for t in tests:
    try:
        print(repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
