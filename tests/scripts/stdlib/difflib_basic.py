# difflib: SequenceMatcher (matching blocks, opcodes, ratios, junk, autojunk),
# get_close_matches, ndiff, Differ, restore, unified_diff, context_diff, diff_bytes.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "", "").get_opcodes())
print(difflib.SequenceMatcher(None, "abc", "").get_opcodes())
print(difflib.SequenceMatcher(None, [1, 2, 3], [3, 2, 1]).get_opcodes())
a = list(range(300)) + [7] * 10
b = list(range(1, 300)) + [7] * 5
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), len(s.b2j), s.get_opcodes()[:3], round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), len(s.b2j), round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, 'qabxcd', 'abycdf')
print(list(s.get_grouped_opcodes(1)))
print(list(difflib.SequenceMatcher(None, list(map(str, range(1, 40))), list(map(str, range(1, 40)))).get_grouped_opcodes()))
print(difflib.SequenceMatcher[int])

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "what", "wheel", "whale", "when"], n=2))
print(difflib.get_close_matches("accept", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("x", [], cutoff=0.0))
for kw in ({'n': 0}, {'cutoff': 1.5}):
    try:
        difflib.get_close_matches("x", ["y"], **kw)
    except ValueError as e:
        print('ValueError:', e)

one = 'one\ntwo\nthree\n'.splitlines(keepends=True)
two = 'ore\ntree\nemu\n'.splitlines(keepends=True)
diff = list(difflib.ndiff(one, two))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError:', e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['\tabc\n', 'same\n'], ['\tabd\n', 'same\n'])), end='')
print(list(difflib.ndiff(['a', 'b', 'c'], ['x', 'y'])))
print(list(difflib.ndiff(['abcdefgh'], ['abcdefgh', 'abcdefgh'])))
print(list(difflib.ndiff(['aaa', 'same', 'bbb'], ['ccc', 'same', 'ddd'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_LINE_JUNK('##'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff('one two three four'.split(), 'zero one tree four'.split(),
                                'Original', 'Current', '2005-01-26 23:30:50', '2010-04-02 10:20:52',
                                lineterm='')))
print(list(difflib.context_diff('one two three four'.split(), 'zero one tree four'.split(),
                                'Original', 'Current', '2005-01-26 23:30:50', '2010-04-02 10:20:52',
                                lineterm='')))
big1 = ['line %d\n' % i for i in range(30)]
big2 = list(big1)
big2[3] = 'changed 3\n'
big2[20:22] = []
big2.insert(27, 'new line\n')
print(''.join(difflib.unified_diff(big1, big2, n=2)), end='')
print(''.join(difflib.context_diff(big1, big2, n=1)), end='')
print(list(difflib.unified_diff([], ['a\n'])), list(difflib.unified_diff(['a\n'], [])))
print(list(difflib.context_diff([], ['a\n'])), list(difflib.unified_diff(['a'], ['a'])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\xff\n'], [b'a\n', b'c\n'], b'x', b'y')))
for args in (([1], ['a']), (['a'], ['b'], 1)):
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError:', e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as e:
    print('TypeError:', e)
