# Popen: pipes both ways, communicate (with input and a timeout that can be
# retried), wait/poll, signals, the context manager and the repr.
import os
import signal
import subprocess
import sys

p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; echo oops >&2; exit 3'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(repr(p).startswith("<Popen: returncode: None args: ['sh', '-c', "))
print(type(p.pid) is int, p.pid > 0, p.returncode)
out, err = p.communicate(b'hello\n')
print(out, err, p.returncode, repr(p))

# line by line through the file objects
p = subprocess.Popen(['sh', '-c', 'while read l; do echo "<$l>"; done'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
p.stdin.write('one\ntwo\n')
p.stdin.close()
print(p.stdout.readline(), end='')
print(p.stdout.read(), end='')
p.stdout.close()
print(p.wait())

# communicate with a timeout, then again to collect the rest
p = subprocess.Popen(['sh', '-c', 'echo first; sleep 0.5; echo second'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timeout, so far:", e.output)
print(p.communicate())
print(p.returncode)

# poll, terminate, kill, send_signal
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print(p.wait(), p.poll())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'trap "exit 42" USR1; while :; do sleep 0.05; done'])
import time
time.sleep(0.3)
p.send_signal(signal.SIGUSR1)
print(p.wait())
p.send_signal(signal.SIGUSR1)   # already finished: nothing happens
p.kill()

with subprocess.Popen(['sh', '-c', 'echo in with; exit 1'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

# communicate with nothing to talk about just waits
p = subprocess.Popen(['true'])
print(p.communicate(), p.returncode)

# the child does not inherit our descriptors unless asked
r, w = os.pipe()
print(subprocess.run(['sh', '-c', 'echo x >&%d' % w], stderr=subprocess.DEVNULL).returncode != 0)
out = subprocess.run(['sh', '-c', 'echo passed >&%d' % w], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)

# many children: no descriptors leak
before = len(os.listdir('/proc/self/fd'))
for i in range(20):
    subprocess.run(['true'], capture_output=True, input=b'')
    subprocess.check_output(['echo', str(i)])
print(len(os.listdir('/proc/self/fd')) == before)

# stdin as text, universal newlines
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     universal_newlines=True)
print(p.universal_newlines, p.text_mode, repr(p.communicate('a\r\nb\n')[0]))
