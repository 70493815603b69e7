/* set_ops.c: the set algebra (union, intersection, difference, symmetric
 * difference and their in-place forms, subset tests), the methods of set and
 * frozenset, and the operators | & - ^ |= &= -= ^=.  Each algorithm visits
 * elements in the same order as CPython 3.11's, so results print the same. */
#include <stdio.h>
#include "set_internal.h"
#include "dict_internal.h"
#include "err.h"
#include "args.h"
#include "generic_alias.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* ---- argument checking ---------------------------------------------------------- */
/* "set.add() takes exactly one argument (0 given)", named after the defining type. */
static int check_args(Obj *self, const char *meth, size_t nargs, Obj *kwnames, size_t min, size_t max) {
    if (kw_count(kwnames) == 0 && nargs >= min && nargs <= max) return 0;   /* the usual case */
    char fname[64];
    snprintf(fname, sizeof fname, "%s.%s", is_mutable_set(self) ? "set" : "frozenset", meth);
    if (args_no_kwargs(fname, kwnames) < 0) return -1;
    if (max != SIZE_MAX) return args_count(fname, nargs, min, max);
    return 0;
}
#define ARGS(meth, min, max) \
    if (check_args(self, meth, nargs, kwnames, min, max) < 0) return NULL

/* ---- the algebra ------------------------------------------------------------------- */
Obj *set_copy_obj(Obj *so) { return set_make_basetype(TYPE(so), so); }

