/* tuple.c: the tuple type: allocation (with the shared empty tuple), repr,
 * hash, comparison, + * and `in`, indexing and slicing, count/index, the
 * tuple iterator and tuple(iterable). */
#include <stdarg.h>
#include <string.h>
#include "seq_internal.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "range.h"
#include "args.h"
#include "trashcan.h"
#include "generic_alias.h"

/* ---- allocation ----------------------------------------------------------------------- */
static TupleObj empty_tuple = { STATIC_HEAD(&TupleType), -1, 0 };

Obj *tuple_empty(void) { return NEWREF((Obj *)&empty_tuple); }

static Obj *tuple_alloc(Type *type, size_t size) {
    if (size > (SIZE_MAX - type->size) / sizeof(Obj *)) {
        err_no_memory();
        return NULL;
    }
    TupleObj *t = (TupleObj *)obj_alloc(type, type->size + size * sizeof(Obj *));
    if (t == NULL) return NULL;
    t->hash = -1;
    t->size = size;
    return (Obj *)t;
}

Obj *tuple_new(size_t size) {
    if (size == 0) return tuple_empty();
    return tuple_alloc(&TupleType, size);
}

Obj *tuple_from_array(Obj *const *items, size_t n) {
    Obj *t = tuple_new(n);
    if (t == NULL) return NULL;
    Obj **dst = ((TupleObj *)t)->items;
    for (size_t i = 0; i < n; i++) dst[i] = NEWREF(items[i]);
    return t;
}

Obj *tuple_pack(size_t n, ...) {
    Obj *t = tuple_new(n);
    if (t == NULL) return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) tuple_set(t, i, NEWREF(va_arg(ap, Obj *)));
    va_end(ap);
    return t;
}

Obj *tuple_from_iterable(Obj *iterable) {
    if (IS_TYPE(iterable, TupleType)) return NEWREF(iterable);
    if (seq_fast_ok(iterable))
        return tuple_from_array(seq_items(iterable), seq_size(iterable));
    Obj *l = list_from_iterable(iterable);
    if (l == NULL) return NULL;
    Obj *t = list_as_tuple(l);
    DECREF(l);
    return t;
}

static void tuple_dealloc(Obj *o) {
    if (!trashcan_begin(o)) return;
    TupleObj *t = (TupleObj *)o;
    for (size_t i = t->size; i-- > 0;) XDECREF(t->items[i]);
    obj_free(o);
    trashcan_end();
}

/* ---- repr, hash, comparison ---------------------------------------------------------- */
static Obj *tuple_repr(Obj *o) { return seq_repr(o, "(", ")"); }

static intptr_t tuple_hash(Obj *o) {
    TupleObj *t = (TupleObj *)o;
    if (t->hash == -1) t->hash = seq_hash_items(t->items, t->size);
    return t->hash;
}

static Obj *tuple_richcompare(Obj *a, Obj *b, int op) {
    if (!is_tuple(a) || !is_tuple(b)) return NEWREF(NOT_IMPLEMENTED);
    return seq_richcompare(a, b, op);
}

/* ---- operators --------------------------------------------------------------------------- */
static Obj *tuple_concat(Obj *a, Obj *b) {
    size_t na = tuple_size(a), nb = tuple_size(b);
    if (nb == 0 && IS_TYPE(a, TupleType)) return NEWREF(a);
    if (na == 0 && IS_TYPE(b, TupleType)) return NEWREF(b);
    Obj *r = tuple_new(na + nb);
    if (r == NULL) return NULL;
    Obj **d = ((TupleObj *)r)->items;
    for (size_t i = 0; i < na; i++) d[i] = NEWREF(tuple_get(a, i));
    for (size_t i = 0; i < nb; i++) d[na + i] = NEWREF(tuple_get(b, i));
    return r;
}

