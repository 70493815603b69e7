# os.system and os.popen: the shell's status and output.
import os
import sys

sys.stdout.flush()
st = os.system("echo from system")
print(st, os.waitstatus_to_exitcode(st))
st = os.system("exit 3")
print(st, os.waitstatus_to_exitcode(st))
st = os.system("kill -TERM $$")
print(os.waitstatus_to_exitcode(st))

with os.popen("echo one; echo two") as f:
    print(f.readlines())
f = os.popen("printf 'x'; exit 2")
print(f.read(), f.close())
f = os.popen("cat > popen_w.tmp", "w")
f.write("written through popen\n")
print(f.close())
with open("popen_w.tmp") as g:
    print(g.read(), end="")
os.remove("popen_w.tmp")
for f in os.popen("printf 'a\\nb\\n'"):
    print(repr(f))
for call in (lambda: os.popen(["ls"]), lambda: os.popen("ls", "rb"),
             lambda: os.popen("ls", "r", 0), lambda: os.system(5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
