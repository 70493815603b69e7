/* bytes_ctype.c: bytes/bytearray methods that look at bytes as ASCII
 * characters (upper, lower, swapcase, title, capitalize and the is*
 * predicates), hex()/fromhex() and decode(). */
#include "bytes_internal.h"
#include "str_codecs.h"
#include "err.h"

static bool a_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool a_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool a_alpha(unsigned char c) { return a_lower(c) || a_upper(c); }
static bool a_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool a_alnum(unsigned char c) { return a_alpha(c) || a_digit(c); }
static bool a_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* ---- conversions ------------------------------------------------------------------- */
enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAPITALIZE };

static Obj *convert(const char *fname, Obj *self, size_t nargs, Obj *kwnames, int op) {
    if (bytes_noargs(self, fname, nargs, kwnames) < 0) return NULL;
    const unsigned char *s = byteslike_data(self);
    size_t n = byteslike_size(self);
    Obj *r = byteslike_like(self, s, n);
    if (r == NULL || n == 0) return r;
    unsigned char *d = is_bytes(r) ? ((BytesObj *)r)->data : ((ByteArrayObj *)r)->data;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        bool up = a_upper(c), low = a_lower(c);
        switch (op) {
        case C_UPPER: if (low) d[i] = c - 32; break;
        case C_LOWER: if (up) d[i] = c + 32; break;
        case C_SWAP: d[i] = up ? c + 32 : low ? c - 32 : c; break;
        case C_TITLE:
            d[i] = prev_cased ? (up ? c + 32 : c) : (low ? c - 32 : c);
            prev_cased = up || low;
            break;
        default: d[i] = i == 0 ? (low ? c - 32 : c) : (up ? c + 32 : c); break;
        }
    }
    return r;
}

Obj *bytes_m_upper(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("upper", self, nargs, kwnames, C_UPPER);
}
Obj *bytes_m_lower(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("lower", self, nargs, kwnames, C_LOWER);
}
Obj *bytes_m_swapcase(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("swapcase", self, nargs, kwnames, C_SWAP);
}
Obj *bytes_m_title(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("title", self, nargs, kwnames, C_TITLE);
}
Obj *bytes_m_capitalize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("capitalize", self, nargs, kwnames, C_CAPITALIZE);
}

/* ---- predicates ---------------------------------------------------------------------- */
static Obj *all_bytes(const char *fname, Obj *self, size_t nargs, Obj *kwnames,
                      bool (*pred)(unsigned char)) {
    if (bytes_noargs(self, fname, nargs, kwnames) < 0) return NULL;
    const unsigned char *s = byteslike_data(self);
    size_t n = byteslike_size(self);
    if (n == 0) return NEWREF(FALSE_);
    for (size_t i = 0; i < n; i++)
        if (!pred(s[i])) return NEWREF(FALSE_);
    return NEWREF(TRUE_);
}

Obj *bytes_m_isalnum(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_bytes("isalnum", self, nargs, kwnames, a_alnum);
}
Obj *bytes_m_isalpha(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_bytes("isalpha", self, nargs, kwnames, a_alpha);
}
Obj *bytes_m_isdigit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_bytes("isdigit", self, nargs, kwnames, a_digit);
}
Obj *bytes_m_isspace(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_bytes("isspace", self, nargs, kwnames, a_space);
}

Obj *bytes_m_isascii(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "isascii", nargs, kwnames) < 0) return NULL;
    const unsigned char *s = byteslike_data(self);
    for (size_t i = 0, n = byteslike_size(self); i < n; i++)
        if (s[i] >= 0x80) return NEWREF(FALSE_);
    return NEWREF(TRUE_);
}

static Obj *case_check(const char *fname, Obj *self, size_t nargs, Obj *kwnames, bool lower) {
    if (bytes_noargs(self, fname, nargs, kwnames) < 0) return NULL;
    const unsigned char *s = byteslike_data(self);
    bool cased = false;
    for (size_t i = 0, n = byteslike_size(self); i < n; i++) {
        if (lower ? a_upper(s[i]) : a_lower(s[i])) return NEWREF(FALSE_);
        cased |= lower ? a_lower(s[i]) : a_upper(s[i]);
    }
    return NEWREF(bool_from(cased));
}

