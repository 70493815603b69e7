/* pickle_save.c: the Pickler's save(): the memo, persistent ids, and the
 * built-in types written directly (None, bool, int, float, str, bytes,
 * bytearray, tuple, list, dict, set, frozenset), with the same opcodes and
 * batching as CPython's C pickler so the bytes are identical.  Everything
 * else goes through the reduce protocol (pickle_reduce.c). */
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pickle_internal.h"
#include "builtin_func.h"
#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "ident.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

static void put_le(unsigned char *d, uint64_t v, int n) {
    for (int i = 0; i < n; i++) d[i] = (unsigned char)(v >> (8 * i));
}

/* ---- the memo ---------------------------------------------------------- */

int pk_memo_put(PicklerObj *p, Obj *obj) {
    if (p->fast) return 0;
    size_t idx = p->memo.used;
    if (memo_insert(&p->memo, obj, idx) < 0) return -1;
    if (p->proto >= 4) return out_byte(p, OP_MEMOIZE);
    if (p->bin) {
        unsigned char b[5];
        if (idx < 256) {
            b[0] = OP_BINPUT;
            b[1] = (unsigned char)idx;
            return out_write(p, b, 2);
        }
        b[0] = OP_LONG_BINPUT;
        put_le(b + 1, idx, 4);
        return out_write(p, b, 5);
    }
    char t[32];
    int n = snprintf(t, sizeof t, "p%zu\n", idx);
    return out_write(p, t, (size_t)n);
}

int pk_memo_get(PicklerObj *p, size_t idx) {
    if (p->bin) {
        unsigned char b[5];
        if (idx < 256) {
            b[0] = OP_BINGET;
            b[1] = (unsigned char)idx;
            return out_write(p, b, 2);
        }
        b[0] = OP_LONG_BINGET;
        put_le(b + 1, idx, 4);
        return out_write(p, b, 5);
    }
    char t[32];
    int n = snprintf(t, sizeof t, "g%zu\n", idx);
    return out_write(p, t, (size_t)n);
}

/* ---- persistent ids ---------------------------------------------------- */

/* 1 when obj was saved by its persistent id, 0 when it has none, -1. */
static int save_pers(PicklerObj *p, Obj *obj) {
    Obj *pid = obj_call1(p->cur_pers, obj);
    if (pid == NULL) return -1;
    if (pid == NONE) {
        DECREF(pid);
        return 0;
    }
    int rc;
    if (p->bin) {
        rc = pk_save(p, pid, true);
        if (rc == 0) rc = out_byte(p, OP_BINPERSID);
    } else {
        Obj *s = obj_str(pid);
        rc = s == NULL ? -1 : 0;
        if (rc == 0) {
            const char *d = str_data(s);
            size_t n = str_size(s);
            for (size_t i = 0; i < n; i++)
                if ((unsigned char)d[i] >= 0x80 || d[i] == '\n') {
                    pk_error(PicklingError, "persistent IDs in protocol 0 must be ASCII strings");
                    rc = -1;
                    break;
                }
            if (rc == 0)
                rc = (out_byte(p, OP_PERSID) < 0 || out_write(p, d, n) < 0 || out_byte(p, '\n') < 0)
                     ? -1 : 0;
            DECREF(s);
        }
    }
    DECREF(pid);
    return rc < 0 ? -1 : 1;
}

/* ---- atoms ------------------------------------------------------------- */

static int save_bool(PicklerObj *p, Obj *obj) {
    if (p->proto >= 2) return out_byte(p, obj == TRUE_ ? OP_NEWTRUE : OP_NEWFALSE);
    return out_write(p, obj == TRUE_ ? "I01\n" : "I00\n", 4);
}

