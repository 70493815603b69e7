/* dict_methods.c: the methods of dict: keys/values/items, get, setdefault,
 * pop, popitem, update, clear, copy, fromkeys, __contains__, __reversed__. */
#include "dict_internal.h"
#include "err.h"
#include "tuple.h"
#include "set.h"
#include "args.h"
#include "ident.h"
#include "generic_alias.h"

/* Positional-only argument checking with CPython's wording. */
#define CHECK_ARGS(fname, nargs, kwnames, min, max) \
    if (args_no_kwargs("dict." fname, kwnames) < 0 || args_count(fname, nargs, min, max) < 0) \
        return NULL
#define NO_ARGS(fname, nargs, kwnames) \
    if (args_no_kwargs("dict." fname, kwnames) < 0 || args_count("dict." fname, nargs, 0, 0) < 0) \
        return NULL

static Obj *m_keys(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("keys", nargs, kwnames);
    return dict_view_new(self, &DictKeysType);
}

static Obj *m_values(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("values", nargs, kwnames);
    return dict_view_new(self, &DictValuesType);
}

static Obj *m_items(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("items", nargs, kwnames);
    return dict_view_new(self, &DictItemsType);
}

static Obj *m_get(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    CHECK_ARGS("get", nargs, kwnames, 1, 2);
    Obj *v = dict_get(self, args[0]);
    if (v == NULL && err_occurred()) return NULL;
    return NEWREF(v ? v : nargs > 1 ? args[1] : NONE);
}

static Obj *m_setdefault(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    CHECK_ARGS("setdefault", nargs, kwnames, 1, 2);
    Obj *key = args[0], *dflt = nargs > 1 ? args[1] : NONE;
    intptr_t hash = key_hash(key);
    if (hash == -1) return NULL;
    Obj *v = dict_get_hashed(self, key, hash);
    if (v != NULL) return NEWREF(v);
    if (err_occurred() || dict_set_hashed(self, key, hash, dflt) < 0) return NULL;
    return NEWREF(dflt);
}

static Obj *m_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    CHECK_ARGS("pop", nargs, kwnames, 1, 2);
    DictObj *d = (DictObj *)self;
    Obj *key = args[0];
    size_t slot;
    intptr_t ix = IX_EMPTY;
    if (d->used > 0) {   /* as CPython: an empty dict does not hash the key */
        intptr_t hash = key_hash(key);
        if (hash == -1) return NULL;
        ix = dict_lookup(d, key, hash, &slot);
        if (ix == IX_ERROR) return NULL;
    }
    if (ix < 0) {
        if (nargs > 1) return NEWREF(args[1]);
        err_key_error(key);
        return NULL;
    }
    Obj *k, *v;
    dict_remove_entry(d, slot, ix, &k, &v);
    DECREF(k);
    return v;
}

static Obj *m_popitem(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("popitem", nargs, kwnames);
    DictObj *d = (DictObj *)self;
    if (d->used == 0) {
        Obj *msg = str_from_cstr("popitem(): dictionary is empty");
        if (msg != NULL) {
            err_key_error(msg);
            DECREF(msg);
        }
        return NULL;
    }
    Obj *res = tuple_new(2);
    if (res == NULL) return NULL;
    intptr_t i = (intptr_t)d->nentries - 1;
    while (i >= 0 && d->entries[i].key == NULL) i--;
    size_t slot = dict_slot_of(d, d->entries[i].hash, i);
    Obj *k, *v;
    dict_remove_entry(d, slot, i, &k, &v);
    d->nentries = (size_t)i;   /* the popped entry was the last live one */
    tuple_set(res, 0, k);
    tuple_set(res, 1, v);
    return res;
}

static Obj *m_update(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("update", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && dict_update(self, args[0]) < 0) return NULL;
    if (dict_update_kwargs(self, args + nargs, kwnames) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("clear", nargs, kwnames);
    dict_clear(self);
    return NEWREF(NONE);
}

static Obj *m_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("copy", nargs, kwnames);
    return dict_copy(self);
}

/* d[k] = value with k (borrowed from the source) held meanwhile: a key's
 * __eq__ may empty the source and free it. */
static int set_held(Obj *d, Obj *k, Obj *value) {
    INCREF(k);
    int rc = dict_set(d, k, value);
    DECREF(k);
    return rc;
}

Obj *dict_fromkeys_impl(Type *type, Obj *iterable, Obj *value) {
    Obj *d = obj_call0((Obj *)type);
    if (d == NULL) return NULL;
    bool exact = TYPE(d) == &DictType;
    /* read dicts and sets directly unless their class iterates its own way */
    if (exact && is_dict(iterable) && TYPE(iterable)->iter == DictType.iter) {
        size_t pos = 0;
        Obj *k;
        while (dict_next(iterable, &pos, &k, NULL))
            if (set_held(d, k, value) < 0) goto fail;
        return d;
    }
    if (exact && is_anyset(iterable) && (TYPE(iterable)->iter == SetType.iter ||
                                         TYPE(iterable)->iter == FrozenSetType.iter)) {
        size_t pos = 0;
        Obj *k;
        while (set_next(iterable, &pos, &k))
            if (set_held(d, k, value) < 0) goto fail;
        return d;
    }
    Obj *it = obj_iter(iterable);
    if (it == NULL) goto fail;
    Obj *k;
    while ((k = obj_next(it)) != NULL) {
        int rc = exact ? dict_set(d, k, value) : obj_setitem(d, k, value);
        DECREF(k);
        if (rc < 0) {
            DECREF(it);
            goto fail;
        }
    }
    DECREF(it);
    if (err_occurred()) goto fail;
    return d;
fail:
    DECREF(d);
    return NULL;
}

/* METH_CLASS: self is the class. */
static Obj *m_fromkeys(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    CHECK_ARGS("fromkeys", nargs, kwnames, 1, 2);
    return dict_fromkeys_impl((Type *)cls, args[0], nargs > 1 ? args[1] : NONE);
}

static Obj *m_contains(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("dict.__contains__", kwnames) < 0 ||
        args_count("dict.__contains__", nargs, 1, 1) < 0) return NULL;
    int rc = dict_contains(self, args[0]);
    return rc < 0 ? NULL : NEWREF(bool_from(rc));
}

static Obj *m_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("__reversed__", nargs, kwnames);
    return dict_iter_new(self, DI_KEYS, true);
}

const MethodDef dict_methods[] = {
    {"__contains__", m_contains},
    {"__reversed__", m_reversed},
    {"get", m_get},
    {"setdefault", m_setdefault},
    {"pop", m_pop},
    {"popitem", m_popitem},
    {"keys", m_keys},
    {"items", m_items},
    {"values", m_values},
    {"update", m_update},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {"clear", m_clear},
    {"copy", m_copy},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {NULL},
};
