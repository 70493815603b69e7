# str.encode with errors handlers, code-point indexing and misc str behaviour.
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "héllo wörld €"
show(s.encode)
show(s.encode, "utf-8")
show(s.encode, "latin-1", "replace")
show(s.encode, "ascii", "ignore")
show(s.encode, "ascii", "replace")
show(s.encode, "ascii", "xmlcharrefreplace")
show(s.encode, "ascii", "backslashreplace")
show(s.encode, "ascii")
show(s.encode, encoding="utf8", errors="strict")
show(s.encode, "nope")
show(s.encode, 1)
show(s.encode, "ascii", 1)
print(s[1], s[-1], s[4:9], s[::-1], s[::3], len(s))
print(s.find("ö"), s.index("€"), s.count("l"), s.rfind("l"), "ö" in s)
print(str(b"abc", "ascii"), str(bytearray(b"x\xc3\xa9"), "utf-8"))
show(str, "x", "utf-8")
show(str, 5, "utf-8")
print("abc" * 3, 3 * "é", "" * 5, "x" * -1)
print("a" < "b", "é" > "z", "abc" == "abc", "abc" != "abd", sorted(["b", "é", "a", "Z"]))
print(repr("tab\there"), repr("quote'\""), repr("é\x00\u200b"), ascii("é€😀"))