/* LONG1/LONG4: little-endian two's complement in as few bytes as it takes. */
static int save_long_bytes(PicklerObj *p, Obj *obj) {
    unsigned char small[9];
    unsigned char *data = small;
    size_t nbytes;
    if (is_small(obj)) {
        int64_t v = small_value(obj);
        if (v == 0) {
            nbytes = 0;
        } else {
            uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
            size_t nbits = 64 - (size_t)__builtin_clzll(a);
            nbytes = (nbits >> 3) + 1;
            for (size_t i = 0; i < nbytes; i++) small[i] = (unsigned char)((uint64_t)v >> (8 * i));
            if (v < 0 && nbytes > 1 && small[nbytes - 1] == 0xff && (small[nbytes - 2] & 0x80))
                nbytes--;
        }
    } else {
        mpz_t z, t;
        mpz_init(z);
        int_to_mpz(obj, z);
        int sign = mpz_sgn(z);
        size_t nbits = mpz_sizeinbase(z, 2);
        nbytes = (nbits >> 3) + 1;
        data = malloc(nbytes);
        if (data == NULL) {
            mpz_clear(z);
            err_no_memory();
            return -1;
        }
        mpz_init(t);
        if (sign < 0) {
            mpz_setbit(t, 8 * nbytes);
            mpz_add(t, t, z);
        } else {
            mpz_set(t, z);
        }
        size_t count = 0;
        memset(data, 0, nbytes);
        mpz_export(data, &count, -1, 1, 0, 0, t);
        mpz_clear(t);
        mpz_clear(z);
        if (sign < 0 && nbytes > 1 && data[nbytes - 1] == 0xff && (data[nbytes - 2] & 0x80))
            nbytes--;
    }
    unsigned char h[5];
    int rc;
    if (nbytes < 256) {
        h[0] = OP_LONG1;
        h[1] = (unsigned char)nbytes;
        rc = out_write_large(p, h, 2, data, nbytes, NULL);
    } else if (nbytes <= 0x7fffffff) {
        h[0] = OP_LONG4;
        put_le(h + 1, nbytes, 4);
        rc = out_write_large(p, h, 5, data, nbytes, NULL);
    } else {
        err_set_str(&Exc_OverflowError, "int too large to pickle");
        rc = -1;
    }
    if (data != small) free(data);
    return rc;
}

static int save_long(PicklerObj *p, Obj *obj) {
    if (is_small(obj)) {
        intptr_t v = small_value(obj);
        if (v >= -0x80000000LL && v <= 0x7fffffffLL) {
            if (p->bin) {
                unsigned char b[5];
                if (v >= 0 && v <= 0xff) {
                    b[0] = OP_BININT1;
                    b[1] = (unsigned char)v;
                    return out_write(p, b, 2);
                }
                if (v >= 0 && v <= 0xffff) {
                    b[0] = OP_BININT2;
                    put_le(b + 1, (uint64_t)v, 2);
                    return out_write(p, b, 3);
                }
                b[0] = OP_BININT;
                put_le(b + 1, (uint64_t)v, 4);
                return out_write(p, b, 5);
            }
            char t[32];
            int n = snprintf(t, sizeof t, "I%ld\n", (long)v);
            return out_write(p, t, (size_t)n);
        }
    }
    if (p->proto >= 2) return save_long_bytes(p, obj);
    Obj *r = int_repr(obj);
    if (r == NULL) return -1;
    int rc = (out_byte(p, OP_LONG) < 0 || out_write(p, str_data(r), str_size(r)) < 0 ||
              out_write(p, "L\n", 2) < 0) ? -1 : 0;
    DECREF(r);
    return rc;
}

static int save_float(PicklerObj *p, Obj *obj) {
    double d = float_value(obj);
    if (p->bin) {
        uint64_t bits;
        memcpy(&bits, &d, 8);
        unsigned char b[9];
        b[0] = OP_BINFLOAT;
        for (int i = 0; i < 8; i++) b[1 + i] = (unsigned char)(bits >> (56 - 8 * i));
        return out_write(p, b, 9);
    }
    char t[40];
    t[0] = OP_FLOAT;
    float_repr_cstr(d, t + 1, sizeof t - 2);
    size_t n = strlen(t);
    t[n++] = '\n';
    return out_write(p, t, n);
}

/* ---- bytes and strings ------------------------------------------------- */

static int save_bytes_data(PicklerObj *p, const unsigned char *data, size_t n, Obj *obj) {
    unsigned char h[9];
    if (n <= 0xff) {
        h[0] = OP_SHORT_BINBYTES;
        h[1] = (unsigned char)n;
        return out_write_large(p, h, 2, data, n, obj);
    }
    if (n <= 0xffffffffu) {
        h[0] = OP_BINBYTES;
        put_le(h + 1, n, 4);
        return out_write_large(p, h, 5, data, n, obj);
    }
    if (p->proto < 4) {
        pk_error(PicklingError, "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher");
        return -1;
    }
    h[0] = OP_BINBYTES8;
    put_le(h + 1, n, 8);
    return out_write_large(p, h, 9, data, n, obj);
}

