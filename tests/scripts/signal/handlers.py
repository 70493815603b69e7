# signal.signal/getsignal with Python handlers: a handler runs on the main
# thread after os.kill/raise_signal; SIG_IGN and SIG_DFL; SIGINT's default
# handler raises KeyboardInterrupt, a user handler replaces it, restoring it
# brings KeyboardInterrupt back.
import os
import signal

print(repr(signal.SIGINT), repr(signal.SIGUSR1), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.SIGINT == 2, int(signal.SIGTERM), signal.Signals(15), signal.Signals['SIGCHLD'])
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD is signal.SIGCHLD, signal.SIGPOLL)
print(signal.NSIG, signal.ITIMER_REAL, signal.Sigmasks.SIG_SETMASK)

calls = []


def handler(signum, frame):
    calls.append(signum)
    print("handler got", signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print("old:", repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", calls)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", calls)
for i in range(3):
    os.kill(os.getpid(), signal.SIGUSR1)
print(len(calls))

# a second signal with its own handler
signal.signal(signal.SIGUSR2, lambda s, f: print("usr2", s))
os.kill(os.getpid(), signal.SIGUSR2)

# ignored
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", len(calls))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))


# a handler that raises: the exception comes out of the call that saw it
class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom("from handler %d" % signum)


signal.signal(signal.SIGUSR1, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    print("not reached")
except Boom as e:
    print("caught", e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# SIGINT: default handler, replaced, restored
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt (default)")
got = []
prev = signal.signal(signal.SIGINT, lambda s, f: got.append(s))
print(prev is signal.default_int_handler)
os.kill(os.getpid(), signal.SIGINT)
print("custom SIGINT handler:", got)
signal.signal(signal.SIGINT, prev)
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt (restored)")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler raises", repr(e))

# the strings and sets
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL))
valid = signal.valid_signals()
print(len(valid), signal.SIGKILL in valid, 32 in valid, sorted(valid)[:3])
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2]))
os.kill(os.getpid(), signal.SIGUSR2)
print("blocked, pending:", signal.sigpending())
print("unblocking")
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR2}))
print("pending:", signal.sigpending())

# errors
for call in (lambda: signal.signal(signal.SIGKILL, handler),
             lambda: signal.signal(0, handler), lambda: signal.signal(signal.NSIG, handler),
             lambda: signal.signal(signal.SIGUSR1, 7), lambda: signal.signal(signal.SIGUSR1, "x"),
             lambda: signal.signal("1", handler), lambda: signal.getsignal(-1),
             lambda: signal.strsignal(0), lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0]),
             lambda: signal.pthread_sigmask(99, []), lambda: signal.default_int_handler(),
             lambda: signal.set_wakeup_fd(99999)):
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
