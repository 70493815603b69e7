# count, maxsplit, pos and endpos arguments: negative, bool, wrong types, keywords
import re
print(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -2), re.sub('a', lambda m: 'x', 'aaa', count=-1))
print(re.split('a', 'bab', maxsplit=-1))
print(re.sub('a', 'b', 'aaa', count=True))
try: re.sub('a', 'b', 'aaa', count=1.5)
except TypeError as e: print(e)
try: re.split('a', 'aaa', maxsplit='x')
except TypeError as e: print(e)
try: re.compile('a').match('a', 'x')
except TypeError as e: print(e)
print(re.compile('a').match('ba', pos=True), re.compile('a').search(string='ba', endpos=1))
