"""multiprocessing.sharedctypes: Value and Array in memory shared with the
processes forked after they are made (gilpy), for the ctypes-style type
codes; Value/Array wrap them with a lock, RawValue/RawArray do not."""
import operator
import posix

from .synchronize import RLock

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'synchronized']

# type code: (ctypes name, size, signed)
_INT_CODES = {
    'b': ('c_byte', 1, True), 'B': ('c_ubyte', 1, False), 'h': ('c_short', 2, True),
    'H': ('c_ushort', 2, False), 'i': ('c_int', 4, True), 'I': ('c_uint', 4, False),
    'l': ('c_long', 8, True), 'L': ('c_ulong', 8, False), 'q': ('c_longlong', 8, True),
    'Q': ('c_ulonglong', 8, False),
}


class _Codec:
    """How one element of a type code is stored."""

    def __init__(self, code):
        if code in _INT_CODES:
            self.name, self.size, self.signed = _INT_CODES[code]
            self.kind = 'int'
        elif code == 'd':
            self.name, self.size, self.kind = 'c_double', 8, 'double'
        elif code == 'c':
            self.name, self.size, self.kind = 'c_char', 1, 'char'
        else:
            raise TypeError('this type has no size')
        self.default = 0 if self.kind == 'int' else 0.0 if self.kind == 'double' else b'\x00'

    def encode(self, value):
        if self.kind == 'int':
            value = operator.index(value)
            mask = (1 << (8 * self.size)) - 1
            value &= mask   # wraps around as ctypes does
            return value.to_bytes(self.size, 'little')
        if self.kind == 'double':
            from pickle import _pack_double
            if not isinstance(value, (int, float)):
                raise TypeError('must be real number, not %s' % type(value).__name__)
            return _pack_double(float(value))[::-1]
        if not isinstance(value, bytes) or len(value) != 1:
            raise TypeError('one character bytes, bytearray or integer expected')
        return value

    def decode(self, data):
        if self.kind == 'int':
            return int.from_bytes(data, 'little', signed=self.signed)
        if self.kind == 'double':
            from pickle import _unpack_double
            return _unpack_double(bytes(data[::-1]))
        return data


class _RawValue:
    """One shared element (what ctypes' c_int and friends are here)."""

    def __init__(self, codec, value):
        self._codec = codec
        self._mem = posix._shared_memory(codec.size)
        self.value = value

    @property
    def value(self):
        return self._codec.decode(self._mem.read(0, self._codec.size))

    @value.setter
    def value(self, value):
        self._mem.write(0, self._codec.encode(value))

    def __repr__(self):
        return '%s(%r)' % (self._codec.name, self.value)


class _RawArray:
    """A shared array of elements of one type code."""

    def __init__(self, codec, length):
        self._codec = codec
        self._length = length
        self._mem = posix._shared_memory(codec.size * length)

    def __len__(self):
        return self._length

    def _index(self, i):
        i = operator.index(i)
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        codec = self._codec
        if isinstance(i, slice):
            items = [self[k] for k in range(*i.indices(self._length))]
            return b''.join(items) if codec.kind == 'char' else items
        i = self._index(i)
        return codec.decode(self._mem.read(i * codec.size, codec.size))

    def __setitem__(self, i, value):
        codec = self._codec
        if isinstance(i, slice):
            indices = range(*i.indices(self._length))
            values = list(value) if codec.kind != 'char' else [bytes((b,)) for b in value]
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(indices, values):
                self[k] = v
            return
        i = self._index(i)
        self._mem.write(i * codec.size, codec.encode(value))

    def __iter__(self):
        for i in range(self._length):
            yield self[i]

    @property
    def value(self):
        self._need_chars()
        data = self._mem.read(0, self._length)
        end = data.find(b'\x00')
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, value):
        self._need_chars()
        if len(value) > self._length:
            raise ValueError('byte string too long')
        self._mem.write(0, bytes(value) + (b'\x00' if len(value) < self._length else b''))

    @property
    def raw(self):
        self._need_chars()
        return self._mem.read(0, self._length)

    @raw.setter
    def raw(self, value):
        self._need_chars()
        if len(value) > self._length:
            raise ValueError('byte string too long')
        self._mem.write(0, bytes(value))

    def _need_chars(self):
        if self._codec.kind != 'char':
            raise AttributeError("%r object has no attribute 'value'" % type(self).__name__)

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object>' % (self._codec.name,
                                                                      self._length)


def RawValue(typecode_or_type, *args):
    codec = _Codec(typecode_or_type)
    return _RawValue(codec, args[0] if args else codec.default)


def RawArray(typecode_or_type, size_or_initializer):
    codec = _Codec(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _RawArray(codec, size_or_initializer)
    items = list(size_or_initializer)
    if codec.kind == 'char':
        items = [bytes((b,)) if isinstance(b, int) else b for b in items]
    arr = _RawArray(codec, len(items))
    for i, v in enumerate(items):
        arr[i] = v
    return arr


class Synchronized:
    """A shared value with the lock that guards it."""

    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    def __repr__(self):
        return '<%s wrapper for %r>' % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    """A shared array with its lock."""

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, value):
        with self._lock:
            self._obj.raw = value


def synchronized(obj, lock=None):
    if isinstance(obj, _RawArray):
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)


def Value(typecode_or_type, *args, lock=True):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, None if lock is True else lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, None if lock is True else lock)
