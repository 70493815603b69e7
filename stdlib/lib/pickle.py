"""pickle: serialising Python objects (gilpy), byte for byte as CPython's
C pickler writes them: protocols 0 to 5 (4 by default), framing, the memo,
globals by qualified name, and instances through the reduce protocol
(__reduce_ex__/__reduce__, __getnewargs__, __getstate__/__setstate__,
__slots__).  The Unpickler reads every opcode of every protocol."""

import sys
import copyreg
from copyreg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's exceptions come from its C module
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'
del _cls


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes -------------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


def _batches(items):
    """The items in lists of _BATCHSIZE, each taken from the iterator only
    when the one before has been written; the last is shorter (maybe
    empty)."""
    it = iter(items)
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == _BATCHSIZE:
                break
        yield batch
        if len(batch) < _BATCHSIZE:
            return

# Python 2 names, for protocols 0-2 with fix_imports (CPython's _compat_pickle)
_MODULE_TO_PY2 = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                  'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
                  'reprlib': 'repr', '_markupbase': 'markupbase', 'winreg': '_winreg',
                  '_thread': 'thread', '_dummy_thread': 'dummy_thread', 'subprocess': 'commands',
                  'collections.abc': '_abcoll'}
_NAME_TO_PY2 = {('builtins', 'range'): ('__builtin__', 'xrange'),
                ('functools', 'reduce'): ('__builtin__', 'reduce'),
                ('sys', 'intern'): ('__builtin__', 'intern'),
                ('builtins', 'chr'): ('__builtin__', 'unichr'),
                ('builtins', 'str'): ('__builtin__', 'unicode'),
                ('builtins', 'int'): ('__builtin__', 'long'),
                ('builtins', 'zip'): ('itertools', 'izip'),
                ('builtins', 'map'): ('itertools', 'imap'),
                ('builtins', 'filter'): ('itertools', 'ifilter'),
                ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
                ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
                ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
                ('collections', 'UserList'): ('UserList', 'UserList'),
                ('collections', 'UserString'): ('UserString', 'UserString')}
for _name in ('ArithmeticError AssertionError AttributeError BaseException BufferError '
              'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
              'FloatingPointError FutureWarning GeneratorExit IOError ImportError '
              'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
              'LookupError MemoryError NameError NotImplementedError OSError OverflowError '
              'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
              'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError '
              'TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
              'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning '
              'ZeroDivisionError').split():
    _NAME_TO_PY2[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError').split():
    _NAME_TO_PY2[('builtins', _name)] = ('exceptions', 'OSError')
_NAME_TO_PY2[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _name
_MODULE_FROM_PY2 = {v: k for k, v in _MODULE_TO_PY2.items()}
# one way only: loading 'functools' must not look for '_functools'
_MODULE_TO_PY2.update({'_bz2': 'bz2', '_functools': 'functools', '_pickle': 'pickle'})
_MODULE_FROM_PY2.update({'cPickle': 'pickle', '__builtin__': 'builtins',
                         'UserDict': 'collections', 'UserList': 'collections',
                         'UserString': 'collections', 'cStringIO': 'io', 'StringIO': 'io'})
_NAME_FROM_PY2 = {v: k for k, v in _NAME_TO_PY2.items() if v[1] != 'OSError' or k[1] == 'OSError'}
_NAME_FROM_PY2.update({('__builtin__', 'basestring'): ('builtins', 'str'),
                       ('exceptions', 'StandardError'): ('builtins', 'Exception'),
                       ('UserDict', 'UserDict'): ('collections', 'UserDict'),
                       ('exceptions', 'ImportError'): ('builtins', 'ImportError')})


# ---- binary numbers --------------------------------------------------------------

def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _encode_long(x):
    """x as little-endian two's complement in as few bytes as it takes."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _pack_double(x):
    """The IEEE 754 big-endian bytes of a float (what struct.pack('>d') gives)."""
    if x != x:
        bits = 0x7ff8000000000000
    else:
        text = x.hex()
        sign = 0
        if text[0] == '-':
            sign = 1
            text = text[1:]
        if text == 'inf':
            bits = 0x7ff0000000000000
        else:
            mant, exp = text[2:].split('p')
            lead, frac = mant.split('.') if '.' in mant else (mant, '0')
            frac_bits = int(frac.ljust(13, '0'), 16)
            exp = int(exp)
            if lead == '0':
                bits = 0 if frac_bits == 0 else frac_bits   # zero or subnormal
            else:
                bits = ((exp + 1023) << 52) | frac_bits
        bits |= sign << 63
    return bits.to_bytes(8, 'big')


def _unpack_double(data):
    bits = int.from_bytes(data, 'big')
    sign = '-' if bits >> 63 else ''
    exp = (bits >> 52) & 0x7ff
    frac = bits & ((1 << 52) - 1)
    if exp == 0x7ff:
        return float(sign + ('nan' if frac else 'inf'))
    if exp == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, frac))
    return float.fromhex('%s0x1.%013xp%d' % (sign, frac, exp - 1023))


# ---- the pickler --------------------------------------------------------------------

class _Output:
    """The bytes written so far, with the current frame (protocol 4+).  The
    frame is one bytearray, emptied in place when it is committed, so its
    extend method can serve as the pickler's write."""

    def __init__(self, file_write, framing):
        self.file_write = file_write
        self.frame = bytearray() if framing else None
        self.write = self.frame.extend if framing else file_write

    def commit(self, force=False):
        """Ends the current frame when it is big enough (or forced)."""
        f = self.frame
        if f is None or (not force and len(f) < _FRAME_SIZE_TARGET):
            return
        if len(f) >= _FRAME_SIZE_MIN:
            self.file_write(FRAME + _u64(len(f)) + bytes(f))
        elif f:
            self.file_write(bytes(f))
        del f[:]

    def write_large(self, header, payload):
        """A payload of a frame's size or more goes out unframed."""
        if self.frame is not None:
            self.commit(force=True)
        self.file_write(header)
        self.file_write(payload)

    def end(self):
        if self.frame is not None:
            self.commit(force=True)


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't pickle local object {!r}".format(name))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


_FUNCTION_TYPES = (type(len), type(_whichmodule))


class _Pickler:
    """Writes the pickle of objects to a file (an object with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        out = _Output(self._file_write, self.proto >= 4)
        self._out = out
        self._frame = out.frame
        self.write = out.write
        self._has_pid = type(self).persistent_id is not _Pickler.persistent_id
        if self.proto >= 2:
            self._file_write(PROTO + bytes((self.proto,)))
        self.save(obj)
        self.write(STOP)
        out.end()

    # -- the memo

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes((idx,)) if idx < 256 else LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            return BINGET + bytes((i,)) if i < 256 else LONG_BINGET + _u32(i)
        return GET + repr(i).encode('ascii') + b'\n'

    # -- saving one object

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._save(obj, save_persistent_id)
        frame = self._frame
        if frame is not None and len(frame) >= _FRAME_SIZE_TARGET:
            self._out.commit()

    def _save(self, obj, save_persistent_id=True):
        if save_persistent_id and self._has_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'dispatch_table', copyreg.dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if isinstance(obj, type):
                self.save_global(obj)
                return
            override = getattr(self, 'reducer_override', None)
            rv = NotImplemented
            if override is not None:
                rv = override(obj)
            if rv is NotImplemented:
                rv = _reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        n = len(rv)
        if not 2 <= n <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the built-in types

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + obj.to_bytes(2, 'little'))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + encoded)
            else:
                self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def _save_bytes_data(self, opcode_small, opcode, opcode8, obj):
        n = len(obj)
        if n <= 0xff and opcode_small is not None:
            self.write(opcode_small + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_payload(opcode8 + _u64(n), obj)
        else:
            self._write_payload(opcode + _u32(n), obj)

    def _write_payload(self, header, payload):
        if self.proto >= 4 and len(payload) >= _FRAME_SIZE_TARGET:
            self._out.write_large(header, payload)
        else:
            self.write(header + payload)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_data(SHORT_BINBYTES, BINBYTES, BINBYTES8, bytes(obj))
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_payload(BYTEARRAY8 + _u64(len(obj)), bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_payload(BINUNICODE8 + _u64(n), encoded)
            else:
                self._write_payload(BINUNICODE + _u32(n), encoded)
        else:
            text = obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace(
                "\n", "\\u000a").replace("\r", "\\u000d").replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(text) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for batch in _batches(items):
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for batch in _batches(items):
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        for batch in _batches(obj):
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = _whichmodule(obj, name)
        if obj is _codecs_encode:
            # stands for _codecs.encode, which gilpy does not have
            module = parent = obj2 = None
        else:
            try:
                __import__(module_name, level=0)
                module = sys.modules[module_name]
            except (ImportError, KeyError):
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name)) from None
        try:
            if module is not None:
                obj2, parent = _getattribute(module, name)
            else:
                obj2 = obj
        except AttributeError as e:
            if "<locals>" in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _NAME_TO_PY2:
                    module_name, name = _NAME_TO_PY2[(module_name, name)]
                elif module_name in _MODULE_TO_PY2:
                    module_name = _MODULE_TO_PY2[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[_FUNCTION_TYPES[0]] = save_global
    dispatch[_FUNCTION_TYPES[1]] = save_global
    dispatch[type] = save_type


def _raw_unicode_escape(text):
    out = bytearray()
    for ch in text:
        c = ord(ch)
        if c < 0x100:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'


# ---- the default reduce (object.__reduce_ex__) ------------------------------------

_IMMUTABLE_BASES = (int, float, str, bytes, tuple, frozenset)
_CODE_TYPE = type(_whichmodule.__code__)
_UNPICKLABLE = {type(sys), type(iter(())), _CODE_TYPE}


def _class_defines(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is not object
    return False


def _builtin_base(cls):
    for klass in cls.__mro__:
        if klass.__module__ == 'builtins':
            return klass
    return object


def _object_state(obj, cls):
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and _class_defines(cls, '__getstate__'):
        return getstate()
    state = getattr(obj, '__dict__', None)
    if not state:
        state = None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


_BUILTIN_REDUCE = {
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    type(...): lambda e: 'Ellipsis',
    type(NotImplemented): lambda n: 'NotImplemented',
}


def _reduce_exception(exc):
    """BaseException.__reduce__ (OSError's puts its file names back in)."""
    args = exc.args
    if isinstance(exc, OSError) and exc.filename is not None and len(args) == 2:
        args = args + (exc.filename,)
        if exc.filename2 is not None:
            args = args + (None, exc.filename2)
    state = getattr(exc, '__dict__', None)
    if state:
        return type(exc), args, state
    return type(exc), args


def _reduce_ex(obj, proto):
    """obj.__reduce_ex__(proto), with object's default as CPython's."""
    cls = type(obj)
    reduce = _BUILTIN_REDUCE.get(cls)
    if reduce is not None:
        return reduce(obj)
    if isinstance(obj, BaseException) and not (_class_defines(cls, '__reduce_ex__')
                                               or _class_defines(cls, '__reduce__')):
        return _reduce_exception(obj)
    if _class_defines(cls, '__reduce_ex__'):
        return obj.__reduce_ex__(proto)
    if _class_defines(cls, '__reduce__'):
        return obj.__reduce__()
    base = _builtin_base(cls)
    if cls is _CODE_TYPE and proto >= 2:
        raise TypeError("cannot pickle code objects")
    if cls.__module__ == 'builtins' or cls in _UNPICKLABLE or base in _UNPICKLABLE:
        raise TypeError("cannot pickle %r object" % (cls.__name__,))
    if proto < 2:
        if base is object:
            base_state = None
        else:
            base_state = base(obj)
        if _class_defines(cls, '__getstate__'):
            state = obj.__getstate__()
        else:
            if copyreg._slotnames(cls):
                raise TypeError("cannot pickle %r object: a class that defines __slots__ "
                                "without defining __getstate__ cannot be pickled with "
                                "protocol %d" % (cls.__name__, proto))
            state = getattr(obj, '__dict__', None)
        args = (cls, base, base_state)
        if state:
            return copyreg._reconstructor, args, state
        return copyreg._reconstructor, args
    kwargs = None
    if _class_defines(cls, '__getnewargs_ex__'):
        args, kwargs = obj.__getnewargs_ex__()
    elif _class_defines(cls, '__getnewargs__'):
        args = obj.__getnewargs__()
    elif base in _IMMUTABLE_BASES:
        args = (base(obj),)
    else:
        args = ()
    state = _object_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems


# ---- the unpickler ----------------------------------------------------------------

class _BytesReader:
    """read/readline over a bytes object (loads)."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        p = self.pos
        self.pos = p + n
        return self.data[p:p + n]

    def readline(self):
        p = self.pos
        end = self.data.find(b'\n', p)
        end = len(self.data) if end < 0 else end + 1
        self.pos = end
        return self.data[p:end]

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)


class _Unpickler:
    """Reads one pickled object from a file (read, readline)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        # loads(): the whole pickle is in memory, so frames need no buffer
        self._memory = file if type(file) is _BytesReader else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _raw_read(self, n):
        frame = self._frame
        if frame is None:
            return self._file_read(n)
        data = frame.read(n)
        if frame.pos >= len(frame.data):
            self._frame = None
            if len(data) < n:
                data += self._file_read(n - len(data))
        return data

    def read(self, n):
        data = self._raw_read(n) if self._frame is not None else self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        frame = self._frame
        if frame is not None:
            line = frame.readline()
            if frame.pos >= len(frame.data):
                self._frame = None
        else:
            line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self._frame = None
        dispatch = self.dispatch
        memory = self._memory
        try:
            if memory is not None:
                data = memory.data
                end = len(data)
                while True:
                    pos = memory.pos
                    if pos >= end:
                        raise EOFError("Ran out of input")
                    memory.pos = pos + 1
                    f = dispatch.get(data[pos])
                    if f is None:
                        raise UnpicklingError("invalid load key, '%s'." % (chr(data[pos]),))
                    f(self)
            read = self._raw_read
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % (chr(key[0]),))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        n = int.from_bytes(self.read(8), 'little')
        if n > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % n)
        memory = self._memory
        if memory is not None:
            if memory.pos + n > len(memory.data):
                raise UnpicklingError("pickle data was truncated")
            return
        self._frame = _BytesReader(self.read(n)) if n else None
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data, 0)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(int.from_bytes(self.read(4), 'little', signed=True))
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), 'little'))
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(_decode_long(self.read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self.read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(_unpack_double(self.read(8)))
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_bytes(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        self.append(self.read(int.from_bytes(self.read(4), 'little')))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_short_binbytes(self):
        self.append(self.read(self.read(1)[0]))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_binbytes8(self):
        self.append(self.read(int.from_bytes(self.read(8), 'little')))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        self.append(bytearray(self.read(int.from_bytes(self.read(8), 'little'))))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tuple_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[-n:])
        del self.stack[-n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_tuple_n(2)
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_tuple_n(3)
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(int.from_bytes(self.read(2), 'little'))
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(int.from_bytes(self.read(4), 'little', signed=True))
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_FROM_PY2:
                module, name = _NAME_FROM_PY2[(module, name)]
            elif module in _MODULE_FROM_PY2:
                module = _MODULE_FROM_PY2[module]
        if module in ('_codecs', 'codecs') and name == 'encode':
            try:
                __import__(module, level=0)
            except ImportError:
                return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self.append(self._memo_get(int(self.readline()[:-1])))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self.append(self._memo_get(self.read(1)[0]))
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self.append(self._memo_get(int.from_bytes(self.read(4), 'little')))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i = int.from_bytes(self.read(4), 'little')
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        self._top().append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and _class_defines(type(inst), '__setstate__'):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k) if hasattr(sys, 'intern') else k
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        raise _Stop(self._pop())
    dispatch[STOP[0]] = load_stop


def _unescape_bytes(data):
    """The value of a protocol-0 STRING argument (Python 2 str escapes)."""
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        c = data[i]
        if c != 92 or i + 1 == n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == ord('x'):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif 48 <= e <= 55:
            j = i + 1
            while j < n and j < i + 4 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n and data[i + 1] in (ord('u'), ord('U')):
            width = 4 if data[i + 1] == ord('u') else 8
            out.append(chr(int(data[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(chr(c))
            i += 1
    return ''.join(out)


# ---- shorthands ------------------------------------------------------------------

class _BytesWriter:
    def __init__(self):
        self.parts = []
        self.write = self.parts.append

    def getvalue(self):
        return b''.join(self.parts)


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _BytesWriter()
    _Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _Unpickler(_BytesReader(bytes(data)), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# The C accelerator (stdlib/pickle_*.c) replaces the classes and functions
# above when it is built in; _Pickler and _Unpickler stay for reference.
try:
    from _pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                         dump, dumps, load, loads)
except ImportError:
    Pickler, Unpickler = _Pickler, _Unpickler
    dump, dumps, load, loads = _dump, _dumps, _load, _loads
