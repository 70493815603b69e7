"""pkgutil for gilpy: listing the modules of folders and packages
(iter_modules, walk_packages), package data (get_data), resolve_name.

The "<gilpy-embedded-stdlib>" entry of sys.path lists the top-level modules
embedded in gilpy; an embedded package's submodules are listed when the
package's name is known (walk_packages, or a prefix "pkg." given to
iter_modules)."""

import importlib
import importlib.machinery
import importlib.util
import os
import re
import sys
from collections import namedtuple

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
           'iter_modules', 'get_data', 'read_code', 'extend_path', 'ModuleInfo', 'resolve_name']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

_MARKER = '<gilpy-embedded-stdlib>'
_FrozenImporter = importlib.machinery.FrozenImporter


def read_code(stream):
    return None


def get_importer(path_item):
    """The finder for one sys.path entry."""
    path_item = os.fsdecode(path_item)
    if path_item == _MARKER:
        return _FrozenImporter
    return importlib.machinery.FileFinder(path_item, (importlib.machinery.SourceFileLoader,
                                                      importlib.machinery.SOURCE_SUFFIXES))


def iter_importers(fullname=''):
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        pkg_name = fullname.rpartition('.')[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield importlib.machinery.BuiltinImporter
        path = sys.path
    for item in path:
        yield get_importer(item)


def _frozen_names(package):
    """The embedded modules directly inside `package` ('' for top level)."""
    import _imp
    prefix = package + '.' if package else ''
    out = []
    for name in sorted(_imp._frozen_module_names()):
        if not name.startswith(prefix):
            continue
        rest = name[len(prefix):]
        if rest and '.' not in rest:
            out.append((rest, _imp.is_frozen_package(name)))
    return out


def _folder_modules(path, prefix=''):
    try:
        filenames = sorted(os.listdir(path))
    except OSError:
        return
    import inspect
    yielded = set()
    for fn in filenames:
        modname = inspect.getmodulename(fn)
        if modname == '__init__' or modname in yielded:
            continue
        full = os.path.join(path, fn)
        ispkg = False
        if not modname and os.path.isdir(full) and '.' not in fn:
            modname = fn
            try:
                inside = os.listdir(full)
            except OSError:
                inside = []
            if not any(inspect.getmodulename(f) == '__init__' for f in inside):
                continue
            ispkg = True
        if modname and '.' not in modname:
            yielded.add(modname)
            yield prefix + modname, ispkg


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every module in the folders of `path` (sys.path when None)."""
    if path is None:
        importers = [(item, get_importer(item)) for item in sys.path]
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        importers = [(item, get_importer(item)) for item in path]
    yielded = set()
    for item, importer in importers:
        if importer is _FrozenImporter:
            pairs = _frozen_names(prefix[:-1] if prefix.endswith('.') else '')
            pairs = [(prefix + name, ispkg) for name, ispkg in pairs]
        else:
            pairs = _folder_modules(importer._abspath, prefix)
        for name, ispkg in pairs:
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(importer, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """iter_modules, then recursively the modules of each package (imported)."""
    seen_paths = set()
    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                subpath = getattr(sys.modules[info.name], '__path__', None) or []
                subpath = [p for p in subpath if p == _MARKER or p not in seen_paths]
                seen_paths.update(subpath)
                yield from walk_packages(subpath, info.name + '.', onerror)


def get_loader(module_or_name):
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None and module.__name__ == '__main__':
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding loader for {!r} ({}: {})'
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """gilpy has no namespace packages spread over folders: the path as given."""
    return path


def get_data(package, resource):
    """The bytes of a file in a package's folder, or None when it has no loader."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib._bootstrap.module_from_spec(spec)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object a name like 'pkg.mod:Class.attr' (or 'pkg.mod.Class') names."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        dotted_words = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted_words})(?P<cln>:(?P<obj>{dotted_words})?)?$',
                                   re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
