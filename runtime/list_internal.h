/* list_internal.h: what list.c, list_methods.c and list_sort.c share. */
#ifndef GILPY_LIST_INTERNAL_H
#define GILPY_LIST_INTERNAL_H

#include "seq_internal.h"

static inline ListObj *as_list(Obj *o) { return (ListObj *)o; }

/* Sets the size to newsize, growing (with CPython's over-allocation) or
 * shrinking the buffer; items past the old size are left unset.  -1 with
 * MemoryError. */
int list_resize(ListObj *l, size_t newsize);
/* Replaces l[lo:hi] (lo <= hi <= size) by v[0..n) (v not inside l). */
int list_replace(ListObj *l, size_t lo, size_t hi, Obj *const *v, size_t n);
/* Removes every item, releasing them after the list is empty. */
void list_clear_items(ListObj *l);
/* A list or tuple holding the items of v (new reference); a TypeError from
 * iter(v) becomes TypeError(msg). */
Obj *list_seq_fast(Obj *v, const char *msg);
/* The list_iterator and list_reverseiterator over l (list_iter.c). */
Obj *list_iter(Obj *l);
Obj *list_reversed_iter(Obj *l);

extern const MethodDef list_methods[];

#endif
