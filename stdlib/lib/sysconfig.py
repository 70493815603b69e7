"""sysconfig for gilpy: installation paths by scheme and the configuration
variables CPython's build records (the ones that describe gilpy: version,
platform, prefix; gilpy has no Makefile or pyconfig.h to read)."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h', 'get_default_scheme', 'get_preferred_scheme',
           'is_python_build']

_PY = '{installed_base}/{platlibdir}/python{py_version_short}'
_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': _PY, 'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin', 'data': '{base}'},
    'posix_home': {
        'stdlib': '{installed_base}/lib/python', 'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python', 'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin', 'data': '{base}'},
    'nt': {
        'stdlib': '{installed_base}/Lib', 'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages', 'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include', 'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts', 'data': '{base}'},
    'posix_venv': {
        'stdlib': _PY, 'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin', 'data': '{base}'},
    'nt_venv': {
        'stdlib': '{installed_base}/Lib', 'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages', 'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include', 'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts', 'data': '{base}'},
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot_plat}',
        'platstdlib': '{userbase}/Python{py_version_nodot_plat}',
        'purelib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'include': '{userbase}/Python{py_version_nodot_plat}/Include',
        'scripts': '{userbase}/Python{py_version_nodot_plat}/Scripts', 'data': '{userbase}'},
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin', 'data': '{userbase}'},
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python', 'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin', 'data': '{userbase}'},
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')
_PY_VERSION = '%d.%d.%d' % sys.version_info[:3]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_CONFIG_VARS = None


def _prefix():
    """gilpy is used from where it was built: the folder above its binary."""
    exe = os.path.realpath(sys.executable) if sys.executable else ''
    return getattr(sys, 'prefix', None) or (os.path.dirname(os.path.dirname(exe)) if exe else '/usr/local')


def _machine():
    return os.uname().machine


def get_python_version():
    return _PY_VERSION_SHORT


def get_platform():
    """'linux-x86_64' and the like: the OS and the machine."""
    osname, release, machine = os.uname().sysname.lower(), os.uname().release, _machine()
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname == 'linux':
        return f'{osname}-{machine}'
    return f'{osname}-{release}-{machine}'


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


def get_preferred_scheme(key):
    if key == 'prefix':
        if getattr(sys, 'prefix', None) != getattr(sys, 'base_prefix', None):
            return 'posix_venv'
        return 'posix_prefix'
    if key == 'home':
        return 'posix_home'
    if key == 'user':
        return 'posix_user'
    raise KeyError(key)


def get_default_scheme():
    return get_preferred_scheme('prefix')


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{var}') from None


def _expand_vars(scheme, vars):
    res = {}
    if vars is None:
        vars = {}
    merged = dict(get_config_vars())
    for key, value in vars.items():
        merged[key] = value
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            value = os.path.expanduser(value)
        res[key] = os.path.normpath(_subst_vars(value, merged))
    return res


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme."""
    if scheme is None:
        scheme = get_default_scheme()
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def _init_config_vars():
    prefix = _prefix()
    multiarch = _machine() + '-linux-gnu'
    v = {
        'prefix': prefix, 'exec_prefix': prefix, 'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT, 'py_version_nodot': '%d%d' % sys.version_info[:2],
        'installed_base': prefix, 'base': prefix, 'installed_platbase': prefix,
        'platbase': prefix, 'projectbase': os.path.dirname(os.path.realpath(sys.executable or '.')),
        'platlibdir': 'lib', 'abiflags': '', 'py_version_nodot_plat': '',
        'userbase': os.path.expanduser('~/.local'), 'VERSION': _PY_VERSION_SHORT,
        'SOABI': 'gilpy-311-' + multiarch, 'EXT_SUFFIX': '.gilpy-311-' + multiarch + '.so',
        'SHLIB_SUFFIX': '.so', 'MULTIARCH': multiarch, 'SIZEOF_VOID_P': 8, 'SIZEOF_LONG': 8,
        'SIZEOF_SIZE_T': 8, 'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'WITH_DOC_STRINGS': 1,
        'MACHDEP': sys.platform, 'HOST_GNU_TYPE': _machine() + '-pc-linux-gnu', 'CC': 'cc',
        'LIBDIR': prefix + '/lib', 'BINDIR': prefix + '/bin',
        'LIBDEST': prefix + '/lib/python' + _PY_VERSION_SHORT,
        'BINLIBDEST': prefix + '/lib/python' + _PY_VERSION_SHORT,
        'INCLUDEPY': prefix + '/include/python' + _PY_VERSION_SHORT,
        'srcdir': os.path.dirname(os.path.realpath(sys.executable or '.')),
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    }
    v['implementation'] = 'gilpy'
    v['implementation_lower'] = 'gilpy'
    return v


def get_config_vars(*args):
    """All configuration variables, or the values of the names given."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def is_python_build(check_home=False):
    return False


def get_config_h_filename():
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def get_makefile_filename():
    return os.path.join(get_config_var('LIBDEST'), 'config-' + _PY_VERSION_SHORT, 'Makefile')


def parse_config_h(fp, vars=None):
    """The #define and #undef lines of a pyconfig.h-style file as a dict."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile('#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undef_rx = re.compile('/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars
