# next() on an exhausted iterator outside a loop: StopIteration escapes.
it = iter([1])
print(next(it))
print(next(it))