static Obj *tuple_add(Obj *a, Obj *b) {
    if (!is_tuple(a)) return NEWREF(NOT_IMPLEMENTED);
    if (is_tuple(b)) return tuple_concat(a, b);
    Obj *r = seq_other_binop(a, b, b, BINOP_ADD, tuple_add);
    if (r != NULL || err_occurred()) return r;
    err_format(&Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
    return NULL;
}

static bool is_tuple_pred(const Obj *o) { return is_tuple(o); }

static Obj *tuple_mul(Obj *a, Obj *b) {
    Obj *seq, *res = NULL;
    intptr_t n;
    int rc = seq_repeat_args(a, b, is_tuple_pred, tuple_mul, &seq, &n, &res);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    if (rc == 2) return res;
    size_t size = tuple_size(seq);
    if (size == 0 || n == 0) return tuple_empty();
    if (n == 1 && IS_TYPE(seq, TupleType)) return NEWREF(seq);
    if ((size_t)n > (SIZE_MAX / sizeof(Obj *)) / size) {
        err_no_memory();
        return NULL;
    }
    Obj *r = tuple_new(size * (size_t)n);
    if (r == NULL) return NULL;
    Obj **d = ((TupleObj *)r)->items, **s = ((TupleObj *)seq)->items;
    for (intptr_t k = 0; k < n; k++, d += size)
        for (size_t i = 0; i < size; i++) d[i] = NEWREF(s[i]);
    return r;
}

static const NumberSlots tuple_number = {
    .binop = { [BINOP_ADD] = tuple_add, [BINOP_MUL] = tuple_mul },
};

/* ---- container protocol --------------------------------------------------------------- */
static intptr_t tuple_len(Obj *o) { return (intptr_t)tuple_size(o); }

static Obj *tuple_slice(Obj *t, Obj *slice) {
    intptr_t start, stop, step, count;
    if (slice_unpack(slice, (intptr_t)tuple_size(t), &start, &stop, &step, &count) < 0) return NULL;
    if (count <= 0) return tuple_empty();
    if (step == 1 && (size_t)count == tuple_size(t) && IS_TYPE(t, TupleType)) return NEWREF(t);
    Obj *r = tuple_new((size_t)count);
    if (r == NULL) return NULL;
    for (intptr_t k = 0, j = start; k < count; k++, j += step)
        tuple_set(r, (size_t)k, NEWREF(tuple_get(t, (size_t)j)));
    return r;
}

static Obj *tuple_subscript(Obj *t, Obj *key) {
    intptr_t i;
    int rc = seq_item_index(key, &((TupleObj *)t)->size, &i, "tuple", "tuple index out of range");
    if (rc < 0) return NULL;
    if (rc == 0) return tuple_slice(t, key);
    return NEWREF(tuple_get(t, (size_t)i));
}

static const MappingSlots tuple_mapping = {
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = seq_contains,
};

/* ---- methods ------------------------------------------------------------------------------ */
static Obj *tuple_m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("tuple.count", kwnames) < 0 || args_count("tuple.count", nargs, 1, 1) < 0)
        return NULL;
    return seq_count(self, args[0]);
}

static Obj *tuple_m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("index", kwnames) < 0 || args_count("index", nargs, 1, 3) < 0) return NULL;
    size_t n = tuple_size(self), start = 0, stop = n;
    if (nargs > 1 && seq_bound_arg(args[1], n, &start) < 0) return NULL;
    if (nargs > 2 && seq_bound_arg(args[2], n, &stop) < 0) return NULL;
    for (size_t i = start; i < stop && i < tuple_size(self); i++) {
        Obj *item = tuple_get(self, i);
        int k = item == args[0] ? 1 : obj_richcompare_bool(item, args[0], CMP_EQ);
        if (k < 0) return NULL;
        if (k > 0) return small_new((intptr_t)i);
    }
    err_set_str(&Exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static Obj *tuple_m_getnewargs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("tuple.__getnewargs__", kwnames) < 0 ||
        args_count("tuple.__getnewargs__", nargs, 0, 0) < 0) return NULL;
    Obj *t = tuple_from_array(((TupleObj *)self)->items, tuple_size(self));
    if (t == NULL) return NULL;
    Obj *r = tuple_pack(1, t);
    DECREF(t);
    return r;
}

