/* tuple.h: Python tuple, an immutable array of references. */
#ifndef GILPY_TUPLE_H
#define GILPY_TUPLE_H

#include "object.h"

typedef struct TupleObj {
    Obj ob;
    intptr_t hash;          /* -1 until computed */
    size_t size;
    Obj *items[];
} TupleObj;

extern Type TupleType;
extern Type TupleIterType;                   /* tuple_iterator */
static inline bool is_tuple(const Obj *o) { return !is_small(o) && type_has(o->type, TF_TUPLE_SUBCLASS); }
static inline size_t tuple_size(const Obj *t) { return ((const TupleObj *)t)->size; }
static inline Obj *tuple_get(const Obj *t, size_t i) { return ((const TupleObj *)t)->items[i]; }  /* borrowed */
/* Fills a freshly made tuple (steals v); only before the tuple is shared. */
static inline void tuple_set(Obj *t, size_t i, Obj *v) { ((TupleObj *)t)->items[i] = v; }

Obj *tuple_new(size_t size);                        /* items NULL, to be filled */
Obj *tuple_from_array(Obj *const *items, size_t n); /* increfs items */
Obj *tuple_pack(size_t n, ...);                     /* increfs items */
Obj *tuple_from_iterable(Obj *iterable);
Obj *tuple_empty(void);                             /* the shared () (new ref) */

#endif