/* str(b, 'latin1') */
static Obj *latin1_str(const unsigned char *d, size_t n) {
    StrBuf sb;
    strbuf_init(&sb);
    for (size_t i = 0; i < n; i++)
        if (strbuf_append_char(&sb, d[i]) < 0) {
            strbuf_free(&sb);
            return NULL;
        }
    return strbuf_finish(&sb);
}

static int save_bytes(PicklerObj *p, Obj *obj) {
    const unsigned char *d = byteslike_data(obj);
    size_t n = byteslike_size(obj);
    if (p->proto >= 3) {
        if (save_bytes_data(p, d, n, obj) < 0) return -1;
        return pk_memo_put(p, obj);
    }
    if (n == 0) {
        Obj *args = tuple_empty();
        int rc = pk_save_reduce_args(p, (Obj *)&BytesType, args, obj);
        DECREF(args);
        return rc;
    }
    if (pk_shared_load_py() < 0) return -1;
    Obj *s = latin1_str(d, n);
    if (s == NULL) return -1;
    /* one "latin1" object, so the memo shares it as CPython's does */
    Obj *args = tuple_pack(2, s, IDENT(latin1));
    DECREF(s);
    if (args == NULL) return -1;
    int rc = pk_save_reduce_args(p, pk_shared.codecs_encode, args, obj);
    DECREF(args);
    return rc;
}

static int save_bytearray(PicklerObj *p, Obj *obj) {
    const unsigned char *d = byteslike_data(obj);
    size_t n = byteslike_size(obj);
    if (p->proto < 5) {
        Obj *args;
        if (n == 0) {
            args = tuple_empty();
        } else {
            Obj *b = bytes_from(d, n);
            if (b == NULL) return -1;
            args = tuple_pack(1, b);
            DECREF(b);
            if (args == NULL) return -1;
        }
        int rc = pk_save_reduce_args(p, (Obj *)&ByteArrayType, args, obj);
        DECREF(args);
        return rc;
    }
    unsigned char h[9];
    h[0] = OP_BYTEARRAY8;
    put_le(h + 1, n, 8);
    if (out_write_large(p, h, 9, d, n, NULL) < 0) return -1;
    return pk_memo_put(p, obj);
}

/* Decodes one code point of gilpy's UTF-8 (surrogates included). */
static uint32_t utf8_next(const unsigned char *s, size_t n, size_t *i) {
    unsigned char c = s[*i];
    if (c < 0x80 || *i + 1 >= n) {
        (*i)++;
        return c;
    }
    if (c < 0xe0) {
        uint32_t cp = ((uint32_t)(c & 0x1f) << 6) | (s[*i + 1] & 0x3f);
        *i += 2;
        return cp;
    }
    if (c < 0xf0 && *i + 2 < n) {
        uint32_t cp = ((uint32_t)(c & 0x0f) << 12) | ((uint32_t)(s[*i + 1] & 0x3f) << 6) |
                      (s[*i + 2] & 0x3f);
        *i += 3;
        return cp;
    }
    if (*i + 3 < n) {
        uint32_t cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[*i + 1] & 0x3f) << 12) |
                      ((uint32_t)(s[*i + 2] & 0x3f) << 6) | (s[*i + 3] & 0x3f);
        *i += 4;
        return cp;
    }
    (*i)++;
    return c;
}

/* Protocol 0's UNICODE argument: raw-unicode-escape, with backslash, NUL,
 * newline, carriage return and ^Z escaped as \u00XX too. */
static int save_str_text(PicklerObj *p, Obj *obj) {
    const unsigned char *s = (const unsigned char *)str_data(obj);
    size_t n = str_size(obj);
    if (out_byte(p, OP_UNICODE) < 0) return -1;
    for (size_t i = 0; i < n;) {
        uint32_t cp = utf8_next(s, n, &i);
        char t[12];
        int len;
        if (cp >= 0x10000)
            len = snprintf(t, sizeof t, "\\U%08x", cp);
        else if (cp >= 0x100 || cp == '\\' || cp == 0 || cp == '\n' || cp == '\r' || cp == 0x1a)
            len = snprintf(t, sizeof t, "\\u%04x", cp);
        else {
            t[0] = (char)cp;
            len = 1;
        }
        if (out_write(p, t, (size_t)len) < 0) return -1;
    }
    return out_byte(p, '\n');
}

