"""unittest.main: TestProgram (unittest.main), which reads the command line
(-v -q --locals -f -c -b -k, test names, or "discover"), runs the tests with a
TextTestRunner and exits with status 0 or 1 unless exit=False."""

import sys
import os
import warnings

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    # A path to a .py file becomes a dotted module name.
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _Option:
    # One command-line option: its spellings, the attribute it sets, what it
    # does ('const': store const; 'store': store its argument; 'append': add
    # its argument as a -k pattern; 'help') and its help text.
    def __init__(self, flags, dest, action, help, metavar=None, const=None):
        self.flags = flags
        self.dest = dest
        self.action = action
        self.const = const
        self.help = help
        self.metavar = metavar

    def usage(self):
        if self.metavar:
            return '[%s %s]' % (self.flags[0], self.metavar)
        return '[%s]' % self.flags[0]

    def invocation(self):
        if self.metavar:
            return ', '.join('%s %s' % (f, self.metavar) for f in self.flags)
        return ', '.join(self.flags)


class _UsageError(Exception):
    pass


class _ArgParser:
    """The small part of argparse TestProgram needs, with argparse's messages."""

    def __init__(self, prog, options, positionals, epilog=None):
        self.prog = prog
        self.options = [_Option(['-h', '--help'], None, 'help',
                                'show this help message and exit')] + options
        self.positionals = positionals     # [(name, nargs, help)]
        self.epilog = epilog

    def _width(self):
        try:
            columns = int(os.environ['COLUMNS'])
        except (KeyError, ValueError):
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
            except (AttributeError, ValueError, OSError):
                columns = 80
        return columns - 2

    def _positional_usage(self, name, nargs):
        if nargs == '*':
            return '[%s ...]' % name
        return '[%s]' % name

    def format_usage(self):
        width = self._width()
        prefix = 'usage: '
        opt_parts = [o.usage() for o in self.options]
        pos_parts = [self._positional_usage(n, k) for n, k, h in self.positionals
                     if h is not None]
        line = ' '.join([self.prog] + opt_parts + pos_parts)
        if len(prefix) + len(line) <= width:
            return prefix + line + '\n'

        def wrap(parts, indent, first_prefix=None):
            lines, current = [], []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if length + 1 + len(part) > width and current:
                    lines.append(indent + ' '.join(current))
                    current = []
                    length = len(indent) - 1
                current.append(part)
                length += len(part) + 1
            if current:
                lines.append(indent + ' '.join(current))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(self.prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            lines = wrap([self.prog] + opt_parts, indent, prefix)
            lines.extend(wrap(pos_parts, indent))
        else:
            indent = ' ' * len(prefix)
            lines = wrap(opt_parts + pos_parts, indent)
            lines = [self.prog] + lines
        return prefix + '\n'.join(lines) + '\n'

    def format_help(self):
        import textwrap
        width = self._width()
        entries = [(name, h) for name, k, h in self.positionals if h is not None]
        invocations = [o.invocation() for o in self.options] + [n for n, h in entries]
        longest = max(len(i) for i in invocations) + 2
        help_pos = min(longest + 2, min(24, max(width - 20, 4)))
        help_width = max(width - help_pos, 11)

        def item(invocation, text):
            head = '  ' + invocation
            wrapped = textwrap.wrap(text, help_width)
            if len(head) + 2 <= help_pos:
                out = [head.ljust(help_pos) + wrapped[0]]
            else:
                out = [head, ' ' * help_pos + wrapped[0]]
            out.extend(' ' * help_pos + w for w in wrapped[1:])
            return '\n'.join(out) + '\n'

        text = self.format_usage() + '\n'
        if entries:
            text += 'positional arguments:\n'
            text += ''.join(item(n, h) for n, h in entries) + '\n'
        text += 'options:\n'
        text += ''.join(item(o.invocation(), o.help) for o in self.options)
        if self.epilog:
            text += '\n' + textwrap.fill(self.epilog, width) + '\n'
        return text

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def _find(self, flag):
        matches = [o for o in self.options if flag in o.flags]
        if matches:
            return matches[0], flag
        if flag.startswith('--'):
            found = [(o, f) for o in self.options for f in o.flags
                     if f.startswith('--') and f.startswith(flag)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise _UsageError('ambiguous option: %s could match %s' %
                                  (flag, ', '.join(f for _, f in found)))
        return None, flag

    def parse_args(self, args, namespace, print_help):
        positional = []
        unknown = []
        i = 0
        only_positional = False
        # As argparse: only the first run of positional arguments is taken;
        # one after an option that followed them is unrecognized.
        run = 'before'
        try:
            while i < len(args):
                arg = args[i]
                i += 1
                if only_positional or not arg.startswith('-') or arg == '-':
                    if run == 'after':
                        unknown.append(arg)
                    else:
                        positional.append(arg)
                        run = 'in'
                    continue
                if arg == '--':
                    only_positional = True
                    continue
                if run == 'in':
                    run = 'after'
                if arg.startswith('--'):
                    flag, _, value = arg.partition('=')
                    option, flag = self._find(flag)
                    if option is None:
                        unknown.append(arg)
                        continue
                    if option.metavar is None and '=' in arg:
                        raise _UsageError('argument %s: ignored explicit argument %r'
                                          % ('/'.join(option.flags), value))
                    if option.metavar is not None and '=' not in arg:
                        if i >= len(args) or args[i].startswith('-'):
                            raise _UsageError('argument %s: expected one argument'
                                              % '/'.join(option.flags))
                        value = args[i]
                        i += 1
                    i = self._apply(option, value, namespace, print_help, i)
                    continue
                # A cluster of short flags; -kVALUE or -k VALUE.
                j = 1
                while j < len(arg):
                    option, _ = self._find('-' + arg[j])
                    if option is None:
                        unknown.append(arg if j == 1 else '-' + arg[j:])
                        break
                    j += 1
                    value = None
                    if option.metavar is not None:
                        if j < len(arg):
                            value = arg[j:]
                        elif i < len(args) and not args[i].startswith('-'):
                            value = args[i]
                            i += 1
                        else:
                            raise _UsageError('argument %s: expected one argument'
                                              % '/'.join(option.flags))
                        j = len(arg)
                    self._apply(option, value, namespace, print_help, i)
        except _UsageError as e:
            self.error(str(e))
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))
        return positional

    def _apply(self, option, value, namespace, print_help, i):
        if option.action == 'help':
            print_help()
            sys.exit(0)
        if option.action == 'const':
            setattr(namespace, option.dest, option.const)
        elif option.action == 'store':
            setattr(namespace, option.dest, value)
        else:
            current = getattr(namespace, option.dest, None) or []
            setattr(namespace, option.dest, current + [_convert_select_pattern(value)])
        return i


