# Integer and seconds arguments of C functions (intarg_i64 / intarg_seconds and
# their users): re's pos/endpos, time.sleep, signal timers, socket options,
# pbkdf2, fcntl.
import re, time, signal, socket, hashlib, fcntl
p = re.compile('b')
for a in ((-10**30,), (10**30,), (0, -10**30), (0, 10**30), (-5,), (1, 99), (2, 1), ('x',)):
    try:
        print(a, p.search('abc', *a))
    except Exception as e:
        print(a, type(e).__name__, e)
for f in (lambda: time.sleep('x'), lambda: time.sleep(-1), lambda: time.sleep(-1.5),
          lambda: signal.setitimer(signal.ITIMER_REAL, 'x'),
          lambda: signal.sigtimedwait([], 'x'), lambda: signal.sigtimedwait([], -1),
          lambda: hashlib.pbkdf2_hmac('sha1', b'a', b'b', 2**70),
          lambda: hashlib.pbkdf2_hmac('sha1', b'a', b'b', 1, 2**70),
          lambda: fcntl.fcntl(0, 2**40), lambda: socket.socket().setsockopt(1, 2**40, 1),
          lambda: socket.socket(socket.AF_INET6).bind(('::1', 0, 2**40, 0))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
time.sleep(0)
time.sleep(0.001)
time.sleep(True)
print(signal.setitimer(signal.ITIMER_REAL, 0))
print(signal.sigtimedwait([signal.SIGUSR1], 0.01), signal.sigtimedwait([signal.SIGUSR1], 0))
