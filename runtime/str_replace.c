/* str_replace.c: str.replace, str.translate and str.maketrans. */
#include "str_methods.h"
#include "str_algo.h"
#include "err.h"
#include "int.h"
#include "dict.h"

Obj *str_replace(Obj *self, Obj *old, Obj *new_, intptr_t maxcount) {
    size_t n = str_size(self), oldn = str_size(old), newn = str_size(new_);
    size_t max = maxcount < 0 ? SIZE_MAX : (size_t)maxcount, count;
    if (oldn == 0) {
        count = str_length(self) + 1;
        if (count > max) count = max;
    } else {
        count = algo_count(str_data(self), n, str_data(old), oldn, max);
    }
    if (count == 0) return str_exact(self);
    size_t size = algo_replace_size(n, oldn, newn, count);
    size_t length = str_length(self) + count * str_length(new_) - count * str_length(old);
    Obj *r = str_new_raw(size, length, str_is_ascii(self) && str_is_ascii(new_));
    if (r == NULL) return NULL;
    algo_replace_fill(as_str(r)->data, str_data(self), n, str_data(old), oldn, str_data(new_),
                      newn, count, true);
    if (!as_str(r)->ascii && str_is_ascii(new_) && oldn > 0) {
        /* replacing the only non-ASCII text may leave ASCII */
        bool ascii = true;
        for (size_t i = 0; i < size && ascii; i++) ascii = (unsigned char)as_str(r)->data[i] < 0x80;
        as_str(r)->ascii = ascii;
    }
    return r;
}

Obj *str_m_replace(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_positional("replace", nargs, kwnames, 2, 3) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (!is_str(args[i])) {
            err_format(&Exc_TypeError, "replace() argument %d must be str, not %s", i + 1,
                       arg_type_name(args[i]));
            return NULL;
        }
    intptr_t count = -1;
    if (nargs > 2 && str_int_arg(args[2], &count) < 0) return NULL;
    return str_replace(self, args[0], args[1], count);
}

/* ---- translate -------------------------------------------------------------------- */
/* Appends what table maps cp to: 1 appended, 0 no mapping (LookupError), -1 error. */
static int translate_char(StrBuf *b, Obj *table, uint32_t cp) {
    Obj *key = small_new((intptr_t)cp);
    Obj *v = obj_getitem(table, key);
    if (v == NULL) {
        if (err_matches(&Exc_LookupError)) {
            err_clear();
            return 0;
        }
        return -1;
    }
    int rc = 1;
    if (v == NONE) {
        /* deleted */
    } else if (is_int(v)) {
        int overflow = 0;
        int64_t x = int_as_i64(v, &overflow);
        if (overflow || x < 0 || x > 0x10ffff) {
            err_set_str(&Exc_ValueError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else if (strbuf_append_char(b, (uint32_t)x) < 0) {
            rc = -1;
        }
    } else if (is_str(v)) {
        if (strbuf_append_str(b, v) < 0) rc = -1;
    } else {
        err_set_str(&Exc_TypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    DECREF(v);
    return rc;
}

Obj *str_m_translate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_onearg("translate", nargs, kwnames) < 0) return NULL;
    Obj *table = args[0];
    StrBuf b;
    strbuf_init(&b);
    /* ASCII results are cached per call: 0 unknown, 1 identity, 2 cached
     * byte, 3 deleted, 4 other (looked up each time). */
    unsigned char state[128] = { 0 }, mapped[128];
    const unsigned char *p = (const unsigned char *)str_data(self), *end = p + str_size(self);
    while (p < end) {
        const unsigned char *start = p;
        uint32_t cp = utf8_decode(&p);
        int rc = 0;
        if (cp < 128 && state[cp] != 0 && state[cp] != 4) {
            if (state[cp] == 1) rc = strbuf_append_ascii(&b, (char)cp);
            else if (state[cp] == 2) rc = strbuf_append_ascii(&b, (char)mapped[cp]);
        } else {
            size_t before = b.size;
            rc = translate_char(&b, table, cp);
            if (rc == 0) rc = strbuf_append(&b, (const char *)start, (size_t)(p - start));
            else if (rc == 1) rc = 0;
            if (rc == 0 && cp < 128 && state[cp] == 0) {
                size_t k = b.size - before;
                unsigned char c = k == 1 ? (unsigned char)b.data[before] : 0;
                state[cp] = k == 0 ? 3 : k == 1 && c < 0x80 ? (c == cp ? 1 : 2) : 4;
                mapped[cp] = c;
            }
        }
        if (rc < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(&b);
}

/* ---- maketrans ------------------------------------------------------------------------ */
static Obj *maketrans_dict(Obj *x) {
    Obj *d = dict_new();
    if (d == NULL) return NULL;
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(x, &pos, &k, &v)) {
        Obj *key;
        if (is_str(k)) {
            if (str_length(k) != 1) {
                err_set_str(&Exc_ValueError, "string keys in translate table must be of length 1");
                goto fail;
            }
            key = small_new((intptr_t)str_char_at(k, 0));
        } else if (is_int(k)) {
            key = k;
        } else {
            err_set_str(&Exc_TypeError, "keys in translate table must be strings or integers");
            goto fail;
        }
        if (dict_set(d, key, v) < 0) goto fail;
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}

Obj *str_m_maketrans(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_positional("maketrans", nargs, kwnames, 1, 3) < 0) return NULL;
    if (nargs == 1) {
        if (!is_dict(args[0])) {
            err_set_str(&Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            return NULL;
        }
        return maketrans_dict(args[0]);
    }
    for (size_t i = 1; i < nargs; i++)
        if (!is_str(args[i])) {
            err_format(&Exc_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                       arg_type_name(args[i]));
            return NULL;
        }
    Obj *x = args[0], *y = args[1];
    if (!is_str(x)) {
        err_set_str(&Exc_TypeError, "first maketrans argument must be a string if there is a second argument");
        return NULL;
    }
    if (str_length(x) != str_length(y)) {
        err_set_str(&Exc_ValueError, "the first two maketrans arguments must have equal length");
        return NULL;
    }
    Obj *d = dict_new();
    if (d == NULL) return NULL;
    const unsigned char *p = (const unsigned char *)str_data(x), *q = (const unsigned char *)str_data(y);
    for (size_t i = 0; i < str_length(x); i++) {
        Obj *k = small_new(utf8_decode(&p)), *v = small_new(utf8_decode(&q));
        if (dict_set(d, k, v) < 0) goto fail;
    }
    if (nargs > 2) {
        p = (const unsigned char *)str_data(args[2]);
        for (size_t i = 0; i < str_length(args[2]); i++)
            if (dict_set(d, small_new(utf8_decode(&p)), NONE) < 0) goto fail;
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}