static const MethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_m_getnewargs},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {"count", tuple_m_count},
    {"index", tuple_m_index},
    {NULL},
};

/* ---- iteration --------------------------------------------------------------------------- */
typedef struct TupleIterObj {
    Obj ob;
    Obj *seq;               /* NULL once exhausted */
    size_t index;
} TupleIterObj;

static void tupleiter_dealloc(Obj *o) {
    XDECREF(((TupleIterObj *)o)->seq);
    obj_free(o);
}

static Obj *tupleiter_next(Obj *o) {
    TupleIterObj *it = (TupleIterObj *)o;
    if (it->seq == NULL) return NULL;
    if (it->index < tuple_size(it->seq)) return NEWREF(tuple_get(it->seq, it->index++));
    CLEAR(it->seq);
    return NULL;
}

static Obj *tupleiter_self(Obj *o) { return NEWREF(o); }

static Obj *tupleiter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    TupleIterObj *it = (TupleIterObj *)self;
    if (args_no_kwargs("tuple_iterator.__length_hint__", kwnames) < 0 ||
        args_count("tuple_iterator.__length_hint__", nargs, 0, 0) < 0) return NULL;
    return small_new(it->seq ? (intptr_t)(tuple_size(it->seq) - it->index) : 0);
}

static Obj *tupleiter_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    TupleIterObj *it = (TupleIterObj *)self;
    if (args_no_kwargs("tuple_iterator.__reduce__", kwnames) < 0 ||
        args_count("tuple_iterator.__reduce__", nargs, 0, 0) < 0) return NULL;
    Obj *empty = it->seq ? NULL : tuple_new(0);
    if (it->seq == NULL && empty == NULL) return NULL;
    Obj *r = seq_iter_reduce("iter", it->seq, empty, (intptr_t)it->index);
    XDECREF(empty);
    return r;
}

static Obj *tupleiter_setstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    TupleIterObj *it = (TupleIterObj *)self;
    if (args_no_kwargs("tuple_iterator.__setstate__", kwnames) < 0 ||
        args_count("tuple_iterator.__setstate__", nargs, 1, 1) < 0) return NULL;
    intptr_t index;
    if (seq_iter_setstate(args[0], 0, INTPTR_MAX, &index) < 0) return NULL;
    if (it->seq != NULL)
        it->index = (size_t)index > tuple_size(it->seq) ? tuple_size(it->seq) : (size_t)index;
    return NEWREF(NONE);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint},
    {"__reduce__", tupleiter_reduce},
    {"__setstate__", tupleiter_setstate},
    {NULL},
};

Type TupleIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "tuple_iterator",
    .size = sizeof(TupleIterObj),
    .base = &ObjectType,
    .dealloc = tupleiter_dealloc,
    .iter = tupleiter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

static Obj *tuple_iter(Obj *t) {
    if (!(TupleIterType.flags & TF_READY) && type_ready(&TupleIterType) < 0) return NULL;
    TupleIterObj *it = (TupleIterObj *)obj_alloc(&TupleIterType, sizeof *it);
    if (it == NULL) return NULL;
    it->seq = NEWREF(t);
    it->index = 0;
    return (Obj *)it;
}

/* ---- construction ----------------------------------------------------------------------- */
static Obj *tuple_new_type(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (type == &TupleType && args_no_kwargs("tuple", kwnames) < 0) return NULL;
    if (nargs > 1) {
        err_format(&Exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    Obj *t = nargs ? tuple_from_iterable(args[0]) : tuple_empty();
    if (t == NULL || type == &TupleType) return t;
    size_t n = tuple_size(t);
    Obj *sub = tuple_alloc(type, n);
    if (sub != NULL)
        for (size_t i = 0; i < n; i++) tuple_set(sub, i, NEWREF(tuple_get(t, i)));
    DECREF(t);
    return sub;
}

Type TupleType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "tuple",
    .size = sizeof(TupleObj),
    .flags = TF_BASETYPE | TF_TUPLE_SUBCLASS,
    .base = &ObjectType,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new_type,
    .number = &tuple_number,
    .mapping = &tuple_mapping,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
};
