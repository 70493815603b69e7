/* str_vformat.c: str_from_format(), the printf-like builder behind
 * err_format().  Directives (each may carry a ".N" precision, which cuts
 * %s/%U/%R/%S/%T text to N code points, as CPython's "%.200s"):
 *   %s C string (UTF-8)   %d int   %ld long   %lld long long   %zd ssize_t
 *   %u %lu %llu %zu unsigned   %x unsigned hex   %c code point (int)
 *   %p pointer   %R repr(obj)   %S str(obj)   %T type name of obj
 *   %U str object   %% a percent sign. */
#include <stdio.h>
#include "str_internal.h"
#include "err.h"

/* Appends at most `prec` code points of UTF-8 text (prec < 0: all). */
static int append_limited(StrBuf *b, const char *s, size_t size, long prec) {
    if (prec >= 0) {
        const unsigned char *p = (const unsigned char *)s, *end = p + size;
        for (long i = 0; i < prec && p < end; i++) p += utf8_seq_len(*p);
        if (p > end) p = end;
        size = (size_t)(p - (const unsigned char *)s);
    }
    return strbuf_append(b, s, size);
}

/* Appends repr(o) or str(o). */
static int append_object(StrBuf *b, Obj *o, char conv, long prec) {
    Obj *s = conv == 'R' ? obj_repr(o) : obj_str(o);
    if (s == NULL) return -1;
    int rc = append_limited(b, str_data(s), str_size(s), prec);
    DECREF(s);
    return rc;
}

/* Integer directives; `len` is the length modifier: 0, 'l', 'L' (ll), 'z';
 * width pads on the left, with zeros when `zero` (as in "%02x"). */
static int append_integer(StrBuf *b, char conv, char len, long width, bool zero, va_list *ap) {
    char tmp[32];
    if (conv == 'd' || conv == 'i') {
        long long v = len == 'l' ? va_arg(*ap, long) : len == 'L' ? va_arg(*ap, long long)
                    : len == 'z' ? (long long)va_arg(*ap, intptr_t) : va_arg(*ap, int);
        snprintf(tmp, sizeof tmp, "%lld", v);
    } else {
        unsigned long long v = len == 'l' ? va_arg(*ap, unsigned long)
                             : len == 'L' ? va_arg(*ap, unsigned long long)
                             : len == 'z' ? va_arg(*ap, size_t) : va_arg(*ap, unsigned);
        snprintf(tmp, sizeof tmp, conv == 'x' ? "%llx" : "%llu", v);
    }
    size_t n = strlen(tmp);
    if (width > 0 && (size_t)width > n) {
        size_t pad = (size_t)width - n;
        bool neg = tmp[0] == '-';
        if (zero && neg && strbuf_append_ascii(b, '-') < 0) return -1;
        if (strbuf_append_repeat(b, zero ? '0' : ' ', pad) < 0) return -1;
        return strbuf_append_cstr(b, zero && neg ? tmp + 1 : tmp);
    }
    return strbuf_append_cstr(b, tmp);
}

/* Handles the directive starting after '%'; returns the end of it or NULL. */
static const char *one_directive(StrBuf *b, const char *f, va_list *ap) {
    long prec = -1, width = 0;
    bool zero = *f == '0';
    if (zero) f++;
    for (; *f >= '0' && *f <= '9'; f++) width = width * 10 + (*f - '0');
    if (*f == '.') {
        prec = 0;
        for (f++; *f >= '0' && *f <= '9'; f++) prec = prec * 10 + (*f - '0');
    }
    char len = 0;
    if (*f == 'l') { len = 'l'; f++; if (*f == 'l') { len = 'L'; f++; } }
    else if (*f == 'z') { len = 'z'; f++; }
    int rc;
    switch (*f) {
    case 'd': case 'i': case 'u': case 'x':
        rc = append_integer(b, *f, len, width, zero, ap); break;
    case 's': {
        const char *s = va_arg(*ap, const char *);
        if (s == NULL) s = "(null)";
        rc = append_limited(b, s, strlen(s), prec);
        break;
    }
    case 'c': rc = strbuf_append_char(b, (uint32_t)va_arg(*ap, int)); break;
    case 'p': {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "%p", va_arg(*ap, void *));
        rc = strbuf_append_cstr(b, tmp);
        break;
    }
    case 'R': case 'S': rc = append_object(b, va_arg(*ap, Obj *), *f, prec); break;
    case 'T': {
        const char *name = type_name(va_arg(*ap, Obj *));
        rc = append_limited(b, name, strlen(name), prec);
        break;
    }
    case 'U': {
        Obj *s = va_arg(*ap, Obj *);
        rc = append_limited(b, str_data(s), str_size(s), prec);
        break;
    }
    case '%': rc = strbuf_append_ascii(b, '%'); break;
    default:   /* unknown directive: copy it, as CPython does */
        rc = strbuf_append_ascii(b, '%');
        return rc < 0 ? NULL : f;
    }
    return rc < 0 ? NULL : f + 1;
}

Obj *str_from_vformat(const char *fmt, va_list ap) {
    StrBuf b;
    strbuf_init(&b);
    va_list aq;
    va_copy(aq, ap);
    const char *f = fmt;
    while (*f) {
        const char *pct = strchr(f, '%');
        size_t lit = pct ? (size_t)(pct - f) : strlen(f);
        if (lit > 0 && strbuf_append(&b, f, lit) < 0) goto fail;
        if (pct == NULL) break;
        f = one_directive(&b, pct + 1, &aq);
        if (f == NULL) goto fail;
    }
    va_end(aq);
    return strbuf_finish(&b);
fail:
    va_end(aq);
    strbuf_free(&b);
    return NULL;
}

Obj *str_from_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *s = str_from_vformat(fmt, ap);
    va_end(ap);
    return s;
}
