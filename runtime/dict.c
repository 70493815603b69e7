/* dict.c: the dict hash table, CPython's compact layout.  An index table of
 * 2**k slots (int8/16/32/64 wide by size) holds positions into a dense
 * entries array kept in insertion order; collisions are resolved with
 * CPython's perturbed probing (i = 5*i + 1 + perturb).  The index and the
 * entries live in one allocation.  Lookup, insertion, deletion, resizing and
 * the C API of dict.h; merging is in dict_update.c, the type and its methods
 * in dict_type.c, dict_methods.c and dict_views.c. */
#include <stdlib.h>
#include <string.h>
#include "dict_internal.h"
#include "err.h"
#include "list.h"
#include "tuple.h"

uint64_t dict_version_counter;

enum { PERTURB_SHIFT = 5 };

static inline size_t usable_fraction(size_t n) { return (n << 1) / 3; }

/* ---- the index table ----------------------------------------------------- */
static inline unsigned ix_width(size_t index_size) {
    return index_size <= 0x80 ? 1 : index_size <= 0x8000 ? 2 : index_size <= 0x80000000u ? 4 : 8;
}

static inline intptr_t ix_get(const DictObj *d, size_t i) {
    size_t n = d->index_size;
    if (n <= 0x80) return ((const int8_t *)d->index)[i];
    if (n <= 0x8000) return ((const int16_t *)d->index)[i];
    if (n <= 0x80000000u) return ((const int32_t *)d->index)[i];
    return (intptr_t)((const int64_t *)d->index)[i];
}

static inline void ix_set(DictObj *d, size_t i, intptr_t ix) {
    size_t n = d->index_size;
    if (n <= 0x80) ((int8_t *)d->index)[i] = (int8_t)ix;
    else if (n <= 0x8000) ((int16_t *)d->index)[i] = (int16_t)ix;
    else if (n <= 0x80000000u) ((int32_t *)d->index)[i] = (int32_t)ix;
    else ((int64_t *)d->index)[i] = ix;
}

/* Allocates an index of `size` slots (all empty) followed by room for
 * usable_fraction(size) entries. */
static int table_alloc(size_t size, void **index, DictEntry **entries, size_t *cap) {
    size_t iw = ix_width(size), ibytes = size * iw;
    ibytes = (ibytes + 15) & ~(size_t)15;
    size_t ecap = usable_fraction(size);
    char *mem = malloc(ibytes + ecap * sizeof(DictEntry));
    if (mem == NULL) {
        err_no_memory();
        return -1;
    }
    memset(mem, 0xff, size * iw);   /* every slot IX_EMPTY (-1) */
    *index = mem;
    *entries = (DictEntry *)(mem + ibytes);
    *cap = ecap;
    return 0;
}

