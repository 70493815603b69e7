"""os: operating-system interfaces (gilpy): the posix module's functions,
os.path, the environment and a few helpers written in Python."""
import sys
from posix import *
import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'

# A plain dict of the environment at start-up (changes are not passed on to
# the process yet).
environ = dict(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise
