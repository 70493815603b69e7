# dict[str, int] and friends: types.GenericAlias (PEP 585) for dict, set, frozenset.
print(repr(dict[str, int]), repr(dict[str, set['x']]), repr(set[...]), repr(dict[int, None]), frozenset[()])
a = dict[str, int]
print(a.__origin__, a.__args__, a.__parameters__, a == dict[str, int], hash(a) == hash(dict[str,int]), a(), a(x=1), type(a), a.__name__, a.__qualname__, a.__module__)
print(dict[int], set[int], frozenset[int], dict[int, int] == dict[int, int], dict[int] != set[int])
try: isinstance({}, dict[str, int])
except TypeError as e: print(e)
try: dict[int][int]
except TypeError as e: print(e)
print(type(a).__name__, type(a).__module__, repr(type(a)))
print(a.keys, a.__doc__ == dict.__doc__)
def f(x: dict[str, int], y: set[frozenset[int]] = None) -> dict[int, set[str]]:
    return x
print(f.__annotations__)
print(set[int]([1, 2]), frozenset[str]('ab') == frozenset('ab'))
print(dict.__class_getitem__(int))
try: dict.__class_getitem__()
except TypeError as e: print(e)
print(list[int], tuple[int, ...], tuple[()], list[tuple[int, str]])
def f(a: list[int]) -> tuple[int, ...]: pass
print(f.__annotations__)
print(type[int], type[int] == type[int])
try: int[str]
except TypeError as e: print(e)
def f(c: type[int]): pass
print(f.__annotations__)
