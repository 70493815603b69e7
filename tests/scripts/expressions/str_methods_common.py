# Commonly used str methods and their edge cases.
s = "  Hello, World! Hello!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(s.lower(), s.upper(), s.swapcase(), "hello world".title(), "hELLO".capitalize(), "ß".upper(), "İ".lower().encode())
print(s.count("Hello"), s.count("l"), s.count(""), s.find("Hello"), s.rfind("Hello"), s.find("zz"), s.index("World"))
print(s.replace("Hello", "Bye"), s.replace("l", "L", 2), "aaa".replace("a", "b", 0), "abc".replace("", "-"))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\n\ny\n".splitlines(True), "  a\tb\n".split())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), " ".join(map(str, range(4))))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("hello".startswith("he"), "hello".endswith(("lo", "xx")), "hello".startswith("l", 2), "hello".endswith("l", 0, 4))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "١٢٣".isdecimal(), " \t\n".isspace(), "".isspace(), "Title Case".istitle())
print("abc".islower(), "ABC".isupper(), "aBc".islower(), "x_1".isidentifier(), "1x".isidentifier(), "é".isascii(), "½".isnumeric())
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), "42".zfill(6), "-42".zfill(6), "+4".zfill(4))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), "abc"[::-1], "abc" * 2, len("héllo"))
print("Hello".casefold(), "straße".casefold(), "x".join("123"), "%s" % "abc".encode())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print("{}+{}".format(1, 2), "abc".translate({97: "A", 98: None}), str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")))
print(min("hello"), max("hello"), sorted("hello"), "l" in "hello", "hello".index("l"), ord(min("hello")))
for bad in (lambda: "abc".index("z"), lambda: "a".join([1, 2]), lambda: "abc".split(""), lambda: "x".center(5, "ab"), lambda: "abc".startswith(["a"])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
