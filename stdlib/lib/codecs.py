"""Codec registry and base classes (as CPython's codecs): encode, decode,
lookup, incremental and stream coders, open, BOM constants.  gilpy's str
and bytes carry UTF-8, ASCII and Latin-1; UTF-16 and UTF-32 are coded here."""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the bytes of an incomplete sequence until more input arrives."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# What StreamWriter, StreamReader and StreamReaderWriter do alike: other
# attributes are the wrapped stream's, and a with block closes it.

def _stream_getattr(self, name, getattr=getattr):
    return getattr(self.stream, name)


def _stream_enter(self):
    return self


def _stream_exit(self, type, value, tb):
    self.stream.close()


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    __getattr__ = _stream_getattr
    __enter__ = _stream_enter
    __exit__ = _stream_exit


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size=-1):
        """Read and decode up to size more bytes; False at the end of the stream."""
        newdata = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + newdata
        if not data:
            return False
        newchars, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        self.charbuffer += newchars
        return bool(newdata)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars >= 0:
            while len(self.charbuffer) < chars and self._fill(max(size, 72) if size >= 0 else 72):
                pass
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
            return result
        self._fill(size)
        if size >= 0 and not self.charbuffer:
            self._fill(size)
        result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        return result

    def readline(self, size=None, keepends=True):
        while True:
            lines = self.charbuffer.splitlines(keepends=True)
            complete = len(lines) > 1 or (lines and lines[0] != lines[0].rstrip('\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')
                                          and not lines[0].endswith('\r'))
            if complete or (size is not None and size >= 0 and len(self.charbuffer) >= size):
                break
            if not self._fill(72):
                break
        lines = self.charbuffer.splitlines(keepends=True)
        if not lines:
            return self._empty_charbuffer
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        if not keepends:
            line = line.splitlines(keepends=False)[0] if line.splitlines() else line
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    __getattr__ = _stream_getattr
    __enter__ = _stream_enter
    __exit__ = _stream_exit


