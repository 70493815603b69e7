# Slots that resolve to themselves end in an exception, never a crash
class Foo:
    pass

Foo.__repr__ = Foo.__str__
for f in (str, repr):
    try:
        f(Foo())
    except RecursionError:
        print(f.__name__, "RecursionError")

class Caller:
    pass

caller = Caller()
Caller.__call__ = caller
try:
    caller()
except RecursionError:
    print("call RecursionError")

# __get__ is called as found in the class, not bound first
class Descr:
    pass

d = Descr()
Descr.__get__ = d
Descr.x = d
try:
    d.x
except TypeError as e:
    print("get", e)

class Callable:
    def __call__(self, *args):
        return len(args)

class D2:
    __get__ = Callable()

class Host:
    attr = D2()

print(Host().attr, Host.attr)

class D3:
    @staticmethod
    def __get__(*args):
        return [type(a).__name__ for a in args]

class Host3:
    attr = D3()

print(Host3().attr, Host3.attr)
