# bytes and bytearray basics: construction, indexing, slicing, methods, mutation, conversions.
b = b"Hello, World"
print(b[0], b[-1], b[:5], b[7:], b[::2], len(b), b.upper(), b.lower(), b.split(b", "), b.find(b"World"))
print(b.replace(b"l", b"L"), b.startswith(b"He"), b.count(b"l"), b.strip(b"Hd"), b.decode(), b.hex(), b"-".join([b"a", b"b"]))
print(bytes(5), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes("abc", "ascii"), bytes(b"copy"), bytes.fromhex("de ad be ef"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), ba[1], ba.pop(), ba, bytes(ba), ba.decode())
ba[1:3] = b"XYZ"
del ba[0]
print(ba, ba.find(b"Z"), ba.reverse(), ba, ba.insert(0, 33), ba, ba.remove(ord("Z")), ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "utf-8"), bytearray(b"x") * 3, b"ab" + bytearray(b"cd"), bytearray(b"cd") + b"ab")
print(b"abc" == bytearray(b"abc"), b"a" < b"b", list(b"AZ"), [x for x in bytearray(b"hi")], 104 in b"hi", b"h" in b"hi")
print("é".encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
print("abc".encode("ascii"), b"caf\xc3\xa9".decode(), "€".encode("utf-8"), len("€".encode()), b"\xff".decode("utf-8", "replace"))
print(repr(b"\t\n\r\x00\x7f\x80'"), repr(bytearray(b"\"'")), str(b"x"), b"%d-%s" % (1, b"z"))
print(b"a,b".split(b","), b"  x ".strip(), b"abc".isalpha(), b"123".isdigit(), b"AbC".swapcase(), b"ab".center(6, b"*"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"x" * 0, b"".join([]), bytes(bytearray(b"q")))
for bad in (lambda: b"a" + "b", lambda: bytes([300]), lambda: bytearray(b"a").append(256), lambda: b"abc"[5], lambda: hash(bytearray()),
            lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: bytes("x"), lambda: bytearray(b"ab").remove(120)):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, UnicodeError) as e:
        print(type(e).__name__ + ":", e)
