# Differential cases (inputs generated once from a fixed seed): split/rsplit/
# splitlines/partition/strip/replace/count/find/case/pad on mixed ASCII/Unicode text.
CASES = ['\t€Ab ', ',éybς\rb ', '😀 \x0b x😀', '', ',\x0bAAybyy€', '', 'bx\t', '😀\tx,', '\x85xB\n,yyA\r', ',x yb', '\rσBx😀\u2028ΣyΣ', '\x85\x0b\n\x0b ', '\x85ςσ\u2028Σ\x85z ,', '😀\n\u2028\tσ😀bB', 'x', '\u2028\u2028ézσyΣ  ', 'σB b', '\x85AyBΣ\x85€BéaΣ', '\nz,σb', '\x85\t\x0b', '€σ \nΣ€', '\x1c\t😀x\x1c😀éB', '\x0b\t \n\t\x0b', '\x0baσy\n\x1c\x85a\t😀', 'ézy\u2028\tςzA', 'bΣBx€€€€,σ', '€b\r \rΣ\n,\u2028z', '', 'a', '\tx,éza \rz', '\tA\x1cézé', ',,σΣσσ\x85', '\t', '\u2028', '\x1cσ\nςa\rςé\txa', 'ς\x85A \x1cςé\né\x0bxx', 'ς\u2028A\x0bz\r\x0b€\x0b\rςσ', 'aa\x1cσ\x1c', 'zéΣ', 'éé \x0b,\x0bσ\r\u2028\rσz', 'aσAéA B,€', '\rσ\n😀A\u2028 €Σ€ \n', '\ta', 'yΣ', 'A\tzzσBé\txx\ta', '', 'A,ς\t😀\r\ra\x1c\r\x85ς', 'y\u2028\x1c', '😀\tbéΣByς', 'ς\tx\tςς', '', '\nza\t\n\tσ', ',xb\u2028Bςςxσ', ',xb\x0b\r\x1cb,ςΣxa', ' Σ\u2028zςzς\r\x1cΣςx', 'σς\x0bς\x1cx\rΣ\t😀,€', '\u2028 B\x0b😀 \r', '\x85,\tABé\t\x1c\tΣ', ',€σ', 'B\x0b']
SEPS = [',', 'a', 'ab', ' ', 'é', '😀', '\r\n']
for s in CASES:
    out = [s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.splitlines(), s.splitlines(True),
           s.strip(), s.lstrip(" a"), s.rstrip("é😀 "), s.upper(), s.lower(), s.casefold(), s.title(),
           s.swapcase(), s.capitalize(), s.center(15, "*"), s.ljust(14, "é"), s.rjust(13), s.zfill(9),
           s.expandtabs(3), s.isspace(), s.isalpha(), s.islower(), s.isupper(), s.istitle(), len(s), s[::-1], s[1:-1:2]]
    for sep in SEPS:
        out += [s.split(sep), s.rsplit(sep, 1), s.partition(sep), s.rpartition(sep), s.count(sep),
                s.find(sep), s.rfind(sep), s.replace(sep, "<>"), s.replace(sep, "", 1), s.startswith(sep),
                s.endswith(sep), s.removeprefix(sep), s.removesuffix(sep), sep.join(s.split())]
    print(ascii(out))
    b = s.encode("utf-8")
    bout = [b.split(), b.rsplit(None, 1), b.splitlines(True), b.strip(), b.upper(), b.title(), b.center(20, b"-"),
            b.replace(b"a", b"AA"), b.split(b","), b.partition(b" "), b.hex(), b.count(b"a"), b.isspace()]
    print(bout)
