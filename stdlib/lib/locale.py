"""Locale categories, names and conventions (as CPython's locale module).

gilpy formats numbers and text the same way in every locale (the C
conventions, UTF-8 text), so the C library's locale is emulated here rather
than switched: setlocale() validates and records names per category the way
glibc does (installed locales only, 'C'/'POSIX'/'C.UTF-8' always), getlocale()
and normalize() follow CPython's alias tables, and localeconv() returns the C
locale's conventions."""

import os as _os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories in the order a composite LC_ALL name lists them.
_CATEGORIES = ((0, 'LC_CTYPE'), (1, 'LC_NUMERIC'), (2, 'LC_TIME'), (3, 'LC_COLLATE'),
               (4, 'LC_MONETARY'), (5, 'LC_MESSAGES'), (7, 'LC_PAPER'), (8, 'LC_NAME'),
               (9, 'LC_ADDRESS'), (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
               (12, 'LC_IDENTIFICATION'))
_CATEGORY_NAMES = dict(_CATEGORIES)


def _codeset_key(codeset):
    return ''.join(c for c in codeset.lower() if c.isalnum())


def _installed(name):
    """True if glibc would accept the locale name."""
    if name in ('C', 'POSIX'):
        return True
    lang, dot, codeset = name.partition('.')
    codeset, _, modifier = codeset.partition('@')
    if lang == 'C' and dot and _codeset_key(codeset) == 'utf8' and not modifier:
        return True
    candidates = [name]
    if dot:
        candidates.append(lang + '.' + _codeset_key(codeset) + ('@' + modifier if modifier else ''))
    for cand in candidates:
        if '/' not in cand and _os.path.isdir('/usr/lib/locale/' + cand):
            return True
    try:
        with open('/usr/lib/locale/locale-archive', 'rb') as f:
            data = f.read()
    except OSError:
        return False
    return any(b'\0' + c.encode() + b'\0' in data for c in candidates)


def _from_environment(category):
    for var in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _canonical(name):
    return 'C' if name == 'POSIX' else name


# At start-up Python takes LC_CTYPE from the environment; the rest stay 'C'.
_current = {cat: 'C' for cat, _ in _CATEGORIES}
_startup_ctype = _from_environment(LC_CTYPE)
if _installed(_startup_ctype):
    _current[LC_CTYPE] = _canonical(_startup_ctype)
del _startup_ctype


def _query(category):
    if category == LC_ALL:
        names = [_current[cat] for cat, _ in _CATEGORIES]
        if all(n == names[0] for n in names):
            return names[0]
        return ';'.join('%s=%s' % (label, _current[cat]) for cat, label in _CATEGORIES)
    return _current[category]


def _setlocale(category, locale=None):
    if not isinstance(category, int):
        if not hasattr(type(category), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(category).__name__)
        category = category.__index__()
    valid = category == LC_ALL or category in _CATEGORY_NAMES
    if locale is None:
        if not valid:
            raise Error('locale query failed')
        return _query(category)
    if not isinstance(locale, _builtin_str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s"
                        % type(locale).__name__)
    if not valid:
        raise Error('unsupported locale setting')
    targets = [cat for cat, _ in _CATEGORIES] if category == LC_ALL else [category]
    new = {}
    if locale == '':
        for cat in targets:
            new[cat] = _from_environment(cat)
    elif category == LC_ALL and ';' in locale and '=' in locale:
        labels = {label: cat for cat, label in _CATEGORIES}
        for item in locale.split(';'):
            label, _, value = item.partition('=')
            if label not in labels:
                raise Error('unsupported locale setting')
            new[labels[label]] = value
    else:
        for cat in targets:
            new[cat] = locale
    for value in new.values():
        if not _installed(value):
            raise Error('unsupported locale setting')
    for cat, value in new.items():
        _current[cat] = _canonical(value)
    return _query(category)


def setlocale(category, locale=None):
    """Set the locale for the given category (locale may be a (lang, encoding)
    pair); with no locale, return the current setting."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    loc = getdefaultlocale()
    _setlocale(category, _build_localename(loc))


def localeconv():
    """The numeric and monetary conventions (the C locale's)."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compare two strings by the collation rules (code points in C)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(s):
    """A key that compares as strcoll() does."""
    return s


def _codeset(name):
    # nl_langinfo(CODESET) of a locale name, as glibc reports it.
    if name in ('C', 'POSIX'):
        return 'ANSI_X3.4-1968'
    codeset = name.partition('.')[2].partition('@')[0]
    key = _codeset_key(codeset)
    if key == 'utf8':
        return 'UTF-8'
    if key.startswith('iso8859'):
        return 'ISO-8859-' + key[7:]
    return codeset.upper() if codeset else 'ISO-8859-1'


def getencoding():
    """The encoding of the current LC_CTYPE locale (gilpy's own text I/O is
    UTF-8 whatever it says)."""
    return _codeset(_current[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    """The encoding the user prefers for text (from the environment's LC_CTYPE
    when do_setlocale is true)."""
    if sys.flags.utf8_mode if hasattr(sys.flags, 'utf8_mode') else False:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    oldloc = _setlocale(LC_CTYPE)
    try:
        try:
            _setlocale(LC_CTYPE, "")
        except Error:
            pass
        return getencoding()
    finally:
        _setlocale(LC_CTYPE, oldloc)


# ---- number formatting (the C conventions: no grouping) ----

def _grouping_intervals(grouping):
    last_interval = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last_interval is None:
                raise ValueError("invalid grouping")
            while True:
                yield last_interval
        yield interval
        last_interval = interval


def _group(s, monetary=False):
    conv = localeconv()
    thousands_sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping:
        return (s, 0)
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional) if additional else percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def _localize(formatted, grouping=False, monetary=False):
    conv = localeconv()
    if '.' in formatted:
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        decimal_point = conv[monetary and 'mon_decimal_point' or 'decimal_point']
        formatted = decimal_point.join(parts)
    elif grouping:
        formatted, seps = _group(formatted, monetary=monetary)
    return formatted


_percent_re = None


def _percent_pattern():
    global _percent_re
    if _percent_re is None:
        import re
        _percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                                 r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')
    return _percent_re


def format_string(f, val, grouping=False, monetary=False):
    """Format a number (or several) with the % operator, using the locale's
    decimal point and, if grouping, its thousands separator."""
    pattern = _percent_pattern()
    percents = list(pattern.finditer(f))
    new_f = pattern.sub('%s', f)
    new_val = []
    if hasattr(type(val), 'keys') and hasattr(type(val), '__getitem__'):
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                starcount = perc.group('modifiers').count('*')
                new_val.append(_format(perc.group(), val[i], grouping, monetary,
                                       *val[i + 1:i + 1 + starcount]))
                i += 1 + starcount
    return new_f % tuple(new_val)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: use format_string."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    match = _percent_pattern().match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char format specifier, "
                          "%s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Format a number as money in the locale's conventions."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return _format('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    """Convert a float to a string as str() does, with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """A number string in the locale's conventions made parseable by float()."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A normalized number string written in the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parse a string in the locale's conventions as a float."""
    return func(delocalize(string))


def atoi(string):
    """Parse a string in the locale's conventions as an int."""
    return int(delocalize(string))


# ---- locale names ----

locale_encoding_alias = {
    '437': 'C', 'c': 'C', 'en': 'ISO8859-1', 'jis': 'JIS7', 'jis7': 'JIS7', 'ajec': 'eucJP',
    'koi8c': 'KOI8-C', 'microsoftcp1251': 'CP1251', 'microsoftcp1255': 'CP1255',
    'microsoftcp1256': 'CP1256', '88591': 'ISO8859-1', '88595': 'ISO8859-5',
    '885915': 'ISO8859-15', 'ascii': 'ISO8859-1', 'latin_1': 'ISO8859-1',
    'iso8859_1': 'ISO8859-1', 'iso8859_10': 'ISO8859-10', 'iso8859_11': 'ISO8859-11',
    'iso8859_13': 'ISO8859-13', 'iso8859_14': 'ISO8859-14', 'iso8859_15': 'ISO8859-15',
    'iso8859_16': 'ISO8859-16', 'iso8859_2': 'ISO8859-2', 'iso8859_3': 'ISO8859-3',
    'iso8859_4': 'ISO8859-4', 'iso8859_5': 'ISO8859-5', 'iso8859_6': 'ISO8859-6',
    'iso8859_7': 'ISO8859-7', 'iso8859_8': 'ISO8859-8', 'iso8859_9': 'ISO8859-9',
    'iso2022_jp': 'JIS7', 'shift_jis': 'SJIS', 'tactis': 'TACTIS', 'euc_jp': 'eucJP',
    'euc_kr': 'eucKR', 'utf_8': 'UTF-8', 'koi8_r': 'KOI8-R', 'koi8_t': 'KOI8-T',
    'koi8_u': 'KOI8-U', 'kz1048': 'RK1048', 'cp1251': 'CP1251', 'cp1255': 'CP1255',
    'cp1256': 'CP1256',
}

# Python codec names of common encoding spellings (a subset of encodings.aliases).
_codec_aliases = {
    'utf8': 'utf_8', 'utf': 'utf_8', 'u8': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1', 'iso88591': 'latin_1',
    'iso_8859_1': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1', 'ibm819': 'latin_1',
    'iso885915': 'iso8859_15', 'iso_8859_15': 'iso8859_15', 'latin9': 'iso8859_15',
    'l9': 'iso8859_15', 'iso88592': 'iso8859_2', 'iso_8859_2': 'iso8859_2', 'latin2': 'iso8859_2',
    'iso88595': 'iso8859_5', 'iso_8859_5': 'iso8859_5', 'cyrillic': 'iso8859_5',
    'iso88597': 'iso8859_7', 'iso_8859_7': 'iso8859_7', 'greek': 'iso8859_7',
    'iso88599': 'iso8859_9', 'iso_8859_9': 'iso8859_9', 'latin5': 'iso8859_9',
    'eucjp': 'euc_jp', 'ujis': 'euc_jp', 'euckr': 'euc_kr', 'sjis': 'shift_jis',
    'shiftjis': 'shift_jis', 'koi8r': 'koi8_r', 'koi8u': 'koi8_u', 'us_ascii': 'ascii',
    'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', '646': 'ascii', 'us': 'ascii',
    'windows_1251': 'cp1251', 'windows_1252': 'cp1252', 'gb2312': 'gb2312', 'big5': 'big5',
}

locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'c_c': 'C', 'c_c.c': 'C', 'posix': 'C', 'posix-utf2': 'C',
    'en': 'en_US.ISO8859-1', 'en_au': 'en_AU.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_ie': 'en_IE.ISO8859-1', 'en_in': 'en_IN.ISO8859-1',
    'en_nz': 'en_NZ.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_us.iso885915': 'en_US.ISO8859-15',
    'en_za': 'en_ZA.ISO8859-1', 'english': 'en_EN.ISO8859-1', 'american': 'en_US.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1', 'de_ch': 'de_CH.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1', 'german': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1',
    'fr_be': 'fr_BE.ISO8859-1', 'fr_ca': 'fr_CA.ISO8859-1', 'fr_ch': 'fr_CH.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1', 'french': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'es_mx': 'es_MX.ISO8859-1', 'spanish': 'es_ES.ISO8859-1',
    'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1',
    'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'pt_pt': 'pt_PT.ISO8859-1', 'sv': 'sv_SE.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1',
    'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1', 'fi': 'fi_FI.ISO8859-15',
    'fi_fi': 'fi_FI.ISO8859-15', 'no': 'no_NO.ISO8859-1', 'no_no': 'no_NO.ISO8859-1',
    'nb_no': 'nb_NO.ISO8859-1', 'pl': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2',
    'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2', 'hu': 'hu_HU.ISO8859-2',
    'hu_hu': 'hu_HU.ISO8859-2', 'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8',
    'uk': 'uk_UA.KOI8-U', 'uk_ua': 'uk_UA.KOI8-U', 'el': 'el_GR.ISO8859-7',
    'el_gr': 'el_GR.ISO8859-7', 'tr': 'tr_TR.ISO8859-9', 'tr_tr': 'tr_TR.ISO8859-9',
    'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP', 'ja_jp.euc': 'ja_JP.eucJP',
    'ja_jp.sjis': 'ja_JP.SJIS', 'japanese': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR',
    'ko_kr': 'ko_KR.eucKR', 'korean': 'ko_KR.eucKR', 'zh_cn': 'zh_CN.gb2312',
    'zh_cn.euc': 'zh_CN.eucCN', 'zh_tw': 'zh_TW.big5', 'zh_hk': 'zh_HK.big5hkscs',
    'de_de@euro': 'de_DE.ISO8859-15', 'fr_fr@euro': 'fr_FR.ISO8859-15',
    'es_es@euro': 'es_ES.ISO8859-15', 'it_it@euro': 'it_IT.ISO8859-15',
    'nl_nl@euro': 'nl_NL.ISO8859-15', 'de@euro': 'de_DE.ISO8859-15',
    'fr@euro': 'fr_FR.ISO8859-15', 'universal.utf8@ucs4': 'en_US.UTF-8',
}


def _replace_encoding(code, encoding):
    from codecs import _normalize_name   # not at the top: locale loads without it
    langname = code[:code.index('.')] if '.' in code else code
    norm_encoding = _normalize_name(encoding)
    norm_encoding = _codec_aliases.get(norm_encoding.lower(), norm_encoding)
    encoding = locale_encoding_alias.get(norm_encoding.lower(), norm_encoding)
    return langname + '.' + encoding


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        _, _, encoding = code.partition('.')
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The locale name in the form language_TERRITORY.ENCODING[@modifier]
    that setlocale() understands, through the alias tables."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname = code
        encoding = ''
    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    lookup_name = lang_enc + ('@' + modifier if modifier else '')
    code = locale_alias.get(lookup_name, None)
    if code is not None:
        return code
    if modifier:
        code = locale_alias.get(lang_enc, None)
        if code is not None:
            if '@' not in code:
                return _append_modifier(code, modifier)
            if code.split('@', 1)[1].lower() == modifier:
                return code
    if encoding:
        lookup_name = langname + ('@' + modifier if modifier else '')
        code = locale_alias.get(lookup_name, None)
        if code is not None:
            if '@' not in code:
                return _replace_encoding(code, encoding)
            code, modifier = code.split('@', 1)
            return _replace_encoding(code, encoding) + '@' + modifier
        if modifier:
            code = locale_alias.get(langname, None)
            if code is not None:
                if '@' not in code:
                    return _append_modifier(_replace_encoding(code, encoding), modifier)
                code, defmod = code.split('@', 1)
                if defmod.lower() == modifier:
                    return _replace_encoding(code, encoding) + '@' + defmod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: (language code, encoding) from the environment."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current setting."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


# ---- nl_langinfo (the C locale's answers; CODESET follows LC_CTYPE) ----

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10,
 ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_days = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_months = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_langinfo = {
    RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '',
    ERA_T_FMT: '', CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
}
for _i, _name in enumerate(_days):
    _langinfo[DAY_1 + _i] = _name
    _langinfo[ABDAY_1 + _i] = _name[:3]
for _i, _name in enumerate(_months):
    _langinfo[MON_1 + _i] = _name
    _langinfo[ABMON_1 + _i] = _name[:3]
del _i, _name


def nl_langinfo(key):
    """Return the value for the locale information associated with key."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key == CODESET:
        return getencoding()
    try:
        return _langinfo[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None


# ---- message catalogs: no translations, messages come back unchanged ----

_textdomain = 'messages'


def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


def textdomain(domain):
    global _textdomain
    if domain is not None:
        _textdomain = domain
    return _textdomain


def bindtextdomain(domain, dir):
    return dir if dir is not None else '/usr/share/locale'


def bind_textdomain_codeset(domain, codeset):
    return codeset
