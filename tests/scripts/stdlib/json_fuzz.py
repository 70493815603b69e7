# json.loads on a deterministic list of malformed documents (truncations and
# one-character changes of valid ones): the C scanner and the pure-Python
# fallback (json imported without _json) against CPython, result or error,
# message, pos, lineno and colno.
import sys
import json


def pure_json():
    """json imported afresh with _json blocked, as CPython's test_json does."""
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
print(pj is not json, pj.decoder.c_scanstring, pj.scanner.c_make_scanner, pj.encoder.c_make_encoder)
print(pj.decoder.scanstring is pj.decoder.py_scanstring, pj.scanner.make_scanner is pj.scanner.py_make_scanner)

BASES = [
    '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}}',
    '[{"k": "v"}, 12345678901234567890, "\\ud800\\udc00\\"\\\\\\/"]',
    ' \n{ "\u00e9" : [ -0.5E+1 , NaN ] }\t',
]
CHARS = ['"', '\\', '}', ']', ',', ':', 'x', '\x01', '\u00e9']


def docs():
    for b in BASES:
        for i in range(len(b) + 1):
            yield b[:i]
        for i in range(len(b)):
            for c in CHARS:
                yield b[:i] + c + b[i + 1:]
    yield from ['[,]', '{,}', '01', '-01', '1.', '.5', '1e+', 'tru', '"\\uD834\\uDD1E"',
                '"\\ud834\\u00e9"', '"\\ud834\\uXYZW"', '"\\ud834\\', '"\\ud834\\u', '"\t"',
                '[' * 30 + ']' * 29, '{"a":' * 20 + '1' + '}' * 20]


def result(mod, doc, **kw):
    try:
        return ascii(mod.loads(doc, **kw))
    except (json.JSONDecodeError, pj.JSONDecodeError) as e:
        return '%s@%d:%d:%d' % (ascii(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        return '%s %s' % (type(e).__name__, ascii(str(e)))


seen = set()
for doc in docs():
    if doc in seen:
        continue
    seen.add(doc)
    c, p = result(json, doc), result(pj, doc)
    cs = result(json, doc, strict=False)
    print(ascii(doc), c, '| py', p if p != c else '=', '| lax', cs if cs != c else '=')
print(len(seen), 'documents')
