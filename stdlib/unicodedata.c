/* unicodedata.c: the unicodedata module as CPython 3.11 has it (Unicode
 * 14.0.0).  Categories, bidirectional classes, combining classes, mirroring
 * and the four normalization forms come from libutf8proc (a newer Unicode:
 * code points it assigns that Unicode 14 does not are treated as unassigned,
 * through uni_category); names, decompositions, numeric values and East
 * Asian widths come from the tables unicodedata_gen.py generated from
 * CPython (unicodedata_data.inc); lookup() shares the \N{...} name table of
 * grammar/unicode_names.c.  Not here: the ucd_3_2_0 object (UCD) and named
 * sequences in lookup(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "modules.h"
#include "bytes.h"
#include "err.h"
#include "float.h"
#include "memoryview.h"
#include "str_codecs.h"
#include "str.h"
#include "str_internal.h"
#include "str_unicode.h"
#include "tuple.h"
#include "unicode_names.h"

#include "unicodedata_data.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- arguments ------------------------------------------------------------ */

/* The code point of a one-character str argument, or -1 with CPython's TypeError. */
static int32_t char_arg(const char *fname, const char *which, Obj *o) {
    if (!is_str(o) || str_length(o) != 1) {
        err_format(&Exc_TypeError, "%s() argument%s must be a unicode character, not %T", fname, which, o);
        return -1;
    }
    const unsigned char *p = (const unsigned char *)str_data(o);
    return (int32_t)utf8_decode(&p);
}

/* The one argument of a METH_O-style function. */
static int32_t one_char(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_format(&Exc_TypeError, "unicodedata.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "unicodedata.%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return char_arg(fname, "", args[0]);
}

/* A character and an optional default: name(), decimal(), digit(), numeric(). */
static int32_t char_and_default(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                                Obj **dflt) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs < 1 || nargs > 2) {
        err_format(&Exc_TypeError, "%s expected %s %d argument%s, got %zu", fname,
                   nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
        return -1;
    }
    *dflt = nargs == 2 ? args[1] : NULL;
    return char_arg(fname, " 1", args[0]);
}

/* Unicode 14 does not assign it, though utf8proc's newer data may. */
static bool unassigned(int32_t cp) { return uni_category((uint32_t)cp) == UTF8PROC_CATEGORY_CN; }

/* ---- simple properties ------------------------------------------------------ */

static const char *const category_names[] = {
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd",
    "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf",
    "Cs", "Co",
};

static const char *const bidi_names[] = {
    "", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
    "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI",
};

static const char *const eaw_names[] = {"F", "H", "W", "Na", "A", "N"};

static Obj *ud_category(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int32_t cp = one_char("category", args, nargs, kwnames);
    if (cp < 0) return NULL;
    int c = uni_category((uint32_t)cp);
    return str_from_cstr(c >= 0 && (size_t)c < COUNT(category_names) ? category_names[c] : "Cn");
}

static Obj *ud_bidirectional(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int32_t cp = one_char("bidirectional", args, nargs, kwnames);
    if (cp < 0) return NULL;
    int b = unassigned(cp) ? 0 : utf8proc_get_property(cp)->bidi_class;
    return str_from_cstr(b >= 0 && (size_t)b < COUNT(bidi_names) ? bidi_names[b] : "");
}

static int combining_class(int32_t cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    return unassigned(cp) ? 0 : utf8proc_get_property(cp)->combining_class;
}

static Obj *ud_combining(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int32_t cp = one_char("combining", args, nargs, kwnames);
    return cp < 0 ? NULL : small_new(combining_class(cp));
}

static Obj *ud_mirrored(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int32_t cp = one_char("mirrored", args, nargs, kwnames);
    if (cp < 0) return NULL;
    return small_new(unassigned(cp) ? 0 : utf8proc_get_property(cp)->bidi_mirrored);
}

static Obj *ud_east_asian_width(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int32_t cp = one_char("east_asian_width", args, nargs, kwnames);
    if (cp < 0) return NULL;
    size_t lo = 0, hi = COUNT(ueaw);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)cp < ueaw[mid].first) hi = mid;
        else if ((uint32_t)cp > ueaw[mid].last) lo = mid + 1;
        else return str_from_cstr(eaw_names[ueaw[mid].w]);
    }
    return str_from_cstr("N");
}

