# subprocess.run/check_output/call/check_call/getoutput: exit codes, captured
# output as bytes or text, input, environment, cwd, and CompletedProcess's repr.
import os
import subprocess
import sys

print(subprocess.run(['true']))
print(subprocess.run(['false']))
print(subprocess.run(['echo', 'hi'], capture_output=True))
print(subprocess.run('echo $((1+2)); echo err >&2; exit 3', shell=True,
                     capture_output=True, text=True))
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT))
print(repr(subprocess.check_output(['sh', '-c', 'printf "a\\r\\nb\\rc"'], text=True)))
print(repr(subprocess.check_output(['sh', '-c', 'printf "a\\r\\nb"'])))
print(subprocess.check_output('echo shell string', shell=True))
print(subprocess.check_output(['cat'], input=b'fed to cat'))
print(subprocess.check_output(['cat'], input='text in', text=True))
print(subprocess.check_output(['cat'], input=None))
print(subprocess.run(['cat'], input='é', capture_output=True, encoding='utf-8'))
big = b'0123456789' * 50000
r = subprocess.run(['cat'], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big, r.stderr)
r = subprocess.run(['sh', '-c', 'cat; cat >&2 < /dev/null; head -c 300000 /dev/zero >&2'],
                   input=big, capture_output=True)
print(len(r.stdout), len(r.stderr))

print(subprocess.call(['sh', '-c', 'exit 5']), subprocess.call('exit 6', shell=True))
print(subprocess.check_call(['true']))
print(subprocess.getstatusoutput('echo out; echo err >&2; exit 4'))
print(subprocess.getstatusoutput('echo fine'))
print(repr(subprocess.getoutput('printf "no newline"')))

os.environ['GILPY_SUB_X'] = 'from os.environ'
print(subprocess.run(['sh', '-c', 'echo $GILPY_SUB_X'], capture_output=True).stdout)
del os.environ['GILPY_SUB_X']
print(subprocess.run(['sh', '-c', 'echo "[$GILPY_SUB_X]"'], capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo "$GILPY_SUB_X $GILPY_SUB_Y"'], capture_output=True,
                     env={'GILPY_SUB_Y': 'only this', 'PATH': os.environ['PATH']}).stdout)
print(subprocess.run(['pwd'], capture_output=True, cwd='/').stdout)
print(subprocess.run(['sh', '-c', 'echo $0 $1 $2', 'zero', 'one', 'two'], capture_output=True).stdout)
print(subprocess.run(['echo', 'x'], stdout=subprocess.DEVNULL))
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True))

# the child's output goes straight to our stdout when not captured
sys.stdout.flush()
subprocess.run(['echo', 'written by the child'])
subprocess.run('echo to stderr >&2', shell=True, stderr=subprocess.STDOUT)
print("back in the parent")

# files and descriptors as streams
name = 'run_basic.tmp'
with open(name, 'wb') as f:
    subprocess.run(['echo', 'into a file'], stdout=f)
with open(name, 'rb') as f:
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
fd = os.open(name, os.O_WRONLY | os.O_APPEND)
subprocess.run(['echo', 'appended via fd'], stdout=fd)
os.close(fd)
with open(name) as f:
    print(f.read().splitlines())
os.remove(name)

cp = subprocess.CompletedProcess(['a', 'b'], 0)
print(cp, subprocess.CompletedProcess('cmd', 2, 'out', 'err'))
cp.check_returncode()
try:
    subprocess.CompletedProcess('cmd', 2, 'out', 'err').check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