Obj *bytes_m_islower(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return case_check("islower", self, nargs, kwnames, true);
}
Obj *bytes_m_isupper(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return case_check("isupper", self, nargs, kwnames, false);
}

Obj *bytes_m_istitle(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "istitle", nargs, kwnames) < 0) return NULL;
    const unsigned char *s = byteslike_data(self);
    bool cased = false, prev = false;
    for (size_t i = 0, n = byteslike_size(self); i < n; i++) {
        if (a_upper(s[i])) {
            if (prev) return NEWREF(FALSE_);
            prev = cased = true;
        } else if (a_lower(s[i])) {
            if (!prev) return NEWREF(FALSE_);
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return NEWREF(bool_from(cased));
}

/* ---- hex / fromhex ------------------------------------------------------------------------ */
Obj *bytes_hex_string(const unsigned char *s, size_t n, Obj *sep, Obj *bytes_per_sep) {
    char sepc = 0;
    intptr_t group = 1;
    if (sep != NULL) {
        intptr_t len = obj_len(sep);
        if (len < 0) return NULL;
        if (len != 1) {
            err_set_str(&Exc_ValueError, "sep must be length 1.");
            return NULL;
        }
        if (is_str(sep)) {
            if ((unsigned char)str_data(sep)[0] >= 0x80) {
                err_set_str(&Exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
            sepc = str_data(sep)[0];
        } else if (is_byteslike(sep)) {
            sepc = (char)byteslike_data(sep)[0];
            if ((unsigned char)sepc >= 0x80) {
                err_set_str(&Exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
        } else {
            err_format(&Exc_TypeError, "sep must be str or bytes.");
            return NULL;
        }
        if (bytes_per_sep != NULL && str_int_arg(bytes_per_sep, &group) < 0) return NULL;
    }
    size_t g = group < 0 ? (size_t)-group : (size_t)group;
    size_t nsep = sepc && g > 0 && n > 0 ? (n - 1) / g : 0;
    Obj *r = str_new_raw(2 * n + nsep, 2 * n + nsep, true);
    if (r == NULL) return NULL;
    char *d = ((StrObj *)r)->data;
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        if (nsep > 0 && i > 0) {
            /* positive groups count from the right end, negative from the left */
            size_t pos = group > 0 ? n - i : i;
            if (pos % g == 0) *d++ = sepc;
        }
        *d++ = digits[s[i] >> 4];
        *d++ = digits[s[i] & 15];
    }
    return r;
}

Obj *bytes_m_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    Obj *a[2];
    if (str_bind("hex", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    return bytes_hex_string(byteslike_data(self), byteslike_size(self), a[0], a[1]);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

Obj *bytes_m_fromhex(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *tn = ((Type *)cls)->name;
    if (kw_count(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s.fromhex() takes no keyword arguments", tn);
        return NULL;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s.fromhex() takes exactly one argument (%zu given)", tn, nargs);
        return NULL;
    }
    Obj *s = args[0];
    if (!is_str(s)) {
        err_format(&Exc_TypeError, "fromhex() argument must be str, not %s", type_name(s));
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)str_data(s);
    size_t n = str_size(s), i = 0;
    StrBuf b;
    strbuf_init(&b);
    while (i < n) {
        if (a_space(p[i])) {
            i++;
            continue;
        }
        int hi = hexval(p[i]), lo = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t at = hi < 0 ? i : i + 1;
            err_format(&Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                       str_is_ascii(s) ? at : utf8_count((const char *)p, at));
            strbuf_free(&b);
            return NULL;
        }
        if (strbuf_reserve(&b, 1) < 0) {
            strbuf_free(&b);
            return NULL;
        }
        b.data[b.size++] = (char)(hi * 16 + lo);
        i += 2;
    }
    Obj *r;
    if (cls == (Obj *)&ByteArrayType) {
        r = bytearray_from(b.data, b.size);
    } else {
        r = bytes_from(b.data, b.size);
        if (r != NULL && cls != (Obj *)&BytesType) SETREF(r, obj_call1(cls, r));
    }
    strbuf_free(&b);
    return r;
}

/* ---- decode -------------------------------------------------------------------------------- */
Obj *bytes_m_decode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "encoding", "errors", NULL };
    Obj *a[2];
    if (str_bind("decode", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    return str_decode((const char *)byteslike_data(self), byteslike_size(self), a[0], a[1], "decode");
}