static Obj *ud_decomposition(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int32_t cp = one_char("decomposition", args, nargs, kwnames);
    if (cp < 0) return NULL;
    size_t lo = 0, hi = COUNT(udecomp);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)cp < udecomp[mid].cp) hi = mid;
        else if ((uint32_t)cp > udecomp[mid].cp) lo = mid + 1;
        else return str_from_cstr(udecomp[mid].text);
    }
    return str_from_cstr("");
}

/* ---- numeric values --------------------------------------------------------- */

/* The numeric record of cp, or -1. */
static ptrdiff_t numeric_index(int32_t cp) {
    size_t lo = 0, hi = COUNT(unumeric);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)cp < unumeric[mid].cp) hi = mid;
        else if ((uint32_t)cp > unumeric[mid].cp) lo = mid + 1;
        else return (ptrdiff_t)mid;
    }
    return -1;
}

/* decimal(), digit() (which: 0, 1) and numeric() (2). */
static Obj *numeric_value(const char *fname, int which, const char *missing, Obj *const *args,
                          size_t nargs, Obj *kwnames) {
    Obj *dflt;
    int32_t cp = char_and_default(fname, args, nargs, kwnames, &dflt);
    if (cp < 0) return NULL;
    ptrdiff_t i = unassigned(cp) ? -1 : numeric_index(cp);
    int v = i < 0 ? -1 : which == 0 ? unumeric[i].decimal : which == 1 ? unumeric[i].digit : 0;
    if (i < 0 || v < 0) {
        if (dflt != NULL) return NEWREF(dflt);
        err_set_str(&Exc_ValueError, missing);
        return NULL;
    }
    if (which == 2) return float_new((double)unumeric[i].num / (double)unumeric[i].den);
    return small_new(v);
}

static Obj *ud_decimal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return numeric_value("decimal", 0, "not a decimal", args, nargs, kwnames);
}

static Obj *ud_digit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return numeric_value("digit", 1, "not a digit", args, nargs, kwnames);
}

static Obj *ud_numeric(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return numeric_value("numeric", 2, "not a numeric character", args, nargs, kwnames);
}

/* ---- names ------------------------------------------------------------------ */

/* Built on the first name() call: where each word and each named code point's
 * record start. */
static uint32_t *word_start, *named_cp, *named_at;

static int names_index(void) {
    if (named_at != NULL) return 0;
    uint32_t *ws = malloc(UNAME_WORDS * sizeof *ws);
    uint32_t *cps = malloc(UNAME_COUNT * sizeof *cps), *at = malloc(UNAME_COUNT * sizeof *at);
    if (ws == NULL || cps == NULL || at == NULL) {
        free(ws); free(cps); free(at);
        err_no_memory();
        return -1;
    }
    for (size_t i = 0, off = 0; i < UNAME_WORDS; i++) {
        ws[i] = (uint32_t)off;
        off += strlen((const char *)uname_words + off) + 1;
    }
    const unsigned char *p = uname_data;
    int64_t cp = -1;
    for (size_t i = 0; i < UNAME_COUNT; i++) {
        uint32_t gap = 0;
        for (int shift = 0;; shift += 7) {
            gap |= (uint32_t)(*p & 0x7f) << shift;
            if (*p++ < 0x80) break;
        }
        cp += (int64_t)gap + 1;
        cps[i] = (uint32_t)cp;
        at[i] = (uint32_t)(p - uname_data);
        for (unsigned n = *p++; n > 0; n--) p += *p < UNAME_ONE_BYTE ? 1 : 2;
    }
    word_start = ws;
    named_cp = cps;
    named_at = at;
    return 0;
}

static const char *const jamo_lead[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                          "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_vowel[21] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
                                           "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
                                           "YU", "EU", "YI", "I"};
static const char *const jamo_tail[28] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                          "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS",
                                          "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

