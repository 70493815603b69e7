# shlex: split (posix and not, comments), quote, join, the shlex class with
# punctuation_chars, whitespace_split, push_token, source stacks and errors.
import shlex

cases = [
    'ls -l "my file.txt" \'single q\' plain',
    'echo "a \\"quoted\\" word" back\\ slash',
    "a'b'c \"d\"e f\\g",
    "x # comment here",
    'one\ttwo\nthree',
    '"" \'\' empty',
    'esc "in \\$ dq \\\\ x" \'in sq \\ x\'',
    'unicode wörd ñ',
    '  leading and trailing  ',
    '',
    'a=b c>d e|f',
]
for c in cases:
    print(repr(c))
    print('  posix    ', shlex.split(c))
    print('  comments ', shlex.split(c, comments=True))
    print('  nonposix ', shlex.split(c, posix=False))

for bad in ['"unclosed', "it's", 'trailing\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print('ValueError', e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x*y', 'ok@%+=:,./-_', 'tab\t', 'é']:
    print(repr(shlex.quote(s)))
print(shlex.quote(b''), shlex.quote(0))
for bad in (b'x', 5):
    try:
        shlex.quote(bad)
    except TypeError as e:
        print('TypeError', e)
cmd = ['cp', 'my file', "it's", '--x=1', '']
j = shlex.join(cmd)
print(j)
print(shlex.split(j) == cmd)

lex = shlex.shlex('a && b || (c; d) > out.txt 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b', posix=True, punctuation_chars='&')
print(list(lex), repr(lex.punctuation_chars))
lex = shlex.shlex('foo(bar, "baz q") + 12.5 # tail')
print(list(lex))
lex = shlex.shlex('foo(bar, "baz q") + 12.5 # tail', posix=True)
print(list(lex))
lex = shlex.shlex('x y z', posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.lineno)
lex.push_token('PUSHED')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('a\nb\nc')
print([(t, lex.lineno) for t in lex])
print(lex.error_leader(), lex.error_leader('f.txt', 7))
lex = shlex.shlex('one two')
lex.push_source('inner words', 'inner.txt')
print(lex.infile, list(lex), lex.infile)
lex = shlex.shlex('a,b;c', posix=True)
lex.wordchars += ','
print(list(lex))
lex = shlex.shlex("key='va lue' other", posix=True)
lex.whitespace_split = True
print(list(lex), lex.eof, shlex.shlex('').eof == '')
print(shlex.__all__)
