/* range_iter.c: range_iterator, which counts in C integers when every
 * value is a small int, and longrange_iterator, which counts in ints of
 * any size. */
#include "seq_internal.h"
#include "range.h"
#include "int.h"
#include "args.h"

/* ---- iterators -------------------------------------------------------------------------- */
typedef struct RangeIterObj {
    Obj ob;
    int64_t next, step;
    uint64_t remaining;
} RangeIterObj;

typedef struct LongRangeIterObj {
    Obj ob;
    Obj *next, *step, *remaining;
} LongRangeIterObj;

static Obj *iter_self(Obj *o) { return NEWREF(o); }

static Obj *rangeiter_next(Obj *o) {
    RangeIterObj *it = (RangeIterObj *)o;
    if (it->remaining == 0) return NULL;
    it->remaining--;
    int64_t v = it->next;
    it->next += it->step;
    return small_new((intptr_t)v);
}

static Obj *rangeiter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("range_iterator.__length_hint__", nargs, 0, 0) < 0) return NULL;
    return int_from_u64(((RangeIterObj *)self)->remaining);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint},
    {NULL},
};

Type RangeIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "range_iterator",
    .size = sizeof(RangeIterObj),
    .base = &ObjectType,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

static void longrangeiter_dealloc(Obj *o) {
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    DECREF(it->next);
    DECREF(it->step);
    DECREF(it->remaining);
    obj_free(o);
}

static Obj *longrangeiter_next(Obj *o) {
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    if (int_sign(it->remaining) <= 0) return NULL;
    Obj *rem = int_sub(it->remaining, small_new(1));
    Obj *nxt = rem ? int_add(it->next, it->step) : NULL;
    if (nxt == NULL) {
        XDECREF(rem);
        return NULL;
    }
    SETREF(it->remaining, rem);
    Obj *v = it->next;
    it->next = nxt;
    return v;
}

static Obj *longrangeiter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("longrange_iterator.__length_hint__", nargs, 0, 0) < 0) return NULL;
    return NEWREF(((LongRangeIterObj *)self)->remaining);
}

static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint},
    {NULL},
};

Type LongRangeIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "longrange_iterator",
    .size = sizeof(LongRangeIterObj),
    .base = &ObjectType,
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

Obj *range_make_iter(Obj *first, Obj *step, Obj *length, bool small) {
    if (small && is_small(first) && is_small(step) && is_small(length)) {
        if (!(RangeIterType.flags & TF_READY) && type_ready(&RangeIterType) < 0) return NULL;
        RangeIterObj *it = (RangeIterObj *)obj_alloc(&RangeIterType, sizeof *it);
        if (it == NULL) return NULL;
        it->next = small_value(first);
        it->step = small_value(step);
        it->remaining = (uint64_t)small_value(length);
        return (Obj *)it;
    }
    if (!(LongRangeIterType.flags & TF_READY) && type_ready(&LongRangeIterType) < 0) return NULL;
    LongRangeIterObj *it = (LongRangeIterObj *)obj_alloc(&LongRangeIterType, sizeof *it);
    if (it == NULL) return NULL;
    it->next = NEWREF(first);
    it->step = NEWREF(step);
    it->remaining = NEWREF(length);
    return (Obj *)it;
}
