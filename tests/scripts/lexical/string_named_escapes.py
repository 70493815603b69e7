# \N{name} escapes in string literals.
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9")
print(ord("\N{GREEK SMALL LETTER ALPHA}"), ord("\N{EM DASH}"))
print("\N{DIGIT SEVEN}\N{SPACE}\N{LATIN CAPITAL LETTER A}")
print(len("\N{SNOWMAN}"), hex(ord("\N{SNOWMAN}")))
print("\N{latin small letter a}" == "a")
