"""Generic (shallow and deep) copying operations.

copy(x) makes a shallow copy, deepcopy(x) a deep one with a memo dict keyed
by id() so shared and recursive structures keep their shape.  Classes can
define __copy__() and __deepcopy__(memo); otherwise instances are rebuilt
from __reduce_ex__(4) when the class defines it, or else from a new object
(cls.__new__(cls)) given the state of __getstate__()/__dict__ and __slots__.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)

# Types whose values are never copied (immutable, or identity is meaning).
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float,
           bool, bytes, str, type, range, _FunctionType, _BuiltinType,
           property}
try:
    _atomic.add(complex)
except NameError:
    pass
try:
    _atomic.add(type(_atomic.add))
except Exception:
    pass


# ---- shallow copy ----------------------------------------------------------

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, cls, None)


# ---- deep copy -------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _atomic or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo holds the originals too, so their ids are not reused while
    # the copy is being made.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A recursive tuple may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, y):
        if a is not b:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)([deepcopy(item, memo) for item in x])


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_atomic(x, memo):
    return x


_deep_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
}
for _t in _atomic:
    _deep_dispatch[_t] = _deepcopy_atomic
del _t


# ---- rebuilding instances --------------------------------------------------

def _class_defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _rebuild(x, cls, memo):
    """A copy of instance x (deep when memo is not None)."""
    if _class_defines(cls, "__reduce_ex__") or _class_defines(cls, "__reduce__"):
        reductor = getattr(x, "__reduce_ex__", None)
        rv = reductor(4) if reductor is not None else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo, *rv)
    if isinstance(x, BaseException):
        args = x.args
        if memo is not None:
            args = deepcopy(args, memo)
        y = cls(*args)
    elif cls.__module__ == "builtins" and not hasattr(x, "__dict__"):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    else:
        y = cls.__new__(cls, *_new_args(x, cls, memo))
    if memo is not None:
        memo[id(x)] = y
    # Contents of built-in bases, as copyreg's reduce would give them.
    if isinstance(x, list):
        items = list(x)
        if memo is not None:
            items = [deepcopy(item, memo) for item in items]
        y.extend(items)
    elif isinstance(x, dict):
        for key, value in x.items():
            if memo is not None:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    state = _get_state(x, cls)
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


_immutable_bases = (tuple, str, bytes, int, float, frozenset)


def _new_args(x, cls, memo):
    """The arguments cls.__new__ needs to remake x (its __getnewargs__, or
    the value of an immutable built-in base)."""
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    else:
        args = ()
        for base in _immutable_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    if memo is not None and args:
        args = deepcopy(args, memo)
    return args


def _get_state(x, cls):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and _class_defines(cls, "__getstate__"):
        return getstate()
    state = getattr(x, "__dict__", None)
    if state is not None:
        state = state or None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *ignored):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
