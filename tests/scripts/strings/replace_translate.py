# str.replace, translate and maketrans.
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show("aaa".replace, "a", "b")
show("aaa".replace, "a", "b", 2)
show("aaa".replace, "a", "b", 0)
show("aaa".replace, "a", "b", -5)
show("aaa".replace, "aa", "x")
show("abc".replace, "", "-")
show("abc".replace, "", "-", 2)
show("".replace, "", "x")
show("".replace, "a", "x")
show("héllo".replace, "é", "e")
show("hello".replace, "l", "ł")
show("日本語".replace, "本", "")
show("abc".replace, "", "é")
show("abc".replace, "x", "y")
show("abc".replace, "a")
show("abc".replace, 1, "a")
show("abc".replace, "a", 2)
show("abc".replace, "a", "b", "c")
show("abc".replace, "a", "b", count=1)
s = "the cat sat on the mat " * 3
print(s.replace("the", "a").replace("at", "og"))
print(s.replace(" ", ""))

t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
t2 = str.maketrans("ab", "cd", "e")
print(sorted(t2.items(), key=lambda kv: kv[0]))
t3 = str.maketrans({"a": "1", 98: None, "c": 100})
print(sorted(t3.items()))
show(str.maketrans)
show(str.maketrans, 1)
show(str.maketrans, "ab", "c")
show(str.maketrans, {1.5: 2})
show(str.maketrans, {"ab": 2})
show(str.maketrans, 1, 2)
show(str.maketrans, "a", "b", 1)
show(str.maketrans, 1, "b")
print("abcde".translate(t))
print("abcde".translate(t2))
print("abcde".translate(t3))
print("héllo".translate({ord("é"): "e", ord("l"): "L"}))
print("abc".translate({97: "xyz", 98: None, 99: 0x3a3}))
show("abc".translate, {97: 1.5})
show("abc".translate, {97: -1})
show("abc".translate, {97: 0x110000})
show("abc".translate, 5)
show("abc".translate, [])
show("abc".translate, ["x", "y"] * 50)

class Upper:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return chr(k).upper()
print("xyz abc".translate(Upper()))
