# A handler's second argument is the frame the signal interrupted.
import os
import signal


def handler(signum, frame):
    print("in", frame.f_code.co_name, "line", frame.f_lineno,
          "caller", frame.f_back.f_code.co_name if frame.f_back else None)


signal.signal(signal.SIGUSR1, handler)


def worker():
    x = 1
    os.kill(os.getpid(), signal.SIGUSR1)
    return x


worker()
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, lambda s, f: print(type(f).__name__, f.f_globals is globals()))
worker()
