# Ctrl-C while input() waits on a pipe that stays open: KeyboardInterrupt
# (the read is interrupted and the signal handled, not retried forever).
python3 - "$PY" <<'PY'
import signal, subprocess, sys, time
src = "print('ready', flush=True)\ntry:\n    input()\nexcept KeyboardInterrupt:\n    print('KeyboardInterrupt in input')"
p = subprocess.Popen([sys.argv[1], "-c", src], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT,
                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
p.stdout.readline()
time.sleep(0.2)
p.send_signal(signal.SIGINT)
try:
    p.wait(timeout=20)
except subprocess.TimeoutExpired:
    p.kill()
    p.wait()
    print("hung")
print(p.stdout.read().decode(), end="")
print("exit status", p.returncode)
PY
