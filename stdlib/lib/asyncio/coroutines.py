"""asyncio.coroutines: recognising coroutines and describing them in reprs."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import functools
import os
import sys
import types

_CO_COROUTINE = 0x80

# Marker a function can carry to be treated as a coroutine function.
_is_coroutine = object()


def _is_debug_mode():
    if getattr(sys.flags, 'dev_mode', False):
        return True
    if getattr(sys.flags, 'ignore_environment', False):
        return False
    return bool(os.environ.get('PYTHONASYNCIODEBUG'))


def _code_flags(func):
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            break
    if isinstance(func, types.FunctionType):
        return func.__code__.co_flags
    return 0


def iscoroutinefunction(func):
    """True if func is a coroutine function (async def, possibly wrapped)."""
    return bool(_code_flags(func) & _CO_COROUTINE) or \
        getattr(func, '_is_coroutine', None) is _is_coroutine


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)
_known_coroutine_types = set()


def iscoroutine(obj):
    """True if obj is a coroutine object."""
    kind = type(obj)
    if kind in _known_coroutine_types:
        return True
    if isinstance(obj, _COROUTINE_TYPES) or _is_abc_coroutine(obj):
        if len(_known_coroutine_types) < 100:
            _known_coroutine_types.add(kind)
        return True
    return False


def _is_abc_coroutine(obj):
    try:
        from collections.abc import Coroutine
    except ImportError:
        kind = type(obj)
        return all(hasattr(kind, name)
                   for name in ('send', 'throw', 'close', '__await__'))
    return isinstance(obj, Coroutine)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or \
        getattr(coro, '__name__', None) or \
        f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
