# pickle of instances of user classes through the reduce protocol, globals
# by qualified name, and CPython's errors; bytes compared with CPython's.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Empty:
    pass


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


class WithState:
    def __init__(self):
        self.secret = 'hidden'
        self.shown = 1

    def __getstate__(self):
        return {'shown': self.shown}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


class NewArgs:
    def __new__(cls, value):
        self = object.__new__(cls)
        self.value = value
        return self

    def __getnewargs__(self):
        return (self.value,)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class Outer:
    class Inner:
        pass

    def method(self):
        return 1


def top_function():
    return 42


def show(obj, protos=range(0, 6)):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, data)
        yield back


for back in show(Point(1, 'two')):
    print(back, back == Point(1, 'two'))
for back in show(Empty(), (0, 2, 4)):
    print(type(back).__name__, vars(back))
for back in show(Slotted(5), (2, 4, 5)):
    print(back.a, hasattr(back, 'b'))
for back in show(WithState(), (1, 4)):
    print(vars(back))
for back in show(Reduced(3), (0, 4)):
    print(back.n)
for back in show(NewArgs(7), (2, 4)):
    print(back.value)
ml = MyList([1, 2])
ml.tag = 't'
for back in show(ml, (2, 4)):
    print(type(back).__name__, back, back.tag)
md = MyDict(a=1)
for back in show(md, (2, 4)):
    print(type(back).__name__, back)
for back in show(MyInt(5), (2, 4)):
    print(type(back).__name__, back)
for back in show(MyStr('s'), (2, 4)):
    print(type(back).__name__, back)
for back in show([Outer, Outer.Inner, top_function, Outer.method], (2, 3, 4)):
    print(back == [Outer, Outer.Inner, top_function, Outer.method])
for back in show(Outer.Inner(), (4,)):
    print(type(back).__qualname__)
shared = Point(0, 0)
for back in show([shared, shared], (2, 4)):
    print(back[0] is back[1])
rec = Point(None, None)
rec.x = rec
for back in show(rec, (2, 4)):
    print(back.x is back)

# exceptions
for back in show(ValueError('bad', 2), (2, 4)):
    print(repr(back), back.args)
for back in show(KeyError('k'), (0, 4)):
    print(repr(back))

# what cannot be pickled
def local_maker():
    def local():
        pass
    return local


for obj in (lambda: 0, local_maker(), (x for x in ()), pickle):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        msg = str(e)
        print(type(e).__module__, type(e).__name__, msg if 'at 0x' not in msg else msg.split(' at 0x')[0])
for proto in (6, 99):
    try:
        pickle.dumps(1, proto)
    except ValueError as e:
        print(e)
print(pickle.dumps(1, -1))
for data in (b'', b'x', b'\x80\x04K', b'\x80\x04h\x05.', b'0', b'\x80\x04K\x01K\x02.',
             b'\x80\x09K\x01.', b'(K\x01t', 'text'):
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