/* First empty-or-dummy index slot on hash's probe sequence. */
static size_t find_free_slot(const DictObj *d, intptr_t hash) {
    size_t mask = d->index_size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table with `size` index slots, compacting out deleted entries. */
static int dict_resize(DictObj *d, size_t size) {
    void *index;
    DictEntry *entries;
    size_t cap;
    if (table_alloc(size, &index, &entries, &cap) < 0) return -1;
    DictEntry *old = d->entries;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (old[i].key != NULL) entries[n++] = old[i];
    free(d->index);
    d->index = index;
    d->entries = entries;
    d->entries_cap = cap;
    d->index_size = size;
    d->nentries = n;
    for (size_t i = 0; i < n; i++) ix_set(d, find_free_slot(d, entries[i].hash), (intptr_t)i);
    return 0;
}

/* Smallest power of two >= n, at least DICT_MINSIZE. */
static size_t size_for(size_t n) {
    size_t s = DICT_MINSIZE;
    while (s < n) s <<= 1;
    return s;
}

static int grow(DictObj *d) {
    return dict_resize(d, size_for(d->used * 3));
}

/* ---- lookup --------------------------------------------------------------- */
static inline bool exact_str(const Obj *o) { return !is_small(o) && o->type == &StrType; }

/* The general lookup: any key, comparisons may run Python code that mutates
 * the dict (then it starts over). */
static intptr_t __attribute__((noinline)) lookup_general(DictObj *d, Obj *key, intptr_t hash,
                                                         size_t *slot) {
restart:;
    if (d->index == NULL) return IX_EMPTY;
    size_t mask = d->index_size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    bool key_is_str = exact_str(key);
    for (;;) {
        intptr_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) {
            *slot = i;
            return IX_EMPTY;
        }
        if (ix >= 0) {
            DictEntry *ep = &d->entries[ix];
            Obj *startkey = ep->key;
            if (startkey == key) {
                *slot = i;
                return ix;
            }
            if (ep->hash == hash) {
                if (key_is_str && exact_str(startkey)) {
                    if (str_equal(startkey, key)) {
                        *slot = i;
                        return ix;
                    }
                } else {
                    DictEntry *entries = d->entries;
                    INCREF(startkey);
                    int cmp = obj_eq(startkey, key);
                    DECREF(startkey);
                    if (cmp < 0) return IX_ERROR;
                    if (entries != d->entries || d->index == NULL ||
                        (size_t)ix >= d->nentries || d->entries[ix].key != startkey)
                        goto restart;   /* the comparison mutated the dict */
                    if (cmp > 0) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The fast path: finds keys by identity, or str keys by content, without
 * calling any Python code; at the first entry with an equal hash and another
 * object it either matches equal str contents or starts lookup_general over.
 * One loop per index width, and no calls inside the loops (so the common
 * paths need no stack frame). */
#define LOOKUP_FAST(T) \
    for (;;) { \
        intptr_t ix = ((const T *)index)[i]; \
        if (ix == IX_EMPTY) { \
            *slot = i; \
            return IX_EMPTY; \
        } \
        if (ix >= 0) { \
            if (entries[ix].key == key) { \
                *slot = i; \
                return ix; \
            } \
            if (entries[ix].hash == hash) { \
                found = ix; \
                goto candidate; \
            } \
        } \
        perturb >>= PERTURB_SHIFT; \
        i = (i * 5 + perturb + 1) & mask; \
    }

/* An entry with key's hash holding another object: equal str contents
 * match; anything else goes to the general lookup. */
static intptr_t __attribute__((noinline)) lookup_candidate(DictObj *d, Obj *key, intptr_t hash,
                                                           size_t *slot, intptr_t ix, size_t i) {
    Obj *sk = d->entries[ix].key;
    if (exact_str(key) && exact_str(sk) && str_size(sk) == str_size(key) &&
        memcmp(str_data(sk), str_data(key), str_size(key)) == 0) {
        *slot = i;
        return ix;
    }
    return lookup_general(d, key, hash, slot);
}

intptr_t dict_lookup(DictObj *d, Obj *key, intptr_t hash, size_t *slot) {
    const void *index = d->index;
    if (index == NULL) return IX_EMPTY;
    const DictEntry *entries = d->entries;
    size_t n = d->index_size, mask = n - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    intptr_t found;
    if (n <= 0x80) LOOKUP_FAST(int8_t)
    if (n <= 0x8000) LOOKUP_FAST(int16_t)
    if (n <= 0x80000000u) LOOKUP_FAST(int32_t)
    LOOKUP_FAST(int64_t)
candidate:
    return lookup_candidate(d, key, hash, slot, found, i);
}
#undef LOOKUP_FAST

/* Lookup of a str key comparing only with str keys: never calls Python code. */
static intptr_t __attribute__((noinline)) lookup_str(const DictObj *d, Obj *key, intptr_t hash) {
    if (d->index == NULL) return IX_EMPTY;
    size_t mask = d->index_size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        intptr_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            const DictEntry *ep = &d->entries[ix];
            if (ep->key == key) return ix;
            if (ep->hash == hash && is_str(ep->key) && str_equal(ep->key, key)) return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Its call-free first try: the entry holding key itself, IX_EMPTY, or
 * IX_DUMMY when an equal hash needs lookup_str's comparison. */
static inline intptr_t lookup_str_fast(const DictObj *d, Obj *key, intptr_t hash) {
    const void *index = d->index;
    if (index == NULL) return IX_EMPTY;
    const DictEntry *entries = d->entries;
    size_t mask = d->index_size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        intptr_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            if (entries[ix].key == key) return ix;
            if (entries[ix].hash == hash) return IX_DUMMY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

size_t dict_slot_of(DictObj *d, intptr_t hash, intptr_t ix) {
    size_t mask = d->index_size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* ---- the C API --------------------------------------------------------------- */
Obj *dict_new_type(Type *type) {
    DictObj *d = (DictObj *)obj_alloc(type, type->size);
    if (d == NULL) return NULL;
    d->version = ++dict_version_counter;
    return (Obj *)d;
}

Obj *dict_new(void) { return dict_new_type(&DictType); }

Obj *dict_get_hashed(Obj *d, Obj *key, intptr_t hash) {
    size_t slot;
    intptr_t ix = dict_lookup((DictObj *)d, key, hash, &slot);
    return ix >= 0 ? ((DictObj *)d)->entries[ix].value : NULL;
}

Obj *dict_get(Obj *d, Obj *key) {
    intptr_t hash = key_hash(key);
    if (hash == -1) return NULL;
    return dict_get_hashed(d, key, hash);
}

Obj *dict_get_str(Obj *d, Obj *key) {
    intptr_t ix = dict_index_str(d, key);
    return ix >= 0 ? ((DictObj *)d)->entries[ix].value : NULL;
}

intptr_t dict_index_str(Obj *d, Obj *key) {
    intptr_t hash = ((StrObj *)key)->hash;
    if (__builtin_expect(hash == -1, 0)) hash = str_hash(key);
    intptr_t ix = lookup_str_fast((const DictObj *)d, key, hash);
    if (__builtin_expect(ix == IX_DUMMY, 0)) ix = lookup_str((const DictObj *)d, key, hash);
    return ix >= 0 ? ix : -1;
}

void dict_replace_at(Obj *o, size_t ix, Obj *value) {
    DictObj *d = (DictObj *)o;
    Obj *old = d->entries[ix].value;
    d->entries[ix].value = value;
    dict_touch(d);
    DECREF(old);
}

Obj *dict_get_cstr(Obj *d, const char *key) {
    return dict_get_str(d, str_intern_cstr(key));
}

int dict_set_hashed(Obj *o, Obj *key, intptr_t hash, Obj *value) {
    DictObj *d = (DictObj *)o;
    size_t slot;
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == IX_ERROR) return -1;
    INCREF(value);
    if (ix >= 0) {
        Obj *old = d->entries[ix].value;
        d->entries[ix].value = value;
        dict_touch(d);
        DECREF(old);
        return 0;
    }
    if (d->index == NULL || d->nentries >= d->entries_cap) {
        if (grow(d) < 0) {
            DECREF(value);
            return -1;
        }
    }
    slot = find_free_slot(d, hash);
    INCREF(key);
    DictEntry *ep = &d->entries[d->nentries];
    ep->hash = hash;
    ep->key = key;
    ep->value = value;
    ix_set(d, slot, (intptr_t)d->nentries);
    d->nentries++;
    d->used++;
    dict_touch(d);
    return 0;
}

int dict_set(Obj *d, Obj *key, Obj *value) {
    intptr_t hash = key_hash(key);
    if (hash == -1) return -1;
    return dict_set_hashed(d, key, hash, value);
}

int dict_set_cstr(Obj *d, const char *key, Obj *value) {
    return dict_set(d, str_intern_cstr(key), value);
}

void dict_remove_entry(DictObj *d, size_t slot, intptr_t ix, Obj **kout, Obj **vout) {
    DictEntry *ep = &d->entries[ix];
    *kout = ep->key;
    *vout = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    ix_set(d, slot, IX_DUMMY);
    d->used--;
    dict_touch(d);
}

void err_key_error(Obj *key) {
    Obj *exc = exc_new(&Exc_KeyError, &key, 1);
    if (exc != NULL) err_set_obj(exc);
}

int dict_del(Obj *o, Obj *key) {
    DictObj *d = (DictObj *)o;
    intptr_t hash = key_hash(key);
    if (hash == -1) return -1;
    size_t slot;
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == IX_ERROR) return -1;
    if (ix < 0) {
        err_key_error(key);
        return -1;
    }
    Obj *k, *v;
    dict_remove_entry(d, slot, ix, &k, &v);
    DECREF(k);
    DECREF(v);
    return 0;
}

int dict_contains(Obj *d, Obj *key) {
    intptr_t hash = key_hash(key);
    if (hash == -1) return -1;
    size_t slot;
    intptr_t ix = dict_lookup((DictObj *)d, key, hash, &slot);
    return ix == IX_ERROR ? -1 : ix >= 0;
}

void dict_clear(Obj *o) {
    DictObj *d = (DictObj *)o;
    if (d->index == NULL) return;
    DictEntry *entries = d->entries;
    void *mem = d->index;
    size_t n = d->nentries;
    /* empty the dict first: the decrefs below may run code that uses it */
    d->index = NULL;
    d->entries = NULL;
    d->index_size = d->entries_cap = d->nentries = d->used = 0;
    dict_touch(d);
    for (size_t i = 0; i < n; i++)
        if (entries[i].key != NULL) {
            DECREF(entries[i].key);
            DECREF(entries[i].value);
        }
    free(mem);
}

void dict_insert_clean(DictObj *d, Obj *key, intptr_t hash, Obj *value) {
    size_t slot = find_free_slot(d, hash);
    DictEntry *ep = &d->entries[d->nentries];
    ep->hash = hash;
    ep->key = NEWREF(key);
    ep->value = NEWREF(value);
    ix_set(d, slot, (intptr_t)d->nentries);
    d->nentries++;
    d->used++;
}

int dict_reserve(DictObj *d, size_t n) {
    size_t need = d->used + n;
    if (d->index != NULL && d->nentries + n <= d->entries_cap) return 0;
    return dict_resize(d, size_for(need + (need >> 1) + 1));
}

Obj *dict_new_presized(size_t n) {
    DictObj *d = (DictObj *)dict_new();
    if (d != NULL && n > 0 && dict_reserve(d, n) < 0) CLEAR(d);
    return (Obj *)d;
}

Obj *dict_copy(Obj *o) {
    DictObj *src = (DictObj *)o;
    DictObj *d = (DictObj *)dict_new();
    if (d == NULL || src->used == 0) return (Obj *)d;
    if (dict_reserve(d, src->used) < 0) {
        DECREF((Obj *)d);
        return NULL;
    }
    for (size_t i = 0; i < src->nentries; i++) {
        DictEntry *ep = &src->entries[i];
        if (ep->key != NULL) dict_insert_clean(d, ep->key, ep->hash, ep->value);
    }
    return (Obj *)d;
}

bool dict_next(Obj *o, size_t *pos, Obj **key, Obj **value) {
    DictObj *d = (DictObj *)o;
    size_t i = *pos;
    while (i < d->nentries && d->entries[i].key == NULL) i++;
    if (i >= d->nentries) return false;
    if (key) *key = d->entries[i].key;
    if (value) *value = d->entries[i].value;
    *pos = i + 1;
    return true;
}

Obj *dict_keys_list(Obj *o) {
    DictObj *d = (DictObj *)o;
    Obj *l = list_new(d->used);
    if (l == NULL) return NULL;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != NULL) list_set_new(l, n++, NEWREF(d->entries[i].key));
    return l;
}

Obj *dict_values_list(Obj *o) {
    DictObj *d = (DictObj *)o;
    Obj *l = list_new(d->used);
    if (l == NULL) return NULL;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != NULL) list_set_new(l, n++, NEWREF(d->entries[i].value));
    return l;
}

Obj *dict_items_list(Obj *o) {
    DictObj *d = (DictObj *)o;
    Obj *l = list_new(d->used);
    if (l == NULL) return NULL;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (ep->key == NULL) continue;
        Obj *t = tuple_pack(2, ep->key, ep->value);
        if (t == NULL) {
            /* fill the rest so the list can be released safely */
            for (size_t j = n; j < d->used; j++) list_set_new(l, j, NEWREF(NONE));
            DECREF(l);
            return NULL;
        }
        list_set_new(l, n++, t);
    }
    return l;
}
