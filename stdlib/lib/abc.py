"""abc: abstract base classes (ABCMeta, ABC, abstractmethod) for gilpy."""


def abstractmethod(funcobj):
    """Mark a method abstract: classes that keep it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    try:
        if getattr(value, "__isabstractmethod__", False) is True:
            return True
        if isinstance(value, property):
            return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel)
                       if f is not None)
        return False
    except Exception:
        return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes, with virtual subclass registration."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts is None:
            abstracts = getattr(cls, "__abstractmethods__", ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract "
                            "method%s %s" % (cls.__name__,
                                             "s" if len(names) > 1 else "",
                                             ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns subclass."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        cls._abc_cache.add(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute __abstractmethods__ of cls after methods were added."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


def get_cache_token():
    return 0


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as the metaclass."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
