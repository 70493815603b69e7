/* set_type.c: the set and frozenset type objects: construction, repr
 * {1, 2} / frozenset({1, 2}) with a recursion guard, comparisons (subset
 * order), frozenset's hash (CPython's algorithm), `in`, len, iteration. */
#include <stdlib.h>
#include "set_internal.h"
#include "err.h"
#include "list.h"
#include "str.h"
#include "args.h"
#include "repr_guard.h"
#include "trashcan.h"

/* ---- lifetime ------------------------------------------------------------------ */
static void set_dealloc(Obj *o) {
    if (!trashcan_begin(o)) return;
    SetObj *so = (SetObj *)o;
    intptr_t used = so->used;
    for (SetEntry *e = so->table; used > 0; e++)
        if (e->key != NULL && e->key != SET_DUMMY) {
            used--;
            DECREF(e->key);
        }
    if (so->table != so->smalltable) free(so->table);
    obj_free(o);
    trashcan_end();
}

/* ---- repr ------------------------------------------------------------------------ */
Obj *set_repr(Obj *o) {
    SetObj *so = (SetObj *)o;
    const char *tname = type_name(o);
    int rc = repr_enter(o);
    if (rc != 0) return rc < 0 ? NULL : str_from_format("%s(...)", tname);
    if (so->used == 0) {
        repr_leave(o);
        return str_from_format("%s()", tname);
    }
    /* snapshot the keys: their reprs may change the set */
    Obj *keys = list_new((size_t)so->used);
    if (keys == NULL) {
        repr_leave(o);
        return NULL;
    }
    size_t pos = 0, n = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) list_set_new(keys, n++, NEWREF(e->key));
    bool exact = TYPE(o) == &SetType;
    StrBuf b;
    strbuf_init(&b);
    bool ok = (exact || (strbuf_append_cstr(&b, tname) == 0 && strbuf_append_ascii(&b, '(') == 0)) &&
              strbuf_append_ascii(&b, '{') == 0;
    for (size_t i = 0; ok && i < n; i++) {
        Obj *r = obj_repr(list_get(keys, i));
        ok = r != NULL && (i == 0 || strbuf_append(&b, ", ", 2) == 0) && strbuf_append_str(&b, r) == 0;
        XDECREF(r);
    }
    ok = ok && strbuf_append_ascii(&b, '}') == 0 && (exact || strbuf_append_ascii(&b, ')') == 0);
    DECREF(keys);
    repr_leave(o);
    if (!ok) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* ---- comparison ---------------------------------------------------------------------- */
static Obj *set_richcompare(Obj *v, Obj *w, int op) {
    if (!is_anyset(w)) return NEWREF(NOT_IMPLEMENTED);
    SetObj *a = (SetObj *)v, *b = (SetObj *)w;
    switch (op) {
    case CMP_EQ:
    case CMP_NE: {
        bool eq;
        if (a->used != b->used || (a->hash != -1 && b->hash != -1 && a->hash != b->hash)) {
            eq = false;
        } else {
            Obj *r = set_issubset_obj(v, w);
            if (r == NULL) return NULL;
            eq = r == TRUE_;
            DECREF(r);
        }
        return NEWREF(bool_from(eq == (op == CMP_EQ)));
    }
    case CMP_LE: return set_issubset_obj(v, w);
    case CMP_GE: return set_issuperset_obj(v, w);
    case CMP_LT:
        if (a->used >= b->used) return NEWREF(FALSE_);
        return set_issubset_obj(v, w);
    default:
        if (a->used <= b->used) return NEWREF(FALSE_);
        return set_issuperset_obj(v, w);
    }
}

/* ---- hash (frozenset) ------------------------------------------------------------------- */
static inline uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
}

