# Built-in helper types with no constructor (iterators, dict views) refuse
# to be called, as CPython's: "cannot create 'T' instances".
tests = [type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter(())),
         type(iter({})), type(iter({}.values())), type(iter({}.items())), type(iter(range(3))),
         type(iter(set())), type(reversed([])), type(iter('')), type(iter(b''))]
for t in tests:
    for args in ((), ({},)):
        try:
            t(*args)
            print("made", t.__name__)
        except TypeError as e:
            print(e)
print(list(type(zip())()), list(type(map(None, []))(str, [1])), list(type(enumerate([]))('ab')))
