/* dict_type.c: the dict type object: construction dict(...), repr with its
 * recursion guard, ==, the mapping protocol (d[k] with __missing__, d[k] = v,
 * del d[k], `in`, len), the | and |= operators, and the iterator types over
 * keys, values and items (forward and reversed). */
#include <stdlib.h>
#include "dict_internal.h"
#include "err.h"
#include "tuple.h"
#include "args.h"
#include "ident.h"
#include "repr_guard.h"
#include "trashcan.h"

/* ---- lifetime ---------------------------------------------------------------- */
static void dict_dealloc(Obj *o) {
    if (!trashcan_begin(o)) return;
    DictObj *d = (DictObj *)o;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != NULL) {
            DECREF(d->entries[i].key);
            DECREF(d->entries[i].value);
        }
    free(d->index);
    obj_free(o);
    trashcan_end();
}

/* ---- repr ---------------------------------------------------------------------- */
Obj *dict_repr(Obj *o) {
    DictObj *d = (DictObj *)o;
    if (d->used == 0) return str_from_cstr("{}");
    int rc = repr_enter(o);
    if (rc != 0) return rc < 0 ? NULL : str_from_cstr("{...}");
    StrBuf b;
    strbuf_init(&b);
    bool first = true, ok = strbuf_append_ascii(&b, '{') == 0;
    for (size_t i = 0; ok && i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (ep->key == NULL) continue;
        /* the reprs may mutate the dict: hold the pair */
        Obj *k = NEWREF(ep->key), *v = NEWREF(ep->value);
        Obj *kr = obj_repr(k);
        Obj *vr = kr ? obj_repr(v) : NULL;
        ok = vr != NULL && (first || strbuf_append(&b, ", ", 2) == 0) &&
             strbuf_append_str(&b, kr) == 0 && strbuf_append(&b, ": ", 2) == 0 &&
             strbuf_append_str(&b, vr) == 0;
        first = false;
        XDECREF(kr);
        XDECREF(vr);
        DECREF(k);
        DECREF(v);
    }
    repr_leave(o);
    if (!ok || strbuf_append_ascii(&b, '}') < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* ---- comparison ------------------------------------------------------------------ */
/* 1 equal, 0 not, -1 error: same size and every key of a maps to an equal value in b. */
static int dict_equal(DictObj *a, DictObj *b) {
    if (a->used != b->used) return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry *ep = &a->entries[i];
        if (ep->key == NULL) continue;
        Obj *key = NEWREF(ep->key), *aval = NEWREF(ep->value);
        Obj *bval = dict_get_hashed((Obj *)b, key, ep->hash);
        int cmp;
        if (bval == NULL) {
            cmp = err_occurred() ? -1 : 0;
        } else {
            INCREF(bval);
            cmp = obj_eq(aval, bval);
            DECREF(bval);
        }
        DECREF(key);
        DECREF(aval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static Obj *dict_richcompare(Obj *a, Obj *b, int op) {
    if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return NEWREF(NOT_IMPLEMENTED);
    int eq = dict_equal((DictObj *)a, (DictObj *)b);
    if (eq < 0) return NULL;
    return NEWREF(bool_from((eq == 1) == (op == CMP_EQ)));
}

/* ---- mapping protocol ---------------------------------------------------------------- */
static intptr_t dict_len(Obj *d) { return (intptr_t)((DictObj *)d)->used; }

Obj *dict_subscript(Obj *d, Obj *key) {
    intptr_t hash = key_hash(key);
    if (hash == -1) return NULL;
    Obj *v = dict_get_hashed(d, key, hash);
    if (v != NULL) return NEWREF(v);
    if (err_occurred()) return NULL;
    if (TYPE(d) != &DictType) {
        Obj *missing = type_lookup(TYPE(d), IDENT(__missing__));
        if (missing != NULL) return obj_call_unbound(missing, d, &key, 1);
    }
    err_key_error(key);
    return NULL;
}

static int dict_ass_subscript(Obj *d, Obj *key, Obj *value) {
    return value == NULL ? dict_del(d, key) : dict_set(d, key, value);
}

static const MappingSlots dict_mapping = {
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains,
};

/* ---- operators ------------------------------------------------------------------------ */
Obj *dict_or(Obj *a, Obj *b) {
    if (!is_dict(a) || !is_dict(b)) return NEWREF(NOT_IMPLEMENTED);
    Obj *r = dict_copy(a);
    if (r != NULL && dict_update(r, b) < 0) CLEAR(r);
    return r;
}

Obj *dict_ior(Obj *a, Obj *b) {
    if (dict_update(a, b) < 0) return NULL;
    return NEWREF(a);
}

static const NumberSlots dict_number = {
    .binop = { [BINOP_OR] = dict_or },
    .inplace = { [BINOP_OR] = dict_ior },
};

/* ---- construction ------------------------------------------------------------------------ */
static Obj *dict_tp_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    return dict_new_type(type);
}

/* Adds the keyword arguments of a vector call to d. */
int dict_update_kwargs(Obj *d, Obj *const *kwvalues, Obj *kwnames) {
    size_t n = kw_count(kwnames);
    for (size_t i = 0; i < n; i++)
        if (dict_set(d, tuple_get(kwnames, i), kwvalues[i]) < 0) return -1;
    return 0;
}

static int dict_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs > 1) {
        err_format(&Exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(self, args[0]) < 0) return -1;
    return dict_update_kwargs(self, args + nargs, kwnames);
}

Type DictType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "dict",
    .size = sizeof(DictObj),
    .flags = TF_BASETYPE | TF_DICT_SUBCLASS,
    .base = &ObjectType,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter_slot,
    .new_ = dict_tp_new,
    .init = dict_init,
    .number = &dict_number,
    .mapping = &dict_mapping,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
};

/* ---- iterators ------------------------------------------------------------------------------ */
typedef struct DictIterObj {
    Obj ob;
    DictObj *d;             /* NULL once exhausted */
    size_t used;            /* d->used when made; SIZE_MAX after a size change */
    intptr_t pos;           /* next entry to look at (counts down when reversed) */
    size_t len;             /* items left to produce */
    Obj *result;            /* reused (key, value) tuple of the items iterator */
} DictIterObj;

static void dictiter_dealloc(Obj *o) {
    DictIterObj *it = (DictIterObj *)o;
    XDECREF((Obj *)it->d);
    XDECREF(it->result);
    obj_free(o);
}

static Obj *dictiter_self(Obj *o) { return NEWREF(o); }

/* The next live entry, or NULL (exhausted, or RuntimeError set). */
static DictEntry *dictiter_advance(DictIterObj *it, bool reversed) {
    DictObj *d = it->d;
    if (d == NULL) return NULL;
    if (it->used != d->used) {
        err_set_str(&Exc_RuntimeError, "dictionary changed size during iteration");
        it->used = SIZE_MAX;
        return NULL;
    }
    intptr_t i = it->pos;
    if (!reversed) {
        while ((size_t)i < d->nentries && d->entries[i].key == NULL) i++;
        it->pos = i + 1;
        if ((size_t)i >= d->nentries) goto done;
    } else {
        if (i >= (intptr_t)d->nentries) i = (intptr_t)d->nentries - 1;
        while (i >= 0 && d->entries[i].key == NULL) i--;
        it->pos = i - 1;
        if (i < 0) goto done;
    }
    if (it->len == 0) {
        err_set_str(&Exc_RuntimeError, "dictionary keys changed during iteration");
        goto done;
    }
    it->len--;
    return &d->entries[i];
done:
    it->d = NULL;
    DECREF((Obj *)d);
    return NULL;
}

static Obj *item_tuple(DictIterObj *it, DictEntry *ep) {
    Obj *r = it->result;
    if (r != NULL && r->refcnt == 1) {
        Obj *ok = tuple_get(r, 0), *ov = tuple_get(r, 1);
        ((TupleObj *)r)->hash = -1;
        tuple_set(r, 0, NEWREF(ep->key));
        tuple_set(r, 1, NEWREF(ep->value));
        DECREF(ok);
        DECREF(ov);
        return NEWREF(r);
    }
    r = tuple_pack(2, ep->key, ep->value);
    if (r != NULL && it->result == NULL) it->result = NEWREF(r);
    return r;
}

#define DICT_ITER_NEXT(fname, reversed, expr) \
    static Obj *fname(Obj *o) { \
        DictIterObj *it = (DictIterObj *)o; \
        DictEntry *ep = dictiter_advance(it, reversed); \
        if (ep == NULL) return NULL; \
        return expr; \
    }
DICT_ITER_NEXT(keyiter_next, false, NEWREF(ep->key))
DICT_ITER_NEXT(valueiter_next, false, NEWREF(ep->value))
DICT_ITER_NEXT(itemiter_next, false, item_tuple(it, ep))
DICT_ITER_NEXT(rkeyiter_next, true, NEWREF(ep->key))
DICT_ITER_NEXT(rvalueiter_next, true, NEWREF(ep->value))
DICT_ITER_NEXT(ritemiter_next, true, item_tuple(it, ep))

static Obj *dictiter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__length_hint__", kwnames) < 0 ||
        args_count("__length_hint__", nargs, 0, 0) < 0) return NULL;
    DictIterObj *it = (DictIterObj *)self;
    size_t n = it->d != NULL && it->used == it->d->used ? it->len : 0;
    return small_new((intptr_t)n);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint},
    {NULL},
};

