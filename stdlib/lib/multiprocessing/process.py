"""multiprocessing.process: Process objects (gilpy), started with the fork
start method: the child runs the target and leaves with its exit code; an
uncaught exception is printed after "Process <name>:" as in CPython."""
import itertools
import os
import signal
import sys

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


def current_process():
    """The Process object of the running process."""
    return _current_process


def active_children():
    """The children of this process that are still running."""
    _cleanup()
    return list(_children)


def parent_process():
    """The parent's Process object, or None in the main process."""
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


class AuthenticationString(bytes):
    def __reduce__(self):
        raise TypeError('Pickling an AuthenticationString object is '
                        'disallowed for security reasons')


class _ForkPopen:
    """A forked child running process_obj._bootstrap(), and its exit code."""

    def __init__(self, process_obj):
        _flush_std_streams()
        self.returncode = None
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 1
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        os.close(child_w)
        os.close(child_r)
        self.sentinel = parent_r
        self._parent_w = parent_w

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                from .connection import wait
                if not wait([self.sentinel], timeout):
                    return None
            return self.poll(os.WNOHANG if timeout == 0.0 else 0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def close(self):
        for fd in (self.sentinel, self._parent_w):
            try:
                os.close(fd)
            except OSError:
                pass


class BaseProcess:
    """A process running target(*args, **kwargs), or the run() of a subclass."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = _ForkPopen(self)
        self._sentinel = self._popen.sentinel
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        """Set authorization key of process."""
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        """In the child: runs run() and returns the exit code."""
        global _current_process, _parent_process, _process_counter, _children
        exitcode = 1
        try:
            _process_counter = itertools.count(1)
            _children = set()
            try:
                if sys.stdin is not None:
                    sys.stdin.close()
                    sys.stdin = open(os.devnull)
            except (OSError, ValueError):
                pass
            _current_process = self
            if _gil_watched():
                import gil
                gil.set_process_name(self.name)
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid,
                                             parent_sentinel)
            try:
                self.run()
                exitcode = 0
            finally:
                _run_exit_hooks()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            threading = sys.modules.get('threading')
            if threading is not None and hasattr(threading, '_shutdown'):
                threading._shutdown()
            _flush_std_streams()
        return exitcode


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': AuthenticationString(os.urandom(32))}

    def close(self):
        pass


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        from .connection import wait
        return not wait([self._sentinel], timeout=0)

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        from .connection import wait
        wait([self._sentinel], timeout=timeout)


_current_process = _MainProcess()
_parent_process = None
_process_counter = itertools.count(1)
_children = set()

# exit codes of processes killed by a signal, shown by name in reprs
_exitcode_to_name = {}
for _name, _signum in list(signal.__dict__.items()):
    if _name[:3] == 'SIG' and '_' not in _name:
        _exitcode_to_name[-_signum] = f'-{_name}'
del _name, _signum

# things to do when a process (main or child) ends: queue feeders flush
def _gil_watched():
    """Whether -X gilstats or -X giltrace asked gilpy to show the GIL."""
    return any(k == 'gilstats' or k.startswith('giltrace') for k in sys._xoptions)


_exit_hooks = []


def _run_exit_hooks():
    while _exit_hooks:
        hook = _exit_hooks.pop()
        try:
            hook()
        except Exception:
            pass


def _exit_function():
    """At exit of the main process: stop daemonic children, join the rest."""
    _run_exit_hooks()
    if _current_process is not _main_process:
        return
    for p in active_children():
        if p.daemon:
            p._popen.terminate()
    for p in active_children():
        p.join()


_main_process = _current_process
import atexit as _atexit
_atexit.register(_exit_function)
