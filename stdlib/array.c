/* array.c: the array module: array.array, compact arrays of one C type
 * (typecodes bBuhHiIlLqQfd), as a sequence (indexing, slices, iteration,
 * comparison, + and * and their in-place forms) with CPython's methods and
 * messages.  Item conversions are array_items.c; the buffer helper that
 * lets struct, hashlib, binascii and zlib read arrays is array_buffer.c. */
#include <stdlib.h>
#include <string.h>
#include "array.h"
#include "modules.h"
#include "args.h"
#include "buffer.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

static ArrayObj *array_make(Type *t, char typecode, size_t n) {
    ArrayObj *a = (ArrayObj *)obj_alloc(t, t->size);
    if (a == NULL) return NULL;
    a->typecode = typecode;
    a->itemsize = array_itemsize(typecode);
    if (array_reserve(a, n) < 0) {
        DECREF((Obj *)a);
        return NULL;
    }
    a->size = n;
    return a;
}

static void array_dealloc(Obj *o) {
    free(((ArrayObj *)o)->data);
    obj_free(o);
}

static int append_obj(ArrayObj *a, Obj *v) {
    if (array_reserve(a, a->size + 1) < 0) return -1;
    if (array_item_set(a, a->size, v) < 0) return -1;
    a->size++;
    return 0;
}

