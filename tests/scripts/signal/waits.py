# Waiting for blocked signals: sigwait, sigwaitinfo, sigtimedwait (with its
# timeout), sigpending, struct_siginfo.
import os
import signal

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending())
print(repr(signal.sigwait([signal.SIGUSR1, signal.SIGUSR2])))
print(signal.sigpending())

os.kill(os.getpid(), signal.SIGUSR2)
info = signal.sigwaitinfo({signal.SIGUSR2})
print(type(info).__name__, info.si_signo, info.si_code, info.si_errno,
      info.si_pid == os.getpid(), info.si_uid == os.getuid(), len(info))
print(repr(info).startswith("signal.struct_siginfo(si_signo=12, si_code=0, si_errno=0, si_pid="))

print(signal.sigtimedwait([signal.SIGUSR1], 0.05))
print(signal.sigtimedwait([signal.SIGUSR1], 0))
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigtimedwait([signal.SIGUSR1], 1).si_signo)

# a handled signal arriving during the wait runs its handler; the wait goes on
signal.signal(signal.SIGALRM, lambda s, f: print("alarm handler"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(signal.sigtimedwait([signal.SIGUSR1], 0.3))

for call in (lambda: signal.sigtimedwait([signal.SIGUSR1], -1),
             lambda: signal.sigtimedwait([signal.SIGUSR1], "x"),
             lambda: signal.sigwaitinfo([0]), lambda: signal.sigwait([signal.NSIG]),
             lambda: signal.sigwait(5)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1, signal.SIGUSR2])
signal.signal(signal.SIGALRM, signal.SIG_DFL)
