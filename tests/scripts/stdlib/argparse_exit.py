# argparse: a bad command line prints the usage and "prog: error: ..." to
# stderr and exits with status 2; formatter classes and defaults in help.
import argparse
import os
os.environ['COLUMNS'] = '60'
p = argparse.ArgumentParser(prog='demo', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description='A demo\n   with  raw-ish   text.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination')
p.add_argument('--count', '-c', type=int, default=3, help='how many times to repeat the operation')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colorize')
p.add_argument('--tag', action='extend', nargs='+', help='tags')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('rest', nargs=argparse.REMAINDER)
p.print_help()
print(p.parse_args(['a', 'b', '-c', '5', '--no-color', '--tag', 'x', 'y', '--tag', 'z']))
print(p.parse_args(['a', '--count=7', '--', '-x']))
print(p.parse_args(['a', 'b', 'c', '--d']))
print(p.parse_args(['a', '-c9']))
print(repr(p.get_default('count')), p.get_default('nothing'))
p.set_defaults(count=1, extra='E')
print(p.parse_args(['a']))
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter)
r.add_argument('--x', help='line one\n  line two')
r.print_help()
q = argparse.ArgumentParser(prog='req')
m = q.add_mutually_exclusive_group(required=True)
m.add_argument('--a', action='store_true')
m.add_argument('--b', type=int)
q.add_argument('--num', type=int, choices=range(1, 4))
q.print_usage()
print(q.parse_args(['--b', '2']))
for bad in [['--num', '1'], ['--a', '--num', '7']]:
    try:
        q.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
t = argparse.ArgumentParser(prog='t', exit_on_error=False)
t.add_argument('--n', type=int)
try:
    t.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name, e.message)
try:
    t.add_argument('--n')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    t.add_argument('pos', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    t.add_argument('--z', nargs=0)
except ValueError as e:
    print('ValueError', e)
print(argparse.FileType('w'), argparse.FileType('rb', encoding='x'))
print(q.parse_args(['--b', 'x']))