Obj *set_intersection(Obj *s, Obj *other) {
    if (s == other) return set_copy_obj(s);
    SetObj *so = (SetObj *)s;
    Obj *result = set_make_basetype(TYPE(s), NULL);
    if (result == NULL) return NULL;
    if (is_anyset(other)) {
        SetObj *big = so, *small = (SetObj *)other;
        if (small->used > big->used) {
            big = small;
            small = so;
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(small, &pos, &e)) {
            Obj *key = NEWREF(e->key);
            intptr_t hash = e->hash;
            int rv = set_contains_entry(big, key, hash);
            if (rv > 0) rv = set_add_entry((SetObj *)result, key, hash);
            DECREF(key);
            if (rv < 0) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Obj *it = obj_iter(other);
    if (it == NULL) {
        DECREF(result);
        return NULL;
    }
    Obj *key;
    while ((key = obj_next(it)) != NULL) {
        intptr_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) rv = set_add_entry((SetObj *)result, key, hash);
        DECREF(key);
        if (rv < 0) {
            DECREF(it);
            DECREF(result);
            return NULL;
        }
        if (((SetObj *)result)->used >= so->used) break;
    }
    DECREF(it);
    if (err_occurred()) CLEAR(result);
    return result;
}

static Obj *intersection_multi(Obj *so, Obj *const *args, size_t n) {
    if (n == 0) return set_copy_obj(so);
    Obj *result = NEWREF(so);
    for (size_t i = 0; i < n; i++) {
        Obj *r = set_intersection(result, args[i]);
        DECREF(result);
        if (r == NULL) return NULL;
        result = r;
    }
    return result;
}

int set_difference_update(Obj *s, Obj *other) {
    SetObj *so = (SetObj *)s;
    if (s == other) {
        set_clear_internal(so);
        return 0;
    }
    if (is_anyset(other)) {
        /* other much larger: iterate over the (smaller) intersection instead */
        if ((((SetObj *)other)->used >> 3) > so->used) {
            other = set_intersection(s, other);
            if (other == NULL) return -1;
        } else {
            INCREF(other);
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry((SetObj *)other, &pos, &e)) {
            Obj *key = NEWREF(e->key);
            int rc = set_discard_entry(so, key, e->hash);
            DECREF(key);
            if (rc < 0) {
                DECREF(other);
                return -1;
            }
        }
        DECREF(other);
    } else {
        Obj *it = obj_iter(other);
        if (it == NULL) return -1;
        Obj *key;
        while ((key = obj_next(it)) != NULL) {
            int rc = set_discard_key(so, key);
            DECREF(key);
            if (rc < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (err_occurred()) return -1;
    }
    /* more than a quarter dummies: rebuild */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Obj *copy_and_difference(Obj *so, Obj *other) {
    Obj *r = set_copy_obj(so);
    if (r != NULL && set_difference_update(r, other) < 0) CLEAR(r);
    return r;
}

Obj *set_difference(Obj *s, Obj *other) {
    SetObj *so = (SetObj *)s;
    intptr_t other_size;
    if (is_anyset(other)) other_size = ((SetObj *)other)->used;
    else if (TYPE(other) == &DictType) other_size = (intptr_t)dict_size(other);
    else return copy_and_difference(s, other);
    if ((so->used >> 2) > other_size) return copy_and_difference(s, other);
    Obj *result = set_make_basetype(TYPE(s), NULL);
    if (result == NULL) return NULL;
    bool dict = !is_anyset(other);
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        Obj *key = NEWREF(e->key);
        intptr_t hash = e->hash;
        int rv;
        if (dict) {
            rv = dict_get_hashed(other, key, hash) != NULL;
            if (!rv && err_occurred()) rv = -1;
        } else {
            rv = set_contains_entry((SetObj *)other, key, hash);
        }
        if (rv == 0) rv = set_add_entry((SetObj *)result, key, hash);
        DECREF(key);
        if (rv < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

int set_symmetric_difference_update(Obj *s, Obj *other) {
    SetObj *so = (SetObj *)s;
    if (s == other) {
        set_clear_internal(so);
        return 0;
    }
    if (TYPE(other) == &DictType) {
        DictObj *d = (DictObj *)other;
        for (size_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key == NULL) continue;
            Obj *key = NEWREF(d->entries[i].key);
            intptr_t hash = d->entries[i].hash;
            int rv = set_discard_entry(so, key, hash);
            if (rv == 0) rv = set_add_entry(so, key, hash);
            DECREF(key);
            if (rv < 0) return -1;
        }
        return 0;
    }
    Obj *otherset = is_anyset(other) ? NEWREF(other) : set_make_basetype(TYPE(s), other);
    if (otherset == NULL) return -1;
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry((SetObj *)otherset, &pos, &e)) {
        Obj *key = NEWREF(e->key);
        intptr_t hash = e->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0) rv = set_add_entry(so, key, hash);
        DECREF(key);
        if (rv < 0) {
            DECREF(otherset);
            return -1;
        }
    }
    DECREF(otherset);
    return 0;
}

Obj *set_symmetric_difference(Obj *so, Obj *other) {
    Obj *r = set_make_basetype(TYPE(so), other);
    if (r != NULL && set_symmetric_difference_update(r, so) < 0) CLEAR(r);
    return r;
}

Obj *set_issubset_obj(Obj *s, Obj *other) {
    SetObj *so = (SetObj *)s;
    if (!is_anyset(other)) {
        Obj *tmp = set_intersection(s, other);
        if (tmp == NULL) return NULL;
        bool r = ((SetObj *)tmp)->used == so->used;
        DECREF(tmp);
        return NEWREF(bool_from(r));
    }
    if (so->used > ((SetObj *)other)->used) return NEWREF(FALSE_);
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        Obj *key = NEWREF(e->key);
        int rv = set_contains_entry((SetObj *)other, key, e->hash);
        DECREF(key);
        if (rv < 0) return NULL;
        if (rv == 0) return NEWREF(FALSE_);
    }
    return NEWREF(TRUE_);
}

Obj *set_issuperset_obj(Obj *s, Obj *other) {
    if (is_anyset(other)) return set_issubset_obj(other, s);
    Obj *it = obj_iter(other);
    if (it == NULL) return NULL;
    Obj *key;
    int rv = 1;
    while (rv == 1 && (key = obj_next(it)) != NULL) {
        rv = set_contains_key((SetObj *)s, key);
        DECREF(key);
    }
    DECREF(it);
    if (rv < 0 || (rv == 1 && err_occurred())) return NULL;
    return NEWREF(bool_from(rv == 1));
}

static Obj *isdisjoint(Obj *s, Obj *other) {
    SetObj *so = (SetObj *)s;
    if (s == other) return NEWREF(bool_from(so->used == 0));
    if (is_set_exact(other) || is_frozenset_exact(other)) {
        SetObj *big = so, *small = (SetObj *)other;
        if (small->used > big->used) {
            big = small;
            small = so;
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(small, &pos, &e)) {
            Obj *key = NEWREF(e->key);
            int rv = set_contains_entry(big, key, e->hash);
            DECREF(key);
            if (rv < 0) return NULL;
            if (rv) return NEWREF(FALSE_);
        }
        return NEWREF(TRUE_);
    }
    Obj *it = obj_iter(other);
    if (it == NULL) return NULL;
    Obj *key;
    int rv = 0;
    while (rv == 0 && (key = obj_next(it)) != NULL) {
        rv = set_contains_key(so, key);
        DECREF(key);
    }
    DECREF(it);
    if (rv < 0 || (rv == 0 && err_occurred())) return NULL;
    return NEWREF(bool_from(rv == 0));
}

/* ---- methods -------------------------------------------------------------------------- */
static Obj *m_add(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("add", 1, 1);
    if (set_add_key((SetObj *)self, args[0]) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("clear", 0, 0);
    set_clear_internal((SetObj *)self);
    return NEWREF(NONE);
}

/* __reduce__: (type(self), (list(self),), state), as CPython's: the state
 * is __getstate__()'s when a class defines one, else the instance __dict__
 * when it holds anything, else None (a set subclass pickles and copies
 * with its items and attributes). */
static Obj *m_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("__reduce__", 0, 0);
    Obj *state = NULL;
    Obj *getstate = type_lookup(TYPE(self), str_intern_cstr("__getstate__"));
    if (getstate != NULL) {
        state = obj_call_method(self, str_intern_cstr("__getstate__"), NULL, 0);
        if (state == NULL) return NULL;
    } else {
        Type *t = TYPE(self);
        Obj *d = t->dictoffset ? *(Obj **)((char *)self + t->dictoffset) : NULL;
        state = NEWREF(d != NULL && dict_size(d) > 0 ? d : NONE);
    }
    Obj *items = list_from_iterable(self);
    Obj *ctor_args = items != NULL ? tuple_pack(1, items) : NULL;
    Obj *r = ctor_args != NULL ? tuple_pack(3, (Obj *)TYPE(self), ctor_args, state) : NULL;
    XDECREF(items);
    XDECREF(ctor_args);
    DECREF(state);
    return r;
}

static Obj *m_contains(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("__contains__", 1, 1);
    int rc = set_contains_slot(self, args[0]);
    return rc < 0 ? NULL : NEWREF(bool_from(rc));
}

static Obj *m_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("copy", 0, 0);
    return set_copy_obj(self);
}

static Obj *m_frozenset_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("copy", 0, 0);
    if (is_frozenset_exact(self)) return NEWREF(self);
    return set_copy_obj(self);
}

