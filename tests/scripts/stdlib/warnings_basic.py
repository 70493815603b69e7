import sys
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x

def helper():
    warnings.warn("from helper")

print("start", flush=True)
warnings.warn("plain user warning")
warnings.warn("a runtime problem", RuntimeWarning)
old_api(1)
helper()
for i in range(3):
    warnings.warn("in a loop")          # shown once: same line
warnings.warn(UserWarning("instance message"))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    old_api(2)
    warnings.warn("recorded two", SyntaxWarning)
    print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w])
    print(w[0].lineno, w[0].filename == __file__, type(w[0].message).__name__)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", repr(e))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("never shown")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*me")
    warnings.filterwarnings("error", category=FutureWarning)
    warnings.warn("skip this me")
    warnings.warn("Skip me")
    warnings.warn("keep me")
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("FutureWarning raised:", e)
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")
    print(len(w))

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  code line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
print("end", flush=True)
warnings.warn("deep", stacklevel=5)