#define DICT_ITER_TYPE(var, tname, next) \
    static Type var = { \
        .ob = STATIC_HEAD(&TypeType), .name = tname, .size = sizeof(DictIterObj), \
        .base = &ObjectType, .dealloc = dictiter_dealloc, .iter = dictiter_self, \
        .iternext = next, .methods = dictiter_methods, \
    }
DICT_ITER_TYPE(DictKeyIterType, "dict_keyiterator", keyiter_next);
DICT_ITER_TYPE(DictValueIterType, "dict_valueiterator", valueiter_next);
DICT_ITER_TYPE(DictItemIterType, "dict_itemiterator", itemiter_next);
DICT_ITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator", rkeyiter_next);
DICT_ITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator", rvalueiter_next);
DICT_ITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator", ritemiter_next);

Obj *dict_iter_new(Obj *o, DictIterKind kind, bool reversed) {
    static Type *const types[2][3] = {
        {&DictKeyIterType, &DictValueIterType, &DictItemIterType},
        {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType},
    };
    Type *t = types[reversed][kind];
    if (!(t->flags & TF_READY) && type_ready(t) < 0) return NULL;
    DictObj *d = (DictObj *)o;
    DictIterObj *it = (DictIterObj *)obj_alloc(t, sizeof *it);
    if (it == NULL) return NULL;
    it->d = (DictObj *)NEWREF(o);
    it->used = d->used;
    it->len = d->used;
    it->pos = reversed ? (intptr_t)d->nentries - 1 : 0;
    it->result = NULL;
    return (Obj *)it;
}

Obj *dict_iter_slot(Obj *d) { return dict_iter_new(d, DI_KEYS, false); }
