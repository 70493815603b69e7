# json.loads/load: values, hooks, parse_float/parse_int, escapes and surrogates.
import json


class Src:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

print(json.loads('{"a": [1, 2.5, -3, 1e3, 1E-2, 0, -0.0], "b": null, "c": true, "d": false}'))
print(json.loads(' \n\t "text" \r\n'))
print(repr(json.loads('"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20AC"')))
print(repr(json.loads('"\\ud83d\\ude00 \\ud800 \\udc00x \\ud800\\u0041"')))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('12345678901234567890123'), json.loads('-0'), json.loads('1.5e+3'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[]'), json.loads('{}'), json.loads('[[[]]]'), json.loads('[ ]'))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 3.25e1]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print(repr(json.loads('"tab\there"', strict=False)))
print(json.load(Src('{"from": "file"}')))

class D(json.JSONDecoder):
    pass

print(json.loads('[1]', cls=D))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
print(json.JSONDecoder().raw_decode('xx{"a": 1}', 2))
try:
    json.loads(3)
except TypeError as e:
    print("TypeError:", e)

data = {"k": ["v", 1, 2.5, None, {"n": [True, False]}], "u": "\u00e9\U0001f600"}
for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True}):
    assert json.loads(json.dumps(data, **kw)) == data
print("round trips ok")
