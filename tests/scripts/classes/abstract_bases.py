# isinstance/issubclass accept objects whose __bases__ is a tuple as
# classes (CPython's abstract class protocol).
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
AbstractGrand = AbstractClass(bases=(AbstractChild, AbstractSuper))
class Super: pass
class Child(Super): pass

print(isinstance(AbstractChild(), AbstractSuper), isinstance(AbstractSuper(), AbstractChild),
      isinstance(AbstractGrand(), AbstractSuper), isinstance(Child(), AbstractSuper))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild),
      issubclass(AbstractGrand, AbstractSuper), issubclass(Child, AbstractSuper),
      issubclass(AbstractChild, AbstractChild))
for f in (lambda: isinstance(1, 2), lambda: issubclass(1, AbstractSuper), lambda: issubclass(AbstractSuper, 1),
          lambda: issubclass(1, int), lambda: issubclass(int, 1)):
    try:
        f()
    except TypeError as e:
        print(e)
class Bad:
    @property
    def __bases__(self):
        raise RuntimeError("no bases")
for f in (lambda: isinstance(1, Bad()), lambda: issubclass(Bad(), int)):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