class StreamReaderWriter:
    """Wraps a byte stream with a reader and a writer of one codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    __getattr__ = _stream_getattr
    __enter__ = _stream_enter
    __exit__ = _stream_exit


class StreamRecoder(StreamReaderWriter):
    pass


# ---- the codecs gilpy provides ----

def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence still open."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if 0x80 <= b <= 0xBF:
            continue
        if 0xC2 <= b <= 0xDF:
            need = 2
        elif 0xE0 <= b <= 0xEF:
            need = 3
        elif 0xF0 <= b <= 0xF4:
            need = 4
        else:
            return 0
        if back >= need:
            return 0
        if back >= 2:
            second = data[n - back + 1]
            lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                      0xF4: (0x80, 0x8F)}.get(b, (0x80, 0xBF))
            if not lo <= second <= hi:
                return 0
        return back
    return 0


def utf_8_encode(str_, errors=None):
    if not isinstance(str_, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(str_).__name__)
    return str_.encode('utf-8', errors or 'strict'), len(str_)


def utf_8_decode(data, errors=None, final=False):
    data = bytes(data)
    cut = len(data) if final else len(data) - _utf8_incomplete_tail(data)
    return data[:cut].decode('utf-8', errors or 'strict'), cut


def latin_1_encode(str_, errors=None):
    if not isinstance(str_, str):
        raise TypeError("latin_1_encode() argument 1 must be str, not %s" % type(str_).__name__)
    return str_.encode('latin-1', errors or 'strict'), len(str_)


def latin_1_decode(data, errors=None):
    data = bytes(data)
    return data.decode('latin-1', errors or 'strict'), len(data)


def ascii_encode(str_, errors=None):
    if not isinstance(str_, str):
        raise TypeError("ascii_encode() argument 1 must be str, not %s" % type(str_).__name__)
    return str_.encode('ascii', errors or 'strict'), len(str_)


def ascii_decode(data, errors=None):
    data = bytes(data)
    return data.decode('ascii', errors or 'strict'), len(data)


def _escape_codec(name, codec):
    def encode(str_, errors=None):
        if not isinstance(str_, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (name, type(str_).__name__))
        return str_.encode(codec, errors or 'strict'), len(str_)

    def decode(data, errors=None, final=True):
        data = data.encode('latin-1') if isinstance(data, str) else bytes(data)
        return data.decode(codec, errors or 'strict'), len(data)
    encode.__name__ = name + '_encode'
    decode.__name__ = name + '_decode'
    return encode, decode


unicode_escape_encode, unicode_escape_decode = _escape_codec('unicode_escape', 'unicode_escape')
raw_unicode_escape_encode, raw_unicode_escape_decode = _escape_codec('raw_unicode_escape',
                                                                     'raw_unicode_escape')


def _wide_encode(name, width, order, bom):
    def encode(str_, errors=None):
        if not isinstance(str_, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (name, type(str_).__name__))
        out = bytearray(bom)
        for i, ch in enumerate(str_):
            cp = ord(ch)
            if 0xD800 <= cp <= 0xDFFF:
                raise UnicodeEncodeError(name.replace('_', '-'), str_, i, i + 1,
                                         'surrogates not allowed')
            if width == 2 and cp > 0xFFFF:
                cp -= 0x10000
                out += (0xD800 | (cp >> 10)).to_bytes(2, order)
                out += (0xDC00 | (cp & 0x3FF)).to_bytes(2, order)
            else:
                out += cp.to_bytes(width, order)
        return bytes(out), len(str_)
    return encode


def _wide_decode(name, width, order):
    label = name.replace('_', '-')

    def decode(data, errors=None, final=False):
        data = bytes(data)
        chars = []
        i = 0
        n = len(data)
        byteorder = order
        if byteorder is None:
            # The BOM chooses the byte order (default: little-endian).
            byteorder = 'little'
            if width == 2 and data[:2] in (BOM_UTF16_LE, BOM_UTF16_BE):
                byteorder = 'little' if data[:2] == BOM_UTF16_LE else 'big'
                i = 2
            elif width == 4 and data[:4] in (BOM_UTF32_LE, BOM_UTF32_BE):
                byteorder = 'little' if data[:4] == BOM_UTF32_LE else 'big'
                i = 4
        # errors name the byte order actually used (utf-16-le...)
        where = label if order is not None else '%s-%s' % (label, 'le' if byteorder == 'little' else 'be')
        while i + width <= n:
            cp = int.from_bytes(data[i:i + width], byteorder)
            if width == 2 and 0xD800 <= cp <= 0xDBFF:
                if i + 4 > n:
                    if not final:
                        break
                    raise UnicodeDecodeError(where, data, i, n, 'unexpected end of data')
                low = int.from_bytes(data[i + 2:i + 4], byteorder)
                if not 0xDC00 <= low <= 0xDFFF:
                    raise UnicodeDecodeError(where, data, i, i + 2, 'illegal UTF-16 surrogate')
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                chars.append(chr(cp))
                i += 4
                continue
            if width == 2 and 0xDC00 <= cp <= 0xDFFF:
                raise UnicodeDecodeError(where, data, i, i + 2, 'illegal encoding')
            if width == 4 and (cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF):
                raise UnicodeDecodeError(where, data, i, i + 4, 'code point not in range(0x110000)'
                                         if cp > 0x10FFFF else 'code point in surrogate code point range(0xd800, 0xe000)')
            chars.append(chr(cp))
            i += width
        if final and i < n:
            raise UnicodeDecodeError(where, data, i, n, 'truncated data')
        return ''.join(chars), i
    return decode


_native_bom16 = BOM_UTF16
_native_bom32 = BOM_UTF32
utf_16_encode = _wide_encode('utf_16', 2, sys.byteorder, _native_bom16)
utf_16_le_encode = _wide_encode('utf_16_le', 2, 'little', b'')
utf_16_be_encode = _wide_encode('utf_16_be', 2, 'big', b'')
utf_32_encode = _wide_encode('utf_32', 4, sys.byteorder, _native_bom32)
utf_32_le_encode = _wide_encode('utf_32_le', 4, 'little', b'')
utf_32_be_encode = _wide_encode('utf_32_be', 4, 'big', b'')
utf_16_decode = _wide_decode('utf_16', 2, None)
utf_16_le_decode = _wide_decode('utf_16_le', 2, 'little')
utf_16_be_decode = _wide_decode('utf_16_be', 2, 'big')
utf_32_decode = _wide_decode('utf_32', 4, None)
utf_32_le_decode = _wide_decode('utf_32_le', 4, 'little')
utf_32_be_decode = _wide_decode('utf_32_be', 4, 'big')


def _make_codec(module, name, enc, dec, incremental_dec):
    """A CodecInfo whose classes carry the module name encodings.<module>."""
    qual = 'encodings.' + module

    class IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            if incremental_dec:
                return dec(input, errors, final)
            return dec(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            if incremental_dec:
                return dec(input, errors, False)
            return dec(input, errors)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    def encode(input, errors='strict'):
        return enc(input, errors)

    def decode(input, errors='strict'):
        if incremental_dec:
            return dec(input, errors, True)
        return dec(input, errors)

    for cls, clsname in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                         (Reader, 'StreamReader'), (Writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = clsname
        cls.__module__ = qual
    return CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=IncEncoder,
                     incrementaldecoder=IncDecoder, streamreader=Reader, streamwriter=Writer)


_codec_table = {
    'utf_8': ('utf-8', utf_8_encode, utf_8_decode, True),
    'latin_1': ('iso8859-1', latin_1_encode, latin_1_decode, False),
    'ascii': ('ascii', ascii_encode, ascii_decode, False),
    'utf_16': ('utf-16', utf_16_encode, utf_16_decode, True),
    'utf_16_le': ('utf-16-le', utf_16_le_encode, utf_16_le_decode, True),
    'utf_16_be': ('utf-16-be', utf_16_be_encode, utf_16_be_decode, True),
    'utf_32': ('utf-32', utf_32_encode, utf_32_decode, True),
    'utf_32_le': ('utf-32-le', utf_32_le_encode, utf_32_le_decode, True),
    'utf_32_be': ('utf-32-be', utf_32_be_encode, utf_32_be_decode, True),
    'unicode_escape': ('unicode-escape', unicode_escape_encode, unicode_escape_decode, True),
    'raw_unicode_escape': ('raw-unicode-escape', raw_unicode_escape_encode,
                           raw_unicode_escape_decode, True),
}

_aliases = {
    'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'cp65001': 'utf_8', 'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1',
    'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1',
    'iso_ir_100': 'latin_1', 'ibm819': 'latin_1', 'iso_8859_1_1987': 'latin_1',
    'csisolatin1': 'latin_1', 'us_ascii': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', '646': 'ascii', 'us': 'ascii',
    'iso646_us': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'iso_ir_6': 'ascii', 'u16': 'utf_16', 'utf16': 'utf_16', 'utf_16le': 'utf_16_le',
    'unicodelittleunmarked': 'utf_16_le', 'utf_16be': 'utf_16_be',
    'unicodebigunmarked': 'utf_16_be', 'u32': 'utf_32', 'utf32': 'utf_32',
    'utf_32le': 'utf_32_le', 'utf_32be': 'utf_32_be',
}

_search_functions = []
_cache = {}


def _normalize_name(encoding):
    """The encoding name with each run of other characters than letters,
    digits and dots between two kept ones made one '_' (and the others
    dropped): the form of the codec tables (locale uses it too)."""
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def _normalize(encoding):
    return _normalize_name(encoding).lower()


def register(search_function):
    """Register a codec search function (name -> CodecInfo or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of the named encoding (LookupError if unknown)."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                info = CodecInfo(*info)
            _cache[key] = info
            return info
    module = _normalize(encoding)
    module = _aliases.get(module, module)
    entry = _codec_table.get(module)
    if entry is None:
        raise LookupError('unknown encoding: %s' % encoding)
    info = _make_codec(module, *entry)
    _cache[key] = info
    return info


def _wrap(action, encoding, exc):
    if type(exc) is TypeError:
        return TypeError("%s with '%s' codec failed (TypeError: %s)" % (action, encoding, exc))
    return None


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    encoder = lookup(encoding).encode
    try:
        result = encoder(obj, errors)
    except TypeError as e:
        raise _wrap('encoding', encoding, e) from None
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    decoder = lookup(encoding).decode
    try:
        if isinstance(obj, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        result = decoder(obj, errors)
    except TypeError as e:
        raise _wrap('decoding', encoding, e) from None
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file: with an encoding, a StreamReaderWriter over the
    file opened in binary mode; without, the built-in open()."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not available in gilpy")


# ---- error handlers ----

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        part = exc.object[exc.start:exc.end]
        return (''.join(('\\x%02x' % ord(c)) if ord(c) < 0x100 else ('\\u%04x' % ord(c))
                        if ord(c) < 0x10000 else ('\\U%08x' % ord(c)) for c in part), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    return backslashreplace_errors(exc)


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, handler):
    """Register an error handler under name (used by codecs written in Python)."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """The error handler registered under name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
