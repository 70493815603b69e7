# unittest: the failure message of every assert* method (standard and with msg=,
# longMessage on and off), diffs for lists/tuples/dicts/sets/strings, maxDiff.
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


tc = Probe()


def check(name, *args, **kwargs):
    try:
        result = getattr(tc, name)(*args, **kwargs)
    except AssertionError as e:
        print('%s: %s' % (name, e))
        print('-' * 20)
    except Exception as e:
        print('%s raised %s: %s' % (name, type(e).__name__, e))
    else:
        print('%s passed' % name, '' if result is None else result)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertEqual', 'x' * 50 + 'a' * 100, 'x' * 50 + 'b' * 100)
check('assertEqual', [1, 2, 3], [1, 2, 3, 4])
check('assertEqual', [1, 2, 3, 4], [1, 2])
check('assertEqual', (1, 2), (1, 3))
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', list(range(100)), list(range(1, 101)))
check('assertEqual', {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset({1}), frozenset())
check('assertEqual', 'one line', 'one lime')
check('assertEqual', 'first\nsecond\nthird\n', 'first\nsecond!\nthird\nfourth\n')
check('assertEqual', 'abc\n', 'abc')
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 4)
check('assertTrue', 0)
check('assertTrue', [], 'list is empty')
check('assertFalse', 'yes')
check('assertIs', None, 0)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertNotIn', 2, [1, 2, 3])
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertAlmostEqual', 1.0, 1.1, places=1, delta=0.1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertNotAlmostEqual', 1.0, 2.0)
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 2])
check('assertCountEqual', [1, 2, 2], [1, 1, 2])
check('assertCountEqual', [[1], [2]], [[2], [2]])
check('assertListEqual', [1], (1,))
check('assertListEqual', (1,), [1])
check('assertTupleEqual', (1,), [1])
check('assertDictEqual', {}, [])
check('assertSetEqual', {1}, [1])
check('assertSetEqual', [1], {1})
check('assertSequenceEqual', 'abc', 'abd')
check('assertSequenceEqual', [1, 2], 5)
check('assertMultiLineEqual', 'a', b'a')
check('assertDictEqual', {'k': 'v' * 60}, {'k': 'w' * 60})
check('assertRaises', ValueError, int, '10')
check('assertRaises', ValueError, int, 'x')
check('assertRaises', 'notatype', int, '1')
check('assertRaises', ZeroDivisionError, lambda: 1 / 0)
try:
    with tc.assertRaises(ValueError, msg='ctx msg'):
        pass
except AssertionError as e:
    print('ctx:', e)
try:
    with tc.assertRaises((KeyError, IndexError)):
        pass
except AssertionError as e:
    print('ctx tuple:', e)
try:
    with tc.assertRaises(ValueError, bogus=1):
        pass
except TypeError as e:
    print('TypeError:', e)
with tc.assertRaises(KeyError) as cm:
    {}['missing']
print(repr(cm.exception), cm.exception.__traceback__)
try:
    with tc.assertRaises(KeyError):
        raise IndexError('passes through')
except IndexError as e:
    print('unexpected exception passed:', e)


def warner():
    warnings.warn('careful', UserWarning)


with tc.assertWarns(UserWarning) as wcm:
    warner()
print(wcm.warning, wcm.filename == __file__, wcm.lineno)
check('assertWarns', UserWarning, lambda: None)
check('assertWarns', DeprecationWarning, warner)
check('assertWarns', 'x', warner)
try:
    with tc.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print('warns ctx:', e)

check('fail')
check('fail', 'explicit')
try:
    tc.skipTest('why not')
except unittest.SkipTest as e:
    print('SkipTest', e)

tc.longMessage = False
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'only mine')
check('assertIn', 1, [], 'only mine')
tc.longMessage = True

tc.maxDiff = 20
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', 'a\nb\n', 'a\nc\n')
tc.maxDiff = None
check('assertEqual', list(range(30)), list(range(30))[::-1])


class Thing:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Thing) and self.v == other.v

    def __repr__(self):
        return 'Thing(%r)' % self.v


def thing_equal(a, b, msg=None):
    if a.v != b.v:
        raise tc.failureException('things differ: %r vs %r' % (a.v, b.v))


tc.addTypeEqualityFunc(Thing, thing_equal)
check('assertEqual', Thing(1), Thing(2))


class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')


try:
    tc.assertIsNone(BadRepr())
except AssertionError as e:
    print(str(e).startswith('<__main__.BadRepr object at 0x'), str(e).endswith('> is not None'))
print(unittest.util.safe_repr('x' * 100, short=True))
print(unittest.util.strclass(Probe), unittest.util.three_way_cmp(1, 2))
print(unittest.util.sorted_list_difference([1, 2, 3, 4], [2, 4, 5]))
print(unittest.util.unorderable_list_difference([{1}, {2}], [{2}, {3}]))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    tc.assertEquals(1, 1)
    tc.failUnless(True)
print([str(w.message) for w in caught])
