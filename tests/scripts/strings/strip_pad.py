# strip family, removeprefix/removesuffix, center/ljust/rjust/zfill/expandtabs.
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["  abc  ", "\t\n abc \x0b\x0c\r", "\u3000\xa0abc\u2003", "xxabcxx", "", "   "]:
    show(s.strip)
    show(s.lstrip)
    show(s.rstrip)
    show(s.strip, "x")
    show(s.strip, None)
show("ébcé".strip, "é")
show("abcba".strip, "ab")
show("abc".strip, "")
show("abc".strip, 1)
show("abc".lstrip, 1)
show("abc".strip, chars="a")
show("abc".strip, "a", "b")

show("prefix-body".removeprefix, "prefix-")
show("prefix-body".removeprefix, "body")
show("prefix-body".removesuffix, "-body")
show("prefix-body".removesuffix, "")
show("x".removeprefix, 1)
show("x".removesuffix, None)

for w in [-1, 0, 3, 6, 7, 10]:
    show("abc".center, w)
    show("abc".ljust, w, "*")
    show("abc".rjust, w, "é")
    show("ab".center, w, "-")
show("abc".center, 9, "ab")
show("abc".center, 9, "")
show("abc".center, 9, 1)
show("abc".center, "9")
show("abc".center)
show("abc".center, 9, fillchar="x")
show("héllo".center, 9, "·")

for s in ["42", "-42", "+42", "", "abc", "-", "é1"]:
    show(s.zfill, 5)
show("42".zfill, -3)
show("42".zfill, "5")

for s in ["a\tb", "\t", "ab\tc\n\td", "abcdefgh\tx", "é\tx", "a\r\tb"]:
    show(s.expandtabs)
    show(s.expandtabs, 4)
    show(s.expandtabs, 0)
    show(s.expandtabs, tabsize=3)
show("a\tb".expandtabs, "x")
show("a\tb".expandtabs, -1)
