# unittest: TextTestRunner output at verbosity 0, 1 and 2 (dots, status lines, the
# ERROR/FAIL blocks with tracebacks, summary), docstring descriptions, subtests,
# skips, expected failures, cleanups, class/module fixtures, failfast, buffer.
import io
import sys
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


def run(*cases, verbosity=1, **kwargs):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for case in cases:
        suite.addTests(loader.loadTestsFromTestCase(case))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(suite)
    for line in stream.getvalue().split('\n'):
        if line.startswith('Ran '):
            line = line[:line.rindex(' in ')] + ' in <time>'
        print(line)
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures))
    print('=' * 8)
    return result


class Basic(unittest.TestCase):
    def test_ok(self):
        """A passing test with a docstring.

        More lines are not shown."""
        self.assertEqual(2 + 2, 4)

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], 'lists')

    def test_errors(self):
        {}['missing']

    def helper(self):
        raise RuntimeError('inner')

    def test_nested_error(self):
        self.helper()

    def test_chained(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError('while handling') from e

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'never shown')
    def test_skip_unless_runs(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertIn(1, [])

    @unittest.expectedFailure
    def test_unexpected_success(self):
        """Surprise."""

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, parity=i % 2):
                if i == 1:
                    self.fail('one is odd')
                if i == 3:
                    raise KeyError(i)
        with self.subTest('message only'):
            self.assertTrue(False)
        with self.subTest():
            self.assertTrue(0)

    def test_nested_subtests(self):
        with self.subTest(outer=1):
            with self.subTest('in', inner=2):
                self.assertGreater(1, 2)


run(Basic, verbosity=1)
run(Basic, verbosity=2)
run(Basic, verbosity=0)
run(Basic, verbosity=2, descriptions=False)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b(self):
        log.append('test_b')
        self.fail('b fails')


run(Fixtures, verbosity=2)
print(log)
del log[:]


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after failed setUp')
        raise OSError('setUp broke')

    def tearDown(self):
        log.append('never')

    def test_x(self):
        log.append('never')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')

    def test_never(self):
        pass


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError('class teardown broke')

    def test_fine(self):
        pass


class SkippedClass(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


SkippedClass = unittest.skip('whole class')(SkippedClass)


class CleanupErrors(unittest.TestCase):
    def test_cleanup_raises(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(log.append, 'second cleanup runs first')


run(BrokenSetUp, BrokenClass, BrokenTearDownClass, SkippedClass, CleanupErrors, verbosity=2)
print(log)
del log[:]

r = run(Basic, verbosity=1, failfast=True)
print(r.testsRun, r.shouldStop)


class Noisy(unittest.TestCase):
    def test_prints_and_fails(self):
        print('captured stdout')
        sys.stderr.write('captured stderr')
        self.fail('noisy')

    def test_prints_and_passes(self):
        print('not shown')


real_stdout = sys.stdout
capture = io.StringIO()
sys.stdout = capture
try:
    run(Noisy, verbosity=2, buffer=True)
finally:
    sys.stdout = real_stdout
print(capture.getvalue())

# A TestCase run directly, and result bookkeeping.
result = unittest.TestResult()
Basic('test_fails').run(result)
Basic('test_ok')(result)
print(result, result.testsRun, len(result.failures), result.failures[0][0])
print(result.failures[0][1].splitlines()[-1])
print(repr(Basic('test_ok')), str(Basic('test_ok')), Basic('test_ok').id())
print(Basic('test_ok').shortDescription(), Basic('test_fails').shortDescription())
print(Basic('test_ok') == Basic('test_ok'), Basic('test_ok') == Basic('test_fails'))
try:
    Basic('test_missing')
except ValueError as e:
    print('ValueError:', e)
print(Basic('test_ok').countTestCases(), Basic('test_ok').defaultTestResult())
ft = unittest.FunctionTestCase(lambda: None, description='a function test')
print(ft.shortDescription(), ft.countTestCases())
print(log)
