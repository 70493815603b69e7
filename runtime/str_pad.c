/* str_pad.c: str's trimming and padding methods: strip, lstrip, rstrip,
 * removeprefix, removesuffix, center, ljust, rjust, zfill, expandtabs. */
#include "str_methods.h"
#include "str_algo.h"
#include "err.h"

/* ---- strip family ----------------------------------------------------------------- */
/* The characters to strip: a table for ASCII, else a list of code points. */
typedef struct CharSet {
    bool ascii[128];
    const char *chars;      /* UTF-8 of the argument when not all ASCII */
    size_t size;
    bool any_wide;
} CharSet;

static void charset_init(CharSet *cs, Obj *chars) {
    memset(cs->ascii, 0, sizeof cs->ascii);
    cs->chars = str_data(chars);
    cs->size = str_size(chars);
    cs->any_wide = !str_is_ascii(chars);
    for (size_t i = 0; i < cs->size; i++) {
        unsigned char c = (unsigned char)cs->chars[i];
        if (c < 0x80) cs->ascii[c] = true;
    }
}

static bool charset_has(const CharSet *cs, uint32_t cp) {
    if (cp < 0x80) return cs->ascii[cp];
    if (!cs->any_wide) return false;
    const unsigned char *p = (const unsigned char *)cs->chars, *end = p + cs->size;
    while (p < end)
        if (utf8_decode(&p) == cp) return true;
    return false;
}

/* Strips per `how` (1 left, 2 right, 3 both); chars NULL means whitespace. */
static Obj *strip_common(Obj *self, Obj *chars, int how) {
    const unsigned char *b = (const unsigned char *)str_data(self), *end = b + str_size(self);
    const unsigned char *p = b, *q = end;
    if (chars == NULL) {
        size_t w;
        if (how & 1) while (p < q && (w = algo_space_at(p, q, true)) > 0) p += w;
        if (how & 2) while (q > p && (w = algo_space_before(p, q, true)) > 0) q -= w;
    } else {
        CharSet cs;
        charset_init(&cs, chars);
        if (how & 1) {
            while (p < q) {
                const unsigned char *t = p;
                if (!charset_has(&cs, utf8_decode(&t))) break;
                p = t;
            }
        }
        if (how & 2) {
            while (q > p) {
                const unsigned char *t = q;
                if (!charset_has(&cs, utf8_decode_back(&t))) break;
                q = t;
            }
        }
    }
    return str_subbytes(self, (size_t)(p - b), (size_t)(q - b));
}

static Obj *strip_method(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, int how) {
    if (str_positional(fname, nargs, kwnames, 0, 1) < 0) return NULL;
    Obj *chars = nargs > 0 && args[0] != NONE ? args[0] : NULL;
    if (chars != NULL && !is_str(chars)) {
        err_format(&Exc_TypeError, "%s arg must be None or str", fname);
        return NULL;
    }
    return strip_common(self, chars, how);
}

Obj *str_m_strip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_method("strip", self, args, nargs, kwnames, 3);
}
Obj *str_m_lstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_method("lstrip", self, args, nargs, kwnames, 1);
}
Obj *str_m_rstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_method("rstrip", self, args, nargs, kwnames, 2);
}

static Obj *affix_arg(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_onearg(fname, nargs, kwnames) < 0) return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "%s() argument must be str, not %s", fname, arg_type_name(args[0]));
        return NULL;
    }
    return args[0];
}

Obj *str_m_removeprefix(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *pre = affix_arg("removeprefix", args, nargs, kwnames);
    if (pre == NULL) return NULL;
    size_t n = str_size(pre);
    if (n <= str_size(self) && memcmp(str_data(self), str_data(pre), n) == 0)
        return str_subbytes(self, n, str_size(self));
    return str_exact(self);
}

Obj *str_m_removesuffix(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *suf = affix_arg("removesuffix", args, nargs, kwnames);
    if (suf == NULL) return NULL;
    size_t n = str_size(suf), size = str_size(self);
    if (n > 0 && n <= size && memcmp(str_data(self) + size - n, str_data(suf), n) == 0)
        return str_subbytes(self, 0, size - n);
    return str_exact(self);
}

