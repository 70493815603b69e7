import _string
for s in ['a{{b', 'a}}b', '{0!r:>{w}}x', '{a[x:y]!s}', '{', '}', 'a{0', '{0!}', '{0!rr}', '{0!r', '{:{:{}}}', '{0:}', '{!r}', '{0:{', 'ab{0}{1}', '{a.b[0]}', '{[}', '{0[}', '', 'plain', '}}', '{{}}', '{0!', '{a{b}', '{0!r:}', 'x{0}}}y{{', '{0]}', '{a[}]}']:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['a.b[0].c', '0[x]', '', '.a', 'a[', 'a[]', 'a.', '10.x', 'a[0]x', 'a]b', '0[-1]', '0[01]', '99999999999999999999', 'a..b', '١٢']:
    try: f, r = _string.formatter_field_name_split(s); print(repr(s), repr(f), list(r))
    except Exception as e: print(repr(s), type(e).__name__, e)
