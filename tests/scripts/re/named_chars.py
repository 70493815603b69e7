# \N{...} escapes in patterns (names looked up in any case), and their errors
import re
print(re.findall(r'\N{LATIN SMALL LETTER E WITH ACUTE}+', 'aééb'), re.match(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]+', '1234'))
print(re.match(r'\N{em dash}', '\u2014'), re.match(r'\N{EM DASH}', '—'))
for p in [r'\N{NOT A NAME}', r'\N{', r'\N{}', r'\N', r'[\N{BOGUS}]']:
    try: re.compile(p)
    except re.error as e: print(e)
try: re.compile(rb'\N{EM DASH}')
except re.error as e: print(e)
