# Ctrl-C (SIGINT) while a script runs: KeyboardInterrupt's traceback, then
# gilpy dies of the signal as CPython does (-2 to the parent); a caught
# KeyboardInterrupt is an ordinary exception; ignored SIGINT stays ignored.
python3 - "$PY" <<'PYEOF'
import signal, subprocess, sys, time
for code in ["import time; print('go', flush=True); time.sleep(10)",
             "import time\ntry:\n    print('go', flush=True); time.sleep(10)\nexcept KeyboardInterrupt:\n    print('caught')\n"]:
    p = subprocess.Popen([sys.argv[1], "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.readline()
    time.sleep(0.3)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate()
    print(p.returncode, out.decode(), err.decode().replace(sys.argv[1], "PYTHON"))
PYEOF
python3 - "$PY" <<'PYEOF'
import signal, subprocess, sys, time
p = subprocess.Popen([sys.argv[1], "-c", "import time; print('go', flush=True); time.sleep(1); print('done')"],
                     stdout=subprocess.PIPE, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
p.stdout.readline()
p.send_signal(signal.SIGINT)
print(p.wait(), p.stdout.read().decode())
PYEOF
