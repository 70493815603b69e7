# Non-ASCII string literals: code point lengths, indexing, slicing, case mapping, escapes round trip.
s = "héllo wörld ☃ 日本語 😀"
print(len(s), s[1], s[-1], s[12], s[14:17], s[::-1], s.upper(), s.title())
print([ord(c) for c in s[-5:]], s.find("☃"), s.index("日"), s.count("l"), "😀" in s, s.split(" "))
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print(repr(s), ascii(s), str(s) is s or str(s) == s)
combining = "e\u0301"
print(len(combining), combining, repr(combining), combining == "é", "é" == "\u00e9")
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower(), "ǅ".title(), "ǆ".upper())
print(sorted(["é", "e", "z", "É", "a"]), max("aé"), min("日本"), "é" > "z")
print("日本語"[1], "日本語"[::2], "日本語" * 2, "-".join("日本語"), list("😀😃"), len("😀😃"))
print(f"{'日本':>6}|{'日本':<6}|{'é':^5}|{'😀':*^5}|")
print("%-6s|%6s|" % ("ñ", "ü"), "{:^7}".format("ç"), "é".center(5, "-"), "x".ljust(3, "é"))
print("\u00e9\u0301", "\N{GREEK CAPITAL LETTER OMEGA}", "\U0001F600".encode("utf-8"), b"\xf0\x9f\x98\x80".decode())
print(chr(0x10FFFF).encode("utf-8"), len(chr(0x10FFFF)), ord(chr(0x10FFFF)), "\ud800".encode("utf-8", "replace") if False else "no lone surrogates")
