/* list.h: Python list, a growable array of references. */
#ifndef GILPY_LIST_H
#define GILPY_LIST_H

#include "object.h"

typedef struct ListObj {
    Obj ob;
    size_t size, cap;
    Obj **items;
} ListObj;

extern Type ListType;
extern Type ListIterType, ListRevIterType;   /* list_iterator, list_reverseiterator */
static inline bool is_list(const Obj *o) { return !is_small(o) && type_has(o->type, TF_LIST_SUBCLASS); }
static inline size_t list_size(const Obj *l) { return ((const ListObj *)l)->size; }
static inline Obj *list_get(const Obj *l, size_t i) { return ((const ListObj *)l)->items[i]; }  /* borrowed */

Obj *list_new(size_t size);                 /* size NULL slots to fill with list_set_new */
static inline void list_set_new(Obj *l, size_t i, Obj *v) { ((ListObj *)l)->items[i] = v; }  /* steals */
Obj *list_from_array(Obj *const *items, size_t n);
Obj *list_from_iterable(Obj *iterable);
int list_append(Obj *l, Obj *v);            /* increfs v; -1 on MemoryError */
int list_extend(Obj *l, Obj *iterable);
int list_sort(Obj *l, Obj *key, bool reverse);   /* stable; key may be NULL */
Obj *list_as_tuple(Obj *l);

#endif
