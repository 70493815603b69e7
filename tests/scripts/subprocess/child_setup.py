# What the child sets up before exec: preexec_fn (a forked child running
# Python), new sessions and process groups, umask, restored signals, and
# descriptors 0/1/2 made from descriptors that were themselves 0, 1 or 2.
import os
import signal
import subprocess
import sys

# preexec_fn runs in the child before the program
print(subprocess.run(['sh', '-c', 'echo $GILPY_PRE'], capture_output=True,
                     preexec_fn=lambda: os.putenv('GILPY_PRE', 'set in preexec_fn')).stdout)
try:
    subprocess.run(['true'], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['nosuchprog'], preexec_fn=lambda: None)
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['true'], cwd='/no/such/dir', preexec_fn=lambda: None)
except FileNotFoundError as e:
    print(e)

# sessions and groups (fields 5 and 6 of /proc/PID/stat: pgrp and session)
stat = "cut -d' ' -f5,6 /proc/$$/stat"
p = subprocess.Popen(['sh', '-c', stat], stdout=subprocess.PIPE, start_new_session=True)
pgrp, sid = p.communicate()[0].split()
print("new session led by the child:", int(sid) == p.pid, int(pgrp) == p.pid)
p = subprocess.Popen(['sh', '-c', stat], stdout=subprocess.PIPE, process_group=0)
pgrp, sid = p.communicate()[0].split()
print("own group:", int(pgrp) == p.pid, int(sid) == os.getsid(0) if hasattr(os, 'getsid') else True)

# umask
print(subprocess.run(['sh', '-c', 'umask'], capture_output=True, umask=0o027).stdout)

# SIGPIPE is ignored here but default again in the child (restore_signals)
print(signal.getsignal(signal.SIGPIPE))
print(subprocess.run(['sh', '-c', 'yes | head -1'], capture_output=True).stdout)
print(subprocess.run(['sh', '-c', "grep SigIgn /proc/self/status"], capture_output=True,
                     restore_signals=False).stdout != b'SigIgn:\t0000000000000000\n')
# (only SIGPIPE's bit: the other inherited dispositions depend on who runs the test)
ignored = subprocess.run(['sh', '-c', "grep SigIgn /proc/self/status"], capture_output=True).stdout
print("SIGPIPE ignored in the child:", bool(int(ignored.split()[1], 16) & (1 << (signal.SIGPIPE - 1))))

# stdout given as descriptor 0, stderr as 1: swapped around safely
r, w = os.pipe()
saved0, saved1 = os.dup(0), os.dup(1)
sys.stdout.flush()
os.dup2(w, 0)
os.dup2(w, 1)
try:
    subprocess.run(['sh', '-c', 'echo via-zero; echo via-one >&2'], stdout=0, stderr=1,
                   stdin=subprocess.DEVNULL)
finally:
    os.dup2(saved0, 0)
    os.dup2(saved1, 1)
    os.close(saved0)
    os.close(saved1)
    os.close(w)
print(os.read(r, 100))
os.close(r)