/* The name of cp (new str), NULL without an exception when it has none. */
static Obj *char_name(int32_t cp) {
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
        int s = cp - 0xAC00;
        return str_from_format("HANGUL SYLLABLE %s%s%s", jamo_lead[s / (21 * 28)],
                               jamo_vowel[s / 28 % 21], jamo_tail[s % 28]);
    }
    for (size_t i = 0; i < COUNT(uname_rules); i++)
        if ((uint32_t)cp >= uname_rules[i].first && (uint32_t)cp <= uname_rules[i].last) {
            char buf[64];
            snprintf(buf, sizeof buf, "%s%04X", uname_rules[i].prefix, (unsigned)cp);
            return str_from_cstr(buf);
        }
    if (names_index() < 0) return NULL;
    size_t lo = 0, hi = UNAME_COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)cp < named_cp[mid]) hi = mid;
        else if ((uint32_t)cp > named_cp[mid]) lo = mid + 1;
        else { lo = mid; break; }
    }
    if (lo >= UNAME_COUNT || named_cp[lo] != (uint32_t)cp) return NULL;
    const unsigned char *p = uname_data + named_at[lo];
    char buf[256];
    size_t len = 0;
    for (unsigned n = *p++; n > 0; n--) {
        unsigned w = *p++;
        if (w >= UNAME_ONE_BYTE) w = UNAME_ONE_BYTE + ((w - UNAME_ONE_BYTE) << 8) + *p++;
        const char *word = (const char *)uname_words + word_start[w];
        size_t wl = strlen(word);
        if (len + wl + 2 > sizeof buf) break;
        if (len > 0) buf[len++] = ' ';
        memcpy(buf + len, word, wl);
        len += wl;
    }
    return str_from(buf, len);
}

static Obj *ud_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *dflt;
    int32_t cp = char_and_default("name", args, nargs, kwnames, &dflt);
    if (cp < 0) return NULL;
    Obj *name = char_name(cp);
    if (name != NULL || err_occurred()) return name;
    if (dflt != NULL) return NEWREF(dflt);
    err_set_str(&Exc_ValueError, "no such name");
    return NULL;
}

static Obj *ud_lookup(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_set_str(&Exc_TypeError, "unicodedata.lookup() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "unicodedata.lookup() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    Obj *a = args[0];
    const char *s;
    size_t n;
    if (is_str(a)) {
        s = str_data(a);
        n = str_size(a);
        for (size_t i = 0; i + 2 < n; i++) {
            unsigned char c0 = (unsigned char)s[i], c1 = (unsigned char)s[i + 1];
            if (c0 == 0xED && c1 >= 0xA0) {     /* a lone surrogate */
                Obj *enc = str_encode(a, NULL, NULL);
                XDECREF(enc);
                return NULL;
            }
        }
    } else if (is_bytes(a)) {
        s = (const char *)byteslike_data(a);
        n = byteslike_size(a);
    } else if (is_bytearray(a) || is_memoryview(a)) {
        err_format(&Exc_TypeError, "lookup() argument must be read-only bytes-like object, not %T", a);
        return NULL;
    } else {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%T'", a);
        return NULL;
    }
    if (n > 256) {
        err_set_str(&Exc_KeyError, "name too long");
        return NULL;
    }
    int32_t cp = memchr(s, '\0', n) ? -1 : unicode_lookup_name(s, n);
    if (cp < 0) {
        Obj *msg = str_from_format("undefined character name '%s'", s);
        Obj *exc = msg ? exc_new(&Exc_KeyError, &msg, 1) : NULL;
        if (exc != NULL) err_set_obj(exc);
        XDECREF(msg);
        return NULL;
    }
    return str_from_codepoint((uint32_t)cp);
}

/* ---- normalization ------------------------------------------------------------ */

typedef enum Form { NFC, NFD, NFKC, NFKD } Form;

static int form_arg(const char *fname, Obj *o, Form *f) {
    if (!is_str(o)) {
        err_format(&Exc_TypeError, "%s() argument 1 must be str, not %T", fname, o);
        return -1;
    }
    static const char *const names[] = {"NFC", "NFD", "NFKC", "NFKD"};
    for (int i = 0; i < 4; i++)
        if (str_equal_cstr(o, names[i])) { *f = (Form)i; return 0; }
    err_set_str(&Exc_ValueError, "invalid normalization form");
    return -1;
}

/* s in form f, as a new str. */
static Obj *normalized(Obj *s, Form f) {
    size_t n = str_length(s), cap = n * 4 + 32, len = 0;
    utf8proc_int32_t *buf = malloc(cap * sizeof *buf);
    if (buf == NULL) return err_no_memory(), NULL;
    utf8proc_option_t opts = UTF8PROC_DECOMPOSE | (f == NFKC || f == NFKD ? UTF8PROC_COMPAT : 0);
    const unsigned char *p = (const unsigned char *)str_data(s), *end = p + str_size(s);
    while (p < end) {
        uint32_t cp = utf8_decode(&p);
        if (len + 32 > cap) {
            cap *= 2;
            utf8proc_int32_t *nb = realloc(buf, cap * sizeof *buf);
            if (nb == NULL) { free(buf); return err_no_memory(), NULL; }
            buf = nb;
        }
        if ((cp >= 0xD800 && cp <= 0xDFFF) || unassigned((int32_t)cp)) {
            buf[len++] = (utf8proc_int32_t)cp;
            continue;
        }
        int last = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)cp, buf + len, 32, opts, &last);
        if (k < 0 || k > 32) { buf[len++] = (utf8proc_int32_t)cp; continue; }
        len += (size_t)k;
    }
    /* canonical order: a stable sort of each run of non-starters by class */
    for (size_t i = 1; i < len; i++) {
        int c = combining_class(buf[i]);
        if (c == 0) continue;
        utf8proc_int32_t v = buf[i];
        size_t j = i;
        while (j > 0 && combining_class(buf[j - 1]) > c) { buf[j] = buf[j - 1]; j--; }
        buf[j] = v;
    }
    if (f == NFC || f == NFKC) {
        utf8proc_ssize_t k = utf8proc_normalize_utf32(buf, (utf8proc_ssize_t)len, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (k >= 0) len = (size_t)k;
    }
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < len; i++)
        if (strbuf_append_char(&b, (uint32_t)buf[i]) < 0) {
            free(buf);
            strbuf_free(&b);
            return NULL;
        }
    free(buf);
    return strbuf_finish(&b);
}

