# Bytes literals: prefixes, escapes, reprs and element access.
print(b"abc", B'abc', b'''x''', b"""y""", b'it\'s', b"q\"q")
print(b"\x00\x01\xff", b"\n\t\r\\", b"\101\102", b"\0")
print(list(b"\x00\x7f\x80\xff"), len(b"\xff\xfe"))
print(b"a" b"b" b'c', b"" == b'', len(b""""""))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x7f"), repr(b"\x1f"))
print(b"\u00e9", len(b"\u00e9"), b"\N{SPACE}")
print(b"hello"[0], b"hello"[-1], b"hello"[1:3], b"hello"[::-1])
print(type(b"").__name__, b"ab" + b"cd", b"ab" * 3)
print(b"a" == "a", b"a" in b"cat", 97 in b"cat")
print(b"x\
y")
data = b"\xde\xad\xbe\xef"
print(data.hex(), data[0] == 0xde, [hex(x) for x in data])
print(bytes([104, 105]), bytearray(b"hi"), bytes(3), bytes("é", "utf-8"))