static int save_str(PicklerObj *p, Obj *obj) {
    if (!p->bin) {
        if (save_str_text(p, obj) < 0) return -1;
        return pk_memo_put(p, obj);
    }
    const char *d = str_data(obj);
    size_t n = str_size(obj);
    unsigned char h[9];
    int rc;
    if (n <= 0xff && p->proto >= 4) {
        h[0] = OP_SHORT_BINUNICODE;
        h[1] = (unsigned char)n;
        rc = out_write_large(p, h, 2, d, n, NULL);
    } else if (n > 0xffffffffu && p->proto >= 4) {
        h[0] = OP_BINUNICODE8;
        put_le(h + 1, n, 8);
        rc = out_write_large(p, h, 9, d, n, NULL);
    } else if (n > 0xffffffffu) {
        pk_error(PicklingError, "serializing a string larger than 4 GiB requires pickle protocol 4 or higher");
        rc = -1;
    } else {
        h[0] = OP_BINUNICODE;
        put_le(h + 1, n, 4);
        rc = out_write_large(p, h, 5, d, n, NULL);
    }
    if (rc < 0) return -1;
    return pk_memo_put(p, obj);
}

/* ---- containers -------------------------------------------------------- */

static int save_tuple(PicklerObj *p, Obj *obj) {
    size_t n = tuple_size(obj);
    if (n == 0) return p->bin ? out_byte(p, OP_EMPTY_TUPLE) : out_write(p, "(t", 2);
    bool short_form = n <= 3 && p->proto >= 2;
    if (!short_form && out_byte(p, OP_MARK) < 0) return -1;
    for (size_t i = 0; i < n; i++)
        if (pk_save(p, tuple_get(obj, i), false) < 0) return -1;
    intptr_t idx = memo_lookup(&p->memo, obj);
    if (idx >= 0) {
        /* the tuple holds itself through a mutable item: drop what was
         * written and fetch the one the recursion already made */
        if (short_form || !p->bin) {
            for (size_t i = 0; i < (short_form ? n : n + 1); i++)
                if (out_byte(p, OP_POP) < 0) return -1;
        } else if (out_byte(p, OP_POP_MARK) < 0) {
            return -1;
        }
        return pk_memo_get(p, (size_t)idx);
    }
    static const unsigned char small_ops[4] = {OP_EMPTY_TUPLE, OP_TUPLE1, OP_TUPLE2, OP_TUPLE3};
    if (out_byte(p, short_form ? small_ops[n] : OP_TUPLE) < 0) return -1;
    return pk_memo_put(p, obj);
}

/* The items of an exact list, in batches (CPython's batch_list_exact). */
static int batch_list_exact(PicklerObj *p, Obj *list) {
    if (list_size(list) == 1) {
        Obj *item = NEWREF(list_get(list, 0));
        int rc = pk_save(p, item, false);
        DECREF(item);
        return rc < 0 ? -1 : out_byte(p, OP_APPEND);
    }
    size_t total = 0;
    do {
        if (out_byte(p, OP_MARK) < 0) return -1;
        for (size_t batch = 0; total < list_size(list);) {
            Obj *item = NEWREF(list_get(list, total));
            int rc = pk_save(p, item, false);
            DECREF(item);
            if (rc < 0) return -1;
            total++;
            if (++batch == BATCHSIZE) break;
        }
        if (out_byte(p, OP_APPENDS) < 0) return -1;
    } while (total < list_size(list));
    return 0;
}

int pk_batch_appends(PicklerObj *p, Obj *iterable) {
    Obj *it = obj_iter(iterable);
    if (it == NULL) return -1;
    int rc = 0;
    if (!p->bin) {
        Obj *x;
        while (rc == 0 && (x = obj_next(it)) != NULL) {
            rc = pk_save(p, x, false);
            if (rc == 0) rc = out_byte(p, OP_APPEND);
            DECREF(x);
        }
        goto done;
    }
    for (;;) {
        Obj *first = obj_next(it);
        if (first == NULL) break;
        Obj *x = obj_next(it);
        if (x == NULL) {
            rc = err_occurred() ? -1 : pk_save(p, first, false);
            DECREF(first);
            if (rc == 0) rc = out_byte(p, OP_APPEND);
            break;
        }
        rc = out_byte(p, OP_MARK);
        if (rc == 0) rc = pk_save(p, first, false);
        DECREF(first);
        size_t n = 1;
        while (rc == 0 && x != NULL) {
            rc = pk_save(p, x, false);
            DECREF(x);
            x = NULL;
            if (rc == 0 && ++n < BATCHSIZE) x = obj_next(it);
        }
        XDECREF(x);
        if (rc == 0) rc = out_byte(p, OP_APPENDS);
        if (rc < 0 || n < BATCHSIZE) break;
    }
done:
    DECREF(it);
    if (rc == 0 && err_occurred()) rc = -1;
    return rc;
}