/* ---- padding ------------------------------------------------------------------------- */
/* fill*left + self + fill*right. */
static Obj *pad(Obj *self, size_t left, size_t right, uint32_t fill) {
    if (left == 0 && right == 0) return str_exact(self);
    char enc[4];
    size_t w = utf8_encode(fill, enc), size = str_size(self);
    Obj *r = str_new_raw(size + (left + right) * w, str_length(self) + left + right,
                         str_is_ascii(self) && fill < 0x80);
    if (r == NULL) return NULL;
    char *d = as_str(r)->data;
    if (w == 1) {
        memset(d, enc[0], left);
        memcpy(d + left, str_data(self), size);
        memset(d + left + size, enc[0], right);
    } else {
        for (size_t i = 0; i < left; i++, d += w) memcpy(d, enc, w);
        memcpy(d, str_data(self), size);
        d += size;
        for (size_t i = 0; i < right; i++, d += w) memcpy(d, enc, w);
    }
    return r;
}

/* (width[, fillchar]) of center/ljust/rjust; *extra is how many fill
 * characters are needed (0 when width is no wider than self). */
static int pad_args(const char *fname, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                    intptr_t *width, size_t *extra, uint32_t *fill) {
    if (str_positional(fname, nargs, kwnames, 1, 2) < 0 || str_int_arg(args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        Obj *f = args[1];
        if (!is_str(f)) {
            err_format(&Exc_TypeError, "The fill character must be a unicode character, not %s",
                       type_name(f));
            return -1;
        }
        if (str_length(f) != 1) {
            err_set_str(&Exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        const unsigned char *p = (const unsigned char *)str_data(f);
        *fill = utf8_decode(&p);
    }
    size_t len = str_length(self);
    *extra = *width > 0 && (size_t)*width > len ? (size_t)*width - len : 0;
    return 0;
}

Obj *str_m_center(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    size_t extra;
    uint32_t fill;
    if (pad_args("center", self, args, nargs, kwnames, &width, &extra, &fill) < 0) return NULL;
    size_t left = extra / 2 + (extra & (size_t)width & 1);
    return pad(self, left, extra - left, fill);
}

Obj *str_m_ljust(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    size_t extra;
    uint32_t fill;
    if (pad_args("ljust", self, args, nargs, kwnames, &width, &extra, &fill) < 0) return NULL;
    return pad(self, 0, extra, fill);
}

Obj *str_m_rjust(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    size_t extra;
    uint32_t fill;
    if (pad_args("rjust", self, args, nargs, kwnames, &width, &extra, &fill) < 0) return NULL;
    return pad(self, extra, 0, fill);
}

Obj *str_m_zfill(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    if (str_onearg("zfill", nargs, kwnames) < 0 || str_int_arg(args[0], &width) < 0) return NULL;
    size_t len = str_length(self);
    if (width <= 0 || (size_t)width <= len) return str_exact(self);
    Obj *r = pad(self, (size_t)width - len, 0, '0');
    if (r == NULL) return NULL;
    char *d = as_str(r)->data;
    size_t z = (size_t)width - len;
    if (d[z] == '+' || d[z] == '-') {   /* the sign moves before the zeros */
        d[0] = d[z];
        d[z] = '0';
    }
    return r;
}

Obj *str_m_expandtabs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "tabsize", NULL };
    Obj *a[1];
    if (str_bind("expandtabs", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    intptr_t tab = 8;
    if (a[0] != NULL && str_cint_arg(a[0], &tab) < 0) return NULL;
    const char *s = str_data(self);
    size_t n = str_size(self);
    if (memchr(s, '\t', n) == NULL) return str_exact(self);
    StrBuf b;
    strbuf_init(&b);
    size_t col = 0;
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        int rc;
        if (*p == '\t') {
            size_t k = tab > 0 ? (size_t)tab - col % (size_t)tab : 0;
            rc = strbuf_append_repeat(&b, ' ', k);
            col += k;
            p++;
        } else {
            size_t w = utf8_seq_len(*p);
            rc = strbuf_append(&b, (const char *)p, w);
            col = *p == '\n' || *p == '\r' ? 0 : col + 1;
            p += w;
        }
        if (rc < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(&b);
}
