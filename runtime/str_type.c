/* str_type.c: the str type object and its slots: construction str(...),
 * comparison, hashing, the operators + * %, len/indexing/slicing/`in`, and
 * the str iterators.  Methods are listed in str_methods.c. */
#include <stdio.h>
#include "str_internal.h"
#include "err.h"
#include "int.h"
#include "range.h"
#include "bytes.h"
#include "args.h"
#include "str_codecs.h"
#include "seq_internal.h"

extern const MethodDef str_methods[];

/* ---- comparison ------------------------------------------------------------- */
/* UTF-8 byte order is code-point order, so memcmp compares correctly. */
static int str_compare(Obj *a, Obj *b) {
    size_t na = str_size(a), nb = str_size(b);
    int c = memcmp(str_data(a), str_data(b), na < nb ? na : nb);
    return c != 0 ? c : (na > nb) - (na < nb);
}

static Obj *str_richcompare(Obj *a, Obj *b, int op) {
    if (!is_str(a) || !is_str(b)) return NEWREF(NOT_IMPLEMENTED);
    bool r;
    if (op == CMP_EQ || op == CMP_NE) {
        r = str_equal(a, b) == (op == CMP_EQ);
    } else {
        int c = str_compare(a, b);
        r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    }
    return NEWREF(bool_from(r));
}

/* ---- operators ------------------------------------------------------------------- */
/* For `str <op> other`, gives other's reflected slot its turn first (as
 * CPython's nb slots run before sq_concat/sq_repeat); NULL when it declines. */
