# locale: categories set and queried (one name or the composite LC_ALL),
# getlocale/normalize through the alias tables, unsupported names, the C
# conventions of localeconv, and number formatting.
import locale
import os

os.environ.pop('LC_ALL', None)
os.environ.pop('LC_NUMERIC', None)
os.environ['LANG'] = 'C.UTF-8'
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_CTYPE), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, ''), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
for bad in ['xx_YY', 'en_US.NOPE']:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print('Error', e, isinstance(e, Exception), type(e).__module__)
print(locale.setlocale(locale.LC_ALL))
try:
    locale.setlocale(locale.LC_ALL, ('C', 'UTF-8'))
except locale.Error as e:
    print('Error', e)
print(locale.setlocale(locale.LC_ALL, ('C', None)))
for bad in (99,):
    try:
        locale.setlocale(bad)
    except locale.Error as e:
        print('Error', e)
try:
    locale.setlocale('x')
except TypeError as e:
    print('TypeError', e)
for n in ['en_US', 'en_US.UTF-8', 'de_DE@euro', 'C', 'POSIX', 'C.UTF-8', 'ja_JP.eucjp', 'fr',
          'xx', 'en_GB.utf8', 'pt_BR.ISO-8859-1', 'en_US.latin1', 'de_DE.utf8@euro']:
    print(n, locale.normalize(n))
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.format_string('%.2f and %s', (1234.5, 'x'), grouping=True), locale.str(2 / 3))
print(locale.format_string('%d', 1234567, grouping=True), locale.format_string('%(a)s-%(b).1f', {'a': 1, 'b': 2.25}))
print(locale.format_string('%*d|%%', (5, 42)))
print(locale.delocalize('1,5'), locale.localize('1234.5'), locale.atof('3.5'), locale.atoi('42'))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'), locale.strxfrm('abc'))
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError', e)
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
locale.setlocale(locale.LC_ALL, 'C')
for name in ['CODESET', 'RADIXCHAR', 'THOUSEP', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR',
             'DAY_1', 'DAY_7', 'ABDAY_3', 'MON_1', 'MON_12', 'ABMON_5', 'YESEXPR', 'NOEXPR', 'CRNCYSTR',
             'ERA', 'ALT_DIGITS']:
    print(name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
print(locale.nl_langinfo(locale.CODESET))
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print('ValueError', e)
print(locale.gettext('msg'), locale.dgettext('d', 'm'), locale.textdomain('dom'), locale.textdomain(None))
