# str.split/rsplit/splitlines/partition/rpartition/join, with edge cases and errors.
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["", "   ", "a b  c", "  lead and trail  ", "tab\tsep\nnl", "x\u3000y\u2003z\x85w", "\x1c\x1da\x1fb"]:
    show(s.split)
    show(s.rsplit)
    show(s.split, None, 1)
    show(s.rsplit, None, 1)
    show(s.split, maxsplit=0)
    show(s.rsplit, maxsplit=0)

for s, sep in [("a,b,,c", ","), (",a,", ","), ("", ","), ("abcabc", "bc"), ("héllo wörld héllo", "ö"), ("aaa", "aa")]:
    show(s.split, sep)
    show(s.rsplit, sep)
    show(s.split, sep, 1)
    show(s.rsplit, sep, 1)
    show(s.split, sep=sep, maxsplit=-1)

show("a b".split, "")
show("a b".split, 1)
show("a b".split, None, "x")
show("a b".split, 1, 2, 3)
show("a b".split, x=1)
show("a b".rsplit, "")

lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
show(lines.splitlines)
show(lines.splitlines, True)
show(lines.splitlines, keepends=True)
show("".splitlines)
show("\n".splitlines)
show("a\n\nb\n".splitlines)
show("a\n\nb\n".splitlines, 1)
show("x".splitlines, "a")

for s in ["a=b=c", "abc", "", "é=ü"]:
    show(s.partition, "=")
    show(s.rpartition, "=")
show("abc".partition, "")
show("abc".partition, 1)
show("abc".partition)
show("abc".partition, sep="b")

show(",".join, ["a", "b", "c"])
show(",".join, ("x",))
show(",".join, [])
show("".join, ["é", "a", "ü"])
show("-".join, "abc")
show("-".join, iter(["p", "q"]))
show("-".join, {"k": 1, "j": 2})
show("-".join, ["a", 1])
show("-".join, ["a", b"b"])
show("-".join, 5)
show("-".join)
big = "x".join([str(i) for i in range(1000)])
print(len(big), big[:20], big[-20:])
print(" ".join("the quick brown fox".split()[::-1]))
print("-".join(str(i) for i in range(10)), "".join(c.upper() for c in "gen"))
print(", ".join(map(str, [1.5, None, True])), "|".join(sorted({"b", "a"})))
