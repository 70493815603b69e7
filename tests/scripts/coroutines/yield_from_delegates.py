# yield from: a finished generator gives None, a Python iterator's
# StopIteration(value) gives its value, and throw() hands a non-generator
# delegate its arguments as given.
def finished():
    return 1
    yield


f = finished()
print(next(f, 'done'))


def run():
    print((yield from f))
    print((yield from f))
    return 'ran'


try:
    next(run())
except StopIteration as e:
    print('StopIteration', e.value)


class Stops:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


def takes():
    got = yield from Stops()
    return got


try:
    next(takes())
except StopIteration as e:
    print('value', e.value)

try:
    next(Stops())
except StopIteration as e:
    print('next', e.args)
for name, make in [('enumerate', lambda: enumerate(Stops())), ('map', lambda: map(str, Stops())),
                   ('zip', lambda: zip(Stops())), ('iter', lambda: iter(Stops()))]:
    try:
        next(make())
    except StopIteration as e:
        print(name, e.args)
print(list(Stops()), next(Stops(), 'default'))


class Thrower:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, x):
        print('throw got', x)
        return 456


def delegating():
    yield from Thrower()


g = delegating()
next(g)
print(g.throw(123))
print(g.throw(ZeroDivisionError))
g = delegating()
next(g)
g.close()
print('closed without throw')
