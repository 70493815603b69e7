"""typing: names for type hints, subscriptable, with CPython's reprs (gilpy).

Hints are only recorded here, never enforced: subscripting makes alias
objects that remember __origin__ and __args__ and print as typing.X[...].
"""
import abc as _abc
import sys as _sys

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal',
           'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
           'AbstractSet', 'ByteString', 'Container', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence',
           'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'Reversible',
           'SupportsAbs', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
           'SupportsRound', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'AnyStr', 'cast', 'get_args', 'get_origin',
           'get_type_hints', 'NewType', 'no_type_check', 'overload', 'Text',
           'TYPE_CHECKING', 'Annotated', 'NoReturn', 'Never', 'Self',
           'runtime_checkable', 'final', 'TypeAlias', 'assert_never',
           'reveal_type']

TYPE_CHECKING = False
_NoneType = type(None)
_FunctionType = type(lambda: None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type hint given as a string, not evaluated."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(t, '__parameters__', ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
    return tuple(params)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: forms that are not classes."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


class _BaseGenericAlias(_Final):
    """Common part of subscripted and bare generic aliases."""

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr[:2] == attr[-2:] == '__' and attr not in ('__origin__',):
            raise AttributeError(attr)
        origin = self.__dict__.get('__origin__')
        if origin is not None:
            return getattr(origin, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    """X[args]: a subscripted generic (List[int], Foo[T], Union[int, str])."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError("%s is not a generic class" % self)
        if len(args) != len(params):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(args) > len(params) else "few",
                               self, len(args), len(params)))
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return '%s[%s]' % (name, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Cannot subclass %r" % self)
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, subst) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _SpecialGenericAlias(_BaseGenericAlias):
    """List, Dict, Iterable...: bare aliases of a class, subscriptable nparams times."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams
        self.__module__ = 'typing'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few",
                               self, len(params), self._nparams))
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _TypingEllipsis:
    """Internal placeholder for ... in Callable[..., T]."""


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is Ellipsis:
            return 'typing.Callable[..., %s]' % _type_repr(self.__args__[1])
        return 'typing.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in self.__args__[:-1]),
            _type_repr(self.__args__[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, "") for a in args) + (_type_check(result, ""),)
        elif args is ...:
            params = (..., _type_check(result, ""))
        else:
            raise TypeError("Callable[args, result]: args must be a list. Got %r"
                            % (args,))
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=False)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p, "") for p in params[:-1]) + (...,),
                                 name='Tuple', inst=False)
        return _GenericAlias(tuple, tuple(_type_check(p, "") for p in params),
                             name='Tuple', inst=False)


_UnionType = type(int | str)   # types.UnionType


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, "")
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(self, tuple(args))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError("%s accepts only single type." % self._name)
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters, ""),), name=self._name)


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, name='Literal')


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two "
                        "arguments (a type and an annotation).")
    return _AnnotatedAlias(_type_check(params[0], ""), tuple(params[1:]))


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
LiteralString = _SpecialForm('LiteralString')


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "") for t in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None
        self.__module__ = '__main__'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
Text = str


