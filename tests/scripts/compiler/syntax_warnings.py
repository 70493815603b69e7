# Compile-time SyntaxWarnings (printed before the script runs).
x = 1
ok = [x is None, x is not True, x is ..., None is x, x == 1, x is -x]
if x is 1 or x is 2:
    pass
def f(v):
    return v is "str", v is not b"b", v is (1, 2), v is -1, v is 2.5, [w is () for w in v]
assert (x, "message")
if x > 5: assert ()
assert (x)
calls = [lambda: 1, x]
def never():
    "abc"()
    (1, 2)()
    [1]()
    {1: 2}()
    {1}()
    (i for i in ())()
    f"x{x}"()
    (-1)()
    None()
    x()
    (lambda: 0)()
    {1, 2}[0]
    (i for i in x)[0]
    None[0]
    (lambda: 0)[0]
    1.5[0]
    [1, 2]["a"]
    (1, 2)[1.5]
    "abc"[1, 2]
    [x for x in y]["k"]
    f"{x}"[None]
    b"by"["k"]
    [1][x]
    (1,)[1:2]
    "ab"[True]
    {1: 2}["a"]
    x[1, 2]
print(ok, f([]))
