/* str_repr.c: repr(str) with CPython's quoting and escaping rules, and the
 * printability test it relies on (str.isprintable() uses it too). */
#include <utf8proc.h>
#include "str_internal.h"
#include "str_unicode.h"
#include "err.h"

/* CPython: not printable = categories Cc Cf Cs Co Cn Zl Zp Zs, except the
 * ASCII space. */
bool unicode_isprintable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
    if (cp > 0x10ffff) return false;
    switch (uni_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

static const char hexdigits[] = "0123456789abcdef";

/* \xNN, \uNNNN or \UNNNNNNNN for a code point repr cannot show as is. */
static int append_hex_escape(StrBuf *b, uint32_t cp) {
    char tmp[10];
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    tmp[0] = '\\';
    tmp[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = 0; i < digits; i++) tmp[2 + i] = hexdigits[(cp >> (4 * (digits - 1 - i))) & 0xf];
    return strbuf_append(b, tmp, (size_t)(2 + digits));
}

static int append_ascii_escaped(StrBuf *b, unsigned char c, char quote) {
    switch (c) {
    case '\\': return strbuf_append(b, "\\\\", 2);
    case '\n': return strbuf_append(b, "\\n", 2);
    case '\r': return strbuf_append(b, "\\r", 2);
    case '\t': return strbuf_append(b, "\\t", 2);
    default:
        if (c == (unsigned char)quote) {
            char esc[2] = { '\\', quote };
            return strbuf_append(b, esc, 2);
        }
        if (c < 0x20 || c == 0x7f) return append_hex_escape(b, c);
        return strbuf_append_ascii(b, (char)c);
    }
}

/* Single quotes unless the text has ' and no ". */
static char pick_quote(Obj *s) {
    const char *p = str_data(s);
    size_t n = str_size(s);
    bool single = memchr(p, '\'', n) != NULL;
    return single && memchr(p, '"', n) == NULL ? '"' : '\'';
}

int strbuf_append_repr(StrBuf *b, Obj *s) {
    char quote = pick_quote(s);
    if (strbuf_append_ascii(b, quote) < 0) return -1;
    const unsigned char *p = (const unsigned char *)str_data(s), *end = p + str_size(s);
    while (p < end) {
        int rc;
        if (*p < 0x80) {
            rc = append_ascii_escaped(b, *p++, quote);
        } else {
            const unsigned char *start = p;
            uint32_t cp = utf8_decode(&p);
            rc = unicode_isprintable(cp) ? strbuf_append(b, (const char *)start, (size_t)(p - start))
                                         : append_hex_escape(b, cp);
        }
        if (rc < 0) return -1;
    }
    return strbuf_append_ascii(b, quote);
}

Obj *str_repr(Obj *s) {
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append_repr(&b, s) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}