class Generic:
    """Base class for generic classes: class Box(Generic[T]): ..."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty"
                            % cls.__qualname__)
        params = tuple(_type_check(p, "") for p in params)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to %s[...] must all be type variables"
                                    % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique"
                                % cls.__name__)
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if expected and len(params) != expected:
                raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                                % ("many" if len(params) > expected else "few",
                                   cls, len(params), expected))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig_bases = cls.__dict__.get('__orig_bases__', ())
        gvars = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                gvars = base.__parameters__
        for p in _collect_parameters(orig_bases):
            if p not in tvars:
                tvars.append(p)
        if gvars is not None:
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and getattr(cls, '_is_runtime_protocol', False):
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return super().__instancecheck__(instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__',
                    '_is_protocol', '_is_runtime_protocol', '__dict__',
                    '__args__', '__slots__', '__next_in_mro__', '__parameters__',
                    '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
                    '__doc__', '__subclasshook__', '__init__', '__new__',
                    '__module__', '_MutableMapping__marker', '__qualname__',
                    '__init_subclass__', '__class_getitem__'):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural (duck-typed) interfaces."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Let isinstance() check a Protocol by the presence of its members."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _abc_class(name, methods):
    def hook(cls, C):
        if cls is not klass:
            return NotImplemented
        for m in methods:
            if not any(m in B.__dict__ for B in C.__mro__):
                return NotImplemented
        return True
    klass = _abc.ABCMeta(name, (), {'__subclasshook__': classmethod(hook),
                                    '__module__': 'collections.abc'})
    return klass


def _abc_origin(name, methods):
    abcmod = _sys.modules.get('collections.abc')
    if abcmod is None:
        # the real ABCs, so classes deriving from typing.Sequence[...] get
        # their mixin methods and count as collections.abc.Sequence
        try:
            import collections.abc as abcmod
        except ImportError:
            abcmod = None
    if abcmod is not None and hasattr(abcmod, name):
        return getattr(abcmod, name)
    return _abc_class(name, methods)


_Hashable = _abc_origin('Hashable', ['__hash__'])
_Sized = _abc_origin('Sized', ['__len__'])
_Container = _abc_origin('Container', ['__contains__'])
_Iterable = _abc_origin('Iterable', ['__iter__'])
_Iterator = _abc_origin('Iterator', ['__iter__', '__next__'])
_Reversible = _abc_origin('Reversible', ['__reversed__', '__iter__'])
_Collection = _abc_origin('Collection', ['__len__', '__iter__', '__contains__'])
_Generator = _abc_origin('Generator', ['__iter__', '__next__', 'send', 'throw', 'close'])
_Awaitable = _abc_origin('Awaitable', ['__await__'])
_Coroutine = _abc_origin('Coroutine', ['__await__', 'send', 'throw', 'close'])
_AsyncIterable = _abc_origin('AsyncIterable', ['__aiter__'])
_AsyncIterator = _abc_origin('AsyncIterator', ['__aiter__', '__anext__'])
_AsyncGenerator = _abc_origin('AsyncGenerator', ['__aiter__', '__anext__', 'asend'])
_Callable = _abc_origin('Callable', ['__call__'])
_Sequence = _abc_origin('Sequence', ['__getitem__', '__len__', '__iter__', 'index', 'count'])
_MutableSequence = _abc_origin('MutableSequence', ['__getitem__', '__setitem__',
                                                   '__delitem__', 'insert'])
_Set = _abc_origin('Set', ['__contains__', '__iter__', '__len__', '__le__'])
_MutableSet = _abc_origin('MutableSet', ['__contains__', '__iter__', 'add', 'discard'])
_Mapping = _abc_origin('Mapping', ['__getitem__', '__iter__', '__len__', 'keys', 'items'])
_MutableMapping = _abc_origin('MutableMapping', ['__getitem__', '__setitem__',
                                                 '__delitem__', 'keys'])
_MappingView = _abc_origin('MappingView', ['__len__'])
_KeysView = _abc_origin('KeysView', ['__len__', '__iter__', '__contains__'])
_ItemsView = _abc_origin('ItemsView', ['__len__', '__iter__', '__contains__'])
_ValuesView = _abc_origin('ValuesView', ['__len__', '__iter__'])
_ByteString = _abc_origin('ByteString', ['__getitem__', '__len__', 'hex'])

_alias = _SpecialGenericAlias

Hashable = _alias(_Hashable, 0)
Awaitable = _alias(_Awaitable, 1)
Coroutine = _alias(_Coroutine, 3)
AsyncIterable = _alias(_AsyncIterable, 1)
AsyncIterator = _alias(_AsyncIterator, 1)
Iterable = _alias(_Iterable, 1)
Iterator = _alias(_Iterator, 1)
Reversible = _alias(_Reversible, 1)
Sized = _alias(_Sized, 0)
Container = _alias(_Container, 1)
Collection = _alias(_Collection, 1)
Callable = _CallableType(_Callable, 2)
AbstractSet = _alias(_Set, 1, name='AbstractSet')
MutableSet = _alias(_MutableSet, 1)
Mapping = _alias(_Mapping, 2)
MutableMapping = _alias(_MutableMapping, 2)
Sequence = _alias(_Sequence, 1)
MutableSequence = _alias(_MutableSequence, 1)
ByteString = _alias(_ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(list, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_MappingView, 1)
KeysView = _alias(_KeysView, 1)
ItemsView = _alias(_ItemsView, 2)
ValuesView = _alias(_ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(dict, 2, name='DefaultDict')
OrderedDict = _alias(dict, 2, name='OrderedDict')
Counter = _alias(dict, 1, name='Counter')
ChainMap = _alias(dict, 2, name='ChainMap')
Generator = _alias(_Generator, 3)
AsyncGenerator = _alias(_AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')


def _late_collections_origins():
    try:
        import collections
    except ImportError:
        return
    for alias, name in ((Deque, 'deque'), (DefaultDict, 'defaultdict'),
                        (OrderedDict, 'OrderedDict'), (Counter, 'Counter'),
                        (ChainMap, 'ChainMap')):
        origin = getattr(collections, name, None)
        if origin is not None:
            alias.__origin__ = origin


_late_collections_origins()


def _supports(name, method):
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), {
        method: lambda self: None, '__module__': 'typing', '__slots__': ()}))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


def cast(typ, val):
    """Return val unchanged; tells a type checker it has type typ."""
    return val


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, type(list[int]))):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted form: get_args(Dict[str, int])."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, type(list[int]))):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (and its bases for a class), None as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = globalns
            if g is None:
                g = getattr(_sys.modules.get(base.__module__), '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, localns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = eval(value.__forward_arg__, globalns, localns)
    return value


def overload(func):
    """Decorator for overloaded signatures; calling the stub raises."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    """Mark a method or class final (only for type checkers)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: the annotations of arg are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    print("Runtime type is %r" % (type(obj).__name__,), file=_sys.stderr)
    return obj


class NewType:
    """NewType('UserId', int): a callable that returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: _type_check(t, "") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot "
                                "follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "",
                                   ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple (function or class syntax)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module='__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        return tp_dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys have declared value types (not checked)."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
