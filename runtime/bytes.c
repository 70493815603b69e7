/* bytes.c: the bytes type: allocation, repr, hashing, comparison, the
 * operators + * % and `in`, indexing/slicing, iteration and bytes(...).
 * Methods shared with bytearray live in bytes_methods.c. */
#include <stdio.h>
#include <xxhash.h>
#include "bytes_internal.h"
#include "str_internal.h"
#include "err.h"
#include "buffer.h"
#include "int.h"
#include "range.h"
#include "args.h"
#include "str_codecs.h"
#include "ident.h"

/* ---- allocation ------------------------------------------------------------------- */
static Obj *bytes_alloc(Type *type, size_t size, bool zeroed) {
    size_t base = type->size > sizeof(BytesObj) ? type->size : sizeof(BytesObj);
    size_t total = base + size + 1;
    BytesObj *b = (BytesObj *)obj_alloc_partly_zeroed(type, zeroed ? total : base, total);
    if (b == NULL) return NULL;
    b->hash = -1;
    b->size = size;
    b->data[size] = 0;
    return (Obj *)b;
}

static Obj *bytes_new_raw_type(Type *type, size_t size) { return bytes_alloc(type, size, true); }

Obj *bytes_new_unfilled(size_t size) {
    return size == 0 ? bytes_new_raw(0) : bytes_alloc(&BytesType, size, false);
}

static BytesObj *empty_bytes;

Obj *bytes_new_raw(size_t size) {
    if (size == 0) {
        if (empty_bytes == NULL) {
            empty_bytes = (BytesObj *)bytes_new_raw_type(&BytesType, 0);
            if (empty_bytes == NULL) return NULL;
            empty_bytes->ob.refcnt = IMMORTAL_REFCNT;
        }
        return NEWREF((Obj *)empty_bytes);
    }
    return bytes_new_raw_type(&BytesType, size);
}

Obj *bytes_from(const void *data, size_t size) {
    Obj *b = bytes_new_raw(size);
    if (b != NULL && size > 0) memcpy(((BytesObj *)b)->data, data, size);
    return b;
}

int byteslike_view(Obj *o, const unsigned char **data, size_t *size) {
    if (!is_byteslike(o)) {
        Buffer v;
        if (buffer_get(o, &v, BUF_SIMPLE) < 0) return -1;
        *data = v.buf;
        *size = (size_t)v.len;
        buffer_release(&v);   /* o (held by the caller) keeps the memory */
        return 0;
    }
    *data = byteslike_data(o);
    *size = byteslike_size(o);
    return 0;
}

/* ---- repr --------------------------------------------------------------------------- */
int bytes_append_repr(StrBuf *b, const unsigned char *p, size_t n, bool bytearray) {
    bool single = n > 0 && memchr(p, '\'', n) != NULL;   /* p is NULL when n is 0 */
    char quote = single && memchr(p, '"', n) == NULL ? '"' : '\'';
    if (strbuf_append_ascii(b, 'b') < 0 || strbuf_append_ascii(b, quote) < 0) return -1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        char tmp[8];
        const char *esc = c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : NULL;
        int rc;
        if (esc != NULL) {
            rc = strbuf_append(b, esc, 2);
        } else if (c == (unsigned char)quote || (bytearray && c == '\'')) {
            tmp[0] = '\\';
            tmp[1] = (char)c;
            rc = strbuf_append(b, tmp, 2);
        } else if (c < 0x20 || c >= 0x7f) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            rc = strbuf_append(b, tmp, 4);
        } else {
            rc = strbuf_append_ascii(b, (char)c);
        }
        if (rc < 0) return -1;
    }
    return strbuf_append_ascii(b, quote);
}