static Obj *try_other_slot(Obj *a, Obj *b, Obj *other, int op, binaryfunc self) {
    /* Sequences that do the same (list * str) would bounce the pair back
     * and forth: while one such call is under way, decline. */
    static _Thread_local bool trying;
    Type *t = TYPE(other);
    if (!type_has(t, TF_HEAPTYPE) && (type_has(t, TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS) ||
                                      t == &ByteArrayType))
        return NULL;   /* built-in sequences have no reflected repeat for str */
    const NumberSlots *n = t->number;
    if (trying || n == NULL || n->binop[op] == NULL || n->binop[op] == self) return NULL;
    trying = true;
    Obj *r = n->binop[op](a, b);
    trying = false;
    if (r == NOT_IMPLEMENTED) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Obj *str_add(Obj *a, Obj *b) {
    if (!is_str(a)) return NEWREF(NOT_IMPLEMENTED);
    if (is_str(b)) return str_concat(a, b);
    Obj *r = try_other_slot(a, b, b, BINOP_ADD, str_add);
    if (r != NULL || err_occurred()) return r;
    err_format(&Exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    return NULL;
}

Obj *str_repeat(Obj *s, intptr_t n) {
    size_t size = str_size(s);
    if (n <= 0 || size == 0) return str_empty();
    if (n == 1 && TYPE(s) == &StrType) return NEWREF(s);
    if ((size_t)n > (SIZE_MAX / 2) / size) {
        err_no_memory();
        return NULL;
    }
    Obj *r = str_new_raw(size * (size_t)n, str_length(s) * (size_t)n, str_is_ascii(s));
    if (r == NULL) return NULL;
    char *d = as_str(r)->data;
    if (size == 1) {
        memset(d, str_data(s)[0], (size_t)n);
    } else {   /* doubling copies: log(n) memcpy calls */
        memcpy(d, str_data(s), size);
        size_t done = size, total = size * (size_t)n;
        while (done < total) {
            size_t chunk = done < total - done ? done : total - done;
            memcpy(d + done, d, chunk);
            done += chunk;
        }
    }
    return r;
}

static bool has_index(Obj *o) {
    return is_int(o) || (TYPE(o)->number != NULL && TYPE(o)->number->index != NULL);
}

static Obj *str_mul(Obj *a, Obj *b) {
    Obj *s = is_str(a) ? a : b, *count = s == a ? b : a;
    if (!is_str(s)) return NEWREF(NOT_IMPLEMENTED);
    if (!has_index(count)) {
        Obj *r = try_other_slot(a, b, count, BINOP_MUL, str_mul);
        if (r != NULL || err_occurred()) return r;
        err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
        return NULL;
    }
    Obj *idx = obj_index(count);
    if (idx == NULL) return NULL;
    int overflow = 0;
    int64_t n = int_as_i64(idx, &overflow);
    DECREF(idx);
    if (overflow) {
        if (int_sign(count) < 0) return str_empty();
        err_format(&Exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name(count));
        return NULL;
    }
    return str_repeat(s, (intptr_t)n);
}

static Obj *str_mod(Obj *a, Obj *b) {
    if (!is_str(a)) return NEWREF(NOT_IMPLEMENTED);
    return str_percent_format(a, b);
}

static const NumberSlots str_number = {
    .binop = { [BINOP_ADD] = str_add, [BINOP_MUL] = str_mul, [BINOP_MOD] = str_mod },
};

/* ---- container protocol ------------------------------------------------------- */
static intptr_t str_len(Obj *s) { return (intptr_t)str_length(s); }

static Obj *str_slice(Obj *s, Obj *slice) {
    intptr_t start, stop, step, count;
    if (slice_unpack(slice, (intptr_t)str_length(s), &start, &stop, &step, &count) < 0) return NULL;
    if (step == 1) return str_substr(s, (size_t)start, (size_t)stop);
    if (count <= 0) return str_empty();
    StrBuf b;
    strbuf_init(&b);
    for (intptr_t i = 0, k = start; i < count; i++, k += step)
        if (strbuf_append_char(&b, str_char_at(s, (size_t)k)) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    return strbuf_finish(&b);
}

static Obj *str_subscript(Obj *s, Obj *key) {
    intptr_t i;
    if (is_small(key)) {
        i = small_value(key);
    } else if (is_slice(key)) {
        return str_slice(s, key);
    } else if (has_index(key)) {
        if (int_item_index(key, &i) < 0) return NULL;
    } else {
        err_format(&Exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
        return NULL;
    }
    intptr_t n = (intptr_t)str_length(s);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        err_set_str(&Exc_IndexError, "string index out of range");
        return NULL;
    }
    return str_getitem_index(s, i);
}

static int str_contains(Obj *s, Obj *item) {
    if (!is_str(item)) {
        err_format(&Exc_TypeError, "'in <string>' requires string as left operand, not %s",
                   type_name(item));
        return -1;
    }
    return str_find_bytes(s, item, 0, str_size(s)) >= 0;
}

static const MappingSlots str_mapping = {
    .len = str_len,
    .getitem = str_subscript,
    .contains = str_contains,
};

/* ---- iteration ----------------------------------------------------------------- */
typedef struct StrIterObj {
    Obj ob;
    Obj *s;                 /* NULL once exhausted */
    size_t offset;          /* byte offset of the next character */
} StrIterObj;

static void striter_dealloc(Obj *o) {
    XDECREF(((StrIterObj *)o)->s);
    obj_free(o);
}

static Obj *striter_next(Obj *o) {
    StrIterObj *it = (StrIterObj *)o;
    if (it->s == NULL) return NULL;
    if (it->offset >= str_size(it->s)) {
        CLEAR(it->s);
        return NULL;
    }
    const char *p = str_data(it->s) + it->offset;
    size_t n = utf8_seq_len((unsigned char)*p);
    it->offset += n;
    if (n == 1) return str_ascii_char((unsigned char)*p);
    return str_from_known(p, n, 1, false);
}

static Obj *striter_self(Obj *o) { return NEWREF(o); }

/* The iterator's position in characters (offset counts bytes). */
static intptr_t striter_index(StrIterObj *it) {
    return (intptr_t)(str_is_ascii(it->s) ? it->offset : utf8_count(str_data(it->s), it->offset));
}

static int striter_noargs(Obj *self, const char *method, size_t nargs, Obj *kwnames) {
    char fname[48];
    snprintf(fname, sizeof fname, "%s.%s", TYPE(self)->name, method);
    return args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 0) < 0 ? -1 : 0;
}

static Obj *striter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StrIterObj *it = (StrIterObj *)self;
    if (striter_noargs(self, "__length_hint__", nargs, kwnames) < 0) return NULL;
    if (it->s == NULL) return small_new(0);
    return small_new((intptr_t)str_length(it->s) - striter_index(it));
}

static Obj *striter_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StrIterObj *it = (StrIterObj *)self;
    if (striter_noargs(self, "__reduce__", nargs, kwnames) < 0) return NULL;
    return seq_iter_reduce("iter", it->s, str_intern_cstr(""), it->s ? striter_index(it) : 0);
}

