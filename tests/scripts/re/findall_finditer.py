# findall and finditer: groups, empty matches, pos/endpos
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=\d', 'a=1, b=2'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'', 'abc'))
print(re.findall(r'\b', 'ab cd'))
print(re.findall(r'^\w', 'ab\ncd\n', re.M))
print(re.findall(r'(?m)^', 'a\n'))
print(re.findall(r'(?m)$', 'a\nb\n'))
p = re.compile(r'\w')
print(p.findall('abcdef', 2, 4), p.findall('abcdef', 4), p.findall('abc', -3, 99))
for m in re.finditer(r'(\d)(\w)?', '1a 2 3c'):
    print(m.span(), m.groups(), m.lastindex)
print([m.group() for m in re.finditer('a*', 'baaac')])
print([m.span() for m in re.compile('.').finditer('abcdef', 1, 4)])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'))
print(re.findall(r'\s+', 'a \t b\n\nc'))
print(re.findall('[aeiou]', 'education'))
print(re.findall(r'(\d+)-(\d+)?', '1-2 3-'))
