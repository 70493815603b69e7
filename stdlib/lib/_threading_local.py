# _threading_local.py: thread-local data written in Python, for when the C
# module _thread has no _local.  A `local` object keeps one attribute dict
# per thread (keyed by thread identity); threading tells this module when a
# thread ends, and that thread's dicts are dropped then, so a new thread that
# reuses the identity starts empty.

from _thread import get_ident, allocate_lock, RLock

__all__ = ["local"]

_registry_lock = allocate_lock()
_by_thread = {}      # ident -> {id(store): store} of the stores holding data for it


def _thread_ended(ident):
    """Forget the data every local object holds for the thread `ident`."""
    with _registry_lock:
        stores = _by_thread.pop(ident, None)
    if stores:
        for store in stores.values():
            store.dicts.pop(ident, None)


class _Store:
    # The per-thread dicts of one local object, and its constructor
    # arguments (replayed through __init__ in each new thread).
    __slots__ = ('dicts', 'args', 'kwargs', 'lock', 'descriptors')

    def __init__(self, cls, args, kwargs):
        self.descriptors = _data_descriptors(cls)
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs
        self.lock = RLock()     # __init__ run by _select sets attributes

    def new_dict(self, ident):
        d = {}
        self.dicts[ident] = d
        with _registry_lock:
            _by_thread.setdefault(ident, {})[id(self)] = self
        return d

    def forget(self, ident):
        self.dicts.pop(ident, None)
        with _registry_lock:
            stores = _by_thread.get(ident)
            if stores is not None:
                stores.pop(id(self), None)

    def drop(self):
        with _registry_lock:
            for ident in self.dicts:
                stores = _by_thread.get(ident)
                if stores is not None:
                    stores.pop(id(self), None)
        self.dicts.clear()


def _type_name(obj):
    # As CPython names types in messages; threading presents `local` as the
    # C type _thread._local, whose messages say '_thread._local'.
    cls = type(obj)
    if cls.__module__ == '_thread':
        return '_thread.' + cls.__name__
    return cls.__name__


_descriptor_names = {}    # class -> names of its data descriptors (MRO included)


def _data_descriptors(cls):
    # The attributes for which the class, not the instance dict, decides
    # (properties, slots, __dict__, __class__...).  Computed once per class.
    names = _descriptor_names.get(cls)
    if names is None:
        found = set()
        for klass in cls.__mro__:
            for key, value in klass.__dict__.items():
                kind = type(value)
                if hasattr(kind, '__set__') or hasattr(kind, '__delete__'):
                    found.add(key)
        names = _descriptor_names[cls] = frozenset(found)
    return names


def _select(self):
    # Makes the calling thread's dict the object's __dict__, running
    # __init__ first if this thread never used the object; returns the store
    # with its lock held (the caller releases it).
    store = object.__getattribute__(self, '_local__store')
    ident = get_ident()
    store.lock.acquire()
    try:
        d = store.dicts.get(ident)
        if d is None:
            d = store.new_dict(ident)
            object.__setattr__(self, '__dict__', d)
            cls = type(self)
            if cls.__init__ is not object.__init__:
                try:
                    cls.__init__(self, *store.args, **store.kwargs)
                except BaseException:
                    # The next access in this thread tries __init__ again.
                    store.forget(ident)
                    raise
        else:
            object.__setattr__(self, '__dict__', d)
    except BaseException:
        store.lock.release()
        raise
    return store


class local:
    """Thread-local data: each thread sees its own attributes of the same
    object."""

    __slots__ = ('_local__store', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        store = _Store(cls, args, kw)
        object.__setattr__(self, '_local__store', store)
        object.__setattr__(self, '__dict__', store.new_dict(get_ident()))
        return self

    def __getattribute__(self, name):
        # Fast path: the thread's own dict holds the name and no data
        # descriptor of the class takes precedence over it.
        store = object.__getattribute__(self, '_local__store')
        d = store.dicts.get(get_ident())
        if d is not None and name in d and name not in store.descriptors:
            return d[name]
        store = _select(self)
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is local and _type_name(self) != 'local':
                raise AttributeError("'%s' object has no attribute '%s'"
                                     % (_type_name(self), name)) from None
            raise
        finally:
            store.lock.release()

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _type_name(self))
        store = object.__getattribute__(self, '_local__store')
        d = store.dicts.get(get_ident())
        if d is not None and name not in store.descriptors:
            d[name] = value
            return
        store = _select(self)
        try:
            return object.__setattr__(self, name, value)
        finally:
            store.lock.release()

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _type_name(self))
        store = _select(self)
        try:
            return object.__delattr__(self, name)
        finally:
            store.lock.release()

    def __del__(self):
        object.__getattribute__(self, '_local__store').drop()
