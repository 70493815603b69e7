/* range.c: the range type: construction from ints of any size, len,
 * indexing and slicing (a slice of a range is a range), `in`, count and
 * index with a fast path for ints, equality and hash as CPython's, repr,
 * and iter()/reversed() (the iterators are in range_iter.c). */
#include "seq_internal.h"
#include "range.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "args.h"

typedef struct RangeObj {
    Obj ob;
    Obj *start, *stop, *step, *length;   /* ints; step != 0 */
    bool small;                          /* start, stop, step are tagged ints */
} RangeObj;

static inline RangeObj *as_range(Obj *o) { return (RangeObj *)o; }

/* ---- arithmetic helpers ---------------------------------------------------------------- */
static Obj *negate(Obj *v) { return int_sub(small_new(0), v); }

/* The number of items of range(start, stop, step), as CPython's. */
static Obj *compute_length(Obj *start, Obj *stop, Obj *step) {
    if (is_small(start) && is_small(stop) && is_small(step)) {
        int64_t lo = small_value(start), hi = small_value(stop), st = small_value(step);
        if (st < 0) {
            int64_t t = lo;
            lo = hi;
            hi = t;
            st = -st;
        }
        if (lo >= hi) return small_new(0);
        return int_from_u64((uint64_t)(hi - lo - 1) / (uint64_t)st + 1);
    }
    Obj *lo = start, *hi = stop, *st = step, *neg = NULL;
    if (int_sign(step) < 0) {
        lo = stop;
        hi = start;
        st = neg = negate(step);
        if (neg == NULL) return NULL;
    }
    Obj *r;
    if (int_compare(lo, hi) >= 0) {
        r = small_new(0);
    } else {
        Obj *diff = int_sub(hi, lo);
        Obj *d1 = diff ? int_sub(diff, small_new(1)) : NULL;
        Obj *q = d1 ? int_floordiv(d1, st) : NULL;
        r = q ? int_add(q, small_new(1)) : NULL;
        XDECREF(diff);
        XDECREF(d1);
        XDECREF(q);
    }
    XDECREF(neg);
    return r;
}

/* start + i * step */
static Obj *compute_item(RangeObj *r, Obj *i) {
    int64_t p64, v64;
    if (r->small && is_small(i) &&
        !__builtin_mul_overflow((int64_t)small_value(i), (int64_t)small_value(r->step), &p64) &&
        !__builtin_add_overflow(p64, (int64_t)small_value(r->start), &v64))
        return int_from_i64(v64);
    Obj *p = int_mul(i, r->step);
    if (p == NULL) return NULL;
    Obj *v = int_add(r->start, p);
    DECREF(p);
    return v;
}

