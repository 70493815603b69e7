/* set_internal.h: the layout of set and frozenset objects and the table
 * operations the set files share.  The table follows CPython 3.11's
 * setobject.c: open addressing, LINEAR_PROBES consecutive slots then a
 * perturbed jump, deleted slots marked by a dummy key with hash -1, an
 * inline table of 8 slots for small sets. */
#ifndef GILPY_SET_INTERNAL_H
#define GILPY_SET_INTERNAL_H

#include "set.h"

enum { SET_MINSIZE = 8 };

typedef struct SetEntry {
    Obj *key;               /* NULL: never used; SET_DUMMY: deleted */
    intptr_t hash;          /* -1 for a deleted slot */
} SetEntry;

typedef struct SetObj {
    Obj ob;
    intptr_t fill;          /* active + dummy slots */
    intptr_t used;          /* active slots */
    intptr_t mask;          /* table size - 1 */
    SetEntry *table;        /* smalltable or malloc'd */
    intptr_t hash;          /* frozenset: cached hash, -1 until computed */
    size_t finger;          /* where pop() searches next */
    SetEntry smalltable[SET_MINSIZE];
} SetObj;

extern Obj set_dummy;
#define SET_DUMMY (&set_dummy)

static inline bool is_frozenset_exact(const Obj *o) { return !is_small(o) && o->type == &FrozenSetType; }
static inline bool is_set_exact(const Obj *o) { return !is_small(o) && o->type == &SetType; }
/* set or a subclass of set (mutable) */
bool is_mutable_set(const Obj *o);

int set_add_entry(SetObj *so, Obj *key, intptr_t hash);
int set_contains_entry(SetObj *so, Obj *key, intptr_t hash);   /* 1, 0, -1 */
int set_discard_entry(SetObj *so, Obj *key, intptr_t hash);    /* 1, 0, -1 */
int set_add_key(SetObj *so, Obj *key);
int set_contains_key(SetObj *so, Obj *key);
int set_discard_key(SetObj *so, Obj *key);
int set_table_resize(SetObj *so, intptr_t minused);
void set_clear_internal(SetObj *so);
/* The next active entry from *pos (a table index). */
bool set_next_entry(SetObj *so, size_t *pos, SetEntry **entry);
/* A new set of exactly `type` filled from iterable (may be NULL). */
Obj *set_make(Type *type, Obj *iterable);
/* Same, with a subclass replaced by set or frozenset. */
Obj *set_make_basetype(Type *type, Obj *iterable);
void set_swap_bodies(SetObj *a, SetObj *b);
Obj *set_copy_obj(Obj *so);           /* so.copy() */
Obj *set_difference(Obj *so, Obj *other);
Obj *set_symmetric_difference(Obj *so, Obj *other);
Obj *set_issubset_obj(Obj *so, Obj *other);     /* bool or NULL */
Obj *set_issuperset_obj(Obj *so, Obj *other);
Obj *set_repr(Obj *so);
intptr_t frozenset_hash(Obj *so);
Obj *set_iter(Obj *so);
/* `key in so`, an unhashable set key looked up as frozenset(key). */
int set_contains_slot(Obj *so, Obj *key);

extern const MethodDef set_methods[], frozenset_methods[];
extern const NumberSlots set_number, frozenset_number;

#endif
