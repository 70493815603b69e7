# fnmatch: fnmatch, fnmatchcase, filter, translate
import fnmatch

pats = ['*', '*.py', 'a?c', '[abc]x', '[!abc]x', '[a-c]*', '[z-a]', '[!]', '[]]', '[!]]x',
        'a*b*c', '**a', '*a*', '[', '[a', 'x[', '\\*', '[\\]', '[a-c-e]', '[--0]', '[&&]',
        '[^a]', '[[]', 'a.b', 'a+b(c)', '*.[ch]', '?*?', '[a-]', '[!a-]', '[]-]', '[\\-^]']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ['a.py', 'b.PY', 'abc', 'axc', 'bx', 'dx', '.hidden', 'a*b', 'xyz.c', 'main.h',
         'a-b', ']', ']x', 'ab', 'abbc', 'a.b', 'a+b(c)', '-', '&', '^a', '[', 'aac', 'x[']
for p in pats:
    print(p, [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'))
print(fnmatch.filter(names, '*.?'), fnmatch.filter(names, '[ab]*'))
print(fnmatch.fnmatch(b'abc', b'a*'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.translate('\u00e9*'), fnmatch.fnmatch('été', 'é*'))
print(fnmatch.fnmatchcase('a\nb', 'a?b'), fnmatch.fnmatchcase('ab\n', 'ab'))