/* ---- construction ------------------------------------------------------------------------ */
/* Steals the three ints. */
static Obj *range_make(Obj *start, Obj *stop, Obj *step) {
    Obj *length = compute_length(start, stop, step);
    RangeObj *r = length ? (RangeObj *)obj_alloc(&RangeType, sizeof *r) : NULL;
    if (r == NULL) {
        XDECREF(length);
        DECREF(start);
        DECREF(stop);
        DECREF(step);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    r->small = is_small(start) && is_small(stop) && is_small(step);
    return (Obj *)r;
}

Obj *range_new(Obj *start, Obj *stop, Obj *step) {
    Obj *a = start ? seq_index_exact(start) : small_new(0);
    Obj *b = a ? seq_index_exact(stop) : NULL;
    Obj *c = b ? (step ? seq_index_exact(step) : small_new(1)) : NULL;
    if (c == NULL) {
        XDECREF(a);
        XDECREF(b);
        return NULL;
    }
    if (int_sign(c) == 0) {
        err_set_str(&Exc_ValueError, "range() arg 3 must not be zero");
        DECREF(a);
        DECREF(b);
        DECREF(c);
        return NULL;
    }
    return range_make(a, b, c);
}

static Obj *range_new_type(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("range", kwnames) < 0 || args_count("range", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return range_new(NULL, args[0], NULL);
    return range_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void range_dealloc(Obj *o) {
    RangeObj *r = as_range(o);
    DECREF(r->start);
    DECREF(r->stop);
    DECREF(r->step);
    DECREF(r->length);
    obj_free(o);
}

/* ---- repr, hash, equality -------------------------------------------------------------- */
static Obj *range_repr(Obj *o) {
    RangeObj *r = as_range(o);
    if (r->step == small_new(1)) return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* hash((len, start, step)), with None for what does not matter. */
static intptr_t range_hash(Obj *o) {
    RangeObj *r = as_range(o);
    Obj *items[3] = { r->length, NONE, NONE };
    if (int_sign(r->length) != 0) {
        items[1] = r->start;
        if (r->length != small_new(1)) items[2] = r->step;
    }
    return seq_hash_items(items, 3);
}

static bool range_equal(RangeObj *a, RangeObj *b) {
    if (a == b) return true;
    if (int_compare(a->length, b->length) != 0) return false;
    if (int_sign(a->length) == 0) return true;
    if (int_compare(a->start, b->start) != 0) return false;
    if (a->length == small_new(1)) return true;
    return int_compare(a->step, b->step) == 0;
}

static Obj *range_richcompare(Obj *a, Obj *b, int op) {
    if (!IS_TYPE(a, RangeType) || !IS_TYPE(b, RangeType) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(NOT_IMPLEMENTED);
    return NEWREF(bool_from(range_equal(as_range(a), as_range(b)) == (op == CMP_EQ)));
}

static int range_bool(Obj *o) { return int_sign(as_range(o)->length) != 0; }

static const NumberSlots range_number = { .bool_ = range_bool };

/* ---- container protocol ------------------------------------------------------------------- */
static intptr_t range_len(Obj *o) {
    Obj *n = as_range(o)->length;
    return is_small(n) ? small_value(n) : int_as_ssize(n);
}

static Obj *range_slice(RangeObj *r, Obj *slice) {
    Obj *start, *stop, *step;
    if (slice_indices_obj(slice, r->length, &start, &stop, &step) < 0) return NULL;
    Obj *a = compute_item(r, start);
    Obj *b = a ? compute_item(r, stop) : NULL;
    Obj *c = b ? int_mul(step, r->step) : NULL;
    DECREF(start);
    DECREF(stop);
    DECREF(step);
    if (c == NULL) {
        XDECREF(a);
        XDECREF(b);
        return NULL;
    }
    return range_make(a, b, c);
}

static Obj *range_subscript(Obj *o, Obj *key) {
    RangeObj *r = as_range(o);
    if (is_small(key) && is_small(r->length)) {
        intptr_t i = small_value(key), n = small_value(r->length);
        if (i < 0) i += n;
        if (i >= 0 && i < n) return compute_item(r, small_new(i));
        err_set_str(&Exc_IndexError, "range object index out of range");
        return NULL;
    }
    if (is_slice(key)) return range_slice(r, key);
    if (!seq_has_index(key)) {
        err_format(&Exc_TypeError, "range indices must be integers or slices, not %s", type_name(key));
        return NULL;
    }
    Obj *i = seq_index_exact(key);
    if (i == NULL) return NULL;
    if (int_sign(i) < 0) {
        SETREF(i, int_add(i, r->length));
        if (i == NULL) return NULL;
    }
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
        DECREF(i);
        err_set_str(&Exc_IndexError, "range object index out of range");
        return NULL;
    }
    Obj *v = compute_item(r, i);
    DECREF(i);
    return v;
}

/* x in r for an int x, without iterating. */
static bool int_in_range(RangeObj *r, Obj *x) {
    if (r->small && is_small(x)) {
        int64_t v = small_value(x), lo = small_value(r->start), hi = small_value(r->stop);
        int64_t st = small_value(r->step);
        if (st > 0 ? (v < lo || v >= hi) : (v > lo || v <= hi)) return false;
        return (v - lo) % st == 0;
    }
    bool pos = int_sign(r->step) > 0;
    int c1 = int_compare(x, r->start), c2 = int_compare(x, r->stop);
    if (pos ? (c1 < 0 || c2 >= 0) : (c1 > 0 || c2 <= 0)) return false;
    Obj *d = int_sub(x, r->start);
    Obj *m = d ? int_mod(d, r->step) : NULL;
    XDECREF(d);
    if (m == NULL) {   /* cannot fail for ints but MemoryError */
        err_clear();
        return false;
    }
    bool in = int_sign(m) == 0;
    DECREF(m);
    return in;
}

static inline bool exact_int_like(Obj *x) {
    return is_exact_int(x) || x == TRUE_ || x == FALSE_;
}

/* Linear search by iteration, as CPython's _PySequence_IterSearch:
 * returns the count, or the index of the first match (-2 if none). */
enum { SEARCH_COUNT, SEARCH_INDEX, SEARCH_CONTAINS };
static intptr_t iter_search(Obj *seq, Obj *x, int what) {
    Obj *it = obj_iter(seq), *item;
    if (it == NULL) return -1;
    intptr_t count = 0, i = 0;
    while ((item = obj_next(it)) != NULL) {
        int k = obj_richcompare_bool(item, x, CMP_EQ);
        DECREF(item);
        if (k < 0) {
            DECREF(it);
            return -1;
        }
        if (k > 0) {
            if (what != SEARCH_COUNT) {
                DECREF(it);
                return what == SEARCH_INDEX ? i : 1;
            }
            count++;
        }
        i++;
    }
    DECREF(it);
    if (err_occurred()) return -1;
    return what == SEARCH_COUNT ? count : what == SEARCH_INDEX ? -2 : 0;
}

static int range_contains(Obj *o, Obj *x) {
    if (exact_int_like(x)) return int_in_range(as_range(o), x);
    return (int)iter_search(o, x, SEARCH_CONTAINS);
}

static const MappingSlots range_mapping = {
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
};

/* ---- methods ---------------------------------------------------------------------------- */
static Obj *range_m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("range.count", kwnames) < 0 || args_count("range.count", nargs, 1, 1) < 0)
        return NULL;
    if (exact_int_like(args[0])) return small_new(int_in_range(as_range(self), args[0]));
    intptr_t n = iter_search(self, args[0], SEARCH_COUNT);
    return n < 0 ? NULL : small_new(n);
}

static Obj *range_m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("range.index", kwnames) < 0 || args_count("range.index", nargs, 1, 1) < 0)
        return NULL;
    RangeObj *r = as_range(self);
    Obj *x = args[0];
    if (exact_int_like(x)) {
        if (!int_in_range(r, x)) {
            err_format(&Exc_ValueError, "%R is not in range", x);
            return NULL;
        }
        Obj *d = int_sub(x, r->start);
        Obj *q = d ? int_floordiv(d, r->step) : NULL;
        XDECREF(d);
        return q;
    }
    intptr_t i = iter_search(self, x, SEARCH_INDEX);
    if (i == -2) err_set_str(&Exc_ValueError, "sequence.index(x): x not in sequence");
    return i < 0 ? NULL : small_new(i);
}

