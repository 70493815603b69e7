# itertools.chain is a class: type, isinstance, subclasses, from_iterable,
# next() and for loops share one position.
import itertools

c = itertools.chain([1], (2, 3), 'ab')
print(type(c), isinstance(c, itertools.chain), next(c))
for x in c:
    print(x, end=' ')
print()
print(next(c, 'exhausted'))


class Numbers(itertools.chain):
    pass


n = Numbers(range(2), [5])
print(type(n).__name__, isinstance(n, itertools.chain), list(n))
f = itertools.chain.from_iterable(['xy', 'z'])
print(type(f).__name__, list(f))
print(type(Numbers.from_iterable([[1]])).__name__)
print(itertools.chain[int])
try:
    list(itertools.chain(1))
except TypeError as e:
    print(e)
