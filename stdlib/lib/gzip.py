"""gzip for gilpy: reading and writing gzip files (GzipFile, open) and
one-shot compress()/decompress(), on the zlib C module, with the same bytes,
header fields and errors as CPython 3.11."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    """Raised for data that is not valid gzip."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt'...)
    mode; filename may be a path or a file object."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        from _textio import TextWrapper
        return TextWrapper(binary_file, encoding or "utf-8", errors, newline)
    return binary_file


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _header(compresslevel, mtime, fname=b""):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    flags = FNAME if fname else 0
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime), xfl, 255)
    if fname:
        head += fname + b"\000"
    return head


class _MemberReader:
    """Decompresses the members of a gzip stream one after another."""

    def __init__(self, fp):
        self._fp = fp
        self._buf = b""          # compressed bytes read but not used yet
        self._decomp = None
        self._crc = 0
        self._size = 0
        self._new_member = True
        self._eof = False
        self._last_mtime = None

    def _read_raw(self, n):
        if self._buf:
            data, self._buf = self._buf[:n], self._buf[n:]
            if len(data) < n:
                data += self._fp.read(n - len(data))
            return data
        return self._fp.read(n)

    def _read_exact(self, n):
        data = self._read_raw(n)
        while len(data) < n:
            more = self._fp.read(n - len(data))
            if not more:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
            data += more
        return data

    def _read_header(self):
        magic = self._read_raw(2)
        if magic == b"":
            return False
        if magic != b"\037\213":
            raise BadGzipFile("Not a gzipped file (%r)" % magic)
        method, flag, mtime = struct.unpack("<BBIxx", self._read_exact(8))
        if method != 8:
            raise BadGzipFile("Unknown compression method")
        self._last_mtime = mtime
        if flag & FEXTRA:
            extra_len, = struct.unpack("<H", self._read_exact(2))
            self._read_exact(extra_len)
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while True:
                    s = self._read_exact(1)
                    if s == b"\000":
                        break
        if flag & FHCRC:
            self._read_exact(2)
        return True

    def _read_trailer(self):
        crc32, isize = struct.unpack("<II", self._read_exact(8))
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
        if isize != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        # zero bytes may pad the end of a member
        c = b"\x00"
        while c == b"\x00":
            c = self._read_raw(1)
        if c:
            self._buf = c + self._buf

    def read(self, size):
        """Up to size decompressed bytes (b'' at the end of the stream)."""
        while not self._eof:
            if self._new_member:
                self._crc = zlib.crc32(b"")
                self._size = 0
                if not self._read_header():
                    self._eof = True
                    return b""
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._new_member = False
            d = self._decomp
            if d.unconsumed_tail:
                data = d.decompress(d.unconsumed_tail, size)
            else:
                raw = self._read_raw(READ_BUFFER_SIZE)
                if not raw and not d.eof:
                    raise EOFError("Compressed file ended before the "
                                   "end-of-stream marker was reached")
                data = d.decompress(raw, size)
            if d.eof:
                self._buf = d.unused_data + self._buf
                self._crc = zlib.crc32(data, self._crc)
                self._size += len(data)
                self._read_trailer()
                self._new_member = True
            else:
                self._crc = zlib.crc32(data, self._crc)
                self._size += len(data)
            if data:
                return data
        return b""


class GzipFile(io.BufferedIOBase):
    """A gzip file: reading decompresses, writing compresses (one member)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._rbuf = b""
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in "
                              "future Python releases.  Specify the mode argument for "
                              "opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """The modification time of the last member read."""
        return self._reader._last_mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.writebuf = []
        self.bufsize = 0
        self.offset = 0

    def _write_gzip_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(compresslevel, mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _fill(self, size):
        if self._rbuf:
            return True
        self._rbuf = self._reader.read(max(size, 8192))
        return bool(self._rbuf)

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        if size is None or size < 0:
            parts = [self._rbuf]
            self._rbuf = b""
            while True:
                data = self._reader.read(READ_BUFFER_SIZE)
                if not data:
                    break
                parts.append(data)
            out = b"".join(parts)
            self._pos += len(out)
            return out
        parts = []
        want = size
        while want > 0 and self._fill(want):
            piece, self._rbuf = self._rbuf[:want], self._rbuf[want:]
            parts.append(piece)
            want -= len(piece)
        out = b"".join(parts)
        self._pos += len(out)
        return out

    def read1(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read1() on write-only GzipFile object")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._fill(size):
            return b""
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        self._pos += len(out)
        return out

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "peek() on write-only GzipFile object")
        self._fill(n)
        return self._rbuf

    def readline(self, size=-1):
        self._check_not_closed()
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            if not self._fill(8192):
                break
            i = self._rbuf.find(b"\n")
            limit = len(self._rbuf) if i < 0 else i + 1
            if size is not None and size >= 0:
                limit = min(limit, size - len(out))
            out += self._rbuf[:limit]
            self._rbuf = self._rbuf[limit:]
            if out.endswith(b"\n"):
                break
        self._pos += len(out)
        return bytes(out)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Returns to the start of the file (read mode)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._rbuf = b""
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self.offset if self.mode == WRITE else self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
            return self.offset
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            raise ValueError("Seek from end not supported")
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self._pos)):
                break
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """gzip-compressed bytes of data (one member, no file name)."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # zlib writes the whole gzip member itself (its header says "Unix")
        return zlib.compress(data, compresslevel, 31)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return _header(compresslevel, mtime) + zlib.compress(data, compresslevel, -15) + trailer


def decompress(data):
    """The decompressed bytes of every member of gzip data."""
    members = []
    while True:
        reader = _MemberReader(io.BytesIO(data))
        if not reader._read_header():
            return b"".join(members)
        start = reader._fp.tell() - len(reader._buf)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        out = d.decompress(data[start:])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        crc, length = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = d.unused_data[8:].lstrip(b"\x00")


def main():
    from argparse import ArgumentParser
    import sys
    parser = ArgumentParser(description="A simple command line interface for the gzip module: "
                                        "act like gzip, but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument("-d", "--decompress", action="store_true",
                       help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar='file')
    args = parser.parse_args()
    level = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        level = _COMPRESS_LEVEL_FAST
    elif args.best:
        level = _COMPRESS_LEVEL_BEST
    for arg in args.args:
        if args.decompress:
            if arg == "-":
                data = decompress(sys.stdin.buffer.read())
                sys.stdout.buffer.write(data)
                continue
            if arg[-3:] != ".gz":
                sys.exit(f"filename doesn't end in .gz: {arg!r}")
            with open(arg, "rb") as f, builtins.open(arg[:-3], "wb") as g:
                g.write(f.read())
        else:
            if arg == "-":
                sys.stdout.buffer.write(compress(sys.stdin.buffer.read(), level))
                continue
            with builtins.open(arg, "rb") as f, open(arg + ".gz", "wb", level) as g:
                g.write(f.read())


if __name__ == '__main__':
    main()
