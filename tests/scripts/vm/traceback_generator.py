# An exception raised inside a generator shows the consumer's frame and
# the generator's frame in the traceback.
def produce(items):
    for item in items:
        yield 10 // item

def consume():
    total = 0
    for v in produce([5, 2, 0]):
        total += v
    return total

consume()
