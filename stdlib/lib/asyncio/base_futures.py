"""asyncio.base_futures: state names and the repr pieces shared by Future
and Task."""

from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that behave as asyncio futures (a class attribute
    _asyncio_future_blocking that is not None)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    def show(callback):
        return format_helpers._format_callback_source(callback, ())
    n = len(cb)
    if n == 0:
        return ''
    if n == 1:
        inner = show(cb[0][0])
    elif n == 2:
        inner = f'{show(cb[0][0])}, {show(cb[1][0])}'
    else:
        inner = f'{show(cb[0][0])}, <{n - 2} more>, {show(cb[-1][0])}'
    return f'cb=[{inner}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={format_helpers.short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


def _future_repr(future):
    return f'<{future.__class__.__name__} {" ".join(future._repr_info())}>'
