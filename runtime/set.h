/* set.h: Python set and frozenset, hash tables with CPython's probing order
 * (so that a set of ints prints in the same order as CPython's). */
#ifndef GILPY_SET_H
#define GILPY_SET_H

#include "object.h"

extern Type SetType, FrozenSetType;
bool is_anyset(const Obj *o);

Obj *set_new(Obj *iterable_or_NULL);
Obj *frozenset_new(Obj *iterable_or_NULL);
int set_add(Obj *s, Obj *key);          /* -1 on error (unhashable) */
int set_contains(Obj *s, Obj *key);     /* 1, 0, -1 */
int set_discard(Obj *s, Obj *key);      /* 1 removed, 0 absent, -1 error */
intptr_t set_size(Obj *s);
/* Iteration: pos starts at 0; false at the end; borrowed key. */
bool set_next(Obj *s, size_t *pos, Obj **key);

/* The frozenset CPython 3.11's compiler makes for a constant set display
 * {1, 2, 3} (items: a tuple of the constants): built from the items, then
 * rebuilt from its own iteration order, as the constant merging does.  A set
 * display that starts from it (BUILD_SET 0; SET_UPDATE) then iterates in
 * CPython's order. */
Obj *frozenset_from_const_tuple(Obj *items);

/* In-place forms, any iterable as other (the methods' engines); -1 on error. */
int set_update(Obj *s, Obj *other);
int set_difference_update(Obj *s, Obj *other);
int set_symmetric_difference_update(Obj *s, Obj *other);
Obj *set_intersection(Obj *s, Obj *other);  /* new set of s's base type */

#endif
