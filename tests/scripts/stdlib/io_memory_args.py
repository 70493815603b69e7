# BytesIO and StringIO: argument errors (CPython's clinic wording), closed-stream order, state and writelines
import io
for cls, init in ((io.BytesIO, b'abc\ndef\nghi'), (io.StringIO, 'abc\ndef\nghi')):
    print(cls.__name__)
    f = cls(init)
    f.close()
    for name, args in (('truncate', ('x',)), ('truncate', ()), ('seek', ('x',)), ('seek', (0, 'x')), ('seek', (0,)),
                       ('read', ('x',)), ('read', ()), ('readline', (1.5,)), ('readlines', ()), ('writelines', ([],)),
                       ('writelines', (5,)), ('fileno', ()), ('detach', ()), ('tell', ()), ('getvalue', ()),
                       ('__getstate__', ()), ('flush', ()), ('isatty', ())):
        try:
            print(name, args, getattr(f, name)(*args))
        except Exception as e:
            print(name, args, type(e).__name__, e)
    f = cls(init)
    for name, args in (('truncate', ('x',)), ('truncate', (-1,)), ('truncate', (5, 6)), ('truncate', (None,)),
                       ('seek', (1, 3)), ('seek', (-1,)), ('seek', (2, 2)), ('seek', (0, 2)),
                       ('read', (None,)), ('seek', (0,)), ('read', (2,)), ('readline', (None,)),
                       ('readline', (2,)), ('read', (-1,)), ('seek', (0,)), ('readlines', (None,)),
                       ('seek', (0,)), ('readlines', (3,)), ('seek', (0,)), ('readlines', (4,)),
                       ('read', ('x',)), ('read', (1, 2)), ('fileno', ()), ('detach', ()),
                       ('writelines', ([init[:2], init[:1]],)), ('getvalue', ()), ('writelines', ([5],)),
                       ('writelines', (5,)), ('tell', ()), ('seek', (20,)), ('write', (init[:1],)), ('getvalue', ())):
        try:
            print(name, args, repr(getattr(f, name)(*args)))
        except Exception as e:
            print(name, args, type(e).__name__, e)
    try:
        f.read(size=3)
    except TypeError as e:
        print(e)
    f.x = 5
    st = f.__getstate__()
    print(st)
    g = cls()
    g.__setstate__(st)
    print(g.__dict__, g.tell(), g.getvalue())
    for bad in ((st[0], -1) + st[2:] if cls is io.BytesIO else st[:2] + (-1,) + st[3:],
                st[:-1] + (5,), st[:-1] + (None,)):
        try:
            cls().__setstate__(bad); print('ok')
        except Exception as e:
            print(type(e).__name__, e)
    class W(cls):
        def write(self, x):
            print('W.write', x)
            return super().write(x)
    w = W()
    w.writelines([init[:1], init[1:2]])
    print(w.getvalue())
for f in (io.BytesIO(b'ab'), io.StringIO('ab')):
    for name, kw in (('truncate', {'size': 1}), ('seek', {'pos': 1}), ('read', {'size': 1}), ('readlines', {'hint': 1}), ('write', {'b': 1}), ('writelines', {'lines': 1})):
        try:
            getattr(f, name)(**kw)
        except TypeError as e:
            print(e)