static int save_list(PicklerObj *p, Obj *obj) {
    if ((p->bin ? out_byte(p, OP_EMPTY_LIST) : out_write(p, "(l", 2)) < 0) return -1;
    if (pk_memo_put(p, obj) < 0) return -1;
    if (list_size(obj) == 0) return 0;
    if (p->proto > 0 && TYPE(obj) == &ListType) return batch_list_exact(p, obj);
    return pk_batch_appends(p, obj);
}

static int save_pair(PicklerObj *p, Obj *k, Obj *v) {
    INCREF(k);
    INCREF(v);
    int rc = pk_save(p, k, false);
    if (rc == 0) rc = pk_save(p, v, false);
    DECREF(k);
    DECREF(v);
    return rc;
}

static int dict_changed(void) {
    err_set_str(&Exc_RuntimeError, "dictionary changed size during iteration");
    return -1;
}

static int batch_dict_exact(PicklerObj *p, Obj *d) {
    size_t size = dict_size(d), pos = 0, batch;
    Obj *k, *v;
    if (size == 1) {
        dict_next(d, &pos, &k, &v);
        if (save_pair(p, k, v) < 0) return -1;
        if (dict_size(d) != size) return dict_changed();
        return out_byte(p, OP_SETITEM);
    }
    do {
        batch = 0;
        if (out_byte(p, OP_MARK) < 0) return -1;
        while (dict_next(d, &pos, &k, &v)) {
            if (save_pair(p, k, v) < 0) return -1;
            if (dict_size(d) != size) return dict_changed();
            if (++batch == BATCHSIZE) break;
        }
        if (out_byte(p, OP_SETITEMS) < 0) return -1;
    } while (batch == BATCHSIZE);
    return 0;
}

static int pair_of(Obj *item, Obj **k, Obj **v) {
    if (!is_tuple(item) || tuple_size(item) != 2) {
        err_set_str(&Exc_TypeError, "dict items iterator must return 2-tuples");
        return -1;
    }
    *k = tuple_get(item, 0);
    *v = tuple_get(item, 1);
    return 0;
}

int pk_batch_setitems(PicklerObj *p, Obj *iterable) {
    Obj *it = obj_iter(iterable);
    if (it == NULL) return -1;
    int rc = 0;
    Obj *k, *v, *x;
    if (!p->bin) {
        while (rc == 0 && (x = obj_next(it)) != NULL) {
            rc = pair_of(x, &k, &v);
            if (rc == 0) rc = save_pair(p, k, v);
            if (rc == 0) rc = out_byte(p, OP_SETITEM);
            DECREF(x);
        }
        goto done;
    }
    for (;;) {
        Obj *first = obj_next(it);
        if (first == NULL) break;
        x = obj_next(it);
        if (x == NULL) {
            rc = err_occurred() ? -1 : pair_of(first, &k, &v);
            if (rc == 0) rc = save_pair(p, k, v);
            DECREF(first);
            if (rc == 0) rc = out_byte(p, OP_SETITEM);
            break;
        }
        rc = out_byte(p, OP_MARK);
        if (rc == 0) rc = pair_of(first, &k, &v);
        if (rc == 0) rc = save_pair(p, k, v);
        DECREF(first);
        size_t n = 1;
        while (rc == 0 && x != NULL) {
            rc = pair_of(x, &k, &v);
            if (rc == 0) rc = save_pair(p, k, v);
            DECREF(x);
            x = NULL;
            if (rc == 0 && ++n < BATCHSIZE) x = obj_next(it);
        }
        XDECREF(x);
        if (rc == 0) rc = out_byte(p, OP_SETITEMS);
        if (rc < 0 || n < BATCHSIZE) break;
    }
done:
    DECREF(it);
    if (rc == 0 && err_occurred()) rc = -1;
    return rc;
}

