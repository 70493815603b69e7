# threading.py: gilpy's high-level thread API (Thread, locks, conditions,
# semaphores, events, barriers, timers, thread-local data), built on the C
# module _thread.  Written for gilpy; behaviour, reprs and messages follow
# CPython 3.11.

import os as _os
import sys as _sys
import _thread
import functools

from time import monotonic as _time
from itertools import count as _count
from _weakrefset import WeakSet

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile', 'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = getattr(_thread, 'RLock', None)

try:
    from gil import set_thread_name as _gil_set_thread_name
except ImportError:
    _gil_set_thread_name = None


def _warn_deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# Hooks installed in every thread started from here.

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Install func as the profile function of threads started from now on."""
    global _profile_hook
    _profile_hook = func


def settrace(func):
    """Install func as the trace function of threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The trace function installed with settrace(), or None."""
    return _trace_hook


def getprofile():
    """The profile function installed with setprofile(), or None."""
    return _profile_hook


# ---------------------------------------------------------------------------
# Locks.

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may take it again; it is free
    once released as many times as it was acquired."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock in Python, used when _thread has no RLock."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# ---------------------------------------------------------------------------
# Condition variables.

class Condition:
    """A condition variable: threads wait() on it until another thread that
    holds the same lock calls notify() or notify_all()."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows how to save and restore its owner (RLock) lends
        # its own methods; a plain lock uses the generic ones below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: if we can take it, we did not.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or until timeout seconds
        pass, take the lock back.  True unless the timeout expired."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; return the
        last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        chosen = waiters[:n]
        for waiter in chosen:
            # A waiter that timed out meanwhile removes itself; releasing
            # its lock again is harmless.
            try:
                waiter.release()
            except RuntimeError:
                pass
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores.

class Semaphore:
    """A counter: acquire() takes one unit, waiting while it is zero;
    release() gives units back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; with blocking=False or a timeout, return False if
        none became available."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if timeout is None:
                    while self._value == 0:
                        self._cond.wait()
                else:
                    deadline = _time() + timeout
                    while self._value == 0:
                        remaining = deadline - _time()
                        if remaining <= 0:
                            return False
                        self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking up as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events.

class Event:
    """A flag threads can wait for: set() wakes every waiter."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """True once set() was called (and clear() was not called since)."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag and wake up every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag: wait() blocks again."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or timeout seconds pass; return the
        flag."""
        if self._flag:
            return True         # set already: no need for the lock
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# ---------------------------------------------------------------------------
# Barriers.

class BrokenBarrierError(RuntimeError):
    pass


# A barrier's phases.
_FILLING = 0        # threads arrive and wait
_DRAINING = 1       # the last one arrived: the waiters leave
_RESETTING = -1     # reset() while threads waited: they leave with an error
_BROKEN = -2        # aborted, timed out or failed action: every wait() fails


class Barrier:
    """A meeting point for a fixed number of threads: each wait() returns
    once `parties` threads are waiting."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0          # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait until every party arrived; return this thread's arrival
        index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        cond = self._cond
        with cond:
            # The previous round must have emptied before this one fills.
            while self._state in (_DRAINING, _RESETTING):
                cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # Last to arrive: run the action, then let all go.
                    try:
                        if self._action:
                            self._action()
                    except:
                        self._break()
                        raise
                    self._state = _DRAINING
                    cond.notify_all()
                else:
                    released = cond.wait_for(lambda: self._state != _FILLING, timeout)
                    if not released:
                        self._break()
                        raise BrokenBarrierError
                    if self._state in (_RESETTING, _BROKEN):
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                # The last one out opens the barrier for the next round.
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting on it get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise
        BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting on the barrier now."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# The registry of threads.

_counter = _count(1).__next__


def _newname(name_template):
    return name_template % _counter()


_active_limbo_lock = RLock()
_active = {}        # ident -> Thread, for running threads
_limbo = {}         # Thread -> Thread, started but not running yet

# Locks of running non-daemon threads: _shutdown() waits for each.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # Drop the locks of threads that are gone.
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(done)


# ---------------------------------------------------------------------------
# Reporting an exception a thread did not catch.

try:
    from _thread import _excepthook as excepthook, _ExceptHookArgs as ExceptHookArgs
except ImportError:

    from collections import namedtuple as _namedtuple

    class ExceptHookArgs(_namedtuple('_ExceptHookArgs',
                                     'exc_type exc_value exc_traceback thread')):
        __slots__ = ()

        def __new__(cls, sequence):
            try:
                items = tuple(sequence)
            except TypeError:
                raise TypeError("constructor requires a sequence") from None
            if len(items) != 4:
                raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                                "(%d-sequence given)" % len(items))
            return super().__new__(cls, *items)

        def __repr__(self):
            return '_thread._ExceptHookArgs' + super().__repr__()[len('_ExceptHookArgs'):]

    ExceptHookArgs.__module__ = '_thread'
    ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
    del _namedtuple

    def _print_exception(exc_type, exc_value, exc_tb, file):
        if file is _sys.stderr:
            _sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        saved = _sys.stderr
        _sys.stderr = file
        try:
            _sys.__excepthook__(exc_type, exc_value, exc_tb)
        finally:
            _sys.stderr = saved

    def excepthook(args, /):
        """Report an exception a thread did not catch (SystemExit is
        ignored) on sys.stderr."""
        if type(args) is not ExceptHookArgs:
            raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
        if args.exc_type == SystemExit:
            return
        if _sys is not None and _sys.stderr is not None:
            stderr = _sys.stderr
        elif args.thread is not None:
            stderr = args.thread._stderr
            if stderr is None:
                return
        else:
            return
        if args.thread is not None:
            name = args.thread.name
        else:
            name = get_ident()
        print(f"Exception in thread {name}:", file=stderr, flush=True)
        _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
        stderr.flush()

