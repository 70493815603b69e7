/* slice.c: the slice type (slice(stop), slice(start, stop[, step])), its
 * repr, comparison (as tuples; unhashable as in 3.11) and indices(), and
 * slice_unpack(), which sequences use to resolve a slice against a length. */
#include "seq_internal.h"
#include "range.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "args.h"

Obj *slice_new(Obj *start, Obj *stop, Obj *step) {
    SliceObj *s = (SliceObj *)obj_alloc(&SliceType, sizeof *s);
    if (s == NULL) return NULL;
    s->start = NEWREF(start ? start : NONE);
    s->stop = NEWREF(stop ? stop : NONE);
    s->step = NEWREF(step ? step : NONE);
    return (Obj *)s;
}

static void slice_dealloc(Obj *o) {
    SliceObj *s = (SliceObj *)o;
    DECREF(s->start);
    DECREF(s->stop);
    DECREF(s->step);
    obj_free(o);
}

/* ---- resolving against a length ------------------------------------------------------ */
static const char bad_index_msg[] =
    "slice indices must be integers or None or have an __index__ method";

/* A start/stop/step value as intptr_t, big ints clamped (as CPython's
 * _PyEval_SliceIndex). */
static int clamped_index(Obj *v, intptr_t *out) {
    if (is_small(v)) {
        *out = small_value(v);
        return 0;
    }
    if (!seq_has_index(v)) {
        err_set_str(&Exc_TypeError, bad_index_msg);
        return -1;
    }
    Obj *idx = obj_index(v);
    if (idx == NULL) return -1;
    int overflow = 0;
    int64_t x = int_as_i64(idx, &overflow);
    if (overflow) x = int_sign(idx) < 0 ? INT64_MIN : INT64_MAX;
    DECREF(idx);
    *out = (intptr_t)x;
    return 0;
}

static intptr_t adjust(intptr_t i, intptr_t length, intptr_t step) {
    if (i < 0) {
        i += length;
        if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= length) {
        i = step < 0 ? length - 1 : length;
    }
    return i;
}

int slice_read(Obj *slice, intptr_t *start, intptr_t *stop, intptr_t *step) {
    SliceObj *s = (SliceObj *)slice;
    if (s->step == NONE) {
        *step = 1;
    } else {
        if (clamped_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            err_set_str(&Exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
    }
    if (s->start == NONE) *start = *step < 0 ? INTPTR_MAX : 0;
    else if (clamped_index(s->start, start) < 0) return -1;
    if (s->stop == NONE) *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (clamped_index(s->stop, stop) < 0) return -1;
    return 0;
}

intptr_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step) {
    *start = adjust(*start, length, step);
    *stop = adjust(*stop, length, step);
    if (step < 0) return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

int slice_unpack(Obj *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                 intptr_t *step, intptr_t *count) {
    if (slice_read(slice, start, stop, step) < 0) return -1;
    *count = slice_adjust(length, start, stop, *step);
    return 0;
}

/* ---- the same in ints of any size ----------------------------------------------------- */
static Obj *index_or_raise(Obj *v) {
    if (!seq_has_index(v)) {
        err_set_str(&Exc_TypeError, bad_index_msg);
        return NULL;
    }
    return seq_index_exact(v);
}

/* One bound: None gives `dflt`; else v+length when negative, clamped to [lower, upper]. */
static Obj *bound_obj(Obj *v, Obj *length, Obj *lower, Obj *upper, Obj *dflt) {
    if (v == NONE) return NEWREF(dflt);
    Obj *i = index_or_raise(v);
    if (i == NULL) return NULL;
    if (int_sign(i) < 0) {
        SETREF(i, int_add(i, length));
        if (i == NULL) return NULL;
        if (int_compare(i, lower) < 0) SETREF(i, NEWREF(lower));
    } else if (int_compare(i, upper) > 0) {
        SETREF(i, NEWREF(upper));
    }
    return i;
}

int slice_indices_obj(Obj *slice, Obj *length, Obj **start, Obj **stop, Obj **step) {
    SliceObj *s = (SliceObj *)slice;
    *start = *stop = NULL;
    *step = s->step == NONE ? small_new(1) : index_or_raise(s->step);
    if (*step == NULL) return -1;
    if (int_sign(*step) == 0) {
        err_set_str(&Exc_ValueError, "slice step cannot be zero");
        CLEAR(*step);
        return -1;
    }
    bool neg = int_sign(*step) < 0;
    Obj *lower = neg ? small_new(-1) : small_new(0);
    Obj *upper = neg ? int_add(length, small_new(-1)) : NEWREF(length);
    if (upper == NULL) {
        CLEAR(*step);
        return -1;
    }
    *start = bound_obj(s->start, length, lower, upper, neg ? upper : lower);
    if (*start != NULL) *stop = bound_obj(s->stop, length, lower, upper, neg ? lower : upper);
    DECREF(upper);
    if (*stop == NULL) {
        CLEAR(*start);
        CLEAR(*step);
        return -1;
    }
    return 0;
}

static Obj *slice_m_indices(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("slice.indices", kwnames) < 0 ||
        args_count("slice.indices", nargs, 1, 1) < 0) return NULL;
    Obj *length = seq_index_exact(args[0]);
    if (length == NULL) return NULL;
    if (int_sign(length) < 0) {
        DECREF(length);
        err_set_str(&Exc_ValueError, "length should not be negative");
        return NULL;
    }
    Obj *start, *stop, *step;
    int rc = slice_indices_obj(self, length, &start, &stop, &step);
    DECREF(length);
    if (rc < 0) return NULL;
    Obj *t = tuple_pack(3, start, stop, step);
    DECREF(start);
    DECREF(stop);
    DECREF(step);
    return t;
}

/* ---- repr and comparison ----------------------------------------------------------------- */
static Obj *slice_repr(Obj *o) {
    SliceObj *s = (SliceObj *)o;
    return str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Obj *slice_richcompare(Obj *a, Obj *b, int op) {
    if (!is_slice(a) || !is_slice(b)) return NEWREF(NOT_IMPLEMENTED);
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return NEWREF(bool_from(op == CMP_EQ));
    SliceObj *x = (SliceObj *)a, *y = (SliceObj *)b;
    Obj *ta = tuple_pack(3, x->start, x->stop, x->step);
    Obj *tb = ta ? tuple_pack(3, y->start, y->stop, y->step) : NULL;
    Obj *r = tb ? seq_richcompare(ta, tb, op) : NULL;
    XDECREF(ta);
    XDECREF(tb);
    return r;
}

/* ---- attributes and construction --------------------------------------------------------- */
static Obj *slice_start(Obj *o) { return NEWREF(((SliceObj *)o)->start); }
static Obj *slice_stop(Obj *o) { return NEWREF(((SliceObj *)o)->stop); }
static Obj *slice_step(Obj *o) { return NEWREF(((SliceObj *)o)->step); }

static const GetSetDef slice_getset[] = {
    {"start", slice_start, getset_readonly},
    {"stop", slice_stop, getset_readonly},
    {"step", slice_step, getset_readonly},
    {NULL},
};

static const MethodDef slice_methods[] = {
    {"indices", slice_m_indices},
    {NULL},
};

static Obj *slice_new_type(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("slice", kwnames) < 0 || args_count("slice", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

Type SliceType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "slice",
    .size = sizeof(SliceObj),
    .base = &ObjectType,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_new_type,
    .methods = slice_methods,
    .getset = slice_getset,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
};
