# timeit's command line: main() with a fake clock (exact output: loop
# counts, units, precision, -v, errors), and `-m timeit` run for real,
# checked for the shape of its line only.
import subprocess
import sys
import timeit

clock = [0.0]


def wrap(timer):
    return lambda: clock[0]


def run(*args):
    print('$', ' '.join(args))
    sys.stdout.flush()
    rc = timeit.main(list(args), _wrap_timer=wrap)
    sys.stdout.flush()
    print('->', rc)


STEP = "sys.modules['__main__'].clock[0] += %r" % (2 ** -10)
run(STEP)
run('-n', '3', STEP)
run('-n', '1', '-r', '1', STEP)
run('-r', '0', '-n', '2', STEP)
run('--number=4', '--repeat', '2', STEP)
run('-n', '3', '-u', 'nsec', STEP)
run('-n', '3', '-u', 'usec', STEP)
run('-n', '3', '--unit=msec', STEP)
run('-n', '3', '-u', 'sec', STEP)
run('-v', STEP)
run('-vv', '-n', '2', STEP)
run('-n', '3', '-v', '-v', '-v', STEP)
run('-n', '1', "sys.modules['__main__'].clock[0] += 2.5")
run('-n', '1', "sys.modules['__main__'].clock[0] += 1.5e-7")
run('-n', '1', "sys.modules['__main__'].clock[0] += 0.0")
run('-s', 'x = 2', '-s', 'y = x', '-n', '2', 'assert y == 2', STEP)
run('-n', '2', '--', STEP)
run('-p', '-t', '-c', '--time', '--clock', '--process', '-n', '1', STEP)
run('--verb', '-n', '1', STEP)
for bad in (['-x'], ['-n'], ['--number'], ['--nope'], ['--help=1'], ['--'
            're'], ['-qn', '5']):
    run(*bad)
try:
    run('-n', 'ten', 'pass')
except ValueError as e:
    print('ValueError', e)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


sink = Sink()
saved, sys.stderr = sys.stderr, sink
try:
    run('-n', '2', '1/0')
    run('-s', 'import nonexistent_module_xyz', '-n', '1', 'pass')
    run('-u', 'hours', 'pass')
finally:
    sys.stderr = saved
text = ''.join(sink.parts)
# the frames of the timeit module itself name its file: skipped
shown = False
for line in text.splitlines():
    if line.startswith('Traceback'):
        shown = False
    shown = shown or '<timeit-src>' in line or line.startswith('Unrecognized')
    if shown:
        print('stderr:', line)

print('-- for real')
out = subprocess.run([sys.executable, '-m', 'timeit', '-n', '100', '-r', '3', '-s',
                      'x = list(range(10))', 'sum(x)'],
                     capture_output=True, text=True)
line = out.stdout.strip()
head, _, tail = line.partition(': ')
value, unit, *rest = tail.split()
print(out.returncode, head, unit in ('nsec', 'usec', 'msec', 'sec'), rest,
      float(value) > 0)
out = subprocess.run([sys.executable, '-m', 'timeit', '-n', '5', '-r', '2', '-u', 'sec',
                      'pass'], capture_output=True, text=True)
print(out.returncode, out.stdout.split(':')[0], out.stdout.split()[-3:])
out = subprocess.run([sys.executable, '-m', 'timeit', '-u', 'lightyears'],
                     capture_output=True, text=True)
print(out.returncode, repr(out.stdout), repr(out.stderr))
out = subprocess.run([sys.executable, '-m', 'timeit', '-n', '1', '-r', '1', 'raise KeyError(5)'],
                     capture_output=True, text=True)
print(out.returncode, repr(out.stdout), out.stderr.splitlines()[-3:])
