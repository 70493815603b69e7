# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for word in ('if', 'match', 'case', '_', 'print', 'None', 'none', 'async', 'await', 'type', ''):
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(all(keyword.iskeyword(w) for w in keyword.kwlist))
print([w for w in keyword.kwlist if w[0].isupper()])
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
