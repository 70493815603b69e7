"""Constants and functions for interpreting os.stat() results (as CPython's stat)."""

# Indexes into the tuple os.stat() returns.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File types.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD file flags (st_flags).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def _mode(mode):
    # A mode as the C module takes it: an int that fits an unsigned int.
    if not isinstance(mode, int):
        try:
            mode = mode.__index__()
        except AttributeError:
            raise TypeError('an integer is required') from None
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= 1 << 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if mode >= 1 << 32:
        raise OverflowError('mode out of range')
    return mode


def S_IMODE(mode):
    """Return the permission bits of mode (those os.chmod() can set)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """Return the file-type bits of mode."""
    return _mode(mode) & 0o170000


def S_ISDIR(mode):
    """Return True if mode is from a directory."""
    return _mode(mode) & 0o170000 == S_IFDIR


def S_ISCHR(mode):
    """Return True if mode is from a character special device file."""
    return _mode(mode) & 0o170000 == S_IFCHR


def S_ISBLK(mode):
    """Return True if mode is from a block special device file."""
    return _mode(mode) & 0o170000 == S_IFBLK


def S_ISREG(mode):
    """Return True if mode is from a regular file."""
    return _mode(mode) & 0o170000 == S_IFREG


def S_ISFIFO(mode):
    """Return True if mode is from a FIFO (named pipe)."""
    return _mode(mode) & 0o170000 == S_IFIFO


def S_ISLNK(mode):
    """Return True if mode is from a symbolic link."""
    return _mode(mode) & 0o170000 == S_IFLNK


def S_ISSOCK(mode):
    """Return True if mode is from a socket."""
    return _mode(mode) & 0o170000 == S_IFSOCK


def S_ISDOOR(mode):
    """Return True if mode is from a door (never, here)."""
    _mode(mode)
    return False


def S_ISPORT(mode):
    """Return True if mode is from an event port (never, here)."""
    _mode(mode)
    return False


def S_ISWHT(mode):
    """Return True if mode is from a whiteout (never, here)."""
    _mode(mode)
    return False


# For each of the ten characters of `ls -l`: (bits, character) pairs tried in order.
_filemode_table = (
    ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
     (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p')),
    ((S_IRUSR, 'r'),),
    ((S_IWUSR, 'w'),),
    ((S_IXUSR | S_ISUID, 's'), (S_ISUID, 'S'), (S_IXUSR, 'x')),
    ((S_IRGRP, 'r'),),
    ((S_IWGRP, 'w'),),
    ((S_IXGRP | S_ISGID, 's'), (S_ISGID, 'S'), (S_IXGRP, 'x')),
    ((S_IROTH, 'r'),),
    ((S_IWOTH, 'w'),),
    ((S_IXOTH | S_ISVTX, 't'), (S_ISVTX, 'T'), (S_IXOTH, 'x')),
)


def filemode(mode):
    """Convert a file's mode to a string like '-rwxrwxrwx'."""
    mode = _mode(mode)
    out = []
    for i, choices in enumerate(_filemode_table):
        for bits, ch in choices:
            # The type is a field compared whole; the others are flag sets.
            if (mode & 0o170000 == bits) if i == 0 else (mode & bits == bits):
                out.append(ch)
                break
        else:
            out.append('?' if i == 0 else '-')
    return ''.join(out)
