# unittest.main: argv options (-v, -q, -f, -b, -k, names), exit=False and the
# SystemExit status, defaultTest, loader functions (loadTestsFromName(s),
# getTestCaseNames, testNamePatterns, suites).
import io
import os
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual('a', 'b')

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_solo(self):
        pass

    def runTest(self):
        pass


def show(stream):
    for line in stream.getvalue().split('\n'):
        if line.startswith('Ran '):
            line = line[:line.rindex(' in ')] + ' in <time>'
        print(line)


def main(argv, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop('verbosity', 1))
    try:
        prog = unittest.main(module=__name__, argv=['prog'] + argv, testRunner=runner,
                             **kwargs)
    except SystemExit as e:
        show(stream)
        print('SystemExit', e.code)
    else:
        show(stream)
        print('returned', prog.result, prog.result.wasSuccessful())
    print('=' * 8)


main([], exit=False)
main([])
main(['Beta'])
main(['Alpha.test_one', 'Beta.test_solo'])
main(['-k', 'one'], exit=False)
main(['-k', '*o'], exit=False)
main([], defaultTest='Beta', exit=False)
main([], defaultTest=['Alpha.test_three'], exit=False)

# The runner class itself: main builds it from the options.
real_stderr = sys.stderr
os.environ['COLUMNS'] = '80'   # the usage and help text wrap at the terminal width
for argv in (['-v', 'Alpha'], ['-q', 'Alpha'], ['-f', 'Alpha'], ['-vfb', 'Alpha.test_two']):
    sys.stderr = io.StringIO()
    try:
        unittest.main(module=__name__, argv=['prog'] + argv, exit=False)
    finally:
        err, sys.stderr = sys.stderr, real_stderr
    show(err)
    print('=' * 8)

for argv in (['--bogus', '-x'], ['Alpha', '-v', 'Beta'], ['-k'], ['--verb', 'Beta'],
             ['--bogus', 'Beta', 'Alpha', '-q', 'extra'], ['-h']):
    sys.stderr = io.StringIO()
    real_stdout, sys.stdout = sys.stdout, io.StringIO()
    try:
        unittest.main(module=__name__, argv=['prog'] + argv)
    except SystemExit as e:
        code = e.code
    finally:
        err, sys.stderr = sys.stderr, real_stderr
        out, sys.stdout = sys.stdout, real_stdout
    print(argv, 'SystemExit', code)
    show(err)
    print(out.getvalue())

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = 'test_t'
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*two*', '*solo']
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(Beta))
loader = unittest.TestLoader()
suite = loader.loadTestsFromName('Alpha.test_one', sys.modules[__name__])
print(suite, suite.countTestCases())
suite = loader.loadTestsFromNames(['Alpha', 'Beta'], sys.modules[__name__])
print(suite.countTestCases(), [t.countTestCases() for t in suite])
suite = loader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
bad = loader.loadTestsFromName('Alpha.test_nope', sys.modules[__name__])
print(bad.countTestCases(), len(loader.errors), loader.errors[0].splitlines()[0])
result = unittest.TestResult()
bad.run(result)
print(result.errors[0][0], result.errors[0][1].splitlines()[-1])
print(loader.loadTestsFromTestCase(Beta))
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError:', e)
s = unittest.TestSuite()
try:
    s.addTest(Alpha)
except TypeError as e:
    print('TypeError:', e)
try:
    s.addTest(5)
except TypeError as e:
    print('TypeError:', e)
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError:', e)
s.addTests([Alpha('test_one'), unittest.TestSuite([Beta('test_solo')])])
print(s.countTestCases(), list(s)[0], s == unittest.TestSuite(list(s)))
print(sorted(n for n in unittest.__all__))
