# Run-length encoding and decoding of strings and bytes, with round-trip checks.
def rle_encode(text):
    if not text:
        return ""
    out = []
    prev, count = text[0], 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)
def rle_decode(code):
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
def rle_bytes(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def unrle_bytes(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)
samples = ["", "a", "aaaa", "abc", "aaabbbcccd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]
for s in samples:
    enc = rle_encode(s)
    ok = rle_decode(enc) == s
    ratio = len(enc) / len(s) if s else 0
    print(f"{s[:20]!r:24} -> {enc!r:40} ok={ok} ratio={ratio:.2f}")
raw = b"\x00" * 300 + b"\x01\x02\x02" + b"\xff" * 5
packed = rle_bytes(raw)
print(packed, len(raw), len(packed), unrle_bytes(packed) == raw)
print(rle_bytes(b""), rle_bytes(b"abc"), unrle_bytes(b"\x03A\x02B"))
s = "".join([chr(65 + (i * 7) % 5) * ((i % 4) + 1) for i in range(12)])
print(s, rle_encode(s))
