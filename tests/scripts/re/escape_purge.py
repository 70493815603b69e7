# re.escape over all ASCII and a few others; purge; module attributes
import re

print(re.escape(''.join(chr(i) for i in range(128))))
print(re.escape(bytes(range(128))))
print(re.escape('日本語 ok?'))
for s in ['a.b', '[x]', '1+1=2', 'a b\tc\n', '#~&']:
    assert re.match(re.escape(s) + '$', s)
    print(re.escape(s))
re.purge()
print(sorted(n for n in re.__all__))
print(re.error is re.error, issubclass(re.error, Exception))
print(callable(re.template), re.MULTILINE == 8)