static int append_bytes(ArrayObj *a, const unsigned char *p, size_t n) {
    if (n % a->itemsize) {
        err_set_str(&Exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    size_t k = n / a->itemsize;
    if (array_reserve(a, a->size + k) < 0) return -1;
    if (n > 0) memmove(a->data + a->size * a->itemsize, p, n);   /* data may be NULL when empty */
    a->size += k;
    return 0;
}

static int append_unicode(ArrayObj *a, Obj *s) {
    Obj *it = obj_iter(s), *ch;
    if (it == NULL) return -1;
    while ((ch = obj_next(it)) != NULL) {
        int rc = append_obj(a, ch);
        DECREF(ch);
        if (rc < 0) break;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

static int extend_iterable(ArrayObj *a, Obj *src) {
    if (is_array(src)) {
        ArrayObj *b = (ArrayObj *)src;
        if (b->typecode != a->typecode) {
            err_set_str(&Exc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        return append_bytes(a, b->data, b->size * b->itemsize);
    }
    Obj *it = obj_iter(src), *v;
    if (it == NULL) return -1;
    while ((v = obj_next(it)) != NULL) {
        int rc = append_obj(a, v);
        DECREF(v);
        if (rc < 0) break;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

static Obj *array_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (t == &ArrayType && args_no_kwargs("array.array", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 2) {
        err_format(&Exc_TypeError, nargs < 1 ? "array() takes at least 1 argument (%zu given)"
                                             : "array() takes at most 2 arguments (%zu given)", nargs);
        return NULL;
    }
    Obj *tc = args[0];
    if (!is_str(tc) || str_length(tc) != 1) {
        err_format(&Exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                   is_str(tc) ? "str" : type_name(tc));
        return NULL;
    }
    char c = str_data(tc)[0];
    if (str_size(tc) != 1 || strchr(array_typecodes, c) == NULL) {
        err_set_str(&Exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return NULL;
    }
    Obj *init = nargs == 2 ? args[1] : NULL;
    if (init != NULL && is_str(init) && c != 'u') {
        err_format(&Exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", c);
        return NULL;
    }
    ArrayObj *a = array_make(t, c, 0);
    if (a == NULL) return NULL;
    int rc = 0;
    if (init == NULL) rc = 0;
    else if (is_str(init)) rc = append_unicode(a, init);
    else if (is_byteslike(init)) rc = append_bytes(a, byteslike_data(init), byteslike_size(init));
    else if (is_array(init) && ((ArrayObj *)init)->typecode != c) {
        ArrayObj *b = (ArrayObj *)init;
        for (size_t i = 0; i < b->size && rc == 0; i++) {
            Obj *v = array_item_get(b, i);
            rc = v == NULL ? -1 : append_obj(a, v);
            XDECREF(v);
        }
    } else rc = extend_iterable(a, init);
    if (rc < 0) {
        DECREF((Obj *)a);
        return NULL;
    }
    return (Obj *)a;
}

/* ---- repr, comparison ------------------------------------------------------- */

static Obj *array_repr(Obj *self) {
    ArrayObj *a = (ArrayObj *)self;
    if (a->size == 0) return str_from_format("%s('%c')", TYPE(self)->name_obj ? str_data(TYPE(self)->name_obj) : "array", a->typecode);
    Obj *inner = NULL;
    if (a->typecode == 'u') {
        Obj *args[1] = {self};
        Obj *s = NULL;
        Obj *m = obj_getattr_cstr(self, "tounicode");
        if (m != NULL) {
            s = obj_call(m, args, 0, NULL);
            DECREF(m);
        }
        if (s == NULL) return NULL;
        inner = obj_repr(s);
        DECREF(s);
    } else {
        Obj *l = list_new(a->size);
        if (l == NULL) return NULL;
        for (size_t i = 0; i < a->size; i++) {
            Obj *v = array_item_get(a, i);
            if (v == NULL) {
                for (size_t k = i; k < a->size; k++) list_set_new(l, k, NEWREF(NONE));
                DECREF(l);
                return NULL;
            }
            list_set_new(l, i, v);
        }
        inner = obj_repr(l);
        DECREF(l);
    }
    if (inner == NULL) return NULL;
    Obj *r = str_from_format("%s('%c', %U)", str_data(TYPE(self)->name_obj), a->typecode, inner);
    DECREF(inner);
    return r;
}

static Obj *array_richcompare(Obj *x, Obj *y, int op) {
    if (!is_array(x) || !is_array(y)) return NEWREF(NOT_IMPLEMENTED);
    ArrayObj *a = (ArrayObj *)x, *b = (ArrayObj *)y;
    if (a->size != b->size && (op == CMP_EQ || op == CMP_NE)) return NEWREF(bool_from(op == CMP_NE));
    size_t i = 0, n = a->size < b->size ? a->size : b->size;
    for (; i < n; i++) {
        Obj *va = array_item_get(a, i), *vb = array_item_get(b, i);
        int eq = va && vb ? obj_richcompare_bool(va, vb, CMP_EQ) : -1;
        if (eq != 1) {
            Obj *r = eq < 0 ? NULL : obj_richcompare(va, vb, op);
            XDECREF(va);
            XDECREF(vb);
            return r;
        }
        DECREF(va);
        DECREF(vb);
    }
    Obj *la = small_new((intptr_t)a->size), *lb = small_new((intptr_t)b->size);
    return obj_richcompare(la, lb, op);
}

/* ---- sequence --------------------------------------------------------------- */

static intptr_t array_len(Obj *self) { return (intptr_t)((ArrayObj *)self)->size; }

/* Normalised index or -1 with IndexError `msg`; -2 for a slice. */
static int index_of(ArrayObj *a, Obj *key, const char *msg, size_t *out) {
    if (is_slice(key)) return -2;
    if (!is_int(key) && type_lookup(TYPE(key), str_intern_cstr("__index__")) == NULL) {
        err_set_str(&Exc_TypeError, "array indices must be integers");
        return -1;
    }
    intptr_t i;
    if (int_item_index(key, &i) < 0) return -1;
    if (i < 0) i += (intptr_t)a->size;
    if (i < 0 || (size_t)i >= a->size) {
        err_set_str(&Exc_IndexError, msg);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Obj *array_subscript(Obj *self, Obj *key) {
    ArrayObj *a = (ArrayObj *)self;
    size_t i;
    int r = index_of(a, key, "array index out of range", &i);
    if (r == 0) return array_item_get(a, i);
    if (r == -1) return NULL;
    intptr_t start, stop, step, count;
    if (slice_unpack(key, (intptr_t)a->size, &start, &stop, &step, &count) < 0) return NULL;
    ArrayObj *res = array_make(&ArrayType, a->typecode, (size_t)count);
    if (res == NULL) return NULL;
    for (intptr_t k = 0, j = start; k < count; k++, j += step)
        memcpy(res->data + (size_t)k * a->itemsize, a->data + (size_t)j * a->itemsize, a->itemsize);
    return (Obj *)res;
}

static int array_ass_subscript(Obj *self, Obj *key, Obj *v) {
    ArrayObj *a = (ArrayObj *)self;
    size_t i;
    int r = index_of(a, key, v ? "array assignment index out of range" : "array assignment index out of range", &i);
    if (r == 0) {
        if (v != NULL) return array_item_set(a, i, v);
        if (array_check_resizable(a) < 0) return -1;
        memmove(a->data + i * a->itemsize, a->data + (i + 1) * a->itemsize, (a->size - i - 1) * a->itemsize);
        a->size--;
        return 0;
    }
    if (r == -1) return -1;
    intptr_t start, stop, step, count;
    if (slice_unpack(key, (intptr_t)a->size, &start, &stop, &step, &count) < 0) return -1;
    size_t sz = a->itemsize;
    if (v != NULL && !is_array(v)) {
        err_format(&Exc_TypeError, "can only assign array (not \"%s\") to array slice", type_name(v));
        return -1;
    }
    ArrayObj *b = (ArrayObj *)v;
    if (b != NULL && b->typecode != a->typecode) {
        err_set_str(&Exc_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    if (step == 1) {
        size_t n = b ? b->size : 0;
        unsigned char *copy = NULL;
        if (b != NULL && n) {
            if ((copy = malloc(n * sz)) == NULL) {
                err_no_memory();
                return -1;
            }
            memcpy(copy, b->data, n * sz);
        }
        size_t old = a->size, lo = (size_t)start, removed = (size_t)count;
        if (n != removed && array_check_resizable(a) < 0) {
            free(copy);
            return -1;
        }
        if (n > removed && array_reserve(a, old - removed + n) < 0) {
            free(copy);
            return -1;
        }
        memmove(a->data + (lo + n) * sz, a->data + (lo + removed) * sz, (old - lo - removed) * sz);
        if (n) memcpy(a->data + lo * sz, copy, n * sz);
        a->size = old - removed + n;
        free(copy);
        return 0;
    }
    if (b == NULL) {   /* delete an extended slice */
        if (count > 0 && array_check_resizable(a) < 0) return -1;
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        size_t w = 0;
        for (size_t k = 0; k < a->size; k++) {
            bool gone = (intptr_t)k >= start && ((intptr_t)k - start) % step == 0 &&
                        ((intptr_t)k - start) / step < count;
            if (!gone) memmove(a->data + w++ * sz, a->data + k * sz, sz);
        }
        a->size = w;
        return 0;
    }
    if ((intptr_t)b->size != count) {
        err_format(&Exc_ValueError, "attempt to assign array of size %zu to extended slice of size %zd",
                   b->size, count);
        return -1;
    }
    unsigned char *copy = malloc(b->size * sz + 1);
    if (copy == NULL) {
        err_no_memory();
        return -1;
    }
    memcpy(copy, b->data, b->size * sz);
    for (intptr_t k = 0, j = start; k < count; k++, j += step)
        memcpy(a->data + (size_t)j * sz, copy + (size_t)k * sz, sz);
    free(copy);
    return 0;
}

static int array_contains(Obj *self, Obj *v) {
    ArrayObj *a = (ArrayObj *)self;
    for (size_t i = 0; i < a->size; i++) {
        Obj *x = array_item_get(a, i);
        if (x == NULL) return -1;
        int eq = obj_richcompare_bool(x, v, CMP_EQ);
        DECREF(x);
        if (eq != 0) return eq;
    }
    return 0;
}

static const MappingSlots array_mapping = {
    .len = array_len, .getitem = array_subscript, .setitem = array_ass_subscript,
    .contains = array_contains,
};

/* ---- numbers: + and * --------------------------------------------------------- */

static Obj *array_concat(Obj *x, Obj *y) {
    if (!is_array(x)) return NEWREF(NOT_IMPLEMENTED);
    if (!is_array(y)) {
        err_format(&Exc_TypeError, "can only append array (not \"%s\") to array", type_name(y));
        return NULL;
    }
    ArrayObj *a = (ArrayObj *)x, *b = (ArrayObj *)y;
    if (a->typecode != b->typecode) {
        err_set_str(&Exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    ArrayObj *r = array_make(&ArrayType, a->typecode, a->size + b->size);
    if (r == NULL) return NULL;
    memcpy(r->data, a->data, a->size * a->itemsize);
    memcpy(r->data + a->size * a->itemsize, b->data, b->size * b->itemsize);
    return (Obj *)r;
}

static int repeat_args(Obj *x, Obj *y, ArrayObj **a, intptr_t *n) {
    Obj *count = is_array(x) ? y : x;
    *a = (ArrayObj *)(is_array(x) ? x : y);
    if (!is_int(count) && type_lookup(TYPE(count), str_intern_cstr("__index__")) == NULL) return 0;
    if (intarg_ssize(count, n) < 0) return -1;
    if (*n < 0) *n = 0;
    return 1;
}

static Obj *array_repeat(Obj *x, Obj *y) {
    ArrayObj *a;
    intptr_t n;
    int ok = repeat_args(x, y, &a, &n);
    if (ok <= 0) return ok < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    size_t bytes = a->size * a->itemsize;
    if (n > 0 && a->size > (size_t)INTPTR_MAX / (size_t)n / a->itemsize) {
        err_no_memory();
        return NULL;
    }
    ArrayObj *r = array_make(&ArrayType, a->typecode, a->size * (size_t)n);
    if (r == NULL) return NULL;
    for (intptr_t k = 0; k < n; k++) memcpy(r->data + (size_t)k * bytes, a->data, bytes);
    return (Obj *)r;
}

static Obj *array_inplace_concat(Obj *x, Obj *y) {
    if (array_check_resizable((ArrayObj *)x) < 0) return NULL;
    if (!is_array(y)) {
        err_format(&Exc_TypeError, "can only extend array with array (not \"%s\")", type_name(y));
        return NULL;
    }
    if (extend_iterable((ArrayObj *)x, y) < 0) return NULL;
    return NEWREF(x);
}

static Obj *array_inplace_repeat(Obj *x, Obj *y) {
    ArrayObj *a;
    intptr_t n;
    int ok = repeat_args(x, y, &a, &n);
    if (ok <= 0) return ok < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    if (array_check_resizable(a) < 0) return NULL;
    size_t old = a->size, bytes = old * a->itemsize;
    if (n == 0) {
        a->size = 0;
        return NEWREF(x);
    }
    if (array_reserve(a, old * (size_t)n) < 0) return NULL;
    for (intptr_t k = 1; k < n; k++) memcpy(a->data + (size_t)k * bytes, a->data, bytes);
    a->size = old * (size_t)n;
    return NEWREF(x);
}

static NumberSlots array_number;

/* ---- iteration ---------------------------------------------------------------- */

typedef struct ArrayIterObj {
    Obj ob;
    ArrayObj *a;
    size_t i;
} ArrayIterObj;

static Type ArrayIterType;

static Obj *array_iter(Obj *self) {
    ArrayIterObj *it = (ArrayIterObj *)obj_alloc(&ArrayIterType, sizeof(ArrayIterObj));
    if (it == NULL) return NULL;
    it->a = (ArrayObj *)NEWREF(self);
    return (Obj *)it;
}

static Obj *arrayiter_next(Obj *self) {
    ArrayIterObj *it = (ArrayIterObj *)self;
    if (it->a == NULL) return NULL;
    if (it->i >= it->a->size) {
        CLEAR(it->a);
        return NULL;
    }
    return array_item_get(it->a, it->i++);
}

static void arrayiter_dealloc(Obj *o) {
    XDECREF((Obj *)((ArrayIterObj *)o)->a);
    obj_free(o);
}

static Obj *arrayiter_self(Obj *o) { return NEWREF(o); }

static Type ArrayIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "array.arrayiterator",
    .size = sizeof(ArrayIterObj),
    .base = &ObjectType,
    .dealloc = arrayiter_dealloc,
    .iter = arrayiter_self,
    .iternext = arrayiter_next,
};

/* ---- methods ------------------------------------------------------------------ */

#define ONE_ARG(name) \
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0) return NULL
#define NO_ARGS(name) \
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 0, 0) < 0) return NULL

static Obj *m_append(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("append");
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    return append_obj((ArrayObj *)self, args[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_extend(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("extend");
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    return extend_iterable((ArrayObj *)self, args[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_insert(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0) return NULL;
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    ArrayObj *a = (ArrayObj *)self;
    intptr_t i;
    if (intarg_ssize(args[0], &i) < 0) return NULL;
    if (i < 0) i += (intptr_t)a->size;
    if (i < 0) i = 0;
    if ((size_t)i > a->size) i = (intptr_t)a->size;
    if (array_reserve(a, a->size + 1) < 0) return NULL;
    /* convert first, into the spare slot, so a bad value changes nothing */
    if (array_item_set(a, a->size, args[1]) < 0) return NULL;
    size_t sz = a->itemsize;
    unsigned char tmp[8];
    memcpy(tmp, a->data + a->size * sz, sz);
    memmove(a->data + ((size_t)i + 1) * sz, a->data + (size_t)i * sz, (a->size - (size_t)i) * sz);
    memcpy(a->data + (size_t)i * sz, tmp, sz);
    a->size++;
    return NEWREF(NONE);
}

static Obj *m_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("pop", kwnames) < 0 || args_count("pop", nargs, 0, 1) < 0) return NULL;
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    ArrayObj *a = (ArrayObj *)self;
    intptr_t i = -1;
    if (nargs && intarg_ssize(args[0], &i) < 0) return NULL;
    if (a->size == 0) {
        err_set_str(&Exc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0) i += (intptr_t)a->size;
    if (i < 0 || (size_t)i >= a->size) {
        err_set_str(&Exc_IndexError, "pop index out of range");
        return NULL;
    }
    Obj *v = array_item_get(a, (size_t)i);
    if (v == NULL) return NULL;
    size_t sz = a->itemsize;
    memmove(a->data + (size_t)i * sz, a->data + ((size_t)i + 1) * sz, (a->size - (size_t)i - 1) * sz);
    a->size--;
    return v;
}

/* First index in [lo, hi) equal to v; -1 not found, -2 error. */
static intptr_t find(ArrayObj *a, Obj *v, size_t lo, size_t hi) {
    for (size_t i = lo; i < hi && i < a->size; i++) {
        Obj *x = array_item_get(a, i);
        if (x == NULL) return -2;
        int eq = obj_richcompare_bool(x, v, CMP_EQ);
        DECREF(x);
        if (eq < 0) return -2;
        if (eq) return (intptr_t)i;
    }
    return -1;
}

static Obj *m_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("remove");
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    ArrayObj *a = (ArrayObj *)self;
    intptr_t i = find(a, args[0], 0, a->size);
    if (i == -2) return NULL;
    if (i < 0) {
        err_set_str(&Exc_ValueError, "array.remove(x): x not in array");
        return NULL;
    }
    size_t sz = a->itemsize;
    memmove(a->data + (size_t)i * sz, a->data + ((size_t)i + 1) * sz, (a->size - (size_t)i - 1) * sz);
    a->size--;
    return NEWREF(NONE);
}

static Obj *m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("index", kwnames) < 0 || args_count("index", nargs, 1, 3) < 0) return NULL;
    ArrayObj *a = (ArrayObj *)self;
    intptr_t lo = 0, hi = INTPTR_MAX, n = (intptr_t)a->size;
    for (size_t k = 1; k < nargs; k++)
        if (!is_int(args[k]) && type_lookup(TYPE(args[k]), str_intern_cstr("__index__")) == NULL) {
            err_set_str(&Exc_TypeError, "slice indices must be integers or have an __index__ method");
            return NULL;
        }
    if ((nargs > 1 && intarg_ssize(args[1], &lo) < 0) || (nargs > 2 && intarg_ssize(args[2], &hi) < 0))
        return NULL;
    if (lo < 0 && (lo += n) < 0) lo = 0;
    if (hi < 0 && (hi += n) < 0) hi = 0;
    intptr_t i = lo < hi ? find(a, args[0], (size_t)lo, (size_t)hi) : -1;
    if (i == -2) return NULL;
    if (i < 0) {
        err_set_str(&Exc_ValueError, "array.index(x): x not in array");
        return NULL;
    }
    return small_new(i);
}

static Obj *m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("count");
    ArrayObj *a = (ArrayObj *)self;
    intptr_t c = 0;
    for (size_t i = 0; i < a->size; i++) {
        Obj *x = array_item_get(a, i);
        if (x == NULL) return NULL;
        int eq = obj_richcompare_bool(x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0) return NULL;
        c += eq;
    }
    return small_new(c);
}

static Obj *m_reverse(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("reverse");
    ArrayObj *a = (ArrayObj *)self;
    size_t sz = a->itemsize;
    unsigned char tmp[8];
    for (size_t i = 0, j = a->size ? a->size - 1 : 0; i < j; i++, j--) {
        memcpy(tmp, a->data + i * sz, sz);
        memcpy(a->data + i * sz, a->data + j * sz, sz);
        memcpy(a->data + j * sz, tmp, sz);
    }
    return NEWREF(NONE);
}

static Obj *m_byteswap(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("byteswap");
    ArrayObj *a = (ArrayObj *)self;
    size_t sz = a->itemsize;
    for (size_t i = 0; i < a->size; i++) {
        unsigned char *p = a->data + i * sz;
        for (size_t k = 0; k < sz / 2; k++) {
            unsigned char t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return NEWREF(NONE);
}

static Obj *m_tobytes(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("tobytes");
    ArrayObj *a = (ArrayObj *)self;
    return bytes_from(a->data ? a->data : (unsigned char *)"", a->size * a->itemsize);
}

static Obj *m_frombytes(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("frombytes");
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    BufView v;
    if (buf_get(args[0], &v) < 0) return NULL;
    return append_bytes((ArrayObj *)self, v.data, v.size) < 0 ? NULL : NEWREF(NONE);
}

/* fromfile(f, n) / tofile(f): CPython's (defining-class) argument messages */
static int file_args(const char *name, size_t want, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs(name, kwnames) < 0) return -1;
    if (nargs > want) {
        err_format(&Exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, want,
                   want == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < want) {
        err_format(&Exc_TypeError, "%s() takes exactly %zu positional argument%s (%zu given)", name, want,
                   want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* a.fromfile(f, n): n items from f.read(); EOFError after appending what
 * came when it was short. */
static Obj *m_fromfile(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = (ArrayObj *)self;
    intptr_t n;
    if (file_args("fromfile", 2, nargs, kwnames) < 0 || intarg_ssize(args[1], &n) < 0) return NULL;
    if (n < 0) {
        err_set_str(&Exc_ValueError, "negative count");
        return NULL;
    }
    if ((size_t)n > (size_t)INTPTR_MAX / a->itemsize) {
        err_no_memory();
        return NULL;
    }
    intptr_t nbytes = n * (intptr_t)a->itemsize;
    Obj *size = int_from_i64(nbytes);
    Obj *b = size ? obj_call_method(args[0], str_intern_cstr("read"), &size, 1) : NULL;
    XDECREF(size);
    if (b == NULL) return NULL;
    if (!is_bytes(b)) {
        DECREF(b);
        err_set_str(&Exc_TypeError, "read() didn't return bytes");
        return NULL;
    }
    bool short_read = (intptr_t)byteslike_size(b) != nbytes;
    Obj *r = m_frombytes(self, &b, 1, NULL);
    DECREF(b);
    if (r != NULL && short_read) {
        CLEAR(r);
        err_set_str(&Exc_EOFError, "read() didn't return enough bytes");
    }
    return r;
}

/* a.tofile(f): f.write() of the items' bytes, 64 KiB at a time. */
static Obj *m_tofile(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    enum { BLOCK = 64 * 1024 };
    ArrayObj *a = (ArrayObj *)self;
    if (file_args("tofile", 1, nargs, kwnames) < 0) return NULL;
    for (size_t done = 0; done < a->size * a->itemsize; done += BLOCK) {
        size_t total = a->size * a->itemsize;   /* write() may change the array */
        if (done >= total) break;
        Obj *chunk = bytes_from(a->data + done, total - done < BLOCK ? total - done : BLOCK);
        Obj *r = chunk ? obj_call_method(args[0], str_intern_cstr("write"), &chunk, 1) : NULL;
        XDECREF(chunk);
        if (r == NULL) return NULL;
        DECREF(r);
    }
    return NEWREF(NONE);
}

static Obj *m_tolist(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("tolist");
    ArrayObj *a = (ArrayObj *)self;
    Obj *l = list_new(0);
    if (l == NULL) return NULL;
    for (size_t i = 0; i < a->size; i++) {
        Obj *v = array_item_get(a, i);
        if (v == NULL || list_append(l, v) < 0) {
            XDECREF(v);
            DECREF(l);
            return NULL;
        }
        DECREF(v);
    }
    return l;
}

static Obj *m_fromlist(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("fromlist");
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    if (!is_list(args[0])) {
        err_set_str(&Exc_TypeError, "arg must be list");
        return NULL;
    }
    ArrayObj *a = (ArrayObj *)self;
    size_t old = a->size;
    for (size_t i = 0; i < list_size(args[0]); i++)
        if (append_obj(a, list_get(args[0], i)) < 0) {
            a->size = old;   /* all or nothing, as CPython */
            return NULL;
        }
    return NEWREF(NONE);
}

static Obj *m_tounicode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("tounicode");
    ArrayObj *a = (ArrayObj *)self;
    if (a->typecode != 'u') {
        err_set_str(&Exc_ValueError, "tounicode() may only be called on unicode type arrays");
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < a->size; i++) {
        uint32_t cp;
        memcpy(&cp, a->data + 4 * i, 4);
        if (strbuf_append_char(&b, cp) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(&b);
}

static Obj *m_fromunicode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("fromunicode");
    if (array_check_resizable((ArrayObj *)self) < 0) return NULL;
    ArrayObj *a = (ArrayObj *)self;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "fromunicode() argument must be str, not %s", type_name(args[0]));
        return NULL;
    }
    if (a->typecode != 'u') {
        err_set_str(&Exc_ValueError, "fromunicode() may only be called on unicode type arrays");
        return NULL;
    }
    return append_unicode(a, args[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_buffer_info(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("buffer_info");
    ArrayObj *a = (ArrayObj *)self;
    Obj *addr = int_from_u64((uint64_t)(uintptr_t)a->data), *r;
    if (addr == NULL) return NULL;
    r = tuple_pack(2, addr, small_new((intptr_t)a->size));
    DECREF(addr);
    return r;
}

static Obj *m_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = (ArrayObj *)self;
    ArrayObj *r = array_make(&ArrayType, a->typecode, a->size);
    if (r == NULL) return NULL;
    memcpy(r->data, a->data, a->size * a->itemsize);
    return (Obj *)r;
}

static Obj *m_sizeof(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = (ArrayObj *)self;
    return small_new((intptr_t)(sizeof(ArrayObj) + a->cap * a->itemsize));
}

static Obj *get_typecode(Obj *self) {
    char c = ((ArrayObj *)self)->typecode;
    return str_from(&c, 1);
}

static Obj *get_itemsize(Obj *self) { return small_new((intptr_t)((ArrayObj *)self)->itemsize); }

static const MethodDef array_methods[] = {
    {"append", m_append}, {"extend", m_extend}, {"insert", m_insert}, {"pop", m_pop},
    {"remove", m_remove}, {"index", m_index}, {"count", m_count}, {"reverse", m_reverse},
    {"byteswap", m_byteswap}, {"tobytes", m_tobytes}, {"frombytes", m_frombytes},
    {"tofile", m_tofile}, {"fromfile", m_fromfile},
    {"tolist", m_tolist}, {"fromlist", m_fromlist}, {"tounicode", m_tounicode},
    {"fromunicode", m_fromunicode}, {"buffer_info", m_buffer_info}, {"__copy__", m_copy},
    {"__deepcopy__", m_copy}, {"__sizeof__", m_sizeof}, {"__reduce_ex__", array_reduce_ex},
    {NULL},
};

static const GetSetDef array_getset[] = {
    {"typecode", get_typecode, NULL}, {"itemsize", get_itemsize, NULL}, {NULL},
};

Type ArrayType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "array.array",
    .size = sizeof(ArrayObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE | TF_SEQUENCE,
    .dealloc = array_dealloc,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .new_ = array_type_new,
    .number = &array_number,
    .mapping = &array_mapping,
    .buffer = &array_buffer_procs,
    .methods = array_methods,
    .getset = array_getset,
};

static Obj *the_module;

Obj *array_module_obj(void) { return the_module; }

static const MethodDef module_functions[] = {
    {"_array_reconstructor", array_reconstructor}, {NULL},
};

Obj *array_module_init(void) {
    array_number.binop[BINOP_ADD] = array_concat;
    array_number.binop[BINOP_MUL] = array_repeat;
    array_number.inplace[BINOP_ADD] = array_inplace_concat;
    array_number.inplace[BINOP_MUL] = array_inplace_repeat;
    if (type_ready(&ArrayType) < 0 || type_ready(&ArrayIterType) < 0) return NULL;
    Obj *m = module_new("array");
    if (m == NULL) return NULL;
    Obj *codes = str_from_cstr(array_typecodes);
    if (codes == NULL || module_add_functions(m, module_functions) < 0 ||
        module_add_obj(m, "array", (Obj *)&ArrayType) < 0 ||
        module_add_obj(m, "ArrayType", (Obj *)&ArrayType) < 0 ||
        module_add_obj(m, "typecodes", codes) < 0) {
        XDECREF(codes);
        DECREF(m);
        return NULL;
    }
    DECREF(codes);
    the_module = m;   /* lives in sys.modules from now on */
    return m;
}
