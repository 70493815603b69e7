# inspect: getsource/getsourcelines/findsource/getcomments of functions, methods,
# classes, nested and decorated definitions and lambdas of this file; getfile,
# getmodule, getdoc, cleandoc, indentsize, getmembers, getmro, unwrap.
import abc
import functools
import inspect
import sys


# A comment about simple.
def simple(a, b):
    """Add two things.

        Indented detail.
    """
    return a + b


def decorator(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        return func(*args, **kwargs)
    return inner


@decorator
def decorated(x,
              y=(1,
                 2)):
    text = '''
not code: def nope():
'''
    # an inner comment

    return text


class Outer:
    """Outer class."""

    attr = 5

    class Inner:
        def method(self):
            return 'inner'

    def method(self):  # trailing comment
        return [
            1,
        ]

    @property
    def prop(self):
        """The prop."""
        return 1

    @staticmethod
    def static():
        pass


def trailing_comments(flag):
    if flag:
        return 1
    # A comment at the body's indentation belongs to the block,

  # one indented less does not.
    # but this one, at the body's indentation again, does.


square = lambda n: n * n
one_liner = 3
def one_line(): return 'short'


class Base:
    def documented(self):
        """Documented in the base."""


class Derived(Base):
    def documented(self):
        pass


for obj in (simple, trailing_comments, decorated, Outer, Outer.Inner, Outer.method, Outer().method,
            Outer.Inner.method, square, one_line, Outer.static):
    lines, start = inspect.getsourcelines(obj)
    print(start, len(lines))
    print(inspect.getsource(obj), end='---\n')

print(inspect.getcomments(simple), inspect.getcomments(Outer))
print(inspect.getfile(simple) == __file__, inspect.getsourcefile(Outer) == __file__)
print(inspect.getmodule(simple) is sys.modules[__name__], inspect.getmodule(Outer.method).__name__)
print(repr(inspect.getdoc(simple)), repr(inspect.getdoc(Outer)), repr(inspect.getdoc(Outer.prop)))
print(repr(inspect.getdoc(Derived.documented)), repr(inspect.getdoc(Derived().documented)))
print(repr(inspect.getdoc(Outer.Inner)), repr(inspect.getdoc(one_line)))
print(repr(inspect.cleandoc('\n\n   Title\n     body\n   end\n\n')))
print(repr(inspect.cleandoc('\tTabbed\n\t  more')), inspect.indentsize('    x'),
      inspect.indentsize('\tx'))
print(inspect.unwrap(decorated) is decorated.__wrapped__, inspect.unwrap(simple) is simple)
print(inspect.unwrap(decorated, stop=lambda f: True) is decorated)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError:', str(e).split(' at 0x')[0])

members = inspect.getmembers(Outer)
print([name for name, value in members if not name.startswith('__')])
print([name for name, value in inspect.getmembers(Outer, inspect.isfunction)])
print([name for name, value in inspect.getmembers(Outer(), inspect.ismethod)
       if not name.startswith('__')])
print(inspect.getmro(Derived))
print(inspect.getattr_static(Outer, 'prop').__class__.__name__,
      inspect.getattr_static(Outer(), 'attr'), inspect.getattr_static(Outer(), 'nope', 'default'))
try:
    inspect.getattr_static(Outer(), 'missing')
except AttributeError as e:
    print('AttributeError:', e)
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('/a/b/readme.txt'))
for obj in (sys, int, 1):
    try:
        inspect.getfile(obj)
    except TypeError as e:
        print('TypeError:', e)
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError:', e)
