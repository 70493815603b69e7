# JSON strings around the 8-byte word boundaries of _json's scanning: one
# special character (quote, backslash, control, DEL, non-ASCII, astral,
# lone surrogate) at every position of strings of 0 to 17 characters,
# encoded both ways, decoded back, and scanned raw (strict and not).
import json
import _json

SPECIALS = ['"', '\\', '\x01', '\x1f', '\x7f', '\u00e9', '\U0001f600', '\ud800', '\n']


def scan(doc, strict):
    try:
        s, end = _json.scanstring(doc, 1, strict)
        return '%s@%d' % (ascii(s), end)
    except json.JSONDecodeError as e:
        return '%s@%d' % (e.msg, e.pos)


for n in range(18):
    for i in range(n + 1):
        for c in SPECIALS:
            s = 'a' * i + c + 'b' * (n - i)
            a, u = json.dumps(s), json.dumps(s, ensure_ascii=False)
            ok = json.loads(a) == s and json.loads(u) == s and json.loads('[%s]' % u) == [s]
            raw = '"' + s + '"' + 'x' * (n % 3)
            print(n, i, ascii(c), a, ascii(u), ok, scan(raw, True), scan(raw, False),
                  len(u), u[1:-1] == s.replace('\\', '\\\\').replace('"', '\\"') or None)