Obj *bytes_repr(Obj *o) {
    StrBuf b;
    strbuf_init(&b);
    if (bytes_append_repr(&b, byteslike_data(o), byteslike_size(o), false) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* ---- hash and comparison ------------------------------------------------------- */
static intptr_t bytes_hash(Obj *o) {
    BytesObj *b = (BytesObj *)o;
    if (b->hash == -1) {
        intptr_t h = (intptr_t)XXH3_64bits(b->data, b->size);
        b->hash = h == -1 ? -2 : h;
    }
    return b->hash;
}

/* Shared by bytes and bytearray: any two bytes-like objects compare. */
Obj *byteslike_richcompare(Obj *a, Obj *b, int op) {
    if (!is_byteslike(a) || !is_byteslike(b)) return NEWREF(NOT_IMPLEMENTED);
    size_t na = byteslike_size(a), nb = byteslike_size(b);
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) return NEWREF(bool_from(op == CMP_NE));
    size_t common = na < nb ? na : nb;   /* an empty bytearray has NULL data */
    int c = common ? memcmp(byteslike_data(a), byteslike_data(b), common) : 0;
    if (c == 0) c = (na > nb) - (na < nb);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return NEWREF(bool_from(r));
}

/* ---- operators ------------------------------------------------------------------- */
static Obj *bytes_add(Obj *a, Obj *b) {
    if (!is_bytes(a)) return NEWREF(NOT_IMPLEMENTED);
    if (!is_byteslike(b) && !buffer_check(b)) {
        err_format(&Exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
        return NULL;
    }
    const unsigned char *pb;
    size_t na = byteslike_size(a), nb;
    if (byteslike_view(b, &pb, &nb) < 0) return NULL;
    if (nb == 0 && TYPE(a) == &BytesType) return NEWREF(a);
    Obj *r = bytes_new_raw(na + nb);
    if (r == NULL) return NULL;
    memcpy(((BytesObj *)r)->data, byteslike_data(a), na);
    memcpy(((BytesObj *)r)->data + na, pb, nb);
    return r;
}

/* Shared by bytes and bytearray: the repeat count of seq * n or n * seq;
 * returns 1 when `a`,`b` is such a pair (*seq set), 0 for NotImplemented. */
int byteslike_repeat_args(Obj *a, Obj *b, bool (*is_seq)(const Obj *), Obj **seq, intptr_t *n) {
    *seq = is_seq(a) ? a : b;
    Obj *count = *seq == a ? b : a;
    if (!is_seq(*seq)) return 0;
    if (!is_int(count) && (TYPE(count)->number == NULL || TYPE(count)->number->index == NULL)) {
        err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
        return -1;
    }
    Obj *idx = obj_index(count);
    if (idx == NULL) return -1;
    int overflow = 0;
    int64_t v = int_as_i64(idx, &overflow);
    bool negative = int_sign(idx) < 0;
    DECREF(idx);
    if (overflow && !negative) {
        err_format(&Exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name(count));
        return -1;
    }
    *n = overflow || v < 0 ? 0 : (intptr_t)v;
    return 1;
}

/* Fills dst with n copies of src (size bytes each). */
void bytes_fill_repeat(unsigned char *dst, const unsigned char *src, size_t size, size_t n) {
    size_t total = size * n;
    if (total == 0) return;
    if (size == 1) {
        memset(dst, src[0], n);
        return;
    }
    memcpy(dst, src, size);
    for (size_t done = size; done < total;) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
}

static bool is_bytes_pred(const Obj *o) { return is_bytes(o); }

static Obj *bytes_mul(Obj *a, Obj *b) {
    Obj *seq;
    intptr_t n;
    int rc = byteslike_repeat_args(a, b, is_bytes_pred, &seq, &n);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    size_t size = byteslike_size(seq);
    if (n == 1 && TYPE(seq) == &BytesType) return NEWREF(seq);
    if (size > 0 && (size_t)n > (SIZE_MAX / 2) / size) {
        err_no_memory();
        return NULL;
    }
    Obj *r = bytes_new_raw(size * (size_t)n);
    if (r != NULL) bytes_fill_repeat(((BytesObj *)r)->data, byteslike_data(seq), size, (size_t)n);
    return r;
}

static Obj *bytes_mod(Obj *a, Obj *b) {
    if (!is_bytes(a)) return NEWREF(NOT_IMPLEMENTED);
    return bytes_percent_format(a, b);
}

static const NumberSlots bytes_number = {
    .binop = { [BINOP_ADD] = bytes_add, [BINOP_MUL] = bytes_mul, [BINOP_MOD] = bytes_mod },
};

/* ---- container protocol ------------------------------------------------------- */
static intptr_t bytes_len(Obj *o) { return (intptr_t)((BytesObj *)o)->size; }

/* Resolves an index key for a sequence of length n: 1 with *i set, 0 when
 * key is a slice, -1 on error (message names `what`: "index", "bytearray index"). */
int byteslike_index(Obj *key, size_t n, intptr_t *i, const char *what, const char *seqname) {
    if (is_slice(key)) return 0;
    if (!is_int(key) && (TYPE(key)->number == NULL || TYPE(key)->number->index == NULL)) {
        err_format(&Exc_TypeError, "%s indices must be integers or slices, not %s", seqname, type_name(key));
        return -1;
    }
    if (int_item_index(key, i) < 0) return -1;
    if (*i < 0) *i += (intptr_t)n;
    if (*i < 0 || *i >= (intptr_t)n) {
        err_format(&Exc_IndexError, "%s out of range", what);
        return -1;
    }
    return 1;
}

/* The bytes selected by a slice of data[0..n), as a bytes or bytearray. */
Obj *byteslike_slice(Obj *slice, const unsigned char *data, size_t n, bool bytearray) {
    intptr_t start, stop, step, count;
    if (slice_unpack(slice, (intptr_t)n, &start, &stop, &step, &count) < 0) return NULL;
    if (step == 1) {
        size_t len = count > 0 ? (size_t)count : 0;
        return bytearray ? bytearray_from(data + start, len) : bytes_from(data + start, len);
    }
    Obj *r = bytearray ? bytearray_from(NULL, 0) : bytes_new_raw(count > 0 ? (size_t)count : 0);
    if (r == NULL || count <= 0) return r;
    if (bytearray && bytearray_reserve(r, (size_t)count) < 0) {
        DECREF(r);
        return NULL;
    }
    unsigned char *d = bytearray ? ((ByteArrayObj *)r)->data : ((BytesObj *)r)->data;
    for (intptr_t k = 0, j = start; k < count; k++, j += step) d[k] = data[j];
    if (bytearray) ((ByteArrayObj *)r)->size = (size_t)count;
    return r;
}

static Obj *bytes_subscript(Obj *o, Obj *key) {
    BytesObj *b = (BytesObj *)o;
    intptr_t i;
    int rc = byteslike_index(key, b->size, &i, "index", "byte");
    if (rc < 0) return NULL;
    if (rc == 0) return byteslike_slice(key, b->data, b->size, false);
    return small_new(b->data[i]);
}

/* `x in seq` for bytes-like seq: an int byte or a bytes-like subsequence. */
int byteslike_contains(Obj *seq, Obj *item) {
    const unsigned char *d = byteslike_data(seq), *sub;
    size_t n = byteslike_size(seq), m;
    if (is_int(item) || (TYPE(item)->number && TYPE(item)->number->index)) {
        intptr_t v;
        if (str_int_arg(item, &v) < 0) return -1;
        if (v < 0 || v > 255) {
            err_set_str(&Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(d, (int)v, n) != NULL;
    }
    if (byteslike_view(item, &sub, &m) < 0) return -1;
    return m == 0 || memmem(d, n, sub, m) != NULL;
}

static const MappingSlots bytes_mapping = {
    .len = bytes_len,
    .getitem = bytes_subscript,
    .contains = byteslike_contains,
};

/* ---- iteration (shared with bytearray: it re-reads the live size) ------------- */
typedef struct BytesIterObj {
    Obj ob;
    Obj *seq;               /* NULL once exhausted */
    size_t index;
} BytesIterObj;

static void bytesiter_dealloc(Obj *o) {
    XDECREF(((BytesIterObj *)o)->seq);
    obj_free(o);
}

static Obj *bytesiter_next(Obj *o) {
    BytesIterObj *it = (BytesIterObj *)o;
    if (it->seq == NULL) return NULL;
    if (it->index >= byteslike_size(it->seq)) {
        CLEAR(it->seq);
        return NULL;
    }
    return small_new(byteslike_data(it->seq)[it->index++]);
}

static Obj *bytesiter_self(Obj *o) { return NEWREF(o); }

#define BYTES_ITER_TYPE(var, tname) \
    Type var = { \
        .ob = STATIC_HEAD(&TypeType), .name = tname, .size = sizeof(BytesIterObj), \
        .base = &ObjectType, .dealloc = bytesiter_dealloc, .iter = bytesiter_self, \
        .iternext = bytesiter_next, \
    }
BYTES_ITER_TYPE(BytesIterType, "bytes_iterator");
BYTES_ITER_TYPE(ByteArrayIterType, "bytearray_iterator");

Obj *byteslike_iter(Obj *seq) {
    BytesIterObj *it = (BytesIterObj *)obj_alloc(is_bytes(seq) ? &BytesIterType : &ByteArrayIterType,
                                                 sizeof *it);
    if (it == NULL) return NULL;
    it->seq = NEWREF(seq);
    it->index = 0;
    return (Obj *)it;
}

/* ---- construction -------------------------------------------------------------- */
/* Collects the bytes bytes(x)/bytearray(x) would hold into a StrBuf used as
 * a byte buffer: x is a count, a str with encoding, a bytes-like or an
 * iterable of ints.  `who` names the type in messages. */
int byteslike_source(StrBuf *out, Obj *src, Obj *encoding, Obj *errors, const char *who) {
    if (is_str(src)) {
        if (encoding == NULL) {
            err_set_str(&Exc_TypeError, "string argument without an encoding");
            return -1;
        }
        Obj *b = str_encode(src, encoding, errors);
        if (b == NULL) return -1;
        int rc = strbuf_append(out, (const char *)((BytesObj *)b)->data, ((BytesObj *)b)->size);
        DECREF(b);
        return rc;
    }
    if (encoding != NULL || errors != NULL) {
        err_set_str(&Exc_TypeError, encoding ? "encoding without a string argument"
                                             : "errors without a string argument");
        return -1;
    }
    if (is_byteslike(src))
        return strbuf_append(out, (const char *)byteslike_data(src), byteslike_size(src));
    if (buffer_check(src)) {
        Buffer v;
        if (buffer_get(src, &v, BUF_SIMPLE) < 0) return -1;
        int rc = strbuf_append(out, v.buf, (size_t)v.len);
        buffer_release(&v);
        return rc;
    }
    if (is_int(src) || (TYPE(src)->number && TYPE(src)->number->index)) {
        intptr_t n;
        if (str_int_arg(src, &n) < 0) return -1;
        if (n < 0) {
            err_set_str(&Exc_ValueError, "negative count");
            return -1;
        }
        if (strbuf_reserve(out, (size_t)n) < 0) return -1;
        memset(out->data + out->size, 0, (size_t)n);
        out->size += (size_t)n;
        return 0;
    }
    return byteslike_from_iterable(out, src, who);
}

/* Appends the ints of an iterable, each in range(0, 256). */
int byteslike_from_iterable(StrBuf *out, Obj *src, const char *who) {
    Type *t = TYPE(src);
    if (t->iter == NULL && (t->mapping == NULL || t->mapping->getitem == NULL)) {
        err_format(&Exc_TypeError, "cannot convert '%s' object to %s", type_name(src), who);
        return -1;
    }
    Obj *it = obj_iter(src), *x;
    if (it == NULL) return -1;
    while ((x = obj_next(it)) != NULL) {
        intptr_t v;
        int rc = str_int_arg(x, &v);
        DECREF(x);
        if (rc == 0 && (v < 0 || v > 255)) {
            err_set_str(&Exc_ValueError, strcmp(who, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                                   : "byte must be in range(0, 256)");
            rc = -1;
        }
        if (rc < 0 || strbuf_reserve(out, 1) < 0) {
            DECREF(it);
            return -1;
        }
        out->data[out->size++] = (char)v;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* bytes(x) via x.__bytes__ when defined; NULL without error when not. */
static Obj *call_dunder_bytes(Obj *src) {
    Obj *meth = type_lookup(TYPE(src), IDENT(__bytes__));
    if (meth == NULL) return NULL;
    Obj *r = obj_call_unbound(meth, src, NULL, 0);
    if (r != NULL && !is_bytes(r)) {
        err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

static Obj *bytes_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Obj *a[3];
    if (args_bind("bytes", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    if (a[0] == NULL && (a[1] != NULL || a[2] != NULL)) {
        err_set_str(&Exc_TypeError, a[1] ? "encoding without a string argument"
                                         : "errors without a string argument");
        return NULL;
    }
    Obj *r = NULL;
    if (a[0] != NULL && a[1] == NULL && a[2] == NULL && !is_str(a[0])) {
        r = call_dunder_bytes(a[0]);
        if (r == NULL && err_occurred()) return NULL;
    }
    if (r == NULL) {
        StrBuf buf;
        strbuf_init(&buf);
        if (a[0] != NULL && byteslike_source(&buf, a[0], a[1], a[2], "bytes") < 0) {
            strbuf_free(&buf);
            return NULL;
        }
        r = bytes_from(buf.data, buf.size);
        strbuf_free(&buf);
    }
    if (r == NULL || type == &BytesType) return r;
    Obj *sub = bytes_new_raw_type(type, ((BytesObj *)r)->size);
    if (sub != NULL) memcpy(((BytesObj *)sub)->data, ((BytesObj *)r)->data, ((BytesObj *)r)->size);
    DECREF(r);
    return sub;
}

static Obj *bytes_str(Obj *o) { return bytes_repr(o); }

static int bytes_getbuffer(Obj *o, Buffer *view, int flags) {
    return buffer_fill_bytes(view, ((BytesObj *)o)->data, (intptr_t)((BytesObj *)o)->size, true, flags);
}

static const BufferProcs bytes_buffer = { .get = bytes_getbuffer };

Type BytesType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "bytes",
    .size = sizeof(BytesObj),
    .flags = TF_BASETYPE | TF_BYTES_SUBCLASS,
    .base = &ObjectType,
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = byteslike_richcompare,
    .iter = byteslike_iter,
    .buffer = &bytes_buffer,
    .new_ = bytes_new,
    .number = &bytes_number,
    .mapping = &bytes_mapping,
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
};
