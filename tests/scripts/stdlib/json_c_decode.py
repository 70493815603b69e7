# _json's scanner and scanstring (the C path of json.loads): values, hooks,
# key memo, errors with msg/pos/lineno/colno, StopIteration of a direct
# scan_once, argument errors, recursion on deep nesting.
import json
import json.decoder
import json.scanner
import _json
from collections import OrderedDict
from fractions import Fraction

print(json.scanner.make_scanner is _json.make_scanner,
      json.decoder.scanstring is _json.scanstring,
      json.scanner.c_make_scanner is _json.make_scanner)


def show(fn, *args, **kw):
    try:
        print('  ->', ascii(fn(*args, **kw)))
    except StopIteration as e:
        print('  -> StopIteration', e.value, e.args)
    except json.JSONDecodeError as e:
        print('  -> JSONDecodeError', ascii(str(e)), '|', repr(e.msg), e.pos, e.lineno, e.colno,
              e.__context__ is None, e.__cause__ is None)
    except Exception as e:
        print('  ->', type(e).__name__, ascii(str(e)))


# values
for doc in ['0', '-0', '12', '-12', '123456789012345678', '1234567890123456789',
            '-99999999999999999999999999', '1.5', '-1.5e10', '1E400', '-1e-400', '0.1e+2',
            '2.5E-3', '1e', '1.e5', '1.5e+', '.5', '-', '-x', '00', '-Infinity', 'Infinity',
            'NaN', 'true', 'false', 'null', 'nul', 'Nan', '"x"', '[]', '{}', ' [ ] ',
            '[1,[2,[3,{"a":[{}]}]]]', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"',
            '"\\ud800"', '"\\udc00\\ud800"', '"\\ud800x"', '"\\ud800\\n"', '"\\uD834\\uDD1E"',
            '"\\ud834\\u0041"', '"caf\u00e9 \U0001f600"', '{"\u00e9": ["\u00fc", 1]}',
            '{"a": 1, "a": 2}', '\n\t\r [1,\n2]\n']:
    print(ascii(doc))
    show(json.loads, doc)

# every error message
for doc in ['', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '[1]]', '{', '{"a"', '{"a" 1}',
            '{"a":', '{"a":1', '{"a":1,}', '{"a":1,', '{1:2}', "{'a': 1}", '{"a":1 "b":2}',
            '"abc', '"\\', '"\\x"', '"\\u"', '"\\u12"', '"\\u12zz"', '"\\u1234', '"\\ud800\\u12"',
            '"\\ud800\\u"', '"\\ud800\\uzzzz"', '"\\ud800\\udc00', '"ab\x01"', '"ab\x1f',
            '"\t"', '["a\nb"]', '[1,\n 2,\n 3\n 4]', '{\n  "a": 1,\n  "b" 2\n}', '\n\n   @',
            '1 2', '[1] x', '{} {}', '\ufeff[]', '"\u00e9\u00e9\u00e9\\q"', '["\u00e9", 1 2]']:
    print(ascii(doc))
    show(json.loads, doc)
    show(json.loads, doc, strict=False)

# the scanner called directly
scan = _json.make_scanner(json.JSONDecoder())
for doc, idx in [('[', 0), ('[1,', 0), ('[1,]', 0), ('{"a":', 0), ('  1', 0), ('  1', 2),
                 ('abc', 3), ('abc', 10), ('[1] [2]', 4), ('"\u00e9\u00e9" 5', 5), ('x"\u00e9"', 1)]:
    print(ascii(doc), idx)
    show(scan, doc, idx)
show(scan, 'x', -1)
show(scan, b'[]', 0)
show(scan, '[]')
show(scan, '[]', '0')
show(scan, string='[7]', idx=0)
show(_json.make_scanner)
show(_json.make_scanner, object())
print(scan.strict, scan.object_hook, scan.object_pairs_hook, scan.parse_float, scan.parse_int,
      type(scan).__name__, type(scan).__module__)
try:
    scan.strict = False
except AttributeError as e:
    print('AttributeError', e)

# scanstring
for args in [('abc"', 0), ('"abc"', 1), ('abc"', 3), ('abc"', 4), ('abc"', 5), ('abc"', -1),
             ('a\x01b"', 0), ('a\x01b"', 0, False), ('a\x01b"', 0, 0), ('a\x01b"', 0, []),
             ('\u00e9\\n\u00e8"xyz', 0), ('xx\u00e9"\u00e8"', 3), (b'x"', 0), ('x"', 'a'),
             ('x"', 0, True, 1), ('x"',)]:
    print(ascii(args))
    show(_json.scanstring, *args)
show(_json.scanstring, 'x"', end=0)

# hooks
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": {"x": 1}, "a": {}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.10, 2, 3.0e1]', parse_float=Fraction))
print(json.loads('[1.10, 2, -30]', parse_int=lambda s: 'int:' + s))
print(json.loads('[1, 2.5, NaN, -Infinity]', parse_int=float, parse_float=str, parse_constant=lambda s: s.lower()))
print(json.loads('[12345678901234567890123456789]', parse_int=str))
show(json.loads, '[NaN]', parse_constant=lambda s: 1 / 0)
show(json.loads, '[1.5]', parse_float=lambda s: s.nope)
show(json.loads, '{"a": 1}', object_hook=lambda d: d['missing'])
show(json.loads, '[1]', cls=json.JSONDecoder, bogus=1)

# shared keys (the memo), not kept between calls
dec = json.JSONDecoder()
for load in (json.loads, dec.decode):
    rows = load('[{"a_key": 1, "b_\u00e9": 2}, {"a_key": 3, "b_\u00e9": 4}, {"a\\u005fkey": 5}]')
    (a, b), (c, d), (e,) = [list(r) for r in rows]
    print(a is c, b is d, a is e, a, ascii(b))
print(dec.memo)

# big ints and the digit limit
print(json.loads('1' * 4300) == int('1' * 4300))
show(json.loads, '1' * 4301)
show(json.loads, '-' + '2' * 5000)
print(json.loads('1' * 5000, parse_int=len))

# deep nesting
for doc in ['[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
print(len(str(json.loads('[' * 200 + ']' * 200))))

# bytes input
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads('[1]'.encode('utf-16')), json.loads(bytearray(b'[2]')))
show(json.loads, 1)