class TestProgram(object):
    """Runs the tests of a module from the command line (unittest.main)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        warnings.warn("TestProgram.usageExit() is deprecated and will be"
                      " removed in Python 3.13", DeprecationWarning)
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self.module is None:
            print(self._main_parser.format_help())
            print(MAIN_EXAMPLES % {'prog': self.progName})
            sys.stdout.write(self._discovery_parser.format_help())
        else:
            print(self._main_parser.format_help())
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def _parent_options(self):
        options = [
            _Option(['-v', '--verbose'], 'verbosity', 'const', 'Verbose output', const=2),
            _Option(['-q', '--quiet'], 'verbosity', 'const', 'Quiet output', const=0),
            _Option(['--locals'], 'tb_locals', 'const', 'Show local variables in tracebacks',
                    const=True),
        ]
        if self.failfast is None:
            options.append(_Option(['-f', '--failfast'], 'failfast', 'const',
                                   'Stop on first fail or error', const=True))
            self.failfast = False
        if self.catchbreak is None:
            options.append(_Option(['-c', '--catch'], 'catchbreak', 'const',
                                   'Catch Ctrl-C and display results so far', const=True))
            self.catchbreak = False
        if self.buffer is None:
            options.append(_Option(['-b', '--buffer'], 'buffer', 'const',
                                   'Buffer stdout and stderr during tests', const=True))
            self.buffer = False
        if self.testNamePatterns is None:
            options.append(_Option(['-k'], 'testNamePatterns', 'append',
                                   'Only run tests which match the given substring',
                                   metavar='TESTNAMEPATTERNS'))
            self.testNamePatterns = []
        return options

    def _initArgParsers(self):
        options = self._parent_options()
        self._main_parser = _ArgParser(
            self.progName, options,
            [('tests', '*', 'a list of any number of test modules, '
                            'classes and test methods.')])
        self._discovery_parser = _ArgParser(
            '%s discover' % self.progName, options + [
                _Option(['-s', '--start-directory'], 'start', 'store',
                        "Directory to start discovery ('.' default)", metavar='START'),
                _Option(['-p', '--pattern'], 'pattern', 'store',
                        "Pattern to match tests ('test*.py' default)", metavar='PATTERN'),
                _Option(['-t', '--top-level-directory'], 'top', 'store',
                        'Top level directory of project (defaults to start directory)',
                        metavar='TOP')],
            [('start', '?', None), ('pattern', '?', None), ('top', '?', None)],
            epilog='For test discovery all test modules must be importable '
                   'from the top level directory of the project.')

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        self.tests = self._main_parser.parse_args(argv[1:], self, self._print_help)
        if self.module is None and not self.tests:
            self._do_discovery([])
            return
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            parser = self._discovery_parser
            rest = parser.parse_args(argv, self,
                                     lambda: sys.stdout.write(parser.format_help()))
            if len(rest) > 3:
                parser.error('unrecognized arguments: %s' % ' '.join(rest[3:]))
            for name, value in zip(('start', 'pattern', 'top'), rest):
                setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
