# unicodedata.normalize / is_normalized: single code points of several blocks
# and random strings of starters, combining marks, Hangul jamo, compatibility
# characters and composition exclusions, in the four forms.
import hashlib
import random
import unicodedata as u

for form in ("NFC", "NFD", "NFKC", "NFKD"):
    changed = []
    for cp in list(range(0, 0x3000)) + list(range(0xAC00, 0xAD00)) + list(range(0xF900, 0x10000)) + \
            list(range(0x1D100, 0x1D200)) + list(range(0x2F800, 0x2FA20)):
        if 0xD800 <= cp < 0xE000:
            continue
        s = chr(cp)
        r = u.normalize(form, s)
        if r != s:
            changed.append("%X %s" % (cp, ascii(r)))
    print(form, len(changed), hashlib.md5("\n".join(changed).encode()).hexdigest())
    print(changed[:3], changed[-2:])

random.seed(5)
pool = [chr(c) for c in (0x41, 0x61, 0x300, 0x301, 0x323, 0x327, 0x1100, 0x1161, 0x11A8, 0xAC00,
                         0x1E0A, 0x1E0C, 0x307, 0xFB01, 0x2126, 0x212B, 0x3B1, 0x345, 0x313,
                         0x1F80, 0x5D0, 0x5B4, 0x5BC, 0xD800, 0x65, 0x338, 0x3D2, 0x1E9B, 0xF900,
                         0x1D15E, 0x2ADC, 0xFF76, 0xFF9E)]
lines = []
for i in range(1500):
    s = "".join(random.choice(pool) for _ in range(random.randint(1, 8)))
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        lines.append(ascii(u.normalize(form, s)) + " " + str(u.is_normalized(form, s)))
print(hashlib.md5("\n".join(lines).encode()).hexdigest())
print(lines[:8])
for s in ["e\u0301", "\u00e9", "\u1e9b\u0323", "\ufb01", "\u212b", "A\u0323\u0307", "\uac00\u11a8",
          "\u1100\u1161\u11a8", "abc", "", "\u2460", "\uff76\uff9e"]:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
s = "abc"
print(u.normalize("NFC", s) is s)
