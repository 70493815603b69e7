# TextIOWrapper.reconfigure(): line_buffering, write_through, encoding and
# errors, newline; its argument errors; binary files have none.
import sys

path = "/tmp/gilpy-test-reconfigure-%d.txt" % sys.version_info[0]
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(write_through=True)
print(sys.stdout.write_through)
for kw in [dict(encoding=5), dict(errors=5), dict(newline=5), dict(newline="x"),
           dict(line_buffering="yes"), dict(foo=1), dict(encoding="xx")]:
    try:
        sys.stdout.reconfigure(**kw)
        print("ok", kw)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure(1)
except TypeError as e:
    print("TypeError", e)
with open(path, "w") as f:
    f.write("a\n")
    f.reconfigure(newline="\r\n", encoding="latin-1", errors="replace")
    print(f.encoding, f.errors)
    f.write("é€\n")
with open(path, "rb") as f:
    print(f.read())
    try:
        f.reconfigure
    except AttributeError as e:
        print("AttributeError", e)
sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
print(sys.stdout.encoding, sys.stdout.errors, "é")
