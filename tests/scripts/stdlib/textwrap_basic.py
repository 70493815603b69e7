import textwrap
s = ("The quick brown fox jumps over the lazy dog. A well-known phrase that "
     "contains every letter of the alphabet; it is used for type-setting tests, "
     "keyboard practice and font previews.")
for w in (10, 20, 33, 50):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 30))
print(textwrap.fill(s, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o", 6))
print(textwrap.wrap("well-known hyphen-ated words", 8, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand\nnewlines   spaces", 12))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(s, 40))
print(textwrap.wrap(s, 30, max_lines=3))
print(textwrap.wrap(s, 30, max_lines=2, placeholder=" ~"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)
print(repr(textwrap.dedent("""\
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n  y\n")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.indent("one\n\ntwo\n  three\n", "> ")))
print(repr(textwrap.indent("a\n\nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("Hi there. How are you? Fine."))
