"""importlib's core for gilpy: module specs, the built-in, frozen and path
finders and their loaders, and the helpers behind import_module and reload.

gilpy's import statement is implemented in C (interp/import*.c) and looks for
a name in this order: built-in C modules, then each sys.path entry (a
package's __path__ for submodules), where the entry "<gilpy-embedded-stdlib>"
stands for the modules compiled into gilpy from stdlib/lib.  These finders
search the same way, so a spec found here names what `import` would load.
gilpy has no sys.meta_path or sys.path_hooks and writes no bytecode caches;
modules imported by the import statement have __spec__ None, and a spec is
worked out for them when asked for.
"""

import sys
import _imp

EMBEDDED_MARKER = '<gilpy-embedded-stdlib>'
SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def _path_join(*parts):
    parts = [p.rstrip('/') for p in parts if p]
    return '/'.join(parts) if parts else ''


def _path_split(path):
    head, sep, tail = path.rpartition('/')
    return head, tail


def _path_stat(path):
    import os
    return os.stat(path)


def _path_is_mode_type(path, mode):
    try:
        st = _path_stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == mode


def _path_isfile(path):
    return _path_is_mode_type(path, 0o100000)


def _path_isdir(path):
    import os
    if not path:
        path = os.getcwd()
    return _path_is_mode_type(path, 0o040000)


def _path_abspath(path):
    import os
    if not path.startswith('/'):
        return _path_join(os.getcwd(), path) if path else os.getcwd()
    return path


class _Populate:
    def __repr__(self):
        return '<populate>'


_POPULATE = _Populate()


class ModuleSpec:
    """What the import system knows about a module before it is loaded."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        # gilpy never writes bytecode caches
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


ModuleSpec.__module__ = '_frozen_importlib'


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if location.endswith(tuple(SOURCE_SUFFIXES)):
            loader = SourceFileLoader(name, location)
            spec.loader = loader
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(_path_split(location)[0])
    return spec


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            try:
                module.__cached__ = spec.cached
            except AttributeError:
                pass
    return module


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


class BuiltinImporter:
    """Finds and makes gilpy's built-in C modules."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError('{!r} is not a built-in module'.format(spec.name), name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


BuiltinImporter.__module__ = '_frozen_importlib'


class FrozenImporter:
    """Finds and runs the modules embedded in gilpy (stdlib/lib)."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        ispkg = _imp.is_frozen_package(fullname)
        spec = ModuleSpec(fullname, cls, origin=cls._ORIGIN, is_package=ispkg)
        if ispkg:
            spec.submodule_search_locations.append(EMBEDDED_MARKER)
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @classmethod
    def get_source(cls, fullname):
        return _imp.get_frozen_source(fullname)

    @classmethod
    def get_code(cls, fullname):
        return compile(_imp.get_frozen_source(fullname), '<frozen %s>' % fullname, 'exec',
                       dont_inherit=True)

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        code = FrozenImporter.get_code(name)
        exec(code, module.__dict__)


FrozenImporter.__module__ = '_frozen_importlib'


def decode_source(source_bytes):
    import codecs
    enc = 'utf-8'
    for line in source_bytes.splitlines()[:2]:
        text = line.decode('latin-1').strip()
        if text.startswith('#') and 'coding' in text:
            import re
            m = re.search(r'coding[:=]\s*([-\w.]+)', text)
            if m:
                enc = m.group(1)
                break
        elif text and not text.startswith('#'):
            break
    if source_bytes.startswith(codecs.BOM_UTF8):
        source_bytes = source_bytes[3:]
        enc = 'utf-8'
    return source_bytes.decode(enc).replace('\r\n', '\n').replace('\r', '\n')


class FileLoader:
    """Loads a module from a file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name), name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module):
        return None

    def load_module(self, fullname=None):
        fullname = self._check_name(fullname)
        spec = spec_from_loader(fullname, self)
        if fullname in sys.modules:
            module = sys.modules[fullname]
            _init_module_attrs(spec, module, override=True)
            self.exec_module(module)
            return sys.modules[fullname]
        module = module_from_spec(spec)
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class SourceFileLoader(FileLoader):
    """Loads a module from its .py source (gilpy keeps no bytecode cache)."""

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        return None

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'.format(
                module.__name__))
        exec(code, module.__dict__)

    def path_stats(self, path):
        st = _path_stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


SourceFileLoader.__module__ = '_frozen_importlib_external'
FileLoader.__module__ = '_frozen_importlib_external'


class FileFinder:
    """Finds modules in one folder with the loaders it was given as
    (loader, suffixes) pairs: a package (NAME/__init__SUFFIX), then NAME SUFFIX;
    a bare folder NAME is reported as a namespace portion (loader None)."""

    def __init__(self, path, *loader_details):
        self._loaders = [(suffix, loader) for loader, suffixes in loader_details
                         for suffix in suffixes]
        if not path or path == '.':
            import os
            self.path = os.getcwd()
        else:
            self.path = _path_abspath(path)
        self._abspath = self.path

    def invalidate_caches(self):
        pass

    def _spec(self, loader_class, fullname, path, smsl):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader,
                                       submodule_search_locations=smsl)

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        base = _path_join(self.path, tail)
        is_namespace = False
        if _path_isdir(base):
            for suffix, loader_class in self._loaders:
                init = _path_join(base, '__init__' + suffix)
                if _path_isfile(init):
                    return self._spec(loader_class, fullname, init, [base])
            is_namespace = True
        for suffix, loader_class in self._loaders:
            full = base + suffix
            if _path_isfile(full):
                return self._spec(loader_class, fullname, full, None)
        if is_namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not _path_isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)


FileFinder.__module__ = '_frozen_importlib_external'


class PathFinder:
    """Searches sys.path, or a package's __path__, as gilpy's import does."""

    @staticmethod
    def invalidate_caches():
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        for entry in path:
            if not isinstance(entry, str):
                continue
            if entry == EMBEDDED_MARKER:
                spec = FrozenImporter.find_spec(fullname)
            else:
                spec = FileFinder(entry, (SourceFileLoader, SOURCE_SUFFIXES)).find_spec(
                    fullname, target)
            if spec is not None and spec.loader is not None:
                return spec
        return None


PathFinder.__module__ = '_frozen_importlib_external'


def _find_spec(name, path, target=None):
    """A spec for `name` as gilpy's import would find it, or None."""
    if path is None:
        spec = BuiltinImporter.find_spec(name)
        if spec is not None:
            return spec
    return PathFinder.find_spec(name, path, target)


def _spec_of_loaded(module, name):
    """The spec of a module the import statement loaded (its __spec__ is None)."""
    if name in sys.builtin_module_names:
        return BuiltinImporter.find_spec(name)
    path = getattr(module, '__path__', None)
    file = getattr(module, '__file__', None)
    if file is None and _imp.is_frozen(name):
        return FrozenImporter.find_spec(name)
    if file is not None:
        search = list(path) if path is not None else None
        return spec_from_file_location(name, file, loader=SourceFileLoader(name, file),
                                       submodule_search_locations=search)
    return None


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    return sys.modules[name]


def _exec(spec, module):
    name = spec.name
    if sys.modules.get(name) is not module:
        msg = 'module {!r} not in sys.modules'.format(name)
        raise ImportError(msg, name=name)
    try:
        if spec.loader is None:
            raise ImportError('missing loader', name=spec.name)
        _init_module_attrs(spec, module, override=True)
        spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module
