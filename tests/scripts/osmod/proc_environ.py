# os.environ is a mapping whose changes reach the process environment:
# a child started after a change sees it.
import os
import sys

os.environ["GILPY_TEST_X"] = "forty two"
print(os.environ["GILPY_TEST_X"], os.getenv("GILPY_TEST_X"), "GILPY_TEST_X" in os.environ)
print(os.getenv("GILPY_NO_SUCH_VAR"), os.getenv("GILPY_NO_SUCH_VAR", "dflt"))
print(os.environ.get("GILPY_NO_SUCH_VAR", "d2"))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))


def child_sees(var):
    r, w = os.pipe()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.dup2(w, 1)
        os.execvp("sh", ["sh", "-c", "echo \"${%s-unset}\"" % var])
    os.close(w)
    out = b""
    while True:
        chunk = os.read(r, 100)
        if not chunk:
            break
        out += chunk
    os.close(r)
    os.waitpid(pid, 0)
    return out.decode().strip()


print(child_sees("GILPY_TEST_X"))
os.environ["GILPY_TEST_X"] = "changed"
print(child_sees("GILPY_TEST_X"))
del os.environ["GILPY_TEST_X"]
print(child_sees("GILPY_TEST_X"), "GILPY_TEST_X" in os.environ)
os.environ.setdefault("GILPY_TEST_Y", "sd")
os.environ.update({"GILPY_TEST_Z": "upd"})
print(child_sees("GILPY_TEST_Y"), child_sees("GILPY_TEST_Z"))
print(os.environ.pop("GILPY_TEST_Y"), os.environ.pop("GILPY_TEST_Y", "gone"))
print(child_sees("GILPY_TEST_Y"))
os.putenv("GILPY_TEST_P", "direct")
print(child_sees("GILPY_TEST_P"), "GILPY_TEST_P" in os.environ)
os.unsetenv("GILPY_TEST_P")
print(child_sees("GILPY_TEST_P"))
small = {k: v for k, v in os.environ.items() if k.startswith("GILPY_TEST")}
print(small)
print(repr(os.environ).startswith("environ({"), repr(os.environ).endswith("})"))
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}))

for call in (lambda: 5 in os.environ, lambda: os.environ.__setitem__("K", 1), lambda: os.environ.__setitem__(2, "v"),
             lambda: os.environ["GILPY_NO_SUCH_VAR"], lambda: os.putenv("A=B", "c"),
             lambda: os.putenv("", "c"), lambda: os.unsetenv("X=Y"),
             lambda: os.environ.__delitem__("GILPY_NO_SUCH_VAR"),
             lambda: os.putenv("A\0", "x"), lambda: os.execv("/bin/sh", []),
             lambda: os.execv("/bin/sh", "sh"), lambda: os.execv("/bin/sh", [""]),
             lambda: os.execve("/bin/sh", ["sh"], 5), lambda: os.execv("/no/such/prog", ["x"]),
             lambda: os.execve("/no/such/prog", ["x"], {}),
             lambda: os.execvp("gilpy-no-such-program", ["x"])):
    try:
        call()
    except (OSError, TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
