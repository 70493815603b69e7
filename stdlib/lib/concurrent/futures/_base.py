# concurrent/futures/_base.py: what every executor shares: Future (a result
# that will arrive), the Executor base class (submit, map, shutdown, context
# manager), wait() and as_completed(), and the package's exceptions.
# Written for gilpy; behaviour, reprs and messages follow CPython 3.11.

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                 # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class _StderrLogger:
    # Stands in for logging.getLogger("concurrent.futures") when there is no
    # logging module: writes what logging's last-resort handler would.

    name = "concurrent.futures"

    def _log(self, msg, args, exc_info):
        stderr = sys.stderr
        if stderr is None:
            return
        if args:
            msg = msg % args
        stderr.write(str(msg) + "\n")
        if exc_info:
            info = sys.exc_info()
            if info[0] is not None:
                sys.__excepthook__(*info)

    def exception(self, msg, *args, exc_info=True):
        self._log(msg, args, exc_info)

    def error(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def __repr__(self):
        return '<Logger concurrent.futures (WARNING)>'


try:
    import logging
except ImportError:
    LOGGER = _StderrLogger()
else:
    LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """The base class of this package's exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError     # the built-in one, as in CPython 3.11


class InvalidStateError(Error):
    """The future's state does not allow this operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work (a worker failed to start or
    died)."""


# ---------------------------------------------------------------------------
# Waiters: what wait() and as_completed() install on the futures they watch;
# a future tells each of its waiters when it completes.

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    # Wakes as_completed() at each completion; the lock guards the list the
    # generator swaps out.

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    # Wakes when every future completed, or (stop_on_exception) at the first
    # one that raised.

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    # Holds the conditions of several futures at once, always taken in the
    # same (id) order so that two callers cannot deadlock.

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(f._state not in (CANCELLED_AND_NOTIFIED, FINISHED) for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    # Yields the futures of fs (in reverse order, popping them so the
    # generator holds no reference to what it handed out) and forgets them
    # in the collections of ref_collect.
    while fs:
        f = fs[-1]
        for collection in ref_collect:
            collection.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled);
    the ones already complete come first.  Raises TimeoutError if some are
    still pending after timeout seconds."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # Reversed, so that popping from the end yields them in order.
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
    finally:
        # Futures not yet handed out still know this waiter.
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs: until the first completes
    (FIRST_COMPLETED), the first raises or all complete (FIRST_EXCEPTION), or
    all complete (ALL_COMPLETED), or until timeout seconds pass.  Returns the
    named pair of sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        # Do not keep the future (and its result) alive in a traceback.
        del fut


class Future:
    """The result of a call that runs elsewhere: pending, then running, then
    finished (with a result or an exception) or cancelled."""

    def __init__(self):
        """Executors make futures; user code normally does not."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancel the call if it has not started; True if the future is now
        cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True while the call runs."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future finished or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # The traceback would otherwise keep this future alive.
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future completes (at once if it already
        has), in the thread that completes it."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds (for
        ever if None).  Raises CancelledError, TimeoutError, or the call's
        exception."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at
        most timeout seconds.  Raises CancelledError or TimeoutError."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    # For executors (and tests).

    def set_running_or_notify_cancel(self):
        """Called by an executor before running the call: False if the
        future was cancelled (its waiters are told), else it becomes running
        and True is returned."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Complete the future with a return value."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Complete the future with an exception."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor:
    """The base of executors: runs calls asynchronously, each submit()
    giving a Future."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the executor (all
        submitted at once); the results come in order.  The iterator raises
        TimeoutError if a result is not there timeout seconds after map()
        was called, and the exception of a call that raised."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A nested generator, so that the calls are submitted now, not when
        # the first result is asked for.
        def result_iterator():
            try:
                # Popping from the end drops each future once handed out.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; with wait, return once every
        pending call has run.  cancel_futures cancels the calls that have
        not started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
