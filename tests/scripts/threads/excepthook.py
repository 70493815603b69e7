# An exception a thread does not catch: threading.excepthook's report
# ("Exception in thread NAME:" and the traceback) on sys.stderr, a custom
# hook and its arguments, SystemExit being silent, a failing hook.
import sys
import threading

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def text(self):
        return "".join(self.parts)

def show(text):
    # Frames inside threading itself differ between implementations (file,
    # line): leave them out, with their source lines and carets.
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("  File ") and "threading" in line and __file__ not in line:
            i += 1
            while i < len(lines) and lines[i].startswith("    "):
                i += 1
            continue
        if line.strip() and set(line.strip()) <= set("^~"):
            i += 1
            continue
        print(line)
        i += 1

def boom():
    raise ValueError("boom")

def run_captured(target, **kw):
    cap = Capture()
    saved = sys.stderr
    sys.stderr = cap
    try:
        t = threading.Thread(target=target, **kw)
        t.start()
        t.join()
    finally:
        sys.stderr = saved
    return cap.text()

show(run_captured(boom))
show(run_captured(boom, name="named"))

def deeper():
    def inner(x):
        return 1 / x
    inner(0)
show(run_captured(deeper))
print("SystemExit:", repr(run_captured(sys.exit)))
print("SystemExit(3):", repr(run_captured(lambda: sys.exit(3))))

class Sub(threading.Thread):
    def run(self):
        raise KeyError("k")
cap = Capture()
sys.stderr = cap
s = Sub(name="sub")
s.start()
s.join()
sys.stderr = sys.__stderr__
show(cap.text())

# A custom hook gets ExceptHookArgs.
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                 args.thread.name, type(args).__name__, len(args)))
threading.excepthook = hook
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
print(seen)

# A hook that fails: its exception goes to sys.excepthook.
def bad_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = bad_hook
show(run_captured(boom, name="bad"))
threading.excepthook = threading.__excepthook__

# The default hook called directly.
try:
    raise TypeError("direct")
except TypeError:
    info = sys.exc_info()
cap = Capture()
sys.stderr = cap
threading.excepthook(threading.ExceptHookArgs([*info, None]))
sys.stderr = sys.__stderr__
text = cap.text()
print(text.splitlines()[0].startswith("Exception in thread "), text.splitlines()[0][len("Exception in thread "):-1].isdigit())
show("\n".join(text.splitlines()[1:]))
a = threading.ExceptHookArgs([1, 2, 3, 4])
print(a, a.exc_type, a.thread, tuple(a))
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
print("the program continues")
