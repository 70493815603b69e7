# __reduce__/__setstate__ of list, tuple and str iterators (and reversed
# lists), and the __reduce__ of Ellipsis and NotImplemented.
import copy, pickle

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

it = iter([1, 2])
for s in ['a', 2**70, -2**70, 1.5, True, -3]:
    show(lambda: (it.__setstate__(s), it.__reduce__()))
it = reversed([1, 2, 3])
print(it.__reduce__())
it.__setstate__(10)
print(list(it), it.__reduce__())
it = reversed([1, 2, 3])
it.__setstate__(-5)
print(it.__reduce__(), list(it))

it = iter('héllo')
next(it); next(it)
print(it.__reduce__(), it.__length_hint__())
it.__setstate__(3)
print(list(it), it.__reduce__(), it.__length_hint__())
it = iter('abc')
it.__setstate__(-3)
print(it.__reduce__())
it.__setstate__(30)
print(it.__reduce__(), list(it))

it = iter((1, 2, 3))
next(it)
print(it.__reduce__())
it.__setstate__(7)
print(list(it), it.__reduce__())

show(lambda: iter([]).__setstate__())
show(lambda: iter([]).__reduce__(1))
show(lambda: iter(()).__reduce__(1))
show(lambda: iter('a').__setstate__(1, 2))

it = iter([1, 2, 3, 4])
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(copy.deepcopy(it)))
it = iter("xyz")
next(it)
print(list(pickle.loads(pickle.dumps(it))))
it = reversed(["a", "b", "c"])
next(it)
print(list(pickle.loads(pickle.dumps(it))))

print(pickle.loads(pickle.dumps((..., NotImplemented))))
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
show(lambda: Ellipsis.__reduce__(1))
show(lambda: NotImplemented.__reduce__(x=1))
