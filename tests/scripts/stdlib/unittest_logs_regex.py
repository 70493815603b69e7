# unittest: assertLogs/assertNoLogs (logging) and assertRaisesRegex, assertWarnsRegex,
# assertRegex, assertNotRegex (re): passing uses and their failure messages.
import io
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
            logging.getLogger('foo').debug('not captured')
        self.assertEqual(cm.output, ['INFO:foo:first message', 'ERROR:foo.bar:second message'])
        print(cm.records[0].getMessage(), cm.records[1].levelname, cm.records[1].name)

    def test_logs_too_low(self):
        with self.assertLogs('quiet', level=logging.WARNING):
            logging.getLogger('quiet').info('too low')

    def test_logs_logger_object(self):
        logger = logging.getLogger('obj')
        with self.assertLogs(logger, 'DEBUG') as cm:
            logger.debug('%s and %s', 'this', 'that')
        print(cm.output)
        print(logger.handlers, logger.propagate, logger.level)

    def test_no_logs(self):
        with self.assertNoLogs('x'):
            logging.getLogger('x').debug('debug is below INFO')

    def test_no_logs_fails(self):
        with self.assertNoLogs():
            logging.getLogger().warning('oops %d', 5)

    def test_root(self):
        with self.assertLogs() as cm:
            logging.warning('root warning')
        print(cm.output)

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r'inv\w+ literal') as cm:
            int('x')
        print(type(cm.exception).__name__, cm.expected_regex.pattern)
        self.assertRaisesRegex(KeyError, 'k.y', {}.__getitem__, 'key')

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, r'^nope'):
            int('x')

    def test_raises_regex_not_raised(self):
        self.assertRaisesRegex(ValueError, 'x', int, '5')

    def test_regex(self):
        self.assertRegex('hello world', r'w.r')
        self.assertNotRegex('hello', r'\d')

    def test_regex_fail(self):
        self.assertRegex('abc', 'x+', 'with a message')

    def test_not_regex_fail(self):
        self.assertNotRegex('abc123def', r'\d+')

    def test_warns_regex(self):
        with self.assertWarnsRegex(UserWarning, 'o+ps'):
            warnings.warn('oops', UserWarning)
        with self.assertWarnsRegex(UserWarning, 'zzz'):
            warnings.warn('oops', UserWarning)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(T))
report = stream.getvalue()
print(report[:report.index('\n\n')])
for test, text in result.errors + result.failures:
    print(test, '->', text.splitlines()[-1])
print(result)
