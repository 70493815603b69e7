# argparse: help and usage layout (wrapping, groups, mutually exclusive options,
# subcommands), parsing of every common action and nargs, and the errors.
import os
import sys
os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout
import argparse
p = argparse.ArgumentParser(prog='tool', description='Process some integers and do a number of other things that make this description long enough to wrap.', epilog='See the docs.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='mode %(default)s of %(choices)s')
p.add_argument('-o', '--output', metavar='FILE', required=False)
p.add_argument('--flag', action='store_true')
p.add_argument('--no-x', action='store_false', dest='x')
p.add_argument('-I', action='append', default=[])
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
g = p.add_mutually_exclusive_group()
g.add_argument('--left', action='store_true')
g.add_argument('--right', action='store_true')
grp = p.add_argument_group('extra', 'Extra options here.')
grp.add_argument('--level', type=float, default=1.5, help='a level')
p.print_help()
print(p.format_usage())
a = p.parse_args(['1', '2', '3', '--sum', '-vv', '--mode', 'slow', '-Ia', '-I', 'b', '--pair', 'x', 'y', '--opt', '--left'])
print(a)
print(a.accumulate(a.integers))
print(p.parse_args(['5', '--many', 'q', 'r', '--opt=Z', '-o', 'f.txt', '--flag', '--no-x']))
print(p.parse_known_args(['5', '--unknown', 'zz']))
for bad in [[], ['x'], ['1', '--mode', 'medium'], ['1', '--left', '--right'], ['1', '--pair', 'a'], ['1', '--level', 'abc'], ['1', '--bogus'], ['1', '-o']]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
sub = argparse.ArgumentParser(prog='git')
sub.add_argument('--debug', action='store_true')
sp = sub.add_subparsers(dest='command', help='sub-command help')
c = sp.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
pu = sp.add_parser('push', help='update remote', aliases=['p'])
pu.add_argument('remote', nargs='?', default='origin')
sub.print_help()
c.print_help()
print(sub.parse_args(['--debug', 'commit', '-m', 'hi']))
print(sub.parse_args(['p', 'upstream']))
print(sub.parse_args([]))
for bad in [['commit'], ['nope']]:
    try:
        sub.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
