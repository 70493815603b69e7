# dict error messages, byte for byte like CPython.
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

d = {1: 'a'}
attempt(lambda: d[2])
attempt(lambda: d['key'])
attempt(lambda: d[(1, 2)])
attempt(lambda: d[()])
attempt(lambda: d[[1]])
attempt(lambda: {[1]: 2})
attempt(lambda: d.get({}))
attempt(lambda: {}.popitem())
attempt(lambda: d.pop(5))
attempt(lambda: d.pop())
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: d.setdefault())
attempt(lambda: d.keys(1))
attempt(lambda: d.update(1, 2))
attempt(lambda: d.update(5))
attempt(lambda: d.update([1]))
attempt(lambda: d.update([(1, 2, 3)]))
attempt(lambda: d.update(['abc']))
attempt(lambda: dict(1, 2))
attempt(lambda: dict(3))
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(5))
attempt(lambda: {1: 2} < {1: 2})
attempt(lambda: hash({}))
attempt(lambda: {1: 2} + {3: 4})
attempt(lambda: {set(): 1})

def del_missing():
    x = {'a': 1}
    del x['b']
attempt(del_missing)

def mutate_during_iteration():
    x = {1: 1, 2: 2}
    for k in x:
        x[k + 10] = 0
attempt(mutate_during_iteration)

def delete_during_iteration():
    x = {1: 1, 2: 2, 3: 3}
    for k in x:
        del x[k]
attempt(delete_during_iteration)

def mutate_values_iteration():
    x = {1: 1, 2: 2}
    for v in x.values():
        x.pop(1)
attempt(mutate_values_iteration)

def keys_changed():
    x = {1: 1, 2: 2}
    for k in x:
        del x[k]
        x[k + 100] = 1
attempt(keys_changed)

def reassign_ok():
    x = {1: 1, 2: 2}
    for k in x:
        x[k] = 5
    return x
attempt(reassign_ok)

print({}.popitem.__name__ if hasattr({}.popitem, '__name__') else '?')
d = {'k': 1}
try:
    d['nope']
except KeyError as e:
    print(repr(e), e.args)
try:
    d[('a', 'b')]
except KeyError as e:
    print(repr(e), e.args, str(e))
d['end']
