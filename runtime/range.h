/* range.h: range, slice and their helpers. */
#ifndef GILPY_RANGE_H
#define GILPY_RANGE_H

#include "object.h"

typedef struct SliceObj {
    Obj ob;
    Obj *start, *stop, *step;   /* None when omitted */
} SliceObj;

extern Type RangeType, SliceType;
extern Type RangeIterType, LongRangeIterType;   /* range_iterator, longrange_iterator */
static inline bool is_slice(const Obj *o) { return !is_small(o) && o->type == &SliceType; }

Obj *slice_new(Obj *start, Obj *stop, Obj *step);   /* increfs; NULL args mean None */
/* Resolves a slice against a sequence length into start/stop/step and the
 * number of items, as CPython's slice.indices(); -1 with error set. */
int slice_unpack(Obj *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                 intptr_t *step, intptr_t *count);
Obj *range_new(Obj *start, Obj *stop, Obj *step);

#endif