__excepthook__ = excepthook


def _make_invoke_excepthook():
    # The hooks are looked up when the thread is made, so a thread that runs
    # while the interpreter is shutting down (modules torn down) still has
    # them.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del args
            stderr = None
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            elif thread is not None:
                stderr = thread._stderr
            if stderr is not None:
                local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


# ---------------------------------------------------------------------------
# Threads.

class Thread:
    """A thread of control: pass a callable as target, or subclass and
    override run(); start() runs it in a new OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def _reset_internal_locks(self, is_alive):
        # After a fork: the child's copies of the locks may be held by
        # threads that do not exist there.
        self._started._at_fork_reinit()
        if is_alive:
            if self._tstate_lock is not None:
                self._tstate_lock._at_fork_reinit()
                self._tstate_lock.acquire()
        else:
            self._is_stopped = True
            self._tstate_lock = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()      # notices a thread that ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start running the thread's run() in a new OS thread; at most once
        per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls target(*args, **kwargs).  Subclasses
        may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so that they do not outlive the work.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # A daemon thread may still run while the interpreter tears modules
        # down; its errors then are noise.
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # Released by _thread when this thread's state is destroyed: what
        # join() waits on.
        lock = _set_sentinel()
        # CPython's _set_sentinel() gives the lock unlocked; take it if so.
        if not lock.locked():
            lock.acquire()
        self._tstate_lock = lock
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            if _gil_set_thread_name is not None:
                _gil_set_thread_name(self._name)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        # Marks the thread ended; called once its tstate lock was seen free.
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        ident = get_ident()
        with _active_limbo_lock:
            del _active[ident]
        # The Python thread-local data (_threading_local, when imported)
        # forgets this thread.
        pylocal = _sys.modules.get('_threading_local')
        if pylocal is not None:
            pylocal._thread_ended(ident)

    def join(self, timeout=None):
        """Wait until the thread ends, or at most timeout seconds (then check
        is_alive() to know which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                # Interrupted (Ctrl-C) while the thread was ending: it is
                # gone, but nobody released its lock yet.
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        """The thread's name, used only to identify it."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _gil_set_thread_name is not None and self._ident is not None:
            _gil_set_thread_name(self._name, self._ident)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in it), or None before it
        started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The kernel's id of the thread, or None before it started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether the thread is a daemon: the program does not wait for
        daemon threads when it exits."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of daemon."""
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of daemon."""
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of name."""
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated setter of name."""
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds,
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that imported threading first: the interpreter's main
    # thread.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread started with _thread directly: always alive,
    # daemonic, cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level functions.

def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not
    started by threading)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """The number of Thread objects alive now (the main thread included)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """A list of the Thread objects alive now."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main thread's Thread object."""
    return _main_thread


# Thread-local data: _thread's if it has one, else a Python version keyed by
# thread identity whose entries go when their thread ends.
try:
    from _thread import _local as local
except ImportError:
    from _threading_local import local
    # It stands for CPython's _thread._local: same names in reprs/messages.
    local.__name__ = local.__qualname__ = '_local'
    local.__module__ = '_thread'


# ---------------------------------------------------------------------------
# Interpreter exit.

_main_thread = _MainThread()
if _gil_set_thread_name is not None:
    _gil_set_thread_name("MainThread")

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at exit, before non-daemon threads are
    joined (and so before atexit's handlers run)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(functools.partial(func, *arg, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: runs the _register_atexit calls,
    then waits for every non-daemon thread."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        # After a fork from a thread that is not the main one.
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        assert lock is not None
        assert lock.locked()
        lock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            # Free once its thread ended.
            lock.acquire()
            lock.release()


def _after_fork():
    """In a forked child: only the forking thread survives; reset the locks
    others might have held and forget the other threads."""
    global _active_limbo_lock, _main_thread, _shutdown_locks_lock, _shutdown_locks
    _active_limbo_lock = RLock()
    try:
        current = _active[get_ident()]
    except KeyError:
        current = _MainThread()
    _main_thread = current
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()
    with _active_limbo_lock:
        threads = set(_enumerate())
        for thread in threads:
            if thread is current:
                thread._reset_internal_locks(True)
                ident = get_ident()
                thread._ident = ident
                thread._set_native_id()
                new_active = {ident: thread}
            else:
                thread._reset_internal_locks(False)
                thread._stop()
        _limbo.clear()
        _active.clear()
        _active.update(new_active)
    assert len(_active) == 1


if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork)
