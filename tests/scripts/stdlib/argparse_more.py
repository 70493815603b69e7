# argparse: parents and conflict resolution, abbreviations, prefix_chars,
# negative numbers, required subcommands, append_const, metavar tuples,
# wrapping of long help, '--', fromfile_prefix_chars, reprs and errors.
import argparse
import os
import sys
import tempfile
os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout
def run(p, args):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--common', default='c')
child = argparse.ArgumentParser(prog='child', parents=[parent], conflict_handler='resolve')
child.add_argument('--common', default='override', help='resolved')
child.add_argument('-n', type=int, default=0)
child.add_argument('vals', nargs='*', type=float)
child.print_help()
run(child, ['-n', '-3', '1.5', '-2'])
run(child, ['--com', 'x'])
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--alpha'); amb.add_argument('--alps')
run(amb, ['--al', '1'])
run(amb, ['--alp=2'])
run(amb, ['--alph', '3'])
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+x', action='store_true'); plus.add_argument('-y')
plus.print_help()
run(plus, ['+x', '-y', '5'])
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('x', nargs='?')
run(neg, ['-1'])
run(neg, ['-5'])
sp = argparse.ArgumentParser(prog='tool', description='%(prog)s does things', usage='%(prog)s [opts] cmd')
subs = sp.add_subparsers(title='commands', dest='cmd', required=True, metavar='CMD')
a = subs.add_parser('add', help='add things', description='Add stuff.')
a.add_argument('items', nargs='+')
a.set_defaults(func='adder')
r = subs.add_parser('rm')
r.add_argument('--force', '-f', action='store_true', help='really')
sp.print_help()
run(sp, [])
run(sp, ['add'])
run(sp, ['add', 'a', 'b'])
run(sp, ['rm', '-f', 'extra'])
a.print_usage()
o = argparse.ArgumentParser(prog='opt')
o.add_argument('pos', nargs='?', const='C', default='D')
o.add_argument('--list', nargs=3, type=int, metavar=('A', 'B', 'C'), help='three ints')
o.add_argument('--very-long-option-name-here', metavar='SOMETHING_LONG', help='a help text that is long enough to need wrapping across more than one line of the output')
o.add_argument('-q', action='store_const', const=42, dest='answer')
o.add_argument('-a', action='append_const', const='A', dest='consts')
o.add_argument('-b', action='append_const', const='B', dest='consts')
o.print_help()
run(o, ['-ab', '-q', '--list', '1', '2', '3'])
run(o, ['--list', '1', '2'])
run(o, ['-qx'])
run(o, ['--', '-pos'])
try:
    o.add_argument('--bad', nargs=2, metavar=('X',))
except ValueError as e:
    print('ValueError', e)
try:
    o.add_argument('x', dest='y')
except ValueError as e:
    print('ValueError', e)
try:
    o.add_argument('--z', action='nope')
except ValueError as e:
    print('ValueError', e)
f = argparse.ArgumentParser(prog='f', fromfile_prefix_chars='@')
f.add_argument('--k')
f.add_argument('rest', nargs='*')
tmp = tempfile.mkdtemp()
args_path = os.path.join(tmp, 'args.txt')
with open(args_path, 'w') as fh:
    fh.write('--k\nvalue\npositional\n')
run(f, ['@' + args_path, 'more'])
os.remove(args_path)
os.rmdir(tmp)
print(repr(o))
print(repr(o._actions[1]))