/* discard/remove: an unhashable set key is looked up as frozenset(key).
 * 1 removed, 0 absent, -1 error. */
static int discard_with_set_key(Obj *self, Obj *key) {
    int rv = set_discard_key((SetObj *)self, key);
    if (rv < 0 && is_mutable_set(key) && err_matches(&Exc_TypeError)) {
        err_clear();
        Obj *tmp = set_make(&FrozenSetType, key);
        if (tmp == NULL) return -1;
        rv = set_discard_key((SetObj *)self, tmp);
        DECREF(tmp);
    }
    return rv;
}

static Obj *m_discard(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("discard", 1, 1);
    if (discard_with_set_key(self, args[0]) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("remove", 1, 1);
    int rv = discard_with_set_key(self, args[0]);
    if (rv < 0) return NULL;
    if (rv == 0) {
        err_key_error(args[0]);
        return NULL;
    }
    return NEWREF(NONE);
}

static Obj *m_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("pop", 0, 0);
    SetObj *so = (SetObj *)self;
    if (so->used == 0) {
        err_set_str(&Exc_KeyError, "pop from an empty set");
        return NULL;
    }
    SetEntry *entry = so->table + (so->finger & (size_t)so->mask);
    SetEntry *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == SET_DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Obj *key = entry->key;
    entry->key = SET_DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

static Obj *m_union(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("union", 0, SIZE_MAX);
    Obj *result = set_copy_obj(self);
    for (size_t i = 0; result != NULL && i < nargs; i++)
        if (args[i] != self && set_update(result, args[i]) < 0) CLEAR(result);
    return result;
}

static Obj *m_update(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("update", 0, SIZE_MAX);
    for (size_t i = 0; i < nargs; i++)
        if (set_update(self, args[i]) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_intersection(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("intersection", 0, SIZE_MAX);
    return intersection_multi(self, args, nargs);
}

static Obj *m_intersection_update(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("intersection_update", 0, SIZE_MAX);
    Obj *tmp = intersection_multi(self, args, nargs);
    if (tmp == NULL) return NULL;
    set_swap_bodies((SetObj *)self, (SetObj *)tmp);
    DECREF(tmp);
    return NEWREF(NONE);
}

static Obj *m_difference(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("difference", 0, SIZE_MAX);
    if (nargs == 0) return set_copy_obj(self);
    Obj *result = set_difference(self, args[0]);
    for (size_t i = 1; result != NULL && i < nargs; i++)
        if (set_difference_update(result, args[i]) < 0) CLEAR(result);
    return result;
}

static Obj *m_difference_update(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("difference_update", 0, SIZE_MAX);
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update(self, args[i]) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_symmetric_difference(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("symmetric_difference", 1, 1);
    return set_symmetric_difference(self, args[0]);
}

static Obj *m_symmetric_difference_update(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("symmetric_difference_update", 1, 1);
    if (set_symmetric_difference_update(self, args[0]) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_issubset(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("issubset", 1, 1);
    return set_issubset_obj(self, args[0]);
}

static Obj *m_issuperset(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("issuperset", 1, 1);
    return set_issuperset_obj(self, args[0]);
}

static Obj *m_isdisjoint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ARGS("isdisjoint", 1, 1);
    return isdisjoint(self, args[0]);
}

const MethodDef set_methods[] = {
    {"add", m_add},
    {"clear", m_clear},
    {"__contains__", m_contains},
    {"copy", m_copy},
    {"discard", m_discard},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"pop", m_pop},
    {"__reduce__", m_reduce},
    {"remove", m_remove},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"union", m_union},
    {"update", m_update},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {NULL},
};

const MethodDef frozenset_methods[] = {
    {"__contains__", m_contains},
    {"copy", m_frozenset_copy},
    {"__reduce__", m_reduce},
    {"difference", m_difference},
    {"intersection", m_intersection},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"symmetric_difference", m_symmetric_difference},
    {"union", m_union},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {NULL},
};

/* ---- operators ------------------------------------------------------------------------------ */
#define BOTH_SETS(a, b) if (!is_anyset(a) || !is_anyset(b)) return NEWREF(NOT_IMPLEMENTED)

static Obj *set_or(Obj *a, Obj *b) {
    BOTH_SETS(a, b);
    Obj *r = set_copy_obj(a);
    if (r != NULL && a != b && set_update(r, b) < 0) CLEAR(r);
    return r;
}
static Obj *set_and(Obj *a, Obj *b) { BOTH_SETS(a, b); return set_intersection(a, b); }
static Obj *set_sub(Obj *a, Obj *b) { BOTH_SETS(a, b); return set_difference(a, b); }
static Obj *set_xor(Obj *a, Obj *b) { BOTH_SETS(a, b); return set_symmetric_difference(a, b); }

static Obj *set_ior(Obj *a, Obj *b) {
    BOTH_SETS(a, b);
    return set_update(a, b) < 0 ? NULL : NEWREF(a);
}

static Obj *set_iand(Obj *a, Obj *b) {
    BOTH_SETS(a, b);
    Obj *tmp = set_intersection(a, b);
    if (tmp == NULL) return NULL;
    set_swap_bodies((SetObj *)a, (SetObj *)tmp);
    DECREF(tmp);
    return NEWREF(a);
}

static Obj *set_isub(Obj *a, Obj *b) {
    BOTH_SETS(a, b);
    return set_difference_update(a, b) < 0 ? NULL : NEWREF(a);
}

static Obj *set_ixor(Obj *a, Obj *b) {
    BOTH_SETS(a, b);
    return set_symmetric_difference_update(a, b) < 0 ? NULL : NEWREF(a);
}

const NumberSlots set_number = {
    .binop = { [BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
               [BINOP_XOR] = set_xor },
    .inplace = { [BINOP_OR] = set_ior, [BINOP_AND] = set_iand, [BINOP_SUB] = set_isub,
                 [BINOP_XOR] = set_ixor },
};

const NumberSlots frozenset_number = {
    .binop = { [BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
               [BINOP_XOR] = set_xor },
};
