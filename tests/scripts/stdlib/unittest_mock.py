# unittest.mock: Mock/MagicMock calls, children, return values, side effects, specs,
# assertion messages, call/ANY/sentinel, patch (decorator, context manager, start/stop,
# object, dict, multiple), PropertyMock, mock_open, AsyncMock.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, patch, sentinel, DEFAULT, PropertyMock, mock_open
import os

m = Mock()
m(1, 2, a=3)
m.method('x')
m.attr.nested(5)
m.method('y')
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args_list, m.method.call_count)
print(m.call_args.args, m.call_args.kwargs)
print(call(1, 2) == call(1, 2), call(1) == call(2), m.mock_calls[0] == call(1, 2, a=3), call.method('x') in m.mock_calls)
print(repr(call), repr(call.a.b(1)), repr(call(1)(2)), call.a.b(1).call_list() if False else '')
m.assert_called_with(1, 2, a=3)
m.method.assert_called_with('y')
m.method.assert_any_call('x')
m.assert_has_calls([call.method('x'), call.attr.nested(5)])
m.assert_has_calls([call.method('y'), call.method('x')], any_order=True)
for f in (lambda: m.assert_called_with(1), lambda: m.method.assert_called_once_with('y'),
          lambda: m.method.assert_any_call('z'), lambda: m.assert_not_called(),
          lambda: Mock().assert_called(), lambda: Mock(name='nm').assert_called_once(),
          lambda: Mock().assert_called_with(3), lambda: m.assert_has_calls([call.method('z')]),
          lambda: m.assert_has_calls([call.method('z'), call(9)], any_order=True),
          lambda: m.assret_called()):
    try:
        f()
    except (AssertionError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
m.reset_mock()
print(m.call_count, m.mock_calls, m.method.call_count)

m = Mock(return_value=3)
print(m(), m.return_value)
m = Mock(side_effect=[1, 2, ValueError('third')])
print(m(), m())
try:
    m()
except ValueError as e:
    print('ValueError', e)
try:
    m()
except StopIteration:
    print('StopIteration')
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=KeyError('k'))
try: m()
except KeyError as e: print('KeyError', e)
m = Mock(side_effect=lambda: DEFAULT, return_value='rv')
print(m())
m = Mock(wraps=len)
print(m([1, 2, 3]), m.call_args)
m = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 9})
print(m.method(), m.attr)
m = Mock(spec=['a', 'b'])
print(m.a, 'ok') if False else print(type(m.a).__name__)
try:
    m.c
except AttributeError as e:
    print('AttributeError:', e)

class Spec:
    def meth(self, x, y=2): pass
    attr = 1
s = Mock(spec=Spec)
print(isinstance(s, Spec), type(s.meth).__name__)
s.meth(1)
s.meth.assert_called_with(1)
try:
    s.nope
except AttributeError as e:
    print('AttributeError:', e)

mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), 3 in mm, mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), list(mm), mm[21])
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__str__.return_value = 'custom'
print(str(mm))
print(mm.mock_calls[:1])
mm2 = MagicMock()
mm2.x.y.return_value = 4
print(mm2.x.y(), mm2.mock_calls)
mm2['key'] = 'v'
print(mm2.__setitem__.call_args)

print(sentinel.foo is sentinel.foo, sentinel.foo, DEFAULT)
print(ANY == 3, [1, ANY] == [1, 'x'], repr(ANY), call(ANY) == call(5))

import json
with patch('json.dumps') as fake:
    fake.return_value = 'patched'
    print(json.dumps({}), fake.call_args)
print(json.dumps({}))

@patch('os.getcwd', return_value='/fake')
@patch('os.getpid')
def decorated(mock_pid, mock_cwd):
    mock_pid.return_value = 42
    return os.getcwd(), os.getpid()
print(decorated(), os.getpid() != 42)

class Thing:
    value = 1
    def method(self):
        return 'real'
with patch.object(Thing, 'method', return_value='mocked') as pm:
    print(Thing().method(), pm.call_count)
print(Thing().method())
with patch.object(Thing, 'value', 99):
    print(Thing.value)
print(Thing.value)

d = {'a': 1}
with patch.dict(d, {'b': 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict('os.environ', {'GILPY_TEST_VAR': 'x'}):
    print(os.environ['GILPY_TEST_VAR'])
print('GILPY_TEST_VAR' in os.environ)
p = patch('os.getcwd', return_value='started')
p.start()
print(os.getcwd())
p.stop()
print(os.getcwd() != 'started')
with patch.multiple('os', getcwd=DEFAULT, sep='!') as values:
    print(sorted(values), os.sep)
print(os.sep)
try:
    patch('nodots')
except TypeError as e:
    print('TypeError:', e)
try:
    with patch.object(Thing, 'missing'):
        pass
except AttributeError as e:
    print('AttributeError:', str(e).split(' at 0x')[0])

class Prop:
    @property
    def p(self): return 'real'
with patch.object(Prop, 'p', new_callable=PropertyMock) as pmock:
    pmock.return_value = 'fake'
    print(Prop().p)
    Prop().p = 5
    print(pmock.mock_calls)

mo = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', mo):
    with open('somefile') as fh:
        print(fh.read())
    with open('other', 'w') as fh:
        fh.write('data')
print(mo.call_args_list)
mo().write.assert_called_once_with('data')
mo2 = mock_open(read_data='a\nb\n')
with patch('builtins.open', mo2):
    print(list(open('x')), open('y').readline(), open('z').readlines())

am = mock.AsyncMock(return_value=7)
import asyncio
async def use():
    return await am(1)
print(asyncio.run(use()), am.await_count, am.await_args)
am.assert_awaited_once_with(1)
try:
    am.assert_awaited_with(2)
except AssertionError as e:
    print(e)
print(type(MagicMock().__aenter__).__name__)
