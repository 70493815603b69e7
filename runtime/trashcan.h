/* trashcan.h: bounds the C recursion of freeing deeply nested containers
 * (CPython's "trashcan").  A container's dealloc starts with
 *     if (!trashcan_begin(o)) return;    -- deferred: freed later, from a shallower depth
 * and ends with trashcan_end().  Instances of heap subclasses are never
 * deferred (their dealloc wrapper runs code after the base dealloc). */
#ifndef GILPY_TRASHCAN_H
#define GILPY_TRASHCAN_H

#include "object.h"

bool trashcan_begin(Obj *o);
void trashcan_end(void);

#endif
