# inspect.signature: functions, methods, classes, callable instances, partials,
# wrapped functions; Signature/Parameter construction, str/repr, errors, bind,
# bind_partial, BoundArguments, replace, getfullargspec, getcallargs.
import functools
import inspect
from inspect import Parameter, Signature


def f(a, b=1, *args, c, d=2, **kw):
    pass


def g(x, /, y: int = 3, *, z: 'str' = 'q') -> list:
    pass


def h(p, q=None, /, r=(1, 2), *, s):
    pass


def ann(a: list[int], b: dict = {}) -> 'Result':
    pass


class C:
    def m(self, x, y=2):
        pass

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, *, t=0):
        pass

    def __call__(self, k, /):
        pass


class WithInit:
    def __init__(self, a, *, b=1):
        pass


class WithNew:
    def __new__(cls, n, m=5):
        return super().__new__(cls)


class Meta(type):
    def __call__(cls, meta_arg):
        pass


class WithMeta(metaclass=Meta):
    pass


class Plain:
    pass


for obj in (f, g, h, ann, C().m, C.m, C.cm, C.sm, C(), WithInit, WithNew, WithMeta, Plain,
            lambda x, *y: 0, functools.partial(f, 1, c=5), functools.partial(g, 1, z='w'),
            functools.partial(h, 1, 2, s=0)):
    sig = inspect.signature(obj)
    print(sig, '|', repr(sig), '|', sig.return_annotation is Signature.empty)


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
wrapper.__signature__ = Signature([Parameter('only', Parameter.POSITIONAL_ONLY)])
print(inspect.signature(wrapper))

for bad in (5, 'text'):
    try:
        inspect.signature(bad)
    except TypeError as e:
        print('TypeError:', e)

for name, kind in (('a', Parameter.POSITIONAL_ONLY), ('b', Parameter.POSITIONAL_OR_KEYWORD),
                   ('c', Parameter.VAR_POSITIONAL), ('d', Parameter.KEYWORD_ONLY),
                   ('e', Parameter.VAR_KEYWORD)):
    p = Parameter(name, kind)
    print(repr(p), str(p), p.kind, repr(p.kind), p.kind.description, int(p.kind))
p = Parameter('x', Parameter.KEYWORD_ONLY, default=1, annotation=int)
print(p, p.replace(name='y', default=Parameter.empty), p == Parameter('x', 3, default=1, annotation=int))
for args in ((1, Parameter.POSITIONAL_ONLY), ('class', Parameter.KEYWORD_ONLY), ('x', 9),
             ('1x', Parameter.POSITIONAL_OR_KEYWORD)):
    try:
        Parameter(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    Parameter('v', Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print('ValueError:', e)

params = [Parameter('a', Parameter.POSITIONAL_OR_KEYWORD),
          Parameter('b', Parameter.POSITIONAL_ONLY)]
for plist in (params,
              [Parameter('a', 1, default=1), Parameter('b', 1)],
              [Parameter('a', 1), Parameter('a', 3)]):
    try:
        Signature(plist)
    except ValueError as e:
        print('ValueError:', e)
s = Signature([Parameter('a', 0), Parameter('b', 1, default=2), Parameter('k', 3)],
              return_annotation=int)
print(s, s.replace(return_annotation=Signature.empty), Signature(), list(s.parameters))
print(s == inspect.signature(lambda a, /, b=2, *, k: 0), hash(s) == hash(s.replace()))

sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba)
ba = sig.bind(1, c=3)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(sig.bind_partial(), sig.bind_partial(b=5))
for args, kwargs in (((), {}), ((1,), {}), ((1, 2), {'a': 3, 'c': 0}), ((1,), {'c': 1, 'zz': 2})):
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
sig_g = inspect.signature(g)
for args, kwargs in (((), {'x': 1}), ((1, 2, 3), {}), ((1,), {'y': 2, 'z': 'a'}), ((1,), {'w': 0})):
    try:
        print(sig_g.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
print(sig_g.bind(1).args, sig_g.bind(1, z='k').kwargs)
print(inspect.signature(h).bind(1, s=2))

print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(C().m))
print(inspect.getcallargs(f, 1, 2, 3, c=4, x=5))
print(sorted(inspect.getcallargs(C().m, 7).items())[1:])
for call in (lambda: inspect.getcallargs(f, c=1), lambda: inspect.getcallargs(C.m, 1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]),
      inspect.formatannotation(C), inspect.formatannotation('x'), inspect.formatannotation(None))
print(inspect.get_annotations(g), inspect.get_annotations(ann, eval_str=False))
