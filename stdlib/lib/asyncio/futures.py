"""asyncio.futures: Future, the awaitable result slot tasks wait on, and its
bridges to concurrent.futures.

Future is the C class of _asyncio_c (stdlib/asyncio_future.c), presented
as _asyncio.Future as in CPython; the Python class below stays as
_PyFuture (the same behaviour, used where the C module is missing)."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import sys
import types

from . import base_futures
from . import events
from . import exceptions
from . import format_helpers
from ._context import copy_context

isfuture = base_futures.isfuture

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED


class Future:
    """A result that will be set later, awaitable by coroutines."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _callbacks = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # Not None marks the class as a future (isfuture); True while a task
    # is being asked to wait on this future.
    _asyncio_future_blocking = False
    _log_traceback_flag = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        self._callbacks = []
        if loop.get_debug():
            self._source_traceback = format_helpers.caller_stack(1)

    def __repr__(self):
        if self._loop is None:
            raise RuntimeError('Future object is not initialized.')
        return base_futures._future_repr(self)

    def _repr_info(self):
        return base_futures._future_repr_info(self)

    def __del__(self):
        if not self._log_traceback_flag:
            return
        context = {
            'message': f'{self.__class__.__name__} exception was never '
                       f'retrieved',
            'exception': self._exception,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def _log_traceback(self):
        return self._log_traceback_flag

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._log_traceback_flag = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback_flag = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        call_soon = self._loop.call_soon
        for callback, context in callbacks:
            call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _FINISHED:
            self._log_traceback_flag = False
            exc = self._exception
            if exc is not None:
                raise exc.with_traceback(self._exception_tb)
            return self._result
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._loop is None:
            raise exceptions.InvalidStateError(
                'Future object is not initialized.')
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        if self._state == _FINISHED:
            self._log_traceback_flag = False
            return self._exception
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._loop is None:
            raise exceptions.InvalidStateError(
                'Future object is not initialized.')
        raise exceptions.InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback_flag = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__module__ = '_asyncio'
_PyFuture = Future

try:
    import _asyncio_c
except ImportError:
    pass
else:
    Future = _CFuture = _asyncio_c.Future


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _convert_future_exc(exc):
    kind = type(exc)
    try:
        import concurrent.futures as cf
    except ImportError:
        return exc
    if kind is cf.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if kind is getattr(cf, 'TimeoutError', None) and \
            cf.TimeoutError is not TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    if kind is cf.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        concurrent.set_exception(_convert_future_exc(exc))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_future_exc(exc))
    else:
        dest.set_result(source.result())


def _is_concurrent_future(obj):
    try:
        import concurrent.futures as cf
    except ImportError:
        return False
    return isinstance(obj, cf.Future)


def _chain_future(source, destination):
    """Makes destination follow source's outcome and source follow
    destination's cancellation; either may be a concurrent.futures.Future
    living in another thread."""
    if not isfuture(source) and not _is_concurrent_future(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not _is_concurrent_future(destination):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def on_destination_done(dest):
        if dest.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(src):
        if destination.cancelled() and dest_loop is not None and \
                dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            set_state(destination, src)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(set_state, destination, src)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future following a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not _is_concurrent_future(future):
        raise AssertionError(
            f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