intptr_t frozenset_hash(Obj *o) {
    SetObj *so = (SetObj *)o;
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    /* xor of every slot's shuffled hash (order-independent), then the
     * effect of empty (hash 0) and dummy (hash -1) slots taken out */
    for (intptr_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237u;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923u;
    if (hash == (uint64_t)-1) hash = 590923713u;
    so->hash = (intptr_t)hash;
    return so->hash;
}

/* ---- container protocol -------------------------------------------------------------------- */
static intptr_t set_len(Obj *o) { return ((SetObj *)o)->used; }

/* `x in s`; an unhashable set x is looked up as frozenset(x). */
int set_contains_slot(Obj *o, Obj *key) {
    int rc = set_contains_key((SetObj *)o, key);
    if (rc < 0 && is_mutable_set(key) && err_matches(&Exc_TypeError)) {
        err_clear();
        Obj *tmp = set_make(&FrozenSetType, key);
        if (tmp == NULL) return -1;
        rc = set_contains_key((SetObj *)o, tmp);
        DECREF(tmp);
    }
    return rc;
}

static const MappingSlots set_mapping = {
    .len = set_len,
    .contains = set_contains_slot,
};

/* ---- iteration ------------------------------------------------------------------------------- */
typedef struct SetIterObj {
    Obj ob;
    SetObj *so;             /* NULL once exhausted */
    intptr_t used;          /* so->used when made; -1 after a size change */
    size_t pos;
    intptr_t len;
} SetIterObj;

static void setiter_dealloc(Obj *o) {
    XDECREF((Obj *)((SetIterObj *)o)->so);
    obj_free(o);
}

static Obj *setiter_self(Obj *o) { return NEWREF(o); }

static Obj *setiter_next(Obj *o) {
    SetIterObj *it = (SetIterObj *)o;
    SetObj *so = it->so;
    if (so == NULL) return NULL;
    if (it->used != so->used) {
        err_set_str(&Exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    SetEntry *e;
    if (!set_next_entry(so, &it->pos, &e)) {
        it->so = NULL;
        DECREF((Obj *)so);
        return NULL;
    }
    it->len--;
    return NEWREF(e->key);
}

static Obj *setiter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__length_hint__", kwnames) < 0 ||
        args_count("__length_hint__", nargs, 0, 0) < 0) return NULL;
    SetIterObj *it = (SetIterObj *)self;
    intptr_t n = it->so != NULL && it->used == it->so->used ? it->len : 0;
    return small_new(n);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint},
    {NULL},
};

static Type SetIterType = {
    .ob = STATIC_HEAD(&TypeType), .name = "set_iterator", .size = sizeof(SetIterObj),
    .base = &ObjectType, .dealloc = setiter_dealloc, .iter = setiter_self,
    .iternext = setiter_next, .methods = setiter_methods,
};

Obj *set_iter(Obj *o) {
    if (!(SetIterType.flags & TF_READY) && type_ready(&SetIterType) < 0) return NULL;
    SetIterObj *it = (SetIterObj *)obj_alloc(&SetIterType, sizeof *it);
    if (it == NULL) return NULL;
    it->so = (SetObj *)NEWREF(o);
    it->used = it->len = ((SetObj *)o)->used;
    it->pos = 0;
    return (Obj *)it;
}

/* ---- construction ----------------------------------------------------------------------------- */
static Obj *set_tp_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (type == &SetType) {   /* set(...) exactly: check here, init fills */
        if (args_no_kwargs("set", kwnames) < 0) return NULL;
        if (nargs > 1) {
            err_format(&Exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
            return NULL;
        }
    }
    return set_make(type, NULL);
}

static int set_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set", kwnames) < 0) return -1;
    if (nargs > 1) {
        err_format(&Exc_TypeError, "%s expected at most 1 argument, got %zu", type_name(self), nargs);
        return -1;
    }
    SetObj *so = (SetObj *)self;
    if (so->fill) set_clear_internal(so);
    so->hash = -1;
    return nargs == 0 ? 0 : set_update(self, args[0]);
}

static Obj *frozenset_tp_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if ((type == &FrozenSetType || type->init == FrozenSetType.init) &&
        args_no_kwargs("frozenset", kwnames) < 0) return NULL;
    if (nargs > 1) {
        err_format(&Exc_TypeError, "%s expected at most 1 argument, got %zu", type->name, nargs);
        return NULL;
    }
    Obj *iterable = nargs ? args[0] : NULL;
    if (type == &FrozenSetType && iterable != NULL && is_frozenset_exact(iterable))
        return NEWREF(iterable);   /* frozenset(f) is f */
    return set_make(type, iterable);
}

Type SetType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "set",
    .size = sizeof(SetObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .base = &ObjectType,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_tp_new,
    .init = set_init,
    .number = &set_number,
    .mapping = &set_mapping,
    .methods = set_methods,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
};

Type FrozenSetType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "frozenset",
    .size = sizeof(SetObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .base = &ObjectType,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_tp_new,
    .number = &frozenset_number,
    .mapping = &set_mapping,
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
};
