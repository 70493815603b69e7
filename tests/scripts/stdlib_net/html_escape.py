# html.escape/unescape and html.entities.
import html
import html.entities as ent

for s in ['plain', '<a href="x">Tom & Jerry\'s</a>', '', '&amp;', "'\"<>&"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
cases = ['&amp; &lt; &gt; &quot; &#x27; &#39;', '&copy;2024 &copy 2024', '&notit; &notin; &not',
         '&#65;&#x42;&#X43;&#0068', '&#0; &#13; &#128; &#150; &#x9f;', '&#xD800; &#1114112; &#99999999;',
         '&#1; &#11; &#x7f; &#xfffe; &#x1ffff; &#xfdd0;', '&unknown; & &; &#; &#x; &#xg;',
         '&ampfoo &ltx &AMP; &Amp;', '&acE; &NotEqualTilde; &fjlig;', 'no refs', '&' * 3,
         '&aacute&eacute;&iacute', '&' + 'a' * 40 + ';', '&nbsp;x&nbspy']
for s in cases:
    print(repr(s), repr(html.unescape(s)))
print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint['eacute'], ent.codepoint2name[233], repr(ent.entitydefs['lt']),
      repr(ent.html5['amp;']), repr(ent.html5['amp']), repr(ent.html5['NotEqualTilde;']))
print(sorted(ent.html5)[:5], sorted(ent.name2codepoint)[-3:])
