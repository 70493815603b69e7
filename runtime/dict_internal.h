/* dict_internal.h: what the dict files share: hashing fast paths, the index
 * table accessors, the low-level lookup/insert/delete, and the view and
 * iterator types. */
#ifndef GILPY_DICT_INTERNAL_H
#define GILPY_DICT_INTERNAL_H

#include "dict.h"
#include "str.h"
#include "int.h"

enum { DICT_MINSIZE = 8, IX_EMPTY = -1, IX_DUMMY = -2, IX_ERROR = -3 };

/* Every mutation of any dict takes a fresh version from this counter, so a
 * version identifies one state of one dict. */
extern uint64_t dict_version_counter;
static inline void dict_touch(DictObj *d) { d->version = ++dict_version_counter; }

/* hash(key) with the fast paths of small ints and exact str; -1 on error. */
static inline intptr_t key_hash(Obj *key) {
    if (is_small(key)) {
        intptr_t v = small_value(key);
        const intptr_t mod = ((intptr_t)1 << 61) - 1;
        if (v > -mod && v < mod) return v == -1 ? -2 : v;
        return int_hash(key);
    }
    if (key->type == &StrType) {
        intptr_t h = ((StrObj *)key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    return obj_hash(key);
}

/* Index of the entry holding key (>= 0), IX_EMPTY when absent, IX_ERROR when
 * a comparison raised.  *slot receives the index-table position found. */
intptr_t dict_lookup(DictObj *d, Obj *key, intptr_t hash, size_t *slot);
/* Borrowed value for a key with known hash; NULL absent or error (see dict_get). */
Obj *dict_get_hashed(Obj *d, Obj *key, intptr_t hash);
int dict_set_hashed(Obj *d, Obj *key, intptr_t hash, Obj *value);
/* Removes entry ix found at index slot `slot`; returns the key and value
 * (new references moved out) through kout/vout. */
void dict_remove_entry(DictObj *d, size_t slot, intptr_t ix, Obj **kout, Obj **vout);
/* Makes room for n more entries at once (one resize instead of several). */
int dict_reserve(DictObj *d, size_t n);
/* Inserts a key known to be absent, room already made (dict_reserve). */
void dict_insert_clean(DictObj *d, Obj *key, intptr_t hash, Obj *value);
/* Index slot holding entry ix (for deleting an entry found by position). */
size_t dict_slot_of(DictObj *d, intptr_t hash, intptr_t ix);
/* A new empty dict of `type` (DictType or a subclass). */
Obj *dict_new_type(Type *type);
Obj *dict_repr(Obj *d);
Obj *dict_fromkeys_impl(Type *type, Obj *iterable, Obj *value);
Obj *dict_or(Obj *a, Obj *b);
Obj *dict_ior(Obj *a, Obj *b);
/* Adds the keyword arguments of a vector call (values after the positionals). */
int dict_update_kwargs(Obj *d, Obj *const *kwvalues, Obj *kwnames);
/* d[key] including __missing__ of subclasses; new reference. */
Obj *dict_subscript(Obj *d, Obj *key);
/* Raises KeyError(key) (the key wrapped so a tuple stays one argument). */
void err_key_error(Obj *key);

/* Iterators over dicts and views. */
typedef enum { DI_KEYS, DI_VALUES, DI_ITEMS } DictIterKind;
Obj *dict_iter_new(Obj *d, DictIterKind kind, bool reversed);
Obj *dict_iter_slot(Obj *d);    /* DictType.iter: iter(d) */
Obj *dict_values_list(Obj *d);

/* Views: dict_keys, dict_values, dict_items. */
typedef struct DictViewObj {
    Obj ob;
    Obj *dict;
} DictViewObj;
extern Type DictKeysType, DictValuesType, DictItemsType;
Obj *dict_view_new(Obj *d, Type *type);

extern const MethodDef dict_methods[];

#endif