static Obj *range_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

static const MethodDef range_methods[] = {
    {"count", range_m_count},
    {"index", range_m_index},
    {"__reversed__", range_reversed},
    {NULL},
};

static Obj *range_get_start(Obj *o) { return NEWREF(as_range(o)->start); }
static Obj *range_get_stop(Obj *o) { return NEWREF(as_range(o)->stop); }
static Obj *range_get_step(Obj *o) { return NEWREF(as_range(o)->step); }

static const GetSetDef range_getset[] = {
    {"start", range_get_start, getset_readonly},
    {"stop", range_get_stop, getset_readonly},
    {"step", range_get_step, getset_readonly},
    {NULL},
};

/* ---- iteration ---------------------------------------------------------------------------- */
static Obj *range_iter(Obj *o) {
    RangeObj *r = as_range(o);
    return range_make_iter(r->start, r->step, r->length, r->small);
}

static Obj *range_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("range.__reversed__", kwnames) < 0 ||
        args_count("range.__reversed__", nargs, 0, 0) < 0) return NULL;
    RangeObj *r = as_range(self);
    if (int_sign(r->length) == 0) return range_make_iter(small_new(0), small_new(1), small_new(0), true);
    Obj *lastidx = int_sub(r->length, small_new(1));
    Obj *last = lastidx ? compute_item(r, lastidx) : NULL;
    Obj *step = last ? negate(r->step) : NULL;
    Obj *it = step ? range_make_iter(last, step, r->length, r->small) : NULL;
    XDECREF(lastidx);
    XDECREF(last);
    XDECREF(step);
    return it;
}

Type RangeType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "range",
    .size = sizeof(RangeObj),
    .base = &ObjectType,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new_type,
    .number = &range_number,
    .mapping = &range_mapping,
    .methods = range_methods,
    .getset = range_getset,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
};
