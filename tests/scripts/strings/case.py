# upper/lower/casefold/swapcase/title/capitalize and the is* predicates, ASCII and Unicode.
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

words = ["hello world", "HELLO", "hElLo wOrLd", "", "123abc", "they're bill's friends",
         "straße", "ǆungla", "ﬁne ﬂow", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ŉ", "a1b2 c3",
         "élan vital", "ǈ", "ß", "ΐ", "Ꭰ", "ꭰ", "x\u0345", "aΣ", "aΣb", "Σ", "a.Σ.", "AΣ\u0301"]
for w in words:
    print(repr(w), [w.upper(), w.lower(), w.casefold(), w.swapcase(), w.title(), w.capitalize()])

show("abc".upper, 1)
show("abc".lower, "x")

samples = ["", "abc", "ABC", "Abc", "aBC", "abc123", "123", "١٢٣", "½", "²", "Ⅷ", "一二三", "  ", "\t\n",
           "\u3000", "a b", "abc!", "_id", "1abc", "é", "Title Case", "Title case", "ǅ", "ǅa", "ABC DEF",
           "\x00", "\x7f", "tab\t", "\u00ad", "\U0001F600", "ª", "ʰ", "Ⅰ", "ⅰ", "𝟘", "identifier_é", "℘x", "a\u0300"]
for s in samples:
    print(repr(s), [s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(),
                    s.isidentifier(), s.islower(), s.isnumeric(), s.isprintable(), s.isspace(),
                    s.istitle(), s.isupper()])
show("a".isalpha, 1)
show("a".isidentifier, 1)
show("a".isascii, 1)
