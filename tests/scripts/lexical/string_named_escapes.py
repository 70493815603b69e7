# \N{name} escapes in string literals.
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9")
print(ord("\N{GREEK SMALL LETTER ALPHA}"), ord("\N{EM DASH}"))
print("\N{DIGIT SEVEN}\N{SPACE}\N{LATIN CAPITAL LETTER A}")
print(len("\N{SNOWMAN}"), hex(ord("\N{SNOWMAN}")))
print("\N{latin small letter a}" == "a")
names = ["\N{LATIN CAPITAL LETTER A WITH GRAVE}", "\N{CYRILLIC SMALL LETTER ZHE}", "\N{HEBREW LETTER ALEF}",
         "\N{CJK UNIFIED IDEOGRAPH-4E2D}", "\N{HANGUL SYLLABLE GA}", "\N{GRINNING FACE}", "\N{NO-BREAK SPACE}",
         "\N{EURO SIGN}", "\N{BLACK HEART SUIT}", "\N{INFINITY}", "\N{LINE FEED}", "\N{NULL}", "\N{SOFT HYPHEN}"]
for ch in names:
    print(hex(ord(ch)), repr(ch), ascii(ch))
print("\N{LEFT CURLY BRACKET}x\N{RIGHT CURLY BRACKET}", f"\N{LEFT CURLY BRACKET}{1 + 1}\N{RIGHT CURLY BRACKET}")
print(r"\N{SPACE}", len(r"\N{SPACE}"), b"\N{SPACE}", "\\N{SPACE}")
print("\N{LATIN SMALL LETTER SHARP S}".upper(), "\N{GREEK SMALL LETTER FINAL SIGMA}" == "ς")
