# Raw string literals: r, R, raw triple-quoted, raw with escaped quotes.
print(r"\n\t\\", len(r"\n"), R'\x41', r'''\d+''', R"""\w*""")
print(repr(r"\n"), repr(r"\\"), repr(r'a\'b'), repr(r"a\"b"))
print(r"C:\new\table\file.txt")
print(r"\u00e9" == "\\u00e9", r"\N{SPACE}" == "\\N{SPACE}")
print(r"trailing\\", len(r"trailing\\"))
path = r"""multi
\line\raw"""
print(path, repr(path))
print(r"a" "\n" r"b", repr(r"a" "\n" r"b"))
print(rb"\x00" == b"\\x00", Rb"\n", bR"\t", BR"x", br'\d')
print(Rb'abc'.decode(), len(rb"\\\\"))
print([r"\'", r'\"', r"\\"])
print(r"\
", repr(r"\
"))
print(type(r"").__name__, type(rb"").__name__)
