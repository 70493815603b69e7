# unicodedata: every property over a sample of code points (all of the BMP's
# first blocks, then every 29th code point), digests per property plus
# explicit examples; CPython 3.11's Unicode 14.0.0 is the reference.
import hashlib
import unicodedata as u

print(u.unidata_version)
sample = list(range(0, 0x3400)) + list(range(0x3400, 0x110000, 29)) + [
    0xAC00, 0xAC01, 0xD7A3, 0xD7A4, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x18B00, 0x1B170,
    0xF900, 0x17000, 0x1F600, 0x1FAF8, 0x1FAF9, 0xE0001, 0x10FFFF]
props = [
    ("category", u.category), ("bidirectional", u.bidirectional), ("combining", u.combining),
    ("mirrored", u.mirrored), ("east_asian_width", u.east_asian_width),
    ("decomposition", u.decomposition), ("name", lambda c: u.name(c, None)),
    ("decimal", lambda c: u.decimal(c, None)), ("digit", lambda c: u.digit(c, None)),
    ("numeric", lambda c: u.numeric(c, None)),
]
for label, f in props:
    values = [repr(f(chr(cp))) for cp in sample]
    print(label, len(set(values)), hashlib.md5("\n".join(values).encode()).hexdigest())

for cp in [0x41, 0x61, 0x30, 0xBD, 0x2155, 0x0F33, 0x16B61, 0x300, 0x5D0, 0x627, 0x660,
           0x28, 0x29, 0x2028, 0xAC00, 0xD55C, 0x4E00, 0xFF21, 0xFF61, 0x1F600, 0x378,
           0xE000, 0xD800, 0x10FFFF, 0x1E9B, 0x2460, 0x3405, 0x216B]:
    c = chr(cp)
    print("%04X" % cp, u.name(c, "-"), u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.mirrored(c), u.east_asian_width(c), repr(u.decomposition(c)),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "BULLET", "bel", "BEL",
             "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00", "SNOWMAN",
             "GREEK SMALL LETTER ALPHA WITH PSILI AND VARIA", b"DIGIT ONE", "LINE FEED"]:
    print(repr(name), ascii(u.lookup(name)))

for name in ["NOT A CHARACTER", "cjk unified ideograph-4e00", "hangul syllable gag", "A" * 300,
             "A\0B", b"XYZ", 5, bytearray(b"A"), "\ud800"]:
    try:
        u.lookup(name)
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

for call in [lambda: u.name("ab"), lambda: u.name(5), lambda: u.name("\U00017000"),
             lambda: u.decimal("a"), lambda: u.digit("x"), lambda: u.numeric("y"),
             lambda: u.category(), lambda: u.category("ab"), lambda: u.name(),
             lambda: u.name("a", 1, 2), lambda: u.normalize("NFX", "a"),
             lambda: u.normalize("NFC", 1), lambda: u.normalize(1, "a"),
             lambda: u.is_normalized("NFX", "a"), lambda: u.normalize("NFC"),
             lambda: u.combining(1), lambda: u.east_asian_width("")]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
print(u.name("\x07", "dflt"), u.decimal("x", 7), u.numeric("\u00bd"), u.digit("\u00b2"))
