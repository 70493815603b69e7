"""subprocess: running programs (gilpy).  Popen forks; the child sets up
its standard streams, directory and signals, closes other descriptors and
execs the program, telling the parent through a close-on-exec pipe why it
could not (so a missing program is FileNotFoundError in the parent, as in
CPython).  run, call, check_call, check_output, getoutput and
getstatusoutput are built on Popen."""
import os
import signal
import sys
import time
import _signal
import select
import posix as _posix

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_ENOENT, _ECHILD, _ENOTDIR = 2, 10, 20
_PIPE_BUF = select.PIPE_BUF
_READ_SIZE = 32768
_POLL_READ = select.POLLIN | select.POLLPRI


class SubprocessError(Exception):
    pass


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


# The stdout attribute of the two exceptions is another name for output.
_output_alias = property(_get_output, _set_output,
                         doc='Alias for output attribute, to match stderr')


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call, check_output or run(check=True)
    exits with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    """Raised when waiting for a child process takes longer than its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout/stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- the convenience functions ---------------------------------------------

def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


# ---- processes nobody waited for ------------------------------------------

_active = []


def _cleanup():
    """Reaps the finished children of Popen objects that were dropped."""
    for inst in _active[:]:
        if inst._internal_poll() is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


def _close_quietly(f):
    try:
        f.close()
    except OSError:
        pass


class Popen:
    """A child process running a program, with optional pipes to its stdin,
    stdout and stderr."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._communication_started = False
        self._input = None
        self._input_offset = 0
        self._outputs = {}
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            close_fds = True
        gid = _group_id(group) if group is not None else None
        gids = None
        if extra_groups is not None:
            gids = []
            for extra_group in extra_groups:
                if isinstance(extra_group, str):
                    gids.append(_posix._gid_for_name(extra_group))
                elif isinstance(extra_group, int):
                    gids.append(extra_group)
                else:
                    raise TypeError("Items in extra_groups must be a string or integer, "
                                    f"not {type(extra_group)}")
            for extra_gid in gids:
                if extra_gid < 0:
                    raise ValueError(f"Group ID cannot be negative, got {extra_gid}")
        uid = None
        if user is not None:
            if isinstance(user, str):
                uid = _posix._uid_for_name(user)
            elif isinstance(user, int):
                uid = user
            else:
                raise TypeError("User must be a string or an integer")
            if uid < 0:
                raise ValueError(f"User ID cannot be negative, got {uid}")
        self._ids = (gid, gids, uid)
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'utf-8'
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1 and not self.text_mode:
            bufsize = -1

        self._devnull = None
        (p2cread, p2cwrite, c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)
        try:
            if p2cwrite != -1:
                if self.text_mode:
                    self.stdin = open(p2cwrite, 'w', 1 if line_buffering else -1,
                                      encoding=encoding, errors=errors)
                else:
                    self.stdin = open(p2cwrite, 'wb', bufsize)
            if c2pread != -1:
                self.stdout = self._reader(c2pread, bufsize)
            if errread != -1:
                self.stderr = self._reader(errread, bufsize)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                                shell, p2cread, p2cwrite, c2pread, c2pwrite, errread,
                                errwrite, restore_signals, start_new_session, umask,
                                process_group)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                _close_quietly(f)
            for fd in (p2cread, c2pwrite, errwrite, p2cwrite, c2pread, errread):
                if fd >= 0 and fd not in self._user_fds:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: returncode: {self.returncode} "
                    f"args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def __del__(self):
        if not self._child_created:
            return
        if self.returncode is None:
            _active.append(self)

    # ---- descriptors ------------------------------------------------------

    def _reader(self, fd, bufsize):
        """Our end of the child's stdout or stderr pipe as a file."""
        if self.text_mode:
            return open(fd, 'r', encoding=self.encoding, errors=self.errors)
        return open(fd, 'rb', bufsize)

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _get_handles(self, stdin, stdout, stderr):
        """The descriptors of the child's ends (-1: inherit) and our ends."""
        self._user_fds = set()
        made = []
        try:
            p2cwrite, p2cread = self._stream_ends(stdin, made, True)
            c2pread, c2pwrite = self._stream_ends(stdout, made, False)
            if stderr == STDOUT:
                errread = -1
                if c2pwrite != -1:
                    errwrite = c2pwrite
                else:
                    errwrite = sys.__stdout__.fileno()
                    self._user_fds.add(errwrite)
            else:
                errread, errwrite = self._stream_ends(stderr, made, False)
        except:
            for fd in made:
                os.close(fd)
            if self._devnull is not None:
                os.close(self._devnull)
            raise
        if self._devnull is not None:
            self._user_fds.discard(self._devnull)
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _stream_ends(self, spec, made, child_reads):
        """(our end, the child's end) of one standard stream given as None,
        PIPE, DEVNULL, a descriptor or a file (-1 where there is none); the
        pipes made are added to made, the caller's descriptors noted."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            made += [r, w]
            return (w, r) if child_reads else (r, w)
        if spec == DEVNULL:
            return -1, self._get_devnull()
        fd = spec if isinstance(spec, int) else spec.fileno()
        self._user_fds.add(fd)
        return -1, fd

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        """In the parent after the fork: closes the child's ends we made."""
        if p2cread != -1 and p2cwrite != -1 and p2cread != self._devnull:
            os.close(p2cread)
        if c2pwrite != -1 and c2pread != -1 and c2pwrite != self._devnull:
            os.close(c2pwrite)
        if errwrite != -1 and errread != -1 and errwrite != self._devnull:
            os.close(errwrite)
        if self._devnull is not None:
            os.close(self._devnull)
            self._devnull = None

    # ---- starting the child ----------------------------------------------

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                       shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, start_new_session, umask, process_group):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif hasattr(type(args), '__fspath__'):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable
        args = [os.fsdecode(a) if isinstance(a, bytes) else os.fspath(a) for a in args]
        executable = os.fspath(executable)
        if env is not None:
            env_map = {}
            for k, v in env.items():
                k = os.fsdecode(k)
                if '=' in k:
                    raise ValueError("illegal environment variable name")
                env_map[k] = os.fsdecode(v)
            env = env_map
        if os.path.dirname(os.fsdecode(executable)):
            executable_list = (executable,)
        else:
            executable_list = tuple(os.path.join(dir, os.fsdecode(executable))
                                    for dir in os.get_exec_path(env))
        keep_fds = sorted(set(pass_fds))

        if cwd is not None:
            cwd = os.fspath(cwd)

        errpipe_read, errpipe_write = os.pipe()
        try:
            try:
                if preexec_fn is None:
                    # all in C, with vfork: no Python code runs in the child
                    env_list = None if env is None else [k + '=' + v for k, v in env.items()]
                    gid, gids, uid = self._ids
                    pid = _posix._fork_exec(
                        args, executable_list, env_list, cwd, close_fds, tuple(keep_fds),
                        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                        errpipe_read, errpipe_write, restore_signals, start_new_session,
                        -1 if process_group is None else process_group, umask,
                        -1 if gid is None else gid, None if gids is None else tuple(gids),
                        -1 if uid is None else uid)
                else:
                    pid = os.fork()
                    if pid == 0:
                        self._child(args, executable_list, env, cwd, p2cread, p2cwrite,
                                    c2pread, c2pwrite, errread, errwrite, errpipe_read,
                                    errpipe_write, close_fds, keep_fds, restore_signals,
                                    start_new_session, preexec_fn, umask, process_group,
                                    self._ids)
                self.pid = pid
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)
            data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                data += part
                if not part or len(data) > 50000:
                    break
        finally:
            os.close(errpipe_read)
        if data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass
            self._raise_child_error(bytes(data), orig_executable, cwd)

    def _raise_child_error(self, data, orig_executable, cwd):
        try:
            exception_name, hex_errno, err_msg = data.split(b':', 2)
            err_msg = err_msg.decode()
        except ValueError:
            exception_name = b'SubprocessError'
            hex_errno = b'0'
            err_msg = 'Bad exception data from child: {!r}'.format(data)
        child_exception_type = _exception_named(exception_name.decode('ascii'))
        if issubclass(child_exception_type, OSError) and hex_errno:
            errno_num = int(hex_errno, 16)
            if err_msg == "noexec:chdir":
                err_msg = ""
                err_filename = cwd
            elif err_msg == "noexec":
                err_msg = ""
                err_filename = None
            else:
                err_filename = orig_executable
            if errno_num != 0:
                err_msg = os.strerror(errno_num)
            if err_filename is not None:
                raise child_exception_type(errno_num, err_msg, err_filename)
            raise child_exception_type(errno_num, err_msg)
        raise child_exception_type(err_msg)

    @staticmethod
    def _child(args, executable_list, env, cwd, p2cread, p2cwrite, c2pread, c2pwrite,
               errread, errwrite, errpipe_read, errpipe_write, close_fds, keep_fds,
               restore_signals, start_new_session, preexec_fn, umask, process_group, ids):
        """Runs in the child after fork when there is a preexec_fn to call;
        never returns."""
        stage = "noexec"
        try:
            for fd in (p2cwrite, c2pread, errread, errpipe_read):
                if fd != -1:
                    os.close(fd)
            # the descriptors that become 0, 1, 2 must not be overwritten first
            if c2pwrite == 0:
                c2pwrite = os.dup(c2pwrite)
            while errwrite in (0, 1):
                errwrite = os.dup(errwrite)
            for fd, target in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
                if fd == target:
                    os.set_inheritable(fd, True)
                elif fd != -1:
                    os.dup2(fd, target)
            if cwd is not None:
                stage = "noexec:chdir"
                os.chdir(cwd)
                stage = "noexec"
            if umask >= 0:
                os.umask(umask)
            if restore_signals:
                for sig in (signal.SIGPIPE, signal.SIGXFSZ):
                    _signal.signal(sig, _signal.SIG_DFL)
            if start_new_session:
                os.setsid()
            if process_group is not None and process_group >= 0:
                os.setpgid(0, process_group)
            gid, gids, uid = ids
            if gids is not None:
                os.setgroups(gids)
            if gid is not None:
                os.setregid(gid, gid)
            if uid is not None:
                os.setreuid(uid, uid)
            if preexec_fn is not None:
                stage = "preexec"
                preexec_fn()
                stage = "noexec"
            for fd in keep_fds:
                os.set_inheritable(fd, True)
            if close_fds:
                keep = set(keep_fds)
                keep.add(errpipe_write)
                for name in os.listdir('/proc/self/fd'):
                    fd = int(name)
                    if fd > 2 and fd not in keep:
                        try:
                            os.close(fd)
                        except OSError:
                            pass
            stage = ""
            saved = None
            for exe in executable_list:
                try:
                    if env is None:
                        os.execv(exe, args)
                    else:
                        os.execve(exe, args, env)
                except OSError as e:
                    last = e
                    if e.errno not in (_ENOENT, _ENOTDIR) and saved is None:
                        saved = e
            raise saved if saved is not None else last
        except BaseException as e:
            if stage == "preexec":
                msg = b"SubprocessError:0:Exception occurred in preexec_fn."
            elif isinstance(e, OSError) and e.errno:
                msg = ("OSError:%x:%s" % (e.errno, stage)).encode()
            else:
                msg = ("%s:0:%s" % (type(e).__name__, e)).encode('utf-8', 'replace')
            try:
                os.write(errpipe_write, msg)
            except BaseException:
                pass
        finally:
            os._exit(255)

    # ---- waiting -----------------------------------------------------------

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _internal_poll(self):
        if self.returncode is None and self.pid is not None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if e.errno == _ECHILD:
                    self.returncode = 0
        return self.returncode

    def poll(self):
        return self._internal_poll()

    def _try_wait(self, wait_flags):
        try:
            return os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            return (self.pid, 0)

    @staticmethod
    def _remaining_time(endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            delay = 0.0005
            while True:
                pid, sts = self._try_wait(os.WNOHANG)
                if pid == self.pid:
                    if pid != 0 or sts != 0:
                        self._handle_exitstatus(sts)
                    else:
                        self.returncode = 0
                    break
                remaining = self._remaining_time(endtime)
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                pid, sts = self._try_wait(0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    # ---- talking to the child -------------------------------------------

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _communicate(self, input, endtime, orig_timeout):
        """Writes input and reads stdout and stderr together, by poll(), so
        no pipe can fill up while we wait on another; a timeout leaves what
        was read in place for the next call."""
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
            if self.stdout:
                self._outputs[self.stdout] = []
            if self.stderr:
                self._outputs[self.stderr] = []
        elif not self._communication_started:
            if self.stdout:
                self._outputs[self.stdout] = []
            if self.stderr:
                self._outputs[self.stderr] = []
        stdout = self._outputs.get(self.stdout) if self.stdout else None
        stderr = self._outputs.get(self.stderr) if self.stderr else None
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = input.encode(self.stdin.encoding, self.stdin.errors or 'strict')

        poller = select.poll()
        files = {}
        if self.stdin and input and not self.stdin.closed:
            files[self.stdin.fileno()] = self.stdin
            poller.register(self.stdin.fileno(), select.POLLOUT)
        for f in (self.stdout, self.stderr):
            if f and not f.closed:
                files[f.fileno()] = f
                poller.register(f.fileno(), _POLL_READ)

        def finished(fd):
            poller.unregister(fd)
            files.pop(fd).close()

        while files:
            timeout = self._remaining_time(endtime)
            if timeout is not None and timeout < 0:
                self._raise_timeout(orig_timeout, stdout, stderr)
            ready = poller.poll(None if timeout is None else timeout * 1000)
            if endtime is not None and time.monotonic() > endtime:
                self._raise_timeout(orig_timeout, stdout, stderr)
            for fd, events in ready:
                f = files.get(fd)
                if f is None:
                    continue
                if f is self.stdin:
                    chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        finished(fd)
                    else:
                        if self._input_offset >= len(self._input):
                            finished(fd)
                else:
                    data = os.read(fd, _READ_SIZE)
                    if not data:
                        finished(fd)
                    self._outputs[f].append(data)

        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        return (stdout, stderr)

    def _raise_timeout(self, orig_timeout, stdout, stderr):
        raise TimeoutExpired(self.args, orig_timeout,
                             output=b''.join(stdout) if stdout else None,
                             stderr=b''.join(stderr) if stderr else None)

    # ---- signals -------------------------------------------------------------

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def _group_id(group):
    """The gid of Popen's group argument (a name or an int)."""
    if isinstance(group, str):
        gid = _posix._gid_for_name(group)
    elif isinstance(group, int):
        gid = group
    else:
        raise TypeError(f"Group must be a string or an integer, not {type(group)}")
    if gid < 0:
        raise ValueError(f"Group ID cannot be negative, got {gid}")
    return gid


def _exception_named(name):
    """The built-in exception class a child reported by name."""
    import builtins
    cls = getattr(builtins, name, None)
    if isinstance(cls, type) and issubclass(cls, BaseException):
        return cls
    return SubprocessError
