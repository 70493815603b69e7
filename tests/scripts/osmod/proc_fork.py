# os.fork, waitpid/wait and the wait-status helpers; a pipe between parent
# and child; register_at_fork hooks in CPython's order.
import os
import signal
import sys


def child(code):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        code()
        os._exit(0)
    return pid


# exit codes
for status in (0, 1, 7, 255):
    pid = child(lambda: os._exit(status))
    got, st = os.waitpid(pid, 0)
    print(got == pid, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st),
          os.waitstatus_to_exitcode(st))

# killed by a signal
pid = child(lambda: os.kill(os.getpid(), signal.SIGKILL))
got, st = os.waitpid(pid, 0)
print(os.WIFEXITED(st), os.WIFSIGNALED(st), os.WTERMSIG(st), os.waitstatus_to_exitcode(st))

# os.wait
pid = child(lambda: os._exit(3))
got, st = os.wait()
print(got == pid, os.waitstatus_to_exitcode(st))

# WNOHANG on a child that is still running, then a blocking wait
r, w = os.pipe()
pid = child(lambda: (os.close(w), os.read(r, 1), os._exit(4)))
print(os.waitpid(pid, os.WNOHANG))
os.write(w, b"x")
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(r)
os.close(w)

# child process ids
r, w = os.pipe()
pid = child(lambda: os.write(w, str(os.getppid()).encode()))
os.close(w)
print(os.read(r, 100).decode() == str(os.getpid()))
os.waitpid(pid, 0)
os.close(r)

# a pipe both ways
to_child, from_parent = os.pipe()
to_parent, from_child = os.pipe()


def echo_upper():
    os.close(from_parent)
    os.close(to_parent)
    data = b""
    while True:
        chunk = os.read(to_child, 4)
        if not chunk:
            break
        data += chunk
    os.write(from_child, data.upper())


pid = child(echo_upper)
os.close(to_child)
os.close(from_child)
os.write(from_parent, b"hello, child")
os.close(from_parent)
print(os.read(to_parent, 100))
print(os.read(to_parent, 100))
os.close(to_parent)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# a child's output, flushed before it leaves
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("printed by the child")
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print("parent after child")

# register_at_fork: before hooks last-registered first, the others in order
order = []
os.register_at_fork(before=lambda: order.append("before1"),
                    after_in_parent=lambda: order.append("parent1"),
                    after_in_child=lambda: order.append("child1"))
os.register_at_fork(before=lambda: order.append("before2"),
                    after_in_parent=lambda: order.append("parent2"),
                    after_in_child=lambda: order.append("child2"))
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.write(w, ",".join(order).encode())
    os._exit(0)
os.close(w)
print("child saw:", os.read(r, 200).decode())
print("parent saw:", ",".join(order))
os.waitpid(pid, 0)
os.close(r)

# errors
for call in (lambda: os.register_at_fork(),
             lambda: os.register_at_fork(before=1),
             lambda: os.register_at_fork(after_in_child=None),
             lambda: os.waitstatus_to_exitcode(0x7f | (5 << 8)),
             lambda: os.waitpid(-12345, 0),
             lambda: os.kill(os.getpid(), 1000)):
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
