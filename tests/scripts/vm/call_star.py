# f(*args, **kwargs): CALL_FUNCTION_EX, DICT_MERGE, LIST_EXTEND and errors.
def f(*a, **k):
    return a, sorted(k.items())
def g(a, b=2, *, c=3):
    return a, b, c

def show(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: f(*[1, 2], **{'x': 1}))
show(lambda: f(*(), **{}))
show(lambda: f(1, *range(3), 4, *"ab", y=2, **{'z': 3}))
show(lambda: f(*1))
show(lambda: f(1, *2))
show(lambda: f(**1))
show(lambda: f(x=1, **{'x': 2}))
show(lambda: f(**{'x': 1}, **{'x': 2}))
show(lambda: f(**{1: 2}))
show(lambda: g(*[1], **{'c': 5}))
show(lambda: g(*[1, 2, 3]))
show(lambda: g(**{'a': 1, 'b': 2, 'd': 4}))
show(lambda: g(1, **{'a': 1}))
show(lambda: print(*[1, 2], **{'sep': '-'}))
show(lambda: print(**{'sep': 1}, sep=2))
show(lambda: [*[1, 2], *"ab", *range(2)])
show(lambda: (*[1], *(2, 3)))
show(lambda: {*[1, 2], *[2, 3]})
show(lambda: [*1])
show(lambda: {*1})
show(lambda: {**{'a': 1}, 'b': 2, **{'a': 3}})
show(lambda: {**1})
show(lambda: dict(**{'a': 1}, b=2))
show(lambda: f(*iter([1, 2])))
show(lambda: len(*[[1, 2, 3]]))
show(lambda: max(*[3, 1, 2], key=lambda v: -v))
