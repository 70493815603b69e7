/* set.c: the hash table behind set and frozenset, probing exactly as CPython
 * 3.11 (so a set of ints iterates and prints in CPython's order): insertion,
 * lookup, deletion, resizing, merging, and the C API of set.h.  The types are
 * in set_type.c, the methods and operators in set_ops.c. */
#include <stdlib.h>
#include <string.h>
#include "set_internal.h"
#include "dict_internal.h"
#include "err.h"

enum { LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

static Type SetDummyType = {
    .ob = STATIC_HEAD(&TypeType), .name = "<dummy key>", .size = sizeof(Obj), .base = &ObjectType,
};
Obj set_dummy = STATIC_HEAD(&SetDummyType);

bool is_anyset(const Obj *o) {
    if (is_small(o)) return false;
    Type *t = o->type;
    return t == &SetType || t == &FrozenSetType || type_is_subtype(t, &SetType) ||
           type_is_subtype(t, &FrozenSetType);
}

bool is_mutable_set(const Obj *o) {
    return !is_small(o) && (o->type == &SetType || type_is_subtype(o->type, &SetType));
}

static inline bool exact_str(const Obj *o) { return !is_small(o) && o->type == &StrType; }

/* ---- probing ---------------------------------------------------------------- */
/* Probing that runs no Python code: the slot holding key itself, or the
 * empty slot ending its sequence; NULL at the first slot with key's hash
 * holding another object (only the general lookup may compare them).
 * *dummies tells whether deleted slots were passed. */
static inline SetEntry *probe_fast(const SetObj *so, Obj *key, intptr_t hash, bool *dummies) {
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    bool seen = false;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) {
                *dummies = seen;
                return entry;
            }
            if (entry->key == key) return entry;
            if (entry->hash == hash) return NULL;
            seen |= entry->hash == -1;
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* The slot holding key, or the empty slot ending its probe sequence; NULL
 * when a comparison raised. */
static SetEntry *lookkey_general(SetObj *so, Obj *key, intptr_t hash) {
restart:;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                Obj *startkey = entry->key;
                if (startkey == key) return entry;
                if (exact_str(startkey) && exact_str(key) && str_equal(startkey, key)) return entry;
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = obj_eq(startkey, key);
                DECREF(startkey);
                if (cmp < 0) return NULL;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static SetEntry *set_lookkey(SetObj *so, Obj *key, intptr_t hash) {
    bool dummies;
    SetEntry *e = probe_fast(so, key, hash, &dummies);
    return e != NULL ? e : lookkey_general(so, key, hash);
}

int set_add_entry(SetObj *so, Obj *key, intptr_t hash) {
    bool dummies = true;
    SetEntry *e = probe_fast(so, key, hash, &dummies);
    if (e != NULL && e->key == key) return 0;      /* already there */
    if (e != NULL && !dummies) {                   /* a fresh slot, no dummy before it */
        e->key = NEWREF(key);
        e->hash = hash;
        so->fill++;
        so->used++;
        if ((size_t)so->fill * 5 < (size_t)so->mask * 3) return 0;
        return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    }
    INCREF(key);   /* a comparison's side effects must not free it */
restart:;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Obj *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (exact_str(startkey) && exact_str(key) && str_equal(startkey, key))
                    goto found_active;
                SetEntry *table = so->table;
                INCREF(startkey);
                int cmp = obj_eq(startkey, key);
                DECREF(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) {
                    DECREF(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey) goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    DECREF(key);
    return 0;
}

/* Inserts a key known to be absent into a table without dummies; no
 * reference counting, no fill/used bookkeeping. */
static void set_insert_clean(SetEntry *table, size_t mask, Obj *key, intptr_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

int set_table_resize(SetObj *so, intptr_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    SetEntry *oldtable = so->table, *newtable;
    size_t oldmask = (size_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;   /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = malloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) {
            err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    size_t newmask = newsize - 1;
    bool dummies = so->fill != so->used;
    so->fill = so->used;
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key != NULL && (!dummies || e->key != SET_DUMMY))
            set_insert_clean(newtable, newmask, e->key, e->hash);
    if (old_malloced) free(oldtable);
    return 0;
}

int set_contains_entry(SetObj *so, Obj *key, intptr_t hash) {
    SetEntry *e = set_lookkey(so, key, hash);
    return e == NULL ? -1 : e->key != NULL;
}

int set_discard_entry(SetObj *so, Obj *key, intptr_t hash) {
    SetEntry *e = set_lookkey(so, key, hash);
    if (e == NULL) return -1;
    if (e->key == NULL) return 0;
    Obj *old = e->key;
    e->key = SET_DUMMY;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

int set_add_key(SetObj *so, Obj *key) {
    intptr_t hash = key_hash(key);
    return hash == -1 ? -1 : set_add_entry(so, key, hash);
}

int set_contains_key(SetObj *so, Obj *key) {
    intptr_t hash = key_hash(key);
    return hash == -1 ? -1 : set_contains_entry(so, key, hash);
}

int set_discard_key(SetObj *so, Obj *key) {
    intptr_t hash = key_hash(key);
    return hash == -1 ? -1 : set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(SetObj *so) {
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

void set_clear_internal(SetObj *so) {
    SetEntry *table = so->table;
    intptr_t used = so->used;
    bool malloced = table != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    /* empty the set before releasing keys: their __del__ may look at it */
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SetEntry *e = table; used > 0; e++)
        if (e->key != NULL && e->key != SET_DUMMY) {
            used--;
            DECREF(e->key);
        }
    if (malloced) free(table);
}

bool set_next_entry(SetObj *so, size_t *pos, SetEntry **entry) {
    size_t i = *pos, mask = (size_t)so->mask;
    while (i <= mask && (so->table[i].key == NULL || so->table[i].key == SET_DUMMY)) i++;
    *pos = i + 1;
    if (i > mask) return false;
    *entry = &so->table[i];
    return true;
}

/* ---- merging ----------------------------------------------------------------- */
static int set_merge(SetObj *so, SetObj *other) {
    if (other == so || other->used == 0) return 0;
    /* one big resize first, expecting few overlapping keys */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        set_table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    SetEntry *se = so->table, *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        /* same size, empty target, no dummies: copy slot for slot */
        for (intptr_t i = 0; i <= other->mask; i++, se++, oe++)
            if (oe->key != NULL) {
                se->key = NEWREF(oe->key);
                se->hash = oe->hash;
            }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++, oe++)
            if (oe->key != NULL && oe->key != SET_DUMMY)
                set_insert_clean(so->table, (size_t)so->mask, NEWREF(oe->key), oe->hash);
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        oe = &other->table[i];
        if (oe->key != NULL && oe->key != SET_DUMMY && set_add_entry(so, oe->key, oe->hash) < 0)
            return -1;
    }
    return 0;
}

int set_update(Obj *s, Obj *other) {
    SetObj *so = (SetObj *)s;
    if (is_anyset(other)) return set_merge(so, (SetObj *)other);
    if (TYPE(other) == &DictType) {
        DictObj *d = (DictObj *)other;
        intptr_t n = (intptr_t)d->used;
        if ((so->fill + n) * 5 >= so->mask * 3 && set_table_resize(so, (so->used + n) * 2) < 0)
            return -1;
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *ep = &d->entries[i];
            if (ep->key != NULL && set_add_entry(so, ep->key, ep->hash) < 0) return -1;
        }
        return 0;
    }
    Obj *it = obj_iter(other);
    if (it == NULL) return -1;
    Obj *key;
    while ((key = obj_next(it)) != NULL) {
        int rc = set_add_key(so, key);
        DECREF(key);
        if (rc < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* ---- making sets ----------------------------------------------------------------- */
Obj *set_make(Type *type, Obj *iterable) {
    if (!(type->flags & TF_READY) && type_ready(type) < 0) return NULL;
    SetObj *so = (SetObj *)obj_alloc(type, type->size);
    if (so == NULL) return NULL;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    if (iterable != NULL && set_update((Obj *)so, iterable) < 0) {
        DECREF((Obj *)so);
        return NULL;
    }
    return (Obj *)so;
}

Obj *set_make_basetype(Type *type, Obj *iterable) {
    if (type != &SetType && type != &FrozenSetType)
        type = type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
    return set_make(type, iterable);
}

void set_swap_bodies(SetObj *a, SetObj *b) {
    intptr_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry tab[SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (type_is_subtype(a->ob.type, &FrozenSetType) && type_is_subtype(b->ob.type, &FrozenSetType)) {
        t = a->hash; a->hash = b->hash; b->hash = t;
    } else {
        a->hash = b->hash = -1;
    }
}

/* ---- the C API ------------------------------------------------------------------- */
Obj *set_new(Obj *iterable) { return set_make(&SetType, iterable); }
Obj *frozenset_new(Obj *iterable) { return set_make(&FrozenSetType, iterable); }

int set_add(Obj *s, Obj *key) { return set_add_key((SetObj *)s, key); }
int set_contains(Obj *s, Obj *key) { return set_contains_key((SetObj *)s, key); }
int set_discard(Obj *s, Obj *key) { return set_discard_key((SetObj *)s, key); }
intptr_t set_size(Obj *s) { return ((SetObj *)s)->used; }

bool set_next(Obj *s, size_t *pos, Obj **key) {
    SetEntry *e;
    if (!set_next_entry((SetObj *)s, pos, &e)) return false;
    *key = e->key;
    return true;
}

Obj *frozenset_from_const_tuple(Obj *items) {
    Obj *first = frozenset_new(items);
    if (first == NULL) return NULL;
    Obj *again = frozenset_new(NULL);
    if (again != NULL) {
        /* insert one by one in the first one's order (not a slot copy) */
        size_t pos = 0;
        Obj *key;
        while (set_next(first, &pos, &key))
            if (set_add(again, key) < 0) {
                CLEAR(again);
                break;
            }
    }
    DECREF(first);
    return again;
}
