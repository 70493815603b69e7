# Every quote form of string literals and adjacent-literal concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('''contains ' and " and '' inside''')
print("""contains " and ' and "" inside""")
print("""first line
second line
  third line indented""")
print('''
leading newline kept''')
print('a' 'b' "c" '''d''' """e""")
print("" == '', '' == """""", len(''), len(""""""))
print(repr('x'), repr("x"), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr("""a
b"""), repr('tab\there'))
s = ('multi'
     'part'
     "string")
print(s, len(s))
print(str("literal"), 'x' * 3, "ab" + 'cd')
print(type('').__name__, type("""""").__name__)
print("a" < "b", 'abc' == "abc", "a" in 'cat')
print(u'unicode prefix', U"also")
print('é', "日本語", '\u00e9' == 'é', len("日本語"))
