# subprocess errors: missing programs and directories (reported by the child
# through its close-on-exec pipe), CalledProcessError, TimeoutExpired, and the
# argument checks.
import signal
import subprocess

for args, kw in ((['nosuchprog'], {}), ('nosuchprog', {}), (['/no/such/dir/prog'], {}),
                 (['ls'], {'cwd': '/nonexistent/dir'}), (['/etc/passwd'], {}),
                 (['/'], {}), (['true'], {'pass_fds': [9999]}), ([''], {}),
                 (['true'], {'executable': '/no/such'}),
                 (['true'], {'pass_fds': [9999], 'preexec_fn': lambda: None})):
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)

for call in (lambda: subprocess.check_call(['false']),
             lambda: subprocess.check_output('exit 3', shell=True),
             lambda: subprocess.run(['sh', '-c', 'echo o; echo e >&2; exit 2'],
                                    capture_output=True, check=True),
             lambda: subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True),
             lambda: subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)):
    try:
        call()
    except subprocess.CalledProcessError as e:
        print(e)
        print(repr(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)

e = subprocess.CalledProcessError(-99, 'x')
print(e)
e = subprocess.TimeoutExpired(['sleep', '5'], 0.5, output=b'partial')
print(e, repr(e), e.stdout, e.stderr)

try:
    subprocess.run(['sh', '-c', 'echo early; exec sleep 5'], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("timed out:", e.cmd, e.timeout, e.output, e.stderr)

p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait(), p.returncode)

for call in (lambda: subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE),
             lambda: subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE),
             lambda: subprocess.check_output(['true'], stdout=subprocess.PIPE),
             lambda: subprocess.check_output(['true'], check=True),
             lambda: subprocess.run([1, 2]),
             lambda: subprocess.run(['true'], env={'A=B': 'c'}),
             lambda: subprocess.Popen(['true'], text=True, universal_newlines=False),
             lambda: subprocess.Popen(['true'], bufsize='x')):
    try:
        call()
    except (ValueError, TypeError, subprocess.SubprocessError) as e:
        print(type(e).__name__, e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
