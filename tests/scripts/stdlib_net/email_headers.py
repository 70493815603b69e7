# email.message / email.parser / email.utils as HTTP uses them: parsing a
# header block, case-insensitive lookups, duplicates, parameters, content
# types, str() of a message, RFC 2822 dates and addresses.
import email
import email.message
import email.parser
import email.utils
import http.client
import io

raw = ("Content-Type: text/html; charset=\"UTF-8\"; format=flowed\r\n"
       "Set-Cookie: a=1\r\n"
       "set-cookie: b=2\r\n"
       "X-Folded: first part\r\n"
       "  continued here\r\n"
       "Content-Disposition: attachment; filename=\"report 2024.pdf\"\r\n"
       "Content-Length: 11\r\n"
       "\r\n"
       "hello world")
msg = email.message_from_string(raw)
print(type(msg).__name__, len(msg), msg.keys())
print(msg['content-type'], '|', msg.get('CONTENT-LENGTH'), '|', msg['missing'], msg.get('missing', 'dflt'))
print(msg.get_all('Set-Cookie'), msg.get_all('nope'), msg.get_all('nope', []))
print(repr(msg['X-Folded']))
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype(), msg.get_content_charset())
print(msg.get_params(), msg.get_param('charset'), msg.get_param('format'), msg.get_param('nope', 'x'))
print(msg.get_params(unquote=False), msg.get_param('charset', unquote=False))
print(msg.get_filename(), msg.get_content_disposition(), msg.get_payload(), msg.is_multipart())
print('content-type' in msg, 'Nope' in msg, [k for k in msg], msg.items()[:2], msg.values()[-1])
del msg['set-cookie']
msg['X-New'] = 'v'
msg.add_header('X-Param', 'base', key='value with space', flag=None, simple='x')
msg.replace_header('content-length', '99')
try:
    msg.replace_header('absent', '1')
except KeyError as e:
    print('KeyError', e)
print(msg.keys(), msg['X-Param'], msg['Content-Length'])
print(str(msg))
plain = email.message.Message()
print(plain.get_content_type(), plain.get_default_type(), plain.get_content_charset(), plain.get_params(), len(plain))
plain.set_default_type('message/rfc822')
plain['Content-Type'] = 'bogus'
print(plain.get_content_type(), repr(str(plain)))
plain.set_payload('body text')
plain.set_param('charset', 'utf-8')
print(plain['Content-Type'], plain.get_payload())

for text in ["Name: value\n\nbody\nmore\n", "NoColonLine\nA: b\n\n", " leading: space\nA: b\n\n", "A: 1\nB:2\n"]:
    m = email.parser.Parser().parsestr(text)
    print(m.items(), repr(m.get_payload()), [type(d).__name__ for d in m.defects])
h = email.parser.HeaderParser().parsestr("A: 1\n\nnot parsed: as header\n")
print(h.items(), repr(h.get_payload()))
b = email.parser.BytesParser().parsebytes(b"Caf\xc3\xa9: ok\nX: \xe9\n\nbin")
print(b.keys(), repr(b['X']))
print(email.message_from_bytes(b"A: 1\n\nx").items())

fp = io.BytesIO(b"Host: example.com\r\nAccept: */*\r\nAccept: text/html\r\n\r\nrest")
hm = http.client.parse_headers(fp)
print(type(hm).__name__, hm.items(), fp.read(), hm.get_all('accept'))

for ts in [0, 1700000000, 951782400.5]:
    print(email.utils.formatdate(ts), '|', email.utils.formatdate(ts, usegmt=True))
for d in ['Mon, 20 Nov 1995 19:12:08 -0500', 'Tue, 14 Nov 2023 22:13:20 GMT', '20 Nov 1995 19:12:08 +0130',
          'Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994',
          '1 Jan 2000 00:00 EST', '5 March 2021 10:11:12 -0000', 'garbage', '', 'Mon, 32 Foo 2000 10:00:00 GMT']:
    print(repr(d), email.utils.parsedate_tz(d), email.utils.parsedate(d))
    try:
        print('  ', repr(email.utils.parsedate_to_datetime(d)))
    except (ValueError, TypeError) as e:
        print('  ', type(e).__name__, e)
print(email.utils.mktime_tz(email.utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
import datetime
print(email.utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9)),
      email.utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone.utc), usegmt=True),
      email.utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))))
try:
    email.utils.format_datetime(datetime.datetime(2024, 1, 1), usegmt=True)
except ValueError as e:
    print('ValueError', e)
for a in ['John Doe <john@example.com>', '"Doe, John" <john@example.com>', 'john@example.com',
          'john@example.com (John Doe)', '<only@angle.org>', 'Ann <ann@x.org>, Bob <bob@y.org>', '']:
    print(repr(a), email.utils.parseaddr(a), email.utils.getaddresses([a]))
for pair in [('John Doe', 'john@example.com'), ('Doe, John', 'j@e.com'), ('', 'x@y.z'), ('Q "uote"', 'q@e.com')]:
    print(email.utils.formataddr(pair))
print(email.utils.quote('a"b\\c'), email.utils.unquote('"quoted"'), email.utils.unquote('<angle>'), email.utils.unquote('plain'))

# malformed header blocks: defects and where the body starts
for text in [" cont\nA: 1\nBad Line\nB: 2\n", ": no name\nA: 1\n\nbody", "A: 1\nFrom me\nB: 2\n\n",
             "A: 1\nFrom me\n\nbody", "From me at start\nA: 1\n\nbody", "A: 1\n  more\n\tand more\n\n",
             "Name <unterminated\n\n"]:
    m = email.message_from_string(text)
    print(repr(text), m.items(), repr(m.get_payload()), m.get_unixfrom(), [type(d).__name__ for d in m.defects])
print(email.utils.parseaddr('Name <unterminated'), email.utils.getaddresses(['A <a@b>, Broken <c@d']))