static Obj *striter_setstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StrIterObj *it = (StrIterObj *)self;
    char fname[48];
    snprintf(fname, sizeof fname, "%s.__setstate__", TYPE(self)->name);
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    intptr_t index;
    if (seq_iter_setstate(args[0], 0, INTPTR_MAX, &index) < 0) return NULL;
    if (it->s != NULL) {
        size_t n = str_length(it->s);
        it->offset = str_offset(it->s, (size_t)index > n ? n : (size_t)index);
    }
    return NEWREF(NONE);
}

static const MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint},
    {"__reduce__", striter_reduce},
    {"__setstate__", striter_setstate},
    {NULL},
};

#define STR_ITER_TYPE(var, tname) \
    Type var = { \
        .ob = STATIC_HEAD(&TypeType), .name = tname, .size = sizeof(StrIterObj), \
        .base = &ObjectType, .dealloc = striter_dealloc, .iter = striter_self, \
        .iternext = striter_next, .methods = striter_methods, \
    }
STR_ITER_TYPE(StrIterType, "str_iterator");
STR_ITER_TYPE(StrAsciiIterType, "str_ascii_iterator");

static Obj *str_iter(Obj *s) {
    StrIterObj *it = (StrIterObj *)obj_alloc(str_is_ascii(s) ? &StrAsciiIterType : &StrIterType,
                                             sizeof *it);
    if (it == NULL) return NULL;
    it->s = NEWREF(s);
    it->offset = 0;
    return (Obj *)it;
}

/* ---- construction -------------------------------------------------------------- */
/* str(bytes, encoding, errors): decoding a bytes-like object. */
static Obj *str_new_decoding(Obj *o, Obj *encoding, Obj *errors) {
    if (is_str(o)) {
        err_set_str(&Exc_TypeError, "decoding str is not supported");
        return NULL;
    }
    if (!is_bytes(o) && !is_bytearray(o)) {
        err_format(&Exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                   type_name(o));
        return NULL;
    }
    const char *data;
    size_t size;
    if (is_bytes(o)) {
        data = (const char *)((BytesObj *)o)->data;
        size = ((BytesObj *)o)->size;
    } else {
        data = (const char *)((ByteArrayObj *)o)->data;
        size = ((ByteArrayObj *)o)->size;
    }
    return str_decode(data, size, encoding, errors, "str");
}

static Obj *str_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "object", "encoding", "errors", NULL };
    Obj *a[3];
    if (args_bind("str", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    Obj *r;
    if (a[1] != NULL || a[2] != NULL) {
        r = a[0] ? str_new_decoding(a[0], a[1], a[2]) : str_empty();
    } else {
        r = a[0] ? obj_str(a[0]) : str_empty();
    }
    if (r == NULL || type == &StrType) return r;
    Obj *sub = str_new_raw_type(type, str_size(r), str_length(r), str_is_ascii(r));
    if (sub != NULL) memcpy(as_str(sub)->data, str_data(r), str_size(r));
    DECREF(r);
    return sub;
}

static Obj *str_str(Obj *s) { return str_exact(s); }

Type StrType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "str",
    .size = sizeof(StrObj),
    .flags = TF_BASETYPE | TF_STR_SUBCLASS,
    .base = &ObjectType,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .number = &str_number,
    .mapping = &str_mapping,
    .methods = str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};
