# unittest edge cases: SkipTest in setUpClass and setUp, expectedFailure on a class, failing
# class cleanups, setUpClass failing with cleanups, tests returning values or generators,
# nested subtest parameters, failfast inside subtests, debug(), enterContext.
import io, sys, unittest

def run(*cases, **kw):
    suite = unittest.TestSuite()
    for c in cases:
        suite.addTests(unittest.TestLoader().loadTestsFromTestCase(c))
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=2, **kw).run(suite)
    print('\n'.join('Ran' if l.startswith('Ran') else l for l in s.getvalue().split('\n')))
    return r

class SkipClassSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')
    def test_a(self): pass

class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('setUp says no')
    def test_a(self): pass

@unittest.expectedFailure
class XFailClass(unittest.TestCase):
    def test_fails(self): self.fail('x')
    def test_passes(self): pass

class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: 1 / 0)
    def test_a(self): pass

class SetUpClassCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup ran')
        raise ValueError('setup failed')
    def test_a(self): pass

class Returns(unittest.TestCase):
    def test_returns(self):
        return 1

class Gen(unittest.TestCase):
    def test_gen(self):
        yield 1

class SubFailfast(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.fail(str(i))

class Params(unittest.TestCase):
    def test_params(self):
        with self.subTest('msg', a=1, b=[2]):
            with self.subTest(c=3):
                raise TypeError('t')

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    run(SkipClassSetup, SkipInSetUp, XFailClass, ClassCleanupFails, SetUpClassCleanup, Returns, Gen, Params)
    print(sorted(set(str(x.message).split(' (<')[0] for x in w)))
r = run(SubFailfast, failfast=True)
print(r.testsRun, len(r.failures))
t = Params('test_params')
try:
    t.debug()
except TypeError as e:
    print('debug raised', e)
class WithCM(unittest.TestCase):
    def test_cm(self):
        import contextlib
        @contextlib.contextmanager
        def cm():
            print('enter'); yield 5; print('exit')
        print(self.enterContext(cm()))
        try:
            self.enterContext(3)
        except TypeError as e:
            print(e)
run(WithCM)
