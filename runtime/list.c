/* list.c: the list type: allocation and growth, the C API of list.h,
 * repr, comparison, + * += *=, `in`, indexing and slice get/set/delete
 * (with steps) and list(iterable).  Methods are in list_methods.c, sort in
 * list_sort.c, the iterators in list_iter.c. */
#include <stdlib.h>
#include <string.h>
#include "list_internal.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "range.h"
#include "args.h"
#include "trashcan.h"

/* ---- allocation and growth -------------------------------------------------------------- */
static Obj *list_alloc(Type *type, size_t cap) {
    ListObj *l = (ListObj *)obj_alloc(type, type->size);
    if (l == NULL) return NULL;
    if (cap > 0) {
        l->items = cap <= SIZE_MAX / sizeof(Obj *) ? calloc(cap, sizeof(Obj *)) : NULL;
        if (l->items == NULL) {
            obj_free((Obj *)l);
            err_no_memory();
            return NULL;
        }
        l->cap = cap;
    }
    return (Obj *)l;
}

Obj *list_new(size_t size) {
    Obj *l = list_alloc(&ListType, size);
    if (l != NULL) as_list(l)->size = size;
    return l;
}

int list_resize(ListObj *l, size_t newsize) {
    if (newsize <= l->cap && newsize >= (l->cap >> 1)) {
        l->size = newsize;
        return 0;
    }
    /* CPython's growth pattern: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76... */
    size_t cap = (newsize + (newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - l->size > cap - newsize) cap = (newsize + 3) & ~(size_t)3;
    if (newsize == 0) cap = 0;
    if (cap > SIZE_MAX / sizeof(Obj *)) {
        err_no_memory();
        return -1;
    }
    Obj **items = cap ? realloc(l->items, cap * sizeof(Obj *)) : NULL;
    if (cap != 0 && items == NULL) {
        err_no_memory();
        return -1;
    }
    if (cap == 0) free(l->items);
    l->items = items;
    l->cap = cap;
    l->size = newsize;
    return 0;
}

static void list_dealloc(Obj *o) {
    if (!trashcan_begin(o)) return;
    ListObj *l = as_list(o);
    for (size_t i = l->size; i-- > 0;) XDECREF(l->items[i]);
    free(l->items);
    obj_free(o);
    trashcan_end();
}

void list_clear_items(ListObj *l) {
    Obj **items = l->items;
    size_t n = l->size;
    l->items = NULL;
    l->size = l->cap = 0;
    for (size_t i = n; i-- > 0;) XDECREF(items[i]);
    free(items);
}

/* ---- the C API ---------------------------------------------------------------------------- */
int list_append(Obj *o, Obj *v) {
    ListObj *l = as_list(o);
    size_t n = l->size;
    if (n < l->cap) {
        l->items[n] = NEWREF(v);
        l->size = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0) return -1;
    l->items[n] = NEWREF(v);
    return 0;
}

Obj *list_from_array(Obj *const *items, size_t n) {
    Obj *l = list_new(n);
    if (l == NULL) return NULL;
    for (size_t i = 0; i < n; i++) as_list(l)->items[i] = NEWREF(items[i]);
    return l;
}

/* Appends the items of a list or tuple (which may be l itself). */
static int extend_from_seq(ListObj *l, Obj *seq) {
    size_t n = seq_size(seq), old = l->size;
    if (n == 0) return 0;
    if (list_resize(l, old + n) < 0) return -1;
    Obj **src = seq_items(seq);   /* after the resize: seq may be l */
    for (size_t i = 0; i < n; i++) l->items[old + i] = NEWREF(src[i]);
    return 0;
}

int list_extend(Obj *o, Obj *iterable) {
    ListObj *l = as_list(o);
    if (seq_fast_ok(iterable)) return extend_from_seq(l, iterable);
    Obj *it = obj_iter(iterable), *x;
    if (it == NULL) return -1;
    unaryfunc next = TYPE(it)->iternext;
    while ((x = next(it)) != NULL) {
        size_t n = l->size;
        if (n < l->cap) {
            l->items[n] = x;
            l->size = n + 1;
        } else if (list_resize(l, n + 1) == 0) {
            l->items[n] = x;
        } else {
            DECREF(x);
            break;
        }
    }
    DECREF(it);
    if (err_occurred()) {
        if (!err_matches(&Exc_StopIteration)) return -1;
        err_clear();
    }
    return 0;
}

Obj *list_from_iterable(Obj *iterable) {
    if (seq_fast_ok(iterable))
        return list_from_array(seq_items(iterable), seq_size(iterable));
    Obj *l = list_new(0);
    if (l != NULL && list_extend(l, iterable) < 0) CLEAR(l);
    return l;
}

Obj *list_as_tuple(Obj *l) {
    return tuple_from_array(as_list(l)->items, as_list(l)->size);
}

Obj *list_seq_fast(Obj *v, const char *msg) {
    if (seq_fast_ok(v)) return NEWREF(v);
    Obj *it = obj_iter(v);
    if (it == NULL) {
        if (err_matches(&Exc_TypeError)) err_set_str(&Exc_TypeError, msg);
        return NULL;
    }
    Obj *l = list_new(0);
    if (l != NULL && list_extend(l, it) < 0) CLEAR(l);
    DECREF(it);
    return l;
}

/* ---- slice replacement ------------------------------------------------------------------- */
int list_replace(ListObj *l, size_t lo, size_t hi, Obj *const *v, size_t n) {
    size_t nold = hi - lo, size = l->size;
    Obj *stack_buf[8], **old = stack_buf;
    if (nold > 8 && (old = malloc(nold * sizeof(Obj *))) == NULL) {
        err_no_memory();
        return -1;
    }
    if (nold) memcpy(old, l->items + lo, nold * sizeof(Obj *));
    if (n < nold) {
        memmove(l->items + lo + n, l->items + hi, (size - hi) * sizeof(Obj *));
        list_resize(l, size - (nold - n));   /* shrinking cannot fail */
    } else if (n > nold) {
        if (list_resize(l, size + (n - nold)) < 0) {
            if (old != stack_buf) free(old);
            return -1;
        }
        memmove(l->items + lo + n, l->items + hi, (size - hi) * sizeof(Obj *));
    }
    for (size_t i = 0; i < n; i++) l->items[lo + i] = NEWREF(v[i]);
    for (size_t i = nold; i-- > 0;) DECREF(old[i]);
    if (old != stack_buf) free(old);
    return 0;
}

/* Resolves a slice against l's length as it is after the slice's
 * __index__ methods ran. */
static int unpack_live(ListObj *l, Obj *slice, intptr_t *start, intptr_t *stop, intptr_t *step,
                       intptr_t *count) {
    if (slice_read(slice, start, stop, step) < 0) return -1;
    *count = slice_adjust((intptr_t)l->size, start, stop, *step);
    return 0;
}

/* del l[start::step] for count > 0 items, step != 1. */
static int delete_extended(ListObj *l, intptr_t start, intptr_t step, intptr_t count) {
    if (step < 0) {   /* the same items walked forwards */
        start += step * (count - 1);
        step = -step;
    }
    Obj **garbage = malloc((size_t)count * sizeof(Obj *));
    if (garbage == NULL) {
        err_no_memory();
        return -1;
    }
    size_t w = (size_t)start, size = l->size;
    intptr_t k = 0;
    for (size_t r = (size_t)start; r < size; r++) {
        if (k < count && r == (size_t)(start + k * step)) garbage[k++] = l->items[r];
        else l->items[w++] = l->items[r];
    }
    list_resize(l, w);
    for (intptr_t i = 0; i < count; i++) DECREF(garbage[i]);
    free(garbage);
    return 0;
}

static int assign_slice(ListObj *l, Obj *slice, Obj *value) {
    intptr_t start, stop, step, count;
    if (slice_read(slice, &start, &stop, &step) < 0) return -1;
    if (value == NULL) {
        count = slice_adjust((intptr_t)l->size, &start, &stop, step);
        if (count <= 0) return 0;
        if (step == 1) return list_replace(l, (size_t)start, (size_t)stop, NULL, 0);
        return delete_extended(l, start, step, count);
    }
    Obj *seq = list_seq_fast(value, step == 1 ? "can only assign an iterable"
                                              : "must assign iterable to extended slice");
    if (seq == NULL) return -1;
    if ((Obj *)l == seq) {   /* l[a:b] = l */
        Obj *copy = list_from_array(l->items, l->size);
        DECREF(seq);
        if ((seq = copy) == NULL) return -1;
    }
    /* resolved only now: the conversion may have run code that changed l */
    count = slice_adjust((intptr_t)l->size, &start, &stop, step);
    int rc = 0;
    size_t n = seq_size(seq);
    if (step == 1) {
        if (stop < start) stop = start;
        rc = list_replace(l, (size_t)start, (size_t)stop, seq_items(seq), n);
    } else if ((size_t)count != n) {
        err_format(&Exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %zd",
                   n, count);
        rc = -1;
    } else if (count > 0) {
        Obj **garbage = malloc((size_t)count * sizeof(Obj *));
        if (garbage == NULL) {
            err_no_memory();
            rc = -1;
        } else {
            Obj **src = seq_items(seq);
            for (intptr_t k = 0, j = start; k < count; k++, j += step) {
                garbage[k] = l->items[j];
                l->items[j] = NEWREF(src[k]);
            }
            for (intptr_t k = 0; k < count; k++) DECREF(garbage[k]);
            free(garbage);
        }
    }
    DECREF(seq);
    return rc;
}

/* ---- container protocol ------------------------------------------------------------------- */
static intptr_t list_len(Obj *o) { return (intptr_t)as_list(o)->size; }

static Obj *list_slice(ListObj *l, Obj *slice) {
    intptr_t start, stop, step, count;
    if (unpack_live(l, slice, &start, &stop, &step, &count) < 0) return NULL;
    if (count <= 0) return list_new(0);
    if (step == 1) return list_from_array(l->items + start, (size_t)count);
    Obj *r = list_new((size_t)count);
    if (r == NULL) return NULL;
    for (intptr_t k = 0, j = start; k < count; k++, j += step)
        as_list(r)->items[k] = NEWREF(l->items[j]);
    return r;
}

static Obj *list_subscript(Obj *o, Obj *key) {
    ListObj *l = as_list(o);
    intptr_t i;
    int rc = seq_item_index(key, &l->size, &i, "list", "list index out of range");
    if (rc < 0) return NULL;
    if (rc == 0) return list_slice(l, key);
    return NEWREF(l->items[i]);
}

static int list_ass_subscript(Obj *o, Obj *key, Obj *value) {
    ListObj *l = as_list(o);
    intptr_t i;
    int rc = seq_item_index(key, &l->size, &i, "list", "list assignment index out of range");
    if (rc < 0) return -1;
    if (rc == 0) return assign_slice(l, key, value);
    if (value == NULL) return list_replace(l, (size_t)i, (size_t)i + 1, NULL, 0);
    Obj *old = l->items[i];
    l->items[i] = NEWREF(value);
    DECREF(old);
    return 0;
}

static const MappingSlots list_mapping = {
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = seq_contains,
};

/* ---- repr and comparison --------------------------------------------------------------- */
static Obj *list_repr(Obj *o) { return seq_repr(o, "[", "]"); }

static Obj *list_richcompare(Obj *a, Obj *b, int op) {
    if (!is_list(a) || !is_list(b)) return NEWREF(NOT_IMPLEMENTED);
    return seq_richcompare(a, b, op);
}

/* ---- operators --------------------------------------------------------------------------- */
static Obj *list_add(Obj *a, Obj *b) {
    if (!is_list(a)) return NEWREF(NOT_IMPLEMENTED);
    if (!is_list(b)) {
        Obj *r = seq_other_binop(a, b, b, BINOP_ADD, list_add);
        if (r != NULL || err_occurred()) return r;
        err_format(&Exc_TypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
        return NULL;
    }
    size_t na = as_list(a)->size, nb = as_list(b)->size;
    Obj *r = list_new(na + nb);
    if (r == NULL) return NULL;
    Obj **d = as_list(r)->items;
    for (size_t i = 0; i < na; i++) d[i] = NEWREF(as_list(a)->items[i]);
    for (size_t i = 0; i < nb; i++) d[na + i] = NEWREF(as_list(b)->items[i]);
    return r;
}

/* Fills d[size..size*n) with n-1 more copies of d[0..size). */
static void fill_repeat(Obj **d, size_t size, size_t n) {
    size_t total = size * n;
    for (size_t i = size; i < total; i++) d[i] = NEWREF(d[i - size]);
}

static bool is_list_pred(const Obj *o) { return is_list(o); }

static Obj *list_mul(Obj *a, Obj *b) {
    Obj *seq, *res = NULL;
    intptr_t n;
    int rc = seq_repeat_args(a, b, is_list_pred, list_mul, &seq, &n, &res);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    if (rc == 2) return res;
    size_t size = as_list(seq)->size;
    if (size == 0 || n == 0) return list_new(0);
    if ((size_t)n > (SIZE_MAX / sizeof(Obj *)) / size) {
        err_no_memory();
        return NULL;
    }
    Obj *r = list_new(size * (size_t)n);
    if (r == NULL) return NULL;
    Obj **d = as_list(r)->items;
    for (size_t i = 0; i < size; i++) d[i] = NEWREF(as_list(seq)->items[i]);
    fill_repeat(d, size, (size_t)n);
    return r;
}

static Obj *list_iadd(Obj *a, Obj *b) {
    if (list_extend(a, b) < 0) return NULL;
    return NEWREF(a);
}

static Obj *list_imul(Obj *a, Obj *b) {
    Obj *seq, *res = NULL;
    intptr_t n;
    int rc = seq_repeat_args(a, b, is_list_pred, list_mul, &seq, &n, &res);
    if (rc <= 0) return rc < 0 ? NULL : NEWREF(NOT_IMPLEMENTED);
    if (rc == 2) return res;
    ListObj *l = as_list(a);
    size_t size = l->size;
    if (n == 0 || size == 0) {
        list_clear_items(l);
        return NEWREF(a);
    }
    if (n > 1) {
        if ((size_t)n > (SIZE_MAX / sizeof(Obj *)) / size) {
            err_no_memory();
            return NULL;
        }
        if (list_resize(l, size * (size_t)n) < 0) return NULL;
        fill_repeat(l->items, size, (size_t)n);
    }
    return NEWREF(a);
}

static const NumberSlots list_number = {
    .binop = { [BINOP_ADD] = list_add, [BINOP_MUL] = list_mul },
    .inplace = { [BINOP_ADD] = list_iadd, [BINOP_MUL] = list_imul },
};

/* ---- construction ------------------------------------------------------------------------- */
static Obj *list_new_type(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    return list_alloc(type, 0);
}

static int list_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (TYPE(self)->new_ == list_new_type && args_no_kwargs("list", kwnames) < 0) return -1;
    if (nargs > 1) {
        err_format(&Exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    ListObj *l = as_list(self);
    if (l->size > 0) list_clear_items(l);
    return nargs ? list_extend(self, args[0]) : 0;
}

Type ListType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "list",
    .size = sizeof(ListObj),
    .flags = TF_BASETYPE | TF_LIST_SUBCLASS,
    .base = &ObjectType,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new_type,
    .init = list_init,
    .number = &list_number,
    .mapping = &list_mapping,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
};
