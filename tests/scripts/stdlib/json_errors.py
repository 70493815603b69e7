# json.JSONDecodeError messages, positions (lineno/colno/pos) as CPython.
import json

docs = [
    '', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '[1]]', '{', '{"a"', '{"a" 1}',
    '{"a":', '{"a":1', '{"a":1,}', '{1:2}', "{'a': 1}", '"abc', '"\\', '"\\x"',
    '"\\u12"', '"\\u12zz"', '"\\u1234', '"\\ud800\\u12"', '"ab\x01"', '"ab\x01',
    '-', '-a', '1.', '1e', '01', 'nul', 'tru', 'NaNx', '\ufeff1',
    '[1,\n 2,\n 3\n 4]', '{\n  "a": 1,\n  "b" 2\n}', '\n\n   @',
]
for doc in docs:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
        assert isinstance(e, ValueError) and e.doc == doc

e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.args, type(e).__name__, json.decoder.JSONDecodeError is json.JSONDecodeError)
