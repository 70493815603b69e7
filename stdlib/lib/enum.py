"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique (gilpy).

Members are made by the EnumType metaclass from the class body, in definition
order; lookup by value goes through _value2member_map_ (or a linear search
for unhashable values).
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "property"]

_auto_null = object()


class auto:
    """Placeholder: the member's value comes from _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_member_name(cls_name, key, value):
    return not (_is_private(cls_name, key) or _is_sunder(key) or _is_dunder(key)
                or _is_descriptor(value))


class _EnumDict(dict):
    """Class-body namespace of an enum: refuses to redefine a member name.

    Members are found again from the namespace's (ordered) items when the
    class is made, so a VM that stores names without calling __setitem__
    still gets the members in definition order.
    """

    def __init__(self, cls_name=None):
        super().__init__()
        self._cls_name = cls_name or ''
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if key in self and (_is_member_name(self._cls_name, key, value)
                            or _is_member_name(self._cls_name, key, self[key])):
            raise TypeError('%r already defined as %r' % (key, self[key]))
        super().__setitem__(key, value)


def _resolve_members(classdict, cls_name, gen):
    """The (name, value) members of a class body, auto() values filled in."""
    gen_local = dict.get(classdict, '_generate_next_value_')
    if gen_local is not None:
        gen = gen_local.__func__ if isinstance(gen_local, staticmethod) else gen_local
    if gen is None:
        gen = _default_next_value
    names = []
    values = []

    def fill(key, v):
        if isinstance(v, auto):
            if v.value is _auto_null:
                v.value = gen(key, 1, len(names), values[:])
            v = v.value
        return v
    for key, value in list(dict.items(classdict)):
        if not _is_member_name(cls_name, key, value):
            continue
        if isinstance(value, tuple):
            value = tuple(fill(key, v) for v in value)
        else:
            value = fill(key, value)
        names.append(key)
        values.append(value)
    return names, values


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    for v in reversed(last_values):
        try:
            return v + 1
        except TypeError:
            continue
    raise TypeError('unable to sort non-numeric values')


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__ \
                    or base.__dict__.get('__dataclass_fields__'):
                return base
    return object


class EnumType(type):
    """Metaclass of Enum: builds members, supports Color(1), Color['RED']."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict(cls)
        for base in bases:
            for klass in base.__mro__:
                gen = klass.__dict__.get('_generate_next_value_')
                if gen is not None:
                    if isinstance(gen, staticmethod):
                        gen = gen.__func__
                    ns._generate_next_value = gen
                    break
            if ns._generate_next_value is not None:
                break
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        member_names, member_values = _resolve_members(
            classdict, cls, getattr(classdict, '_generate_next_value', None))
        members = dict(zip(member_names, member_values))
        body = {}
        for key, value in dict.items(classdict):
            if key not in members:
                body[key] = value
        if '__order__' in body:
            body['_order_'] = body.pop('__order__')
        member_type = _find_data_type(bases)
        user_new = body.get('__new__')
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        enum_class._member_type_ = member_type
        if boundary is not None:
            enum_class._boundary_ = boundary
        if user_new is not None:
            enum_class._new_member_ = user_new
        elif '_new_member_' not in enum_class.__dict__:
            inherited = None
            for base in enum_class.__mro__[1:]:
                if '_new_member_' in base.__dict__ and base.__dict__['_new_member_'] is not None:
                    inherited = base.__dict__['_new_member_']
                    break
            enum_class._new_member_ = inherited
        if 'Enum' in globals():
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else None
        if first_enum is not None:
            for meth in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if meth in body:
                    continue
                found = getattr(enum_class, meth, None)
                if found is getattr(object, meth, None) or found is getattr(member_type, meth, None):
                    type.__setattr__(enum_class, meth, getattr(first_enum, meth))
        flag_mask = 0
        for name in member_names:
            value = members[name]
            enum_class._add_member_(name, value)
        if _is_flag_class(enum_class):
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    flag_mask |= m._value_
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1 if flag_mask else 0
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        new = cls.__dict__.get('_new_member_') or getattr(cls, '_new_member_', None)
        mt = cls._member_type_
        if new is not None:
            member = new(cls, *args)
        elif mt is object:
            member = object.__new__(cls)
        else:
            member = mt.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            if mt is object:
                member._value_ = value
            else:
                try:
                    member._value_ = mt(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and mt is object:
            member.__init__(*args)
        elif '__init__' in cls.__dict__:
            member.__init__(*args)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                member = existing
                break
        else:
            # a Flag lists (and iterates) only its single-bit members, as 3.11
            if not _is_flag_class(cls) or (isinstance(value, int) and value > 0 and
                                           value & (value - 1) == 0):
                cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            gen = classdict._generate_next_value or Enum._generate_next_value_
            for count, name in enumerate(original_names):
                value = gen(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if hasattr(names, 'items'):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        else:
            classdict['__module__'] = '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        for klass in cls.__mro__:
            if isinstance(klass, EnumType) and klass not in (Enum, ReprEnum, Flag):
                for k in klass.__dict__:
                    if k[0] != '_':
                        names.add(k)
        return sorted(names)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if _is_flag_class(cls):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _MappingProxy(d):
    return type(type.__dict__)(d)


def _is_flag_class(cls):
    return 'Flag' in globals() and isinstance(cls, type) and issubclass(cls, Flag)


class Enum(metaclass=EnumType):
    """Base class of enumerations: subclass it and list the members."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in self.__class__.__mro__:
            for k in cls.__dict__:
                if k[0] != '_' and k not in self.__class__._member_map_:
                    names.append(k)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None
Enum._new_member_ = None


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


IntEnum._value_repr_ = int.__repr__
IntEnum._new_member_ = None


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum._value_repr_ = str.__repr__


class Flag(Enum):
    """Enum whose members combine with |, & and ^ as bit flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _canonical_members_(cls):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        keep = issubclass(cls, int)
        if value < 0:
            if keep:
                value = value & ((1 << max(cls._all_bits_.bit_length(), value.bit_length())) - 1) \
                    if False else max(cls._all_bits_, 1) + 1 + value
            else:
                value = cls._all_bits_ + 1 + value
        if value & ~flag_mask and not keep:
            width = max(flag_mask.bit_length(), value.bit_length())
            raise ValueError("%s invalid value %r\n    given %s\n  allowed %s" % (
                repr(cls), value, _bin(value, width), _bin(flag_mask, width)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if value == 0:
            pseudo._name_ = None
        else:
            names = [m._name_ for m in cls._canonical_members_() if m._value_ & value]
            extra = value & ~flag_mask
            if extra:
                names.append(hex(extra) if False else str(extra))
            pseudo._name_ = '|'.join(names)
        try:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
        except TypeError:
            pass
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        v = self._value_
        for m in self.__class__._canonical_members_():
            if m._value_ & v:
                yield m

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, width):
    return '0b0 ' + format(num, 'b').zfill(width)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__


IntFlag._value_repr_ = int.__repr__
IntFlag._new_member_ = None


def unique(enumeration):
    """Class decorator: raise ValueError if any two members share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name)
                                   for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration
