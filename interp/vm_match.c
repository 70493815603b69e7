/* vm_match.c: the runtime side of match statements (PEP 634): which types
 * sequence and mapping patterns accept, MATCH_KEYS (mapping lookups through
 * the subject's get()) and MATCH_CLASS (isinstance, __match_args__ and the
 * attribute fetches), with CPython 3.11's errors. */
#include "vm_match.h"
#include "dict.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "api.h"

#include <stdlib.h>
#include <string.h>

extern Type RangeType, MappingProxyType, FloatType, SetType, FrozenSetType, ByteArrayType;

/* An interned attribute name made on first use (NULL with MemoryError). */
static Obj *cached_name(const char *s, Obj **cache)
{
    if (!*cache) {
        Obj *o = str_from_cstr(s);
        *cache = o ? str_intern(o) : NULL;
    }
    return *cache;
}

static Obj *name_get, *name_match_args;

/* True when t or one of its bases is `base` (an MRO walk, only for types
 * the flag tests cannot decide). */
static bool mro_has(const Type *t, const Type *base)
{
    return type_is_subtype(t, base);
}


/* A class of collections.abc (when that module is loaded): instances of
 * its subclasses and registered classes are what CPython flags as
 * sequences/mappings for match.  -1 with an exception, 0 or 1. */
static int abc_instance(Obj *o, const char *abc)
{
    Obj *modules = sys_modules();
    Obj *mod = modules && is_dict(modules) ? dict_get_cstr(modules, "collections.abc") : NULL;
    if (!mod)
        return 0;
    Obj *cls = obj_getattr_cstr(mod, abc);
    if (!cls) {
        err_clear();
        return 0;
    }
    int r = obj_isinstance(o, cls);
    DECREF(cls);
    return r;
}

/* abc_instance's answers by type while no class changes (type_epoch counts
 * class creations and class attribute assignments; ABCMeta.register sets
 * one), so matching plain objects against sequence and mapping patterns
 * does not run the Python-level isinstance each time: CPython reads type
 * flags there.  which: 0 Sequence, 1 Mapping. */
typedef struct AbcMemo {
    const Type *type;
    uint64_t epoch;
    signed char answer[2];      /* -1 unknown */
} AbcMemo;
static AbcMemo abc_memo[32];

static int abc_instance_memo(Obj *o, int which)
{
    const Type *t = TYPE(o);
    AbcMemo *m = &abc_memo[((uintptr_t)t >> 5) % (sizeof abc_memo / sizeof abc_memo[0])];
    if (m->type != t || m->epoch != type_epoch) {
        m->type = t;
        m->epoch = type_epoch;
        m->answer[0] = m->answer[1] = -1;
    }
    if (m->answer[which] >= 0)
        return m->answer[which];
    uint64_t before = type_epoch;
    int r = abc_instance(o, which ? "Mapping" : "Sequence");
    /* kept only when the check itself changed no class (a first check
     * resets ABC caches) and no other thread took the entry */
    if (r >= 0 && type_epoch == before && m->type == t && m->epoch == before)
        m->answer[which] = (signed char)r;
    return r;
}

int vm_match_is_sequence(Obj *o)
{
    if (is_small(o))
        return 0;
    const Type *t = TYPE(o);
    if (type_has(t, TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS | TF_SEQUENCE) || t == &RangeType)
        return 1;
    if (!type_has(t, TF_HEAPTYPE) ||
        type_has(t, TF_STR_SUBCLASS | TF_BYTES_SUBCLASS | TF_DICT_SUBCLASS | TF_INT_SUBCLASS) ||
        mro_has(t, &ByteArrayType))
        return 0;
    if (mro_has(t, &RangeType))
        return 1;
    return abc_instance_memo(o, 0);
}

int vm_match_is_mapping(Obj *o)
{
    if (is_small(o))
        return 0;
    const Type *t = TYPE(o);
    if (type_has(t, TF_DICT_SUBCLASS) || t == &MappingProxyType)
        return 1;
    if (!type_has(t, TF_HEAPTYPE) ||
        type_has(t, TF_STR_SUBCLASS | TF_BYTES_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS))
        return 0;
    if (mro_has(t, &MappingProxyType))
        return 1;
    return abc_instance_memo(o, 1);
}

/* Is keys[i] equal to an earlier key?  Equal hashes, then ==, as a set
 * would decide; no set is built.  1, 0 or -1 with an exception. */
static int repeated_key(Obj *keys, size_t i, intptr_t *hashes)
{
    Obj *k = tuple_get(keys, i);
    intptr_t h = obj_hash(k);
    if (h == -1)
        return -1;
    hashes[i] = h;
    for (size_t j = 0; j < i; j++) {
        Obj *prev = tuple_get(keys, j);
        if (prev == k)
            return 1;
        if (hashes[j] != h)
            continue;
        int eq = obj_eq(prev, k);
        if (eq != 0)
            return eq;
    }
    return 0;
}

Obj *vm_match_keys(Obj *map, Obj *keys)
{
    size_t n = tuple_size(keys);
    if (n == 0)
        return tuple_empty();
    intptr_t small_hashes[8];
    intptr_t *hashes = n <= 8 ? small_hashes : malloc(n * sizeof *hashes);
    if (!hashes) {
        err_no_memory();
        return NULL;
    }
    Obj *values = NULL, *get = NULL, *dummy = NULL;
    bool exact_dict = IS_TYPE(map, DictType);
    if (!exact_dict) {
        /* map.get(key, dummy) for each key, as CPython does */
        Obj *name = cached_name("get", &name_get);
        get = name ? obj_getattr(map, name) : NULL;
        if (!get)
            goto done;
        dummy = obj_call0((Obj *)&ObjectType);      /* a default no mapping holds */
        if (!dummy)
            goto done;
    }
    values = tuple_new(n);
    if (!values)
        goto done;
    for (size_t i = 0; i < n; i++) {
        int rep = repeated_key(keys, i, hashes);
        if (rep != 0) {
            if (rep > 0)
                err_format(&Exc_ValueError, "mapping pattern checks duplicate key (%R)",
                           tuple_get(keys, i));
            goto fail;
        }
        Obj *key = tuple_get(keys, i), *v;
        if (exact_dict) {
            v = dict_get(map, key);
            if (!v) {
                if (err_occurred())
                    goto fail;
                goto no_match;
            }
            INCREF(v);
        } else {
            v = obj_call2(get, key, dummy);
            if (!v)
                goto fail;
            if (v == dummy) {
                DECREF(v);
                goto no_match;
            }
        }
        ((TupleObj *)values)->items[i] = v;
    }
    goto done;
no_match:
    DECREF(values);
    values = NONE;
    INCREF(values);
    goto done;
fail:
    DECREF(values);
    values = NULL;
done:
    if (get)
        DECREF(get);
    if (dummy)
        DECREF(dummy);
    if (hashes != small_hashes)
        free(hashes);
    return values;
}

/* The built-in types whose class pattern with one positional sub-pattern
 * matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF). */
static bool matches_self(const Type *t)
{
    if (type_has(t, TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_BYTES_SUBCLASS | TF_LIST_SUBCLASS |
                    TF_TUPLE_SUBCLASS | TF_DICT_SUBCLASS))
        return true;
    return type_is_subtype(t, &FloatType) || type_is_subtype(t, &SetType) ||
           type_is_subtype(t, &FrozenSetType) || type_is_subtype(t, &ByteArrayType);
}

/* getattr(subject, name) for a sub-pattern: NULL without an exception when
 * the attribute is missing (no match); TypeError when `name` was already
 * asked for (seen[0..nseen) holds the names used so far). */
static Obj *class_attr(Obj *subject, const Type *cls, Obj *name, Obj **seen, size_t nseen)
{
    for (size_t i = 0; i < nseen; i++) {
        if (seen[i] == name || str_equal(seen[i], name)) {
            err_format(&Exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                       cls->name, name);
            return NULL;
        }
    }
    Obj *v = obj_getattr(subject, name);
    if (!v && err_matches(&Exc_AttributeError))
        err_clear();
    return v;
}

Obj *vm_match_class(Obj *subject, Obj *cls, Obj *kwnames, size_t nargs)
{
    if (is_small(cls) || !type_has(TYPE(cls), TF_TYPE_SUBCLASS)) {
        err_set_str(&Exc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    const Type *t = (const Type *)cls;
    int ok = obj_isinstance(subject, cls);
    if (ok <= 0)
        return ok < 0 ? NULL : (INCREF(NONE), NONE);
    size_t nkw = tuple_size(kwnames), total = nargs + nkw;
    Obj *attrs = tuple_new(total);
    if (!attrs)
        return NULL;
    Obj **items = ((TupleObj *)attrs)->items;
    Obj *seen_small[8];
    Obj **seen = total <= 8 ? seen_small : malloc(total * sizeof *seen);
    Obj *match_args = NULL;
    size_t nseen = 0, filled = 0;
    if (!seen) {
        err_no_memory();
        goto fail;
    }
    if (nargs) {
        bool self = false;
        Obj *name = cached_name("__match_args__", &name_match_args);
        match_args = name ? obj_getattr(cls, name) : NULL;
        if (!match_args) {
            if (!err_matches(&Exc_AttributeError))
                goto fail;
            err_clear();
            self = matches_self(t);
            match_args = tuple_empty();
        } else if (!IS_TYPE(match_args, TupleType)) {
            err_format(&Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                       t->name, type_name(match_args));
            goto fail;
        }
        size_t allowed = self ? 1 : tuple_size(match_args);
        if (allowed < nargs) {
            err_format(&Exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                       t->name, allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (self) {
            INCREF(subject);
            items[filled++] = subject;
        } else {
            for (size_t i = 0; i < nargs; i++) {
                Obj *name = tuple_get(match_args, i);
                if (is_small(name) || !IS_TYPE(name, StrType)) {
                    err_format(&Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                               type_name(name));
                    goto fail;
                }
                Obj *v = class_attr(subject, t, name, seen, nseen);
                if (!v)
                    goto fail_or_no_match;
                seen[nseen++] = name;
                items[filled++] = v;
            }
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        Obj *name = tuple_get(kwnames, i);
        Obj *v = class_attr(subject, t, name, seen, nseen);
        if (!v)
            goto fail_or_no_match;
        seen[nseen++] = name;
        items[filled++] = v;
    }
    if (match_args)
        DECREF(match_args);
    if (seen != seen_small) free(seen);
    return attrs;
fail_or_no_match:
    if (!err_occurred()) {
        for (size_t i = filled; i < total; i++)     /* the tuple must be complete to free */
            items[i] = NONE, INCREF(NONE);
        DECREF(attrs);
        if (match_args)
            DECREF(match_args);
        if (seen != seen_small) free(seen);
        INCREF(NONE);
        return NONE;
    }
fail:
    for (size_t i = filled; i < total; i++)
        items[i] = NONE, INCREF(NONE);
    DECREF(attrs);
    if (match_args)
        DECREF(match_args);
    if (seen != seen_small) free(seen);
    return NULL;
}
