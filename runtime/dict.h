/* dict.h: Python dict, CPython's compact insertion-ordered layout (an index
 * table into a dense entries array).  `version` changes on every mutation so
 * the VM can cache global and attribute lookups. */
#ifndef GILPY_DICT_H
#define GILPY_DICT_H

#include "object.h"

typedef struct DictEntry {
    intptr_t hash;
    Obj *key, *value;       /* key NULL: deleted entry */
} DictEntry;

typedef struct DictObj {
    Obj ob;
    size_t used;            /* live entries */
    size_t nentries;        /* entries used in the array, including deleted */
    size_t entries_cap;
    size_t index_size;      /* power of two */
    void *index;            /* int8/16/32/64 slots by index_size */
    DictEntry *entries;
    uint64_t version;
} DictObj;

extern Type DictType;
static inline bool is_dict(const Obj *o) { return !is_small(o) && type_has(o->type, TF_DICT_SUBCLASS); }
static inline size_t dict_size(const Obj *d) { return ((const DictObj *)d)->used; }

Obj *dict_new(void);
/* An empty dict with room for n entries (BUILD_MAP, dict copies): no resize
 * until more are added. */
Obj *dict_new_presized(size_t n);
/* Borrowed value or NULL.  NULL with an exception set means the key's
 * __hash__/__eq__ raised; NULL without one means absent. */
Obj *dict_get(Obj *d, Obj *key);
Obj *dict_get_str(Obj *d, Obj *key);        /* key is a str (fast path, never raises) */
Obj *dict_get_cstr(Obj *d, const char *key);
/* For the VM's attribute caches: the entry index of str key (-1: absent;
 * never raises), and replacing the value of live entry ix (steals value). */
intptr_t dict_index_str(Obj *d, Obj *key);
void dict_replace_at(Obj *d, size_t ix, Obj *value);
int dict_set(Obj *d, Obj *key, Obj *value); /* increfs both; -1 on error */
int dict_set_cstr(Obj *d, const char *key, Obj *value);
int dict_del(Obj *d, Obj *key);             /* KeyError when missing; -1 */
int dict_contains(Obj *d, Obj *key);        /* 1, 0, -1 */
void dict_clear(Obj *d);
Obj *dict_copy(Obj *d);
int dict_update(Obj *d, Obj *other);        /* mapping or iterable of pairs */
int dict_merge(Obj *d, Obj *other, bool override);
/* Iteration: pos starts at 0; returns false at the end; borrowed key/value. */
bool dict_next(Obj *d, size_t *pos, Obj **key, Obj **value);
Obj *dict_keys_list(Obj *d);

/* mappingproxy: a read-only view of a mapping (a class's __dict__). */
extern Type MappingProxyType;
Obj *mappingproxy_new(Obj *mapping);        /* TypeError unless a mapping */
Obj *dict_items_list(Obj *d);

#endif
