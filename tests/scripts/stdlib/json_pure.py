# The pure-Python json (what runs without _json): json.decoder.py_scanstring,
# json.encoder.py_encode_basestring(_ascii), json.scanner.py_make_scanner, and
# json imported with _json blocked, with CPython's pure-Python messages.
import sys
import json
import json.decoder
import json.encoder
import json.scanner

py_scanstring = json.decoder.py_scanstring
py_ascii = json.encoder.py_encode_basestring_ascii
py_utf8 = json.encoder.py_encode_basestring


def show(fn, *args, **kw):
    try:
        print('  ->', ascii(fn(*args, **kw)))
    except StopIteration as e:
        print('  -> StopIteration', e.value)
    except json.JSONDecodeError as e:
        print('  -> JSONDecodeError', ascii(str(e)), e.pos)
    except Exception as e:
        print('  ->', type(e).__name__, ascii(str(e)))


# scanstring: the C and Python versions agree on results
for s, end, strict in [('"z\\ud834\\udd20x"', 1, True), ('"\\u0123\\u4567\\u89ab"', 1, True),
                       ('"\\ud834\\u0041"', 1, True), ('"\\ud834"', 1, True),
                       ('"a\x01b"', 1, False), ('"\\/\\b\\f\\n\\r\\t\\"\\\\"', 1, True),
                       ('["x\u00e9y", 1]', 2, True), ('"\U0001d120"', 1, True)]:
    print(ascii(s), ascii(py_scanstring(s, end, strict)) == ascii(json.decoder.c_scanstring(s, end, strict)))
    show(py_scanstring, s, end, strict)
# and on errors, with the pure-Python messages
for s in ['"abc', '"\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u0x12"', '"\\ud800\\u12"',
          '"ab\x01"', '"\x1f"', '"\u00e9\\q"']:
    print(ascii(s))
    show(py_scanstring, s, 1)
    show(json.decoder.c_scanstring, s, 1)

# encode_basestring(_ascii)
for s in ['', 'plain', '\u00e9\u20ac\U0001f600\ud800', '\x00\x01\x1f\x7f',
          '"\\/\b\f\n\r\t', '\u2028\u2029', 'x' * 50 + '"']:
    a, u = py_ascii(s), py_utf8(s)
    print(a, ascii(u), a == json.encoder.c_encode_basestring_ascii(s),
          u == json.encoder.c_encode_basestring(s))

# py_make_scanner with a decoder as its context
dec = json.JSONDecoder(parse_int=lambda s: 'int' + s, object_pairs_hook=list)
scan = json.scanner.py_make_scanner(dec)
for doc, idx in [('[1, {"a": 2.5}]', 0), ('  [', 2), ('[1,', 0), ('x', 0), ('NaN', 0),
                 ('-Infinity', 0), ('"s"', 0), ('', 0), ('1', 5)]:
    print(ascii(doc), idx)
    show(scan, doc, idx)
print(dec.memo)


# json without _json
def pure_json():
    saved = {k: sys.modules.pop(k) for k in list(sys.modules) if k == 'json' or k.startswith('json.')}
    saved_c = sys.modules.get('_json')
    sys.modules['_json'] = None
    try:
        import json as pj
        import json.decoder
        import json.scanner
        import json.encoder
        return pj
    finally:
        for k in list(sys.modules):
            if k == 'json' or k.startswith('json.'):
                del sys.modules[k]
        sys.modules.update(saved)
        if saved_c is None:
            del sys.modules['_json']
        else:
            sys.modules['_json'] = saved_c


pj = pure_json()
print(pj.encoder.encode_basestring_ascii is pj.encoder.py_encode_basestring_ascii,
      pj.encoder.c_make_encoder, pj.decoder.c_scanstring)
doc = {'b': [1, 2.5, None, True, '\u00e9'], 'a': {'x': (1, 2)}, 3: -0.0}
for mod in (json, pj):
    text = mod.dumps(doc)
    print(text, mod.dumps(doc, sort_keys=False, indent=1, ensure_ascii=False) == json.dumps(doc, indent=1, ensure_ascii=False))
    print(mod.loads(text) == json.loads(text), mod.loads(text, object_pairs_hook=list))
    show(mod.dumps, [float('nan')], allow_nan=False)
    show(mod.dumps, {float('-inf'): 1}, allow_nan=False)
    show(mod.loads, '["a\x01"]')
    show(mod.loads, '["\\z"]')
    show(mod.loads, '{"a": 1,}')
    show(mod.loads, '[1 2]')
    rows = mod.loads('[{"key": 1}, {"key": 2}]')
    print(list(rows[0])[0] is list(rows[1])[0])
    try:
        mod.loads('[' * 100000)
    except RecursionError:
        print('RecursionError')

# the module-level names of json.encoder and json.decoder
enc = json.encoder
print(enc.ESCAPE.pattern, enc.ESCAPE_ASCII.pattern, enc.HAS_UTF8.pattern, len(enc.ESCAPE_DCT),
      enc.ESCAPE_DCT['\x05'], enc.ESCAPE_DCT['\n'], enc.INFINITY)
print(enc.ESCAPE_ASCII.sub(lambda m: '<%s>' % ascii(m.group(0)), 'a"\u00e9\x7f~'))
dec = json.decoder
print(dec.WHITESPACE.pattern, repr(dec.WHITESPACE_STR), dec.STRINGCHUNK.pattern, dec.BACKSLASH['n'] == '\n',
      dec.NaN != dec.NaN, dec.PosInf, dec.NegInf, dec.__all__, json.scanner.NUMBER_RE.pattern)
print(dec.JSONArray(('[1, 2] x', 1), json.scanner.make_scanner(json.JSONDecoder())))
print(dec.JSONObject(('{"k": [1]}', 1), True, json.scanner.make_scanner(json.JSONDecoder()), None, None))
