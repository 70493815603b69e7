"""importlib.machinery: the finders, loaders and ModuleSpec of gilpy's import
system (built-in C modules, the embedded "frozen" stdlib, .py files)."""

from ._bootstrap import (ModuleSpec, BuiltinImporter, FrozenImporter, PathFinder, FileFinder,
                         SourceFileLoader, SOURCE_SUFFIXES, BYTECODE_SUFFIXES,
                         DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES,
                         EXTENSION_SUFFIXES)


def all_suffixes():
    """Every file suffix a module can have."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
