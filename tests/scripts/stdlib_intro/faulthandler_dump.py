# faulthandler: dump_traceback's layout (one thread, all threads), enable/
# disable/is_enabled, and a child process killed by SIGSEGV with the handler on.
import faulthandler
import re
import subprocess
import sys
import tempfile


def masked(text):
    return re.sub(r"0x[0-9a-f]{16}", "0x<ident>", text)


def inner(all_threads):
    with tempfile.TemporaryFile("w+") as f:
        faulthandler.dump_traceback(f, all_threads=all_threads)
        f.seek(0)
        return masked(f.read())


def outer(all_threads):
    return inner(all_threads)


print(outer(False), end="")
print(outer(True), end="")
sys.stdout.flush()
faulthandler.dump_traceback(sys.stdout.fileno(), False)
print(faulthandler.is_enabled())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
for bad in [5.5, -1]:
    try:
        faulthandler.dump_traceback(file=bad)
    except Exception as e:
        print(type(e).__name__, e)

child = """
import faulthandler, os, signal
faulthandler.enable()
def crash():
    os.kill(os.getpid(), signal.SIGSEGV)
crash()
"""
r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
print(r.returncode)
print(masked(r.stderr), end="")
r = subprocess.run([sys.executable, "-c", child.replace("faulthandler.enable()", "")],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stderr))
