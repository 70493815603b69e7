"""asyncio.format_helpers: how callbacks, arguments and values are shown in
asyncio's reprs and reports (the limits are those of reprlib's defaults)."""

import functools
import itertools
import types

_LIMITS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'deque': 6,
           'dict': 4}
_MAX_STRING = 30
_MAX_INT = 40
_MAX_OTHER = 30
_MAX_LEVEL = 6


def _cut(s, limit):
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + '...' + s[len(s) - tail:]


def _maybe_sorted(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _short_items(x, level, left, right, limit, trail=''):
    n = len(x)
    if level <= 0 and n:
        body = '...'
    else:
        parts = [short_repr(item, level - 1)
                 for item in itertools.islice(x, limit)]
        if n > limit:
            parts.append('...')
        body = ', '.join(parts)
        if n == 1 and trail:
            right = trail + right
    return left + body + right


def short_repr(x, level=_MAX_LEVEL):
    """repr(x) shortened the way reprlib.repr shortens it."""
    kind = type(x).__name__
    if kind == 'str':
        s = repr(x[:_MAX_STRING])
        if len(s) > _MAX_STRING:
            head = max(0, (_MAX_STRING - 3) // 2)
            tail = max(0, _MAX_STRING - 3 - head)
            s = repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + '...' + s[len(s) - tail:]
        return s
    if kind == 'int':
        return _cut(repr(x), _MAX_INT)
    if kind == 'tuple':
        return _short_items(x, level, '(', ')', _LIMITS['tuple'], ',')
    if kind == 'list':
        return _short_items(x, level, '[', ']', _LIMITS['list'])
    if kind == 'deque':
        return _short_items(x, level, 'deque([', '])', _LIMITS['deque'])
    if kind == 'set':
        if not x:
            return 'set()'
        return _short_items(_maybe_sorted(x), level, '{', '}', _LIMITS['set'])
    if kind == 'frozenset':
        if not x:
            return 'frozenset()'
        return _short_items(_maybe_sorted(x), level, 'frozenset({', '})',
                            _LIMITS['frozenset'])
    if kind == 'dict':
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        parts = []
        for key in itertools.islice(_maybe_sorted(x), _LIMITS['dict']):
            parts.append(short_repr(key, level - 1) + ': ' +
                         short_repr(x[key], level - 1))
        if len(x) > _LIMITS['dict']:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (type(x).__name__, id(x))
    return _cut(s, _MAX_OTHER)


def _unwrap(func):
    seen = set()
    while hasattr(func, '__wrapped__') and id(func) not in seen:
        seen.add(id(func))
        func = func.__wrapped__
    return func


def _get_function_source(func):
    func = _unwrap(func)
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    parts = []
    if args:
        parts.extend(short_repr(arg) for arg in args)
    if kwargs:
        parts.extend(f'{key}={short_repr(value)}'
                     for key, value in kwargs.items())
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or \
        getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    where = _get_function_source(func)
    if where:
        text += f' at {where[0]}:{where[1]}'
    return text


def caller_stack(depth):
    """The creation stack debug mode records for objects made depth frames
    up from the caller; None where frames cannot be inspected."""
    import sys
    try:
        frame = sys._getframe(depth + 1)
    except (AttributeError, ValueError):
        return None
    return extract_stack(frame)


def extract_stack(f=None, limit=None):
    """The stack from f (a list of (filename, lineno, name, line)
    entries); empty where frames cannot be inspected."""
    try:
        import traceback
    except ImportError:
        return []
    if f is None:
        try:
            import sys
            f = sys._getframe().f_back
        except (AttributeError, ValueError):
            return []
    stack = traceback.StackSummary.extract(traceback.walk_stack(f),
                                           limit=limit, lookup_lines=False)
    stack.reverse()
    return stack