static int save_dict(PicklerObj *p, Obj *obj) {
    if ((p->bin ? out_byte(p, OP_EMPTY_DICT) : out_write(p, "(d", 2)) < 0) return -1;
    if (pk_memo_put(p, obj) < 0) return -1;
    if (dict_size(obj) == 0) return 0;
    if (p->proto > 0 && TYPE(obj) == &DictType) return batch_dict_exact(p, obj);
    Obj *items = obj_call_method(obj, IDENT(items), NULL, 0);
    if (items == NULL) return -1;
    int rc = pk_batch_setitems(p, items);
    DECREF(items);
    return rc;
}

/* set(list(obj)) or frozenset(list(obj)) for protocols before 4 */
static int save_set_reduce(PicklerObj *p, Obj *obj) {
    Obj *l = list_from_iterable(obj);
    if (l == NULL) return -1;
    Obj *args = tuple_pack(1, l);
    DECREF(l);
    if (args == NULL) return -1;
    int rc = pk_save_reduce_args(p, (Obj *)TYPE(obj), args, obj);
    DECREF(args);
    return rc;
}

static int save_set(PicklerObj *p, Obj *obj) {
    if (p->proto < 4) return save_set_reduce(p, obj);
    if (out_byte(p, OP_EMPTY_SET) < 0 || pk_memo_put(p, obj) < 0) return -1;
    intptr_t size = set_size(obj);
    if (size == 0) return 0;
    size_t pos = 0, batch;
    Obj *item;
    do {
        batch = 0;
        if (out_byte(p, OP_MARK) < 0) return -1;
        while (set_next(obj, &pos, &item)) {
            INCREF(item);
            int rc = pk_save(p, item, false);
            DECREF(item);
            if (rc < 0) return -1;
            if (set_size(obj) != size) {
                err_set_str(&Exc_RuntimeError, "set changed size during iteration");
                return -1;
            }
            if (++batch == BATCHSIZE) break;
        }
        if (out_byte(p, OP_ADDITEMS) < 0) return -1;
    } while (batch == BATCHSIZE);
    return 0;
}

static int save_frozenset(PicklerObj *p, Obj *obj) {
    if (p->proto < 4) return save_set_reduce(p, obj);
    if (out_byte(p, OP_MARK) < 0) return -1;
    size_t pos = 0;
    Obj *item;
    while (set_next(obj, &pos, &item)) {
        INCREF(item);
        int rc = pk_save(p, item, false);
        DECREF(item);
        if (rc < 0) return -1;
    }
    intptr_t idx = memo_lookup(&p->memo, obj);
    if (idx >= 0) {
        if (out_byte(p, OP_POP_MARK) < 0) return -1;
        return pk_memo_get(p, (size_t)idx);
    }
    if (out_byte(p, OP_FROZENSET) < 0) return -1;
    return pk_memo_put(p, obj);
}

/* ---- save -------------------------------------------------------------- */

int pk_save(PicklerObj *p, Obj *obj, bool pers_save) {
    if (p->framing && p->frame_start >= 0 && out_boundary(p) < 0) return -1;
    if (!pers_save && p->cur_pers != NULL) {
        int r = save_pers(p, obj);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    Type *t = TYPE(obj);
    if (t == &IntType) return save_long(p, obj);
    if (obj == NONE) return out_byte(p, OP_NONE);
    if (t == &BoolType) return save_bool(p, obj);
    if (t == &FloatType) return save_float(p, obj);
    intptr_t idx = memo_lookup(&p->memo, obj);
    if (idx >= 0) return pk_memo_get(p, (size_t)idx);
    if (t == &StrType) return save_str(p, obj);
    if (t == &BytesType) return save_bytes(p, obj);
    if (recursion_enter(" while pickling an object") < 0) return -1;
    int rc;
    if (t == &DictType) rc = save_dict(p, obj);
    else if (t == &ListType) rc = save_list(p, obj);
    else if (t == &TupleType) rc = save_tuple(p, obj);
    else if (t == &SetType) rc = save_set(p, obj);
    else if (t == &FrozenSetType) rc = save_frozenset(p, obj);
    else if (t == &ByteArrayType) rc = save_bytearray(p, obj);
    else rc = pk_save_reduced(p, obj);
    recursion_leave();
    return rc;
}
