"""importlib.util: finding specs, making modules from them, resolving
relative names."""

import sys
import _imp
from . import _bootstrap
from ._bootstrap import (module_from_spec, spec_from_loader, spec_from_file_location,
                         decode_source, _resolve_name, _find_spec)

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def source_hash(source_bytes):
    raise NotImplementedError('gilpy writes no hash-based bytecode caches')


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    raise NotImplementedError('sys.implementation.cache_tag is None')


def resolve_name(name, package):
    """The absolute name of a relative module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_of(fullname, module):
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(fullname)) from None
    if spec is None:
        if fullname == '__main__':
            raise ValueError('{}.__spec__ is None'.format(fullname))
        spec = _bootstrap._spec_of_loaded(module, fullname)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(fullname))
    return spec


def find_spec(name, package=None):
    """The spec of a module, importing its parent packages; None if not found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    return _spec_of(fullname, module)
