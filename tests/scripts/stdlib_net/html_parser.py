# html.parser.HTMLParser: tags, attributes, data with references, comments,
# declarations, script/style content, malformed markup, incremental feeding,
# positions, and a link extractor as a crawler would write it.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


docs = [
    '<!DOCTYPE html>\n<html lang="en"><head><title>Tom &amp; Jerry</title></head>\n'
    '<body class=main id=\'b\' hidden>\n<p>Hello,&nbsp;<b>world</b>!<br/><img src="a.png" alt="A &lt; B"/></p>\n'
    '<!-- a comment --><?php echo 1 ?></body></html>',
    '<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script><style>p > a {}</style>after',
    '<a href="/x?a=1&amp;b=2" data-x="&quot;q&quot;" empty="" noval UPPER=Case>link</a>',
    '<div><p>unclosed <span>nested</div> text < not a tag & not a ref &copy; &#169; &#xA9; &bogus;',
    '</>ok</ not-a-tag>x<!weird decl><![CDATA[raw <data>]]>',
    '<p  title = "spaced"   >a</p ><P>UPPER</P><p/>x<br />',
    'text at end &am',
    '<a b="unterminated>tail',
    '<!-- never closed',
    '<img src=x.png alt=>',
    '<a href=\'single\' c="d"e=f>',
    '<tag attr="v"/ >',
]
for doc in docs:
    p = Recorder()
    p.feed(doc)
    p.close()
    print(repr(doc))
    for e in p.events:
        print('   ', e)

for doc in [docs[0], docs[3], '&lt;x&gt; &#65; &notin &unknown; &#x;']:
    p = Recorder(convert_charrefs=False)
    p.feed(doc)
    p.close()
    print([e for e in p.events if e[0] in ('data', 'charref', 'entityref')])

# incremental feeding, one character at a time
p = Recorder()
for ch in docs[0]:
    p.feed(ch)
p.close()
whole = Recorder()
whole.feed(docs[0])
whole.close()
merged = []
for e in p.events:
    if e[0] == 'data' and merged and merged[-1][0] == 'data':
        merged[-1] = ('data', merged[-1][1] + e[1])
    else:
        merged.append(e)
print([e[:3] for e in merged] == [e[:3] for e in whole.events])

p = Recorder()
p.feed('<a href="x">')
print(p.get_starttag_text(), p.lasttag, p.getpos())
p.feed('partial <b')
print(p.rawdata, p.events[-1])
p.reset()
print(repr(p.rawdata), p.getpos())


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            for name, value in attrs:
                if name == 'href' and value:
                    self.links.append(value)


page = '''<html><body><a href="/one">1</a> <A HREF="two.html">2</A>
<a name="anchor">no href</a><a href="https://example.com/?q=a&amp;r=b">3</a></body></html>'''
lx = Links()
lx.feed(page)
lx.close()
print(lx.links)

# marked sections and comment ends, whole and one character at a time
tricky = 'a<![CDATA[x < y]] >b<![if IE]>c<![endif]>d<!-- c1 -- >e<!--c2-->f<![CDA'
for chunk in (len(tricky), 1):
    p = Recorder()
    for j in range(0, len(tricky), chunk):
        p.feed(tricky[j:j + chunk])
    p.close()
    print(p.events)
for bad in ['<![ CDATA[x]]>', '<![bogus[x]]>']:
    try:
        p = Recorder()
        p.feed(bad)
        p.close()
        print(p.events)
    except AssertionError as e:
        print('AssertionError', e)
