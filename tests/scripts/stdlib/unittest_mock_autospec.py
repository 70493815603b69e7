# unittest.mock: seal, create_autospec (signature checks, class and instance mocks).
from unittest import mock
m = mock.Mock()
m.method.return_value = 1
mock.seal(m)
print(m.method())
for f in (lambda: m.other, lambda: m.method.other, lambda: setattr(m, 'newattr', 1)):
    try:
        f()
    except AttributeError as e:
        print('AttributeError:', e)
def func(a, b, *, c=1): return a
af = mock.create_autospec(func, return_value=5)
print(af(1, 2), af(1, b=2, c=3))
try:
    af(1)
except TypeError as e:
    print('TypeError:', e)
af.assert_called_with(1, b=2, c=3)
class K:
    def meth(self, x): pass
ak = mock.create_autospec(K)
inst = ak()
print(type(inst).__name__, isinstance(inst, K))
try:
    ak.nothere
except AttributeError as e:
    print('AttributeError:', e)
