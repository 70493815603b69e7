/* bytearray.c: the mutable bytes type: a heap buffer grown by doubling,
 * item and slice assignment/deletion, += and *=, and the mutating methods
 * (append, extend, pop, insert, remove, clear, reverse, copy).  The
 * read-only methods are shared with bytes (bytes_methods.c). */
#include <stdlib.h>
#include "bytes_internal.h"
#include "str_internal.h"
#include "err.h"
#include "buffer.h"
#include "int.h"
#include "range.h"
#include "args.h"

static inline ByteArrayObj *as_ba(Obj *o) { return (ByteArrayObj *)o; }

/* A bytearray whose buffer is lent out (buffer.h) keeps its size. */
static int check_resizable(Obj *o) {
    if (as_ba(o)->exports > 0) {
        err_set_str(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int bytearray_reserve(Obj *o, size_t extra) {
    ByteArrayObj *ba = as_ba(o);
    if (check_resizable(o) < 0) return -1;
    size_t need = ba->size + extra + 1;   /* keep a NUL after the data */
    if (need <= ba->cap) return 0;
    size_t cap = ba->cap < 16 ? 16 : ba->cap + ba->cap / 2;
    if (cap < need) cap = need;
    unsigned char *p = realloc(ba->data, cap);
    if (p == NULL) {
        err_no_memory();
        return -1;
    }
    ba->data = p;
    ba->cap = cap;
    return 0;
}

int bytearray_append_bytes(Obj *o, const void *data, size_t size) {
    if (bytearray_reserve(o, size) < 0) return -1;
    ByteArrayObj *ba = as_ba(o);
    memmove(ba->data + ba->size, data, size);   /* data may be ba's own buffer */
    ba->size += size;
    ba->data[ba->size] = 0;
    return 0;
}

static Obj *bytearray_alloc(Type *type) {
    ByteArrayObj *ba = (ByteArrayObj *)obj_alloc(type, type->size);
    return (Obj *)ba;
}

Obj *bytearray_from(const void *data, size_t size) {
    Obj *ba = bytearray_alloc(&ByteArrayType);
    if (ba != NULL && size > 0 && bytearray_append_bytes(ba, data, size) < 0) {
        DECREF(ba);
        return NULL;
    }
    return ba;
}

static void bytearray_dealloc(Obj *o) {
    free(as_ba(o)->data);
    obj_free(o);
}

static Obj *bytearray_repr(Obj *o) {
    StrBuf b;
    strbuf_init(&b);
    const char *name = TYPE(o)->name;
    if (strbuf_append_cstr(&b, name) < 0 || strbuf_append_ascii(&b, '(') < 0 ||
        bytes_append_repr(&b, as_ba(o)->data, as_ba(o)->size, true) < 0 || strbuf_append_ascii(&b, ')') < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* ---- operators ----------------------------------------------------------------------- */
static Obj *bytearray_add(Obj *a, Obj *b) {
    if (!is_bytearray(a)) return NEWREF(NOT_IMPLEMENTED);
    if (!is_byteslike(b) && !buffer_check(b)) {
        err_format(&Exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
        return NULL;
    }
    const unsigned char *pb;
    size_t nb;
    if (byteslike_view(b, &pb, &nb) < 0) return NULL;
    Obj *r = bytearray_from(as_ba(a)->data, as_ba(a)->size);
    if (r != NULL && bytearray_append_bytes(r, pb, nb) < 0) CLEAR(r);
    return r;
}

static Obj *bytearray_iadd(Obj *a, Obj *b) {
    if (!is_byteslike(b) && !buffer_check(b)) {
        err_format(&Exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
        return NULL;
    }
    const unsigned char *pb;
    size_t nb;
    if (byteslike_view(b, &pb, &nb) < 0 || bytearray_append_bytes(a, pb, nb) < 0) return NULL;
    return NEWREF(a);
}

static bool is_bytearray_pred(const Obj *o) { return is_bytearray(o); }

static Obj *repeat_into(Obj *target, Obj *seq, intptr_t n) {
    size_t size = byteslike_size(seq);
    if (size > 0 && (size_t)n > (SIZE_MAX / 2) / size) {
        err_no_memory();
        return NULL;
    }
    size_t total = size * (size_t)n;
    unsigned char *copy = malloc(size + 1);
    if (copy == NULL) {
        err_no_memory();
        return NULL;
    }
    memcpy(copy, byteslike_data(seq), size);
    if (check_resizable(target) < 0) {
        free(copy);
        return NULL;
    }
    as_ba(target)->size = 0;
    int rc = bytearray_reserve(target, total);
    if (rc == 0) {
        bytes_fill_repeat(as_ba(target)->data, copy, size, (size_t)n);
        as_ba(target)->size = total;
        as_ba(target)->data[total] = 0;
    }
    free(copy);
    return rc < 0 ? NULL : target;
}

static Obj *bytearray_mul(Obj *a, Obj *b) {
    Obj *seq;
    intptr_t n;
    int rc = byteslike_repeat_args(a, b, is_bytearray_pred, &seq, &n);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    Obj *r = bytearray_from(NULL, 0);
    if (r != NULL && repeat_into(r, seq, n) == NULL) CLEAR(r);
    return r;
}

static Obj *bytearray_imul(Obj *a, Obj *b) {
    Obj *seq;
    intptr_t n;
    int rc = byteslike_repeat_args(a, b, is_bytearray_pred, &seq, &n);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    return repeat_into(a, a, n) ? NEWREF(a) : NULL;
}

static Obj *bytearray_mod(Obj *a, Obj *b) {
    if (!is_bytearray(a)) return NEWREF(NOT_IMPLEMENTED);
    Obj *bytes = bytes_from(as_ba(a)->data, as_ba(a)->size);
    if (bytes == NULL) return NULL;
    Obj *r = bytes_percent_format(bytes, b);
    DECREF(bytes);
    if (r == NULL) return NULL;
    Obj *ba = bytearray_from(byteslike_data(r), byteslike_size(r));
    DECREF(r);
    return ba;
}

static const NumberSlots bytearray_number = {
    .binop = { [BINOP_ADD] = bytearray_add, [BINOP_MUL] = bytearray_mul, [BINOP_MOD] = bytearray_mod },
    .inplace = { [BINOP_ADD] = bytearray_iadd, [BINOP_MUL] = bytearray_imul },
};

/* ---- items -------------------------------------------------------------------------- */
static intptr_t bytearray_len(Obj *o) { return (intptr_t)as_ba(o)->size; }

static Obj *bytearray_subscript(Obj *o, Obj *key) {
    intptr_t i;
    int rc = byteslike_index(key, as_ba(o)->size, &i, "bytearray index", "bytearray");
    if (rc < 0) return NULL;
    if (rc == 0) return byteslike_slice(key, as_ba(o)->data, as_ba(o)->size, true);
    return small_new(as_ba(o)->data[i]);
}

/* An int value for one byte, with CPython's range message. */
static int byte_value(Obj *v, unsigned char *out) {
    intptr_t x;
    if (str_int_arg(v, &x) < 0) return -1;
    if (x < 0 || x > 255) {
        err_set_str(&Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

/* Replaces data[start, stop) by src (n bytes), moving the tail. */
static int replace_range(Obj *o, size_t start, size_t stop, const unsigned char *src, size_t n) {
    ByteArrayObj *ba = as_ba(o);
    size_t old = stop - start;
    if (n != old && check_resizable(o) < 0) return -1;
    if (n > old && bytearray_reserve(o, n - old) < 0) return -1;
    memmove(ba->data + start + n, ba->data + stop, ba->size - stop);
    if (n > 0) memcpy(ba->data + start, src, n);
    ba->size = ba->size - old + n;
    if (ba->data) ba->data[ba->size] = 0;
    return 0;
}

static int delete_extended(Obj *o, intptr_t start, intptr_t step, intptr_t count) {
    ByteArrayObj *ba = as_ba(o);
    if (count > 0 && check_resizable(o) < 0) return -1;
    if (step < 0) {   /* same set of positions, walked upwards */
        start += step * (count - 1);
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start, k = 0; r < ba->size; r++) {
        if (k < (size_t)count && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        ba->data[w++] = ba->data[r];
    }
    ba->size = w;
    ba->data[w] = 0;
    return 0;
}

static int assign_slice(Obj *o, Obj *slice, Obj *value) {
    intptr_t start, stop, step, count;
    if (slice_unpack(slice, (intptr_t)as_ba(o)->size, &start, &stop, &step, &count) < 0) return -1;
    if (value == NULL) {
        if (step == 1) return count > 0 ? replace_range(o, (size_t)start, (size_t)stop, NULL, 0) : 0;
        return count > 0 ? delete_extended(o, start, step, count) : 0;
    }
    if (is_int(value) || is_str(value)) {
        err_set_str(&Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    StrBuf src;
    strbuf_init(&src);
    if (byteslike_source(&src, value, NULL, NULL, "bytearray") < 0) {
        strbuf_free(&src);
        return -1;
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        rc = replace_range(o, (size_t)start, (size_t)stop, (unsigned char *)src.data, src.size);
    } else if ((size_t)count != src.size) {
        err_format(&Exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %zd",
                   src.size, count);
        rc = -1;
    } else {
        for (intptr_t k = 0, j = start; k < count; k++, j += step)
            as_ba(o)->data[j] = (unsigned char)src.data[k];
    }
    strbuf_free(&src);
    return rc;
}

static int bytearray_ass_subscript(Obj *o, Obj *key, Obj *value) {
    intptr_t i;
    int rc = byteslike_index(key, as_ba(o)->size, &i, "bytearray index", "bytearray");
    if (rc < 0) return -1;
    if (rc == 0) return assign_slice(o, key, value);
    if (value == NULL) return replace_range(o, (size_t)i, (size_t)i + 1, NULL, 0);
    return byte_value(value, &as_ba(o)->data[i]);
}

static const MappingSlots bytearray_mapping = {
    .len = bytearray_len,
    .getitem = bytearray_subscript,
    .setitem = bytearray_ass_subscript,
    .contains = byteslike_contains,
};

/* ---- construction ------------------------------------------------------------------ */
static Obj *bytearray_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    return bytearray_alloc(type);
}

static int bytearray_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Obj *a[3];
    if (args_bind("bytearray", args, nargs, kwnames, names, 0, a) < 0) return -1;
    if (a[0] == NULL && (a[1] != NULL || a[2] != NULL)) {
        err_set_str(&Exc_TypeError, a[1] ? "encoding without a string argument"
                                         : "errors without a string argument");
        return -1;
    }
    if (check_resizable(self) < 0) return -1;
    as_ba(self)->size = 0;
    if (a[0] == NULL) return 0;
    StrBuf buf;
    strbuf_init(&buf);
    int rc = byteslike_source(&buf, a[0], a[1], a[2], "bytearray");
    if (rc == 0) rc = bytearray_append_bytes(self, buf.data, buf.size);
    strbuf_free(&buf);
    return rc;
}

/* ---- mutating methods ------------------------------------------------------------- */
Obj *bytearray_m_append(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    unsigned char c;
    if (bytes_positional(self, "append", nargs, kwnames, 1, 1) < 0 ||
        byte_value(args[0], &c) < 0 || bytearray_append_bytes(self, &c, 1) < 0)
        return NULL;
    return NEWREF(NONE);
}

Obj *bytearray_m_extend(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_positional(self, "extend", nargs, kwnames, 1, 1) < 0) return NULL;
    Type *t = TYPE(args[0]);
    if (t->iter == NULL && (t->mapping == NULL || t->mapping->getitem == NULL)) {
        err_format(&Exc_TypeError, "can't extend bytearray with %s", type_name(args[0]));
        return NULL;
    }
    StrBuf buf;
    strbuf_init(&buf);
    const unsigned char *p;
    size_t n;
    int rc = is_byteslike(args[0]) || buffer_check(args[0])
           ? (byteslike_view(args[0], &p, &n) < 0 ? -1 : strbuf_append(&buf, (const char *)p, n))
           : byteslike_from_iterable(&buf, args[0], "bytearray");
    if (rc == 0) rc = bytearray_append_bytes(self, buf.data, buf.size);
    strbuf_free(&buf);
    return rc < 0 ? NULL : NEWREF(NONE);
}

Obj *bytearray_m_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("bytearray.pop", kwnames) < 0 || args_count("pop", nargs, 0, 1) < 0) return NULL;
    intptr_t i = -1, n = (intptr_t)as_ba(self)->size;
    if (nargs > 0 && str_int_arg(args[0], &i) < 0) return NULL;
    if (n == 0) {
        err_set_str(&Exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        err_set_str(&Exc_IndexError, "pop index out of range");
        return NULL;
    }
    unsigned char c = as_ba(self)->data[i];
    if (replace_range(self, (size_t)i, (size_t)i + 1, NULL, 0) < 0) return NULL;
    return small_new(c);
}

Obj *bytearray_m_insert(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("bytearray.insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0) return NULL;
    intptr_t i, n = (intptr_t)as_ba(self)->size;
    unsigned char c;
    if (str_int_arg(args[0], &i) < 0 || byte_value(args[1], &c) < 0) return NULL;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    return replace_range(self, (size_t)i, (size_t)i, &c, 1) < 0 ? NULL : NEWREF(NONE);
}

Obj *bytearray_m_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    unsigned char c;
    if (bytes_positional(self, "remove", nargs, kwnames, 1, 1) < 0 ||
        byte_value(args[0], &c) < 0)
        return NULL;
    unsigned char *hit = memchr(as_ba(self)->data, c, as_ba(self)->size);
    if (hit == NULL) {
        err_set_str(&Exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    size_t i = (size_t)(hit - as_ba(self)->data);
    if (replace_range(self, i, i + 1, NULL, 0) < 0) return NULL;
    return NEWREF(NONE);
}

Obj *bytearray_m_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "clear", nargs, kwnames) < 0 || check_resizable(self) < 0) return NULL;
    as_ba(self)->size = 0;
    if (as_ba(self)->data) as_ba(self)->data[0] = 0;
    return NEWREF(NONE);
}

Obj *bytearray_m_reverse(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "reverse", nargs, kwnames) < 0) return NULL;
    unsigned char *d = as_ba(self)->data;
    for (size_t i = 0, j = as_ba(self)->size; i + 1 < j; i++, j--) {
        unsigned char t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
    return NEWREF(NONE);
}

Obj *bytearray_m_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "copy", nargs, kwnames) < 0) return NULL;
    return bytearray_from(as_ba(self)->data, as_ba(self)->size);
}

/* ---- the buffer protocol ----------------------------------------------------------- */
static int bytearray_getbuffer(Obj *o, Buffer *view, int flags) {
    if (buffer_fill_bytes(view, as_ba(o)->data, (intptr_t)as_ba(o)->size, false, flags) < 0) return -1;
    if (view->buf == NULL) view->buf = (void *)"";   /* an empty bytearray has no memory yet */
    as_ba(o)->exports++;
    return 0;
}

static void bytearray_releasebuffer(Obj *o, Buffer *view) {
    (void)view;
    as_ba(o)->exports--;
}

static const BufferProcs bytearray_buffer = { .get = bytearray_getbuffer, .release = bytearray_releasebuffer };

Type ByteArrayType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "bytearray",
    .size = sizeof(ByteArrayObj),
    .flags = TF_BASETYPE,
    .base = &ObjectType,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .str = bytearray_repr,
    .richcompare = byteslike_richcompare,
    .iter = byteslike_iter,
    .buffer = &bytearray_buffer,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .number = &bytearray_number,
    .mapping = &bytearray_mapping,
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
};
