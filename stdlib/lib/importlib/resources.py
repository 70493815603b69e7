"""importlib.resources: the files of a package, read through pathlib (gilpy
packages loaded from folders; the embedded stdlib packages have no files)."""

import contextlib
import os
import pathlib
import sys

__all__ = ['Package', 'Resource', 'as_file', 'contents', 'files', 'is_resource', 'open_binary',
           'open_text', 'path', 'read_binary', 'read_text']

Package = object
Resource = str


def _resolve(anchor):
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    return anchor


def _get_package(package):
    module = _resolve(package)
    from .util import _spec_of
    spec = _spec_of(module.__name__, module)
    if spec.submodule_search_locations is None:
        raise TypeError('{!r} is not a package'.format(package))
    return module


def _folder(module):
    file = getattr(module, '__file__', None)
    if file is None:
        raise FileNotFoundError('{} has no files (it is embedded in gilpy)'.format(module.__name__))
    return pathlib.Path(os.path.dirname(file))


def files(anchor=None):
    """A pathlib.Path to the folder of a package (or of a module's package)."""
    if anchor is None:
        anchor = sys._getframe(1).f_globals['__name__']
    return _folder(_resolve(anchor))


@contextlib.contextmanager
def as_file(path):
    yield path


def _resource(package, resource):
    name = os.fspath(resource)
    parent, file_name = os.path.split(name)
    if parent:
        raise ValueError(f'{resource!r} must be only a file name')
    return _folder(_get_package(package)) / file_name


def _deprecated(func):
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        import warnings
        warnings.warn(f"{func.__name__} is deprecated. Use files() instead. Refer to "
                      "https://importlib-resources.readthedocs.io/en/latest/using.html"
                      "#migrating-from-legacy for migration advice.", DeprecationWarning,
                      stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


@_deprecated
def open_binary(package, resource):
    return _resource(package, resource).open('rb')


@_deprecated
def read_binary(package, resource):
    return _resource(package, resource).read_bytes()


@_deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    return _resource(package, resource).open('r', encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


@_deprecated
def contents(package):
    return [p.name for p in _folder(_get_package(package)).iterdir()]


@_deprecated
def is_resource(package, name):
    return name in [p.name for p in _folder(_get_package(package)).iterdir()] and (_folder(_get_package(package)) / name).is_file()


@_deprecated
def path(package, resource):
    return as_file(_resource(package, resource))
