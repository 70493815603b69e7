# Ctrl-C reaches a main thread blocked in Thread.join() and in Lock.acquire()
# while another thread exists, as KeyboardInterrupt (driven by a small
# python3 script that sends SIGINT with the default disposition restored).
cat > ki.py <<'PY'
import threading, time
def w(): time.sleep(3)
t = threading.Thread(target=w, daemon=True); t.start()
print("started", flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print("KeyboardInterrupt in join", flush=True)
l = threading.Lock(); l.acquire()
try:
    l.acquire()
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire", flush=True)
PY
python3 - "$PY" <<'PY'
import signal, subprocess, sys, time
p = subprocess.Popen([sys.argv[1], "ki.py"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
p.stdout.readline()
for _ in range(2):
    time.sleep(0.3)
    p.send_signal(signal.SIGINT)
out, _ = p.communicate(timeout=20)
print(out.decode(), end="")
print("exit status", p.returncode)
PY
