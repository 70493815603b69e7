"""Information about the underlying platform (as CPython's platform module).

python_implementation() returns sys.implementation.name, 'gilpy': scripts
that compare it with 'CPython' learn honestly which interpreter runs them."""

import collections
import os
import sys

__version__ = '1.0.8'

_uname_cache = None


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """(system, node, release, version, machine), and processor, found only
    when asked for (it runs `uname -p`)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        try:
            return self.__dict__['_processor']
        except KeyError:
            value = _unknown_as_blank(_processor_from_uname())
            self.__dict__['_processor'] = value
            return value

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(iter(self))[:len(self._fields) - 1]


def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


def _processor_from_uname():
    import subprocess
    try:
        return subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL,
                                       text=True, encoding="utf8").strip()
    except (OSError, subprocess.CalledProcessError):
        return ''


def uname():
    """(system, node, release, version, machine, processor) of this machine."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        infos = os.uname()
    except AttributeError:
        infos = ()
    if not any(infos):
        infos = ('', '', '', '', '')
    system, node, release, version, machine = infos
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(*map(_unknown_as_blank, (system, node, release, version, machine)))
    return _uname_cache


def system():
    """The system/OS name, e.g. 'Linux'."""
    return uname().system


def node():
    """The computer's network name (may be '')."""
    return uname().node


def release():
    """The system's release, e.g. '6.1.0'."""
    return uname().release


def version():
    """The system's release version, e.g. '#1 SMP ...'."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname().machine


def processor():
    """The (real) processor name ('' when it cannot be found)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: ('64bit', 'ELF')."""
    if not bits:
        bits = ('64' if sys.maxsize > 2 ** 32 else '32') + 'bit'
    try:
        with open(executable, 'rb') as f:
            head = f.read(5)
    except (OSError, TypeError, ValueError):
        return bits, linkage
    if head[:4] == b'\x7fELF':
        linkage = 'ELF'
        if head[4:5] == b'\x01':
            bits = '32bit'
        elif head[4:5] == b'\x02':
            bits = '64bit'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library, e.g. ('glibc', '2.36')."""
    if not executable:
        try:
            ver = os.confstr('CS_GNU_LIBC_VERSION')
            parts = ver.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
        executable = sys.executable
        if not executable:
            return lib, version
    # Look for GLIBC_x.y symbol versions in the executable.
    try:
        with open(os.path.realpath(executable), 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    best = None
    pos = data.find(b'GLIBC_')
    while pos >= 0:
        end = pos + 6
        while end < len(data) and (data[end:end + 1].isdigit() or data[end:end + 1] == b'.'):
            end += 1
        ver = data[pos + 6:end].decode('latin1').strip('.')
        if ver:
            key = tuple(int(x) for x in ver.split('.') if x)
            if best is None or key > best[0]:
                best = (key, ver)
        pos = data.find(b'GLIBC_', end)
    if best is not None:
        return 'glibc', best[1]
    return lib, version


def system_alias(system, release, version):
    """(system, release, version) with marketing names (unchanged on Linux)."""
    return system, release, version


def _platform(*args):
    platform = '-'.join(x.strip() for x in filter(len, args))
    for old, new in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'), ('"', '-'),
                     ('(', '-'), (')', '-'), ('unknown', '')):
        platform = platform.replace(old, new)
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform and platform[-1] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libcname, libcversion = libc_ver()
        return _platform(system, release, machine, processor, 'with', libcname + libcversion)
    if terse:
        return _platform(system, release)
    bits, linkage = architecture(sys.executable)
    return _platform(system, release, machine, processor, bits, linkage)


# ---- the Python interpreter ----

def _sys_version():
    """(name, version, branch, revision, buildno, builddate, compiler)."""
    text = sys.version
    head, _, rest = text.partition(' (')
    build, _, compiler = rest.partition(') [')
    compiler = compiler.rstrip(']')
    parts = [p.strip() for p in build.split(',')]
    buildno = parts[0] if parts else ''
    builddate = ' '.join(parts[1:]) if len(parts) > 1 else ''
    return (sys.implementation.name, head, '', '', buildno, builddate, compiler)


def python_implementation():
    """The interpreter's name: sys.implementation.name ('gilpy')."""
    return sys.implementation.name


def python_version():
    """'major.minor.patchlevel' of the Python language implemented."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """(major, minor, patchlevel) as strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    """(buildno, builddate)."""
    return _sys_version()[4:6]


def python_compiler():
    """The compiler that built the interpreter."""
    return _sys_version()[6]


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


_os_release_cache = None


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.rstrip('\n')
        name, eq, value = line.partition('=')
        if not eq or not name or not all(c.isalnum() or c == '_' for c in name) \
                or not name.isascii():
            continue
        if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
            value = value[1:-1]
        out = []
        i = 0
        while i < len(value):
            if value[i] == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                out.append(value[i + 1])
                i += 2
            else:
                out.append(value[i])
                i += 1
        info[name] = ''.join(out)
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, f"Unable to read files {', '.join(('/etc/os-release', '/usr/lib/os-release'))}")
    return _os_release_cache.copy()
