# pattern syntax: classes, quantifiers, groups, look-arounds, conditionals
import re

tests = [
    (r'[]a]+', ']a]b'), (r'[^]a]+', 'xy]'), (r'[a-]+', 'a-a'), (r'[-a]+', '-a'),
    (r'[\]]', ']'), (r'[[:alpha:]]+', 'ab:['), (r'[\d\s]+', '1 2x'), (r'[\w.-]+', 'a.b-c!'),
    (r'[\b]', '\b'), (r'[\\]', '\\'), (r'[\n\t]+', '\n\t'), (r'[a\-z]+', '-az'),
    (r'a{2}', 'aaa'), (r'a{2,}', 'aaaa'), (r'a{,2}', 'aaa'), (r'a{1,2}?', 'aa'),
    (r'a{', 'a{'), (r'a{}', 'a{}'), (r'a{x}', 'a{x}'), (r'a{1,x}', 'a{1,x}'), (r'{', '{'),
    (r'a{,}', 'aaa'), (r'x{0}', 'x'), (r'a*?b', 'aab'), (r'a+?', 'aa'), (r'a??', 'a'),
    (r'a*+a', 'aaa'), (r'a++b', 'aab'), (r'a?+', 'a'), (r'a{1,3}+a', 'aaaa'),
    (r'(?>a+)b', 'aab'), (r'(?>a|ab)c', 'abc'), (r'(?:ab)+', 'ababx'), (r'(ab)+', 'abab'),
    (r'(?P<x>a)(?P=x)', 'aa'), (r'(a)\1', 'aa'), (r'(a)(?:b)\1', 'aba'),
    (r'(?=a)a', 'a'), (r'(?!b)\w', 'bc'), (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'cb'),
    (r'(?<=ab|cd)x', 'cdx'), (r'(?<=\d{3})x', '123x'), (r'(?<=(a))b', 'ab'),
    (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(?P<q>")?\w+(?(q)")', '"ab"'),
    (r'(a)?(?(1)b)', 'x'), (r'a(?#comment)b', 'ab'), (r'\.\*\+\?', '.*+?'),
    (r'\0', '\0'), (r'\07', '\x07'), (r'\101', 'A'), (r'\x41\u0042\U00000043', 'ABC'),
    (r'\a\f\v\r', '\a\f\v\r'), (r'\$\^', '$^'), (r'a|b|', 'c'), (r'|a', 'a'),
    (r'(|a)+', 'aa'), (r'(a|)+', 'aa'), (r'(a*)*', 'aa'), (r'(a*)+b', 'aab'),
    (r'.*?x', 'abx'), (r'\Bb', 'ab'), (r'\bb', 'a b'), ('a\\ b', 'a b'),
    (r'(?:)', ''), (r'()', ''), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'),
    (r'(a)\1{2}', 'aaa'), (r'[\x00-\x1f]', '\x05'), (r'\Q', 'Q') if False else ('Q', 'Q'),
    (r'x(?=y)|y', 'xy'), (r'(?i)[^\W\d]+', 'ab1'), (r'\d+(?!\.)', '12.5'),
]
for pat, s in tests:
    try:
        m = re.search(pat, s)
        print(repr(pat), m and (m.span(), m.group(), m.groups()))
    except re.error as e:
        print(repr(pat), 'error', e)
print(re.findall(r'(\d+|\w)', 'ab12c'))
print(re.findall('(?:a|b)+?', 'abab'))
