/* dict_update.c: merging into a dict: d.update(mapping or pairs), dict(...)'s
 * argument, dict_merge with or without overriding (the VM's ** unpacking),
 * with CPython's fast path for dicts that keep dict's own iteration. */
#include "dict_internal.h"
#include "err.h"
#include "tuple.h"
#include "ident.h"

/* ---- merging ------------------------------------------------------------------ */
/* other is a dict whose iteration is the plain one (no overridden __iter__). */
static int merge_dict(DictObj *d, DictObj *other, bool override) {
    if (other == d || other->used == 0) return 0;
    if (d->used == 0 && override) {
        if (dict_reserve(d, other->used) < 0) return -1;
        for (size_t i = 0; i < other->nentries; i++) {
            DictEntry *ep = &other->entries[i];
            if (ep->key != NULL) dict_insert_clean(d, ep->key, ep->hash, ep->value);
        }
        dict_touch(d);
        return 0;
    }
    if (dict_reserve(d, other->used) < 0) return -1;
    size_t n = other->nentries;
    for (size_t i = 0; i < n; i++) {
        DictEntry *ep = &other->entries[i];
        if (ep->key == NULL) continue;
        Obj *key = NEWREF(ep->key), *value = NEWREF(ep->value);
        intptr_t hash = ep->hash;
        int rc = 0;
        if (override) {
            rc = dict_set_hashed((Obj *)d, key, hash, value);
        } else {
            size_t slot;
            intptr_t ix = dict_lookup(d, key, hash, &slot);
            if (ix == IX_ERROR) rc = -1;
            else if (ix < 0) rc = dict_set_hashed((Obj *)d, key, hash, value);
        }
        DECREF(key);
        DECREF(value);
        if (rc < 0) return -1;
        if (other->nentries != n) {   /* a comparison changed the source */
            err_set_str(&Exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* As CPython: a dict subclass is merged directly unless it overrides __iter__. */
static bool has_plain_iteration(Obj *o) {
    return TYPE(o) == &DictType || (is_dict(o) && TYPE(o)->iter == dict_iter_slot);
}

int dict_merge(Obj *o, Obj *other, bool override) {
    DictObj *d = (DictObj *)o;
    if (is_dict(other) && has_plain_iteration(other)) return merge_dict(d, (DictObj *)other, override);
    /* a mapping: for k in other.keys(): d[k] = other[k] */
    Obj *keys = obj_call_method(other, IDENT(keys), NULL, 0);
    if (keys == NULL) return -1;
    Obj *it = obj_iter(keys);
    DECREF(keys);
    if (it == NULL) return -1;
    Obj *k;
    while ((k = obj_next(it)) != NULL) {
        int rc = 0;
        if (!override) {
            rc = dict_contains(o, k);
            if (rc == 1) {
                DECREF(k);
                continue;
            }
        }
        Obj *v = rc < 0 ? NULL : obj_getitem(other, k);
        rc = v == NULL ? -1 : dict_set(o, k, v);
        XDECREF(v);
        DECREF(k);
        if (rc < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* d.update(iterable of pairs). */
static int merge_pairs(Obj *d, Obj *seq) {
    Obj *it = obj_iter(seq);
    if (it == NULL) return -1;
    Obj *item;
    for (size_t n = 0; (item = obj_next(it)) != NULL; n++) {
        Obj *pair = tuple_from_iterable(item);
        if (pair == NULL) {
            if (err_matches(&Exc_TypeError)) {
                err_clear();
                err_format(&Exc_TypeError,
                           "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            DECREF(item);
            DECREF(it);
            return -1;
        }
        DECREF(item);
        int rc;
        if (tuple_size(pair) != 2) {
            err_format(&Exc_ValueError,
                       "dictionary update sequence element #%zu has length %zu; 2 is required",
                       n, tuple_size(pair));
            rc = -1;
        } else {
            rc = dict_set(d, tuple_get(pair, 0), tuple_get(pair, 1));
        }
        DECREF(pair);
        if (rc < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

int dict_update(Obj *d, Obj *other) {
    if (is_dict(other)) return dict_merge(d, other, true);
    Obj *keys = obj_lookup_attr(other, IDENT(keys));
    if (keys != NULL) {
        DECREF(keys);
        return dict_merge(d, other, true);
    }
    if (err_occurred()) return -1;
    return merge_pairs(d, other);
}