/* The form and string of normalize() and is_normalized(). */
static int form_and_str(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, Form *f) {
    if (kwnames != NULL && tuple_size(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 2) {
        err_format(&Exc_TypeError, "%s expected 2 arguments, got %zu", fname, nargs);
        return -1;
    }
    if (form_arg(fname, args[0], f) < 0) return -1;
    if (!is_str(args[1])) {
        err_format(&Exc_TypeError, "%s() argument 2 must be str, not %T", fname, args[1]);
        return -1;
    }
    return 0;
}

static Obj *ud_normalize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Form f;
    if (form_and_str("normalize", args, nargs, kwnames, &f) < 0) return NULL;
    if (((StrObj *)args[1])->ascii) return NEWREF(args[1]);
    Obj *r = normalized(args[1], f);
    if (r != NULL && str_equal(r, args[1])) {
        DECREF(r);
        return NEWREF(args[1]);
    }
    return r;
}

static Obj *ud_is_normalized(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Form f;
    if (form_and_str("is_normalized", args, nargs, kwnames, &f) < 0) return NULL;
    if (((StrObj *)args[1])->ascii) return NEWREF(bool_from(true));
    Obj *r = normalized(args[1], f);
    if (r == NULL) return NULL;
    bool same = str_equal(r, args[1]);
    DECREF(r);
    return NEWREF(bool_from(same));
}

static const MethodDef functions[] = {
    {"bidirectional", ud_bidirectional}, {"category", ud_category},
    {"combining", ud_combining}, {"decimal", ud_decimal}, {"decomposition", ud_decomposition},
    {"digit", ud_digit}, {"east_asian_width", ud_east_asian_width},
    {"is_normalized", ud_is_normalized}, {"lookup", ud_lookup}, {"mirrored", ud_mirrored},
    {"name", ud_name}, {"normalize", ud_normalize}, {"numeric", ud_numeric},
    {NULL},
};

Obj *unicodedata_module_init(void) {
    Obj *m = module_new("unicodedata");
    Obj *version = m ? str_from_cstr("14.0.0") : NULL;
    if (version == NULL || module_add_functions(m, functions) < 0 ||
        module_add_obj(m, "unidata_version", version) < 0) {
        XDECREF(version);
        XDECREF(m);
        return NULL;
    }
    DECREF(version);
    return m;
}
