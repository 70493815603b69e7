# configparser: reading (strings, files, dicts), typed getters, fallbacks,
# interpolation (basic and extended), the mapping protocol, writing, errors.
import configparser
import io
import os
import tempfile

text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/%(user)s
user = nobody

[bitbucket.org]
User = hg
url: https://%(user)s@bitbucket.org/   ; not a comment without inline prefixes

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    after a blank line
empty =
ratio = 0.75
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(list(cp), len(cp), 'bitbucket.org' in cp, 'nope' in cp, 'DEFAULT' in cp)
print(cp['bitbucket.org']['user'], cp.get('bitbucket.org', 'url'), cp.get('bitbucket.org', 'home'))
print(cp.get('bitbucket.org', 'url', raw=True), cp.get('bitbucket.org', 'home', vars={'user': 'guest'}))
s = cp['topsecret.server.com']
print(repr(s), s.name, s.parser is cp, s.getint('port'), s.getboolean('forwardx11'), s.getfloat('ratio'),
      repr(s['multi']), repr(s['empty']), s.get('missing'), s.get('missing', 'fb'), s.getint('missing', 7))
print(cp.getint('topsecret.server.com', 'port'), cp.getboolean('DEFAULT', 'compression'),
      cp.getint('nosection', 'x', fallback=-1), cp.get('topsecret.server.com', 'none', fallback=None))
print(sorted(s), len(s), 'port' in s, 'Port' in s, dict(cp['DEFAULT']))
print(cp.items('bitbucket.org'))
print(cp.items('bitbucket.org', raw=True))
print([(name, repr(proxy)) for name, proxy in cp.items()])
print(cp.options('bitbucket.org'), cp.has_option('bitbucket.org', 'USER'), cp.has_option('nosection', 'a'),
      cp.has_option(None, 'user'), cp.has_section('DEFAULT'))
for call in [lambda: cp.get('nosection', 'a'), lambda: cp.get('bitbucket.org', 'nooption'),
             lambda: cp.getint('bitbucket.org', 'user'), lambda: cp.getboolean('bitbucket.org', 'user'),
             lambda: cp['nosection'], lambda: s['nooption'], lambda: cp.options('nosection'),
             lambda: cp.add_section('bitbucket.org'), lambda: cp.add_section('DEFAULT'),
             lambda: cp.add_section(5), lambda: cp.set('bitbucket.org', 'k', 5),
             lambda: cp.set('nosection', 'k', 'v'), lambda: cp.set('bitbucket.org', 'k', 'bad % sign'),
             lambda: cp.items('nosection'), lambda: cp.__delitem__('DEFAULT')]:
    try:
        print(call())
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, repr(str(e)), e.args)

bad_interp = configparser.ConfigParser()
bad_interp.read_string("[s]\na = %(missing)s\nb = %(b)s\nc = 100%\nd = %(a\ne = 50%% done\n")
for opt in 'abcde':
    try:
        print(opt, bad_interp.get('s', opt))
    except configparser.InterpolationError as e:
        print(opt, type(e).__name__, str(e), e.args)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
root = /srv
data = ${root}/data
logs = ${paths:data}/logs
cost = $$5
[other]
where = ${paths:logs}/app.log
bad = ${nosuch:thing}
deep = ${a:b:c}
""")
print(ext['paths']['logs'], ext['other']['where'], ext['paths']['cost'])
for opt in ['bad', 'deep']:
    try:
        ext.get('other', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, str(e))

raw = configparser.RawConfigParser()
raw.read_string("[x]\nv = %(not)s interpolated\n")
print(raw.get('x', 'v'))
raw.set('x', 'num', 5)
print(raw.get('x', 'num'), type(raw.get('x', 'num')).__name__)

for src in ["no header = 1\n", "[a]\nk=1\nk=2\n", "[a]\n[a]\n", "[a]\nthis line has no delimiter\n  \n[b]\n= novalue\n"]:
    try:
        configparser.ConfigParser().read_string(src, source='inline.ini')
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)
lax = configparser.ConfigParser(strict=False)
lax.read_string("[a]\nk=1\nk=2\n[a]\nj=3\n")
print(dict(lax['a']))

nv = configparser.ConfigParser(allow_no_value=True, delimiters=('=',), comment_prefixes=('#',),
                               inline_comment_prefixes=(';',), empty_lines_in_values=False)
nv.read_string("[mysqld]\nskip-bdb\nport=3306 ; the port\nkey: value\nurl = a;b ; comment\n\n  indented\n")
print(dict(nv['mysqld']))

cp2 = configparser.ConfigParser(defaults={'Shared': 'yes', 'n': 3})
cp2.read_dict({'one': {'a': 1, 'B': 'two'}, 2: {'x': 'y'}})
cp2['three'] = {'multi': 'line1\nline2', 'pct': '100%%'}
cp2['one']['new'] = 'added'
del cp2['one']['a']
print(cp2.sections(), dict(cp2['one']), cp2['three']['pct'])
out = io.StringIO()
cp2.write(out)
print(out.getvalue())
out = io.StringIO()
cp2.write(out, space_around_delimiters=False)
print(out.getvalue())
print(cp2.remove_option('one', 'b'), cp2.remove_option('one', 'b'), cp2.remove_section('2'), cp2.remove_section('2'))
del cp2['three']
print(cp2.sections())
try:
    cp2.read_dict({'s': {'k': 1, 'K': 2}})
except configparser.DuplicateOptionError as e:
    print(e)

cp3 = configparser.ConfigParser(converters={'list': lambda v: [p.strip() for p in v.split(',')]})
cp3.read_string("[s]\nitems = a, b ,c\n")
print(cp3.getlist('s', 'items'), cp3['s'].getlist('items'), sorted(k for k in cp3.converters),
      cp3.getlist('s', 'none', fallback=[]))

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'app.ini')
    with open(p, 'w') as f:
        cp.write(f)
    again = configparser.ConfigParser()
    print(again.read([p, os.path.join(d, 'missing.ini')]) == [p])
    print(again.sections(), again.get('bitbucket.org', 'url'), repr(again['topsecret.server.com']['multi']))
    with open(p) as f:
        third = configparser.ConfigParser()
        third.read_file(f)
        print(third.sections() == again.sections())
    third.read_file(io.StringIO('[new]\nk = v\n'))
    print(third.sections())
