/* builtins_iter.c: the lazy iterator types the builtins module exposes:
 * enumerate, zip, map, filter, reversed, and callable_iterator (iter(f, s)). */
#include <stdlib.h>
#include "builtins.h"
#include "dict.h"
#include "args.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static Obj *iter_self(Obj *o) { return NEWREF(o); }

/* Every iterator here is a header plus object fields; freeing them is the same. */
#define ITER_DEALLOC(fname, T, ...) \
    static void fname(Obj *o) { \
        T *it = (T *)o; \
        Obj **fields[] = {__VA_ARGS__}; \
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) XDECREF(*fields[i]); \
        obj_free(o); \
    }

#define ITER_TYPE(var, tname, T, newfn, nextfn, deallocfn) \
    Type var = { \
        .ob = STATIC_HEAD(&TypeType), .name = tname, .size = sizeof(T), \
        .base = &ObjectType, .flags = TF_BASETYPE, .dealloc = deallocfn, \
        .iter = iter_self, .iternext = nextfn, .new_ = newfn, \
    }

/* ---- enumerate --------------------------------------------------------- */

typedef struct EnumerateObj { Obj ob; Obj *it; Obj *count; } EnumerateObj;
ITER_DEALLOC(enumerate_dealloc, EnumerateObj, &it->it, &it->count)

static Obj *enumerate_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    Obj *a[2];
    if (args_bind("enumerate", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    if (a[0] == NULL) {
        err_set_str(&Exc_TypeError, "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    Obj *start = a[1] ? obj_index(a[1]) : small_new(0);
    if (start == NULL) return NULL;
    Obj *it = obj_iter(a[0]);
    EnumerateObj *e = it ? (EnumerateObj *)obj_alloc(t, sizeof *e) : NULL;
    if (e == NULL) { XDECREF(it); DECREF(start); return NULL; }
    e->it = it;
    e->count = start;
    return (Obj *)e;
}

static Obj *enumerate_next(Obj *o) {
    EnumerateObj *e = (EnumerateObj *)o;
    Obj *item = obj_next(e->it);
    if (item == NULL) return NULL;
    Obj *t = tuple_new(2);
    if (t == NULL) { DECREF(item); return NULL; }
    Obj *n = is_small(e->count) && small_value(e->count) < SMALL_MAX
             ? small_new(small_value(e->count) + 1) : int_add(e->count, small_new(1));
    if (n == NULL) { DECREF(item); DECREF(t); return NULL; }
    tuple_set(t, 0, e->count);   /* the reference moves into the tuple */
    tuple_set(t, 1, item);
    e->count = n;
    return t;
}

ITER_TYPE(EnumerateType, "enumerate", EnumerateObj, enumerate_new, enumerate_next, enumerate_dealloc);

/* ---- zip --------------------------------------------------------------- */

typedef struct ZipObj { Obj ob; Obj *iters; bool strict; } ZipObj;
ITER_DEALLOC(zip_dealloc, ZipObj, &it->iters)

static Obj *iters_of(Obj *const *args, size_t n) {
    Obj *iters = tuple_new(n);
    if (iters == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        Obj *it = obj_iter(args[i]);
        if (it == NULL) {
            for (size_t j = i; j < n; j++) tuple_set(iters, j, NEWREF(NONE));
            DECREF(iters);
            return NULL;
        }
        tuple_set(iters, i, it);
    }
    return iters;
}

static Obj *zip_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    bool strict = false;
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Obj *name = tuple_get(kwnames, i);
        if (!str_equal_cstr(name, "strict")) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
            return NULL;
        }
        int s = obj_is_true(args[nargs + i]);
        if (s < 0) return NULL;
        strict = s;
    }
    Obj *iters = iters_of(args, nargs);
    ZipObj *z = iters ? (ZipObj *)obj_alloc(t, sizeof *z) : NULL;
    if (z == NULL) { XDECREF(iters); return NULL; }
    z->iters = iters;
    z->strict = strict;
    return (Obj *)z;
}

/* zip(strict=True) found iterator i exhausted: check the lengths agree. */
static Obj *zip_strict_check(ZipObj *z, size_t i) {
    if (err_occurred()) return NULL;
    size_t n = tuple_size(z->iters);
    const char *what = "shorter";
    if (i == 0) {
        for (i = 1; i < n; i++) {
            Obj *item = obj_next(tuple_get(z->iters, i));
            if (item == NULL && err_occurred()) return NULL;
            if (item != NULL) { DECREF(item); what = "longer"; break; }
        }
        if (i == n) return NULL;
    }
    if (i == 1) err_format(&Exc_ValueError, "zip() argument 2 is %s than argument 1", what);
    else err_format(&Exc_ValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1, what, i);
    return NULL;
}

static Obj *zip_next(Obj *o) {
    ZipObj *z = (ZipObj *)o;
    size_t n = tuple_size(z->iters);
    if (n == 0) return NULL;
    Obj *t = tuple_new(n);
    if (t == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        Obj *item = obj_next(tuple_get(z->iters, i));
        if (item == NULL) {
            for (size_t j = i; j < n; j++) tuple_set(t, j, NEWREF(NONE));
            DECREF(t);
            return z->strict ? zip_strict_check(z, i) : NULL;
        }
        tuple_set(t, i, item);
    }
    return t;
}

ITER_TYPE(ZipType, "zip", ZipObj, zip_new, zip_next, zip_dealloc);

/* ---- map --------------------------------------------------------------- */

typedef struct MapObj { Obj ob; Obj *func; Obj *iters; } MapObj;
ITER_DEALLOC(map_dealloc, MapObj, &it->func, &it->iters)

static Obj *map_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("map", kwnames) < 0) return NULL;
    if (nargs < 2) {
        err_set_str(&Exc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    Obj *iters = iters_of(args + 1, nargs - 1);
    MapObj *m = iters ? (MapObj *)obj_alloc(t, sizeof *m) : NULL;
    if (m == NULL) { XDECREF(iters); return NULL; }
    m->func = NEWREF(args[0]);
    m->iters = iters;
    return (Obj *)m;
}

static Obj *map_next(Obj *o) {
    MapObj *m = (MapObj *)o;
    enum { SMALL_ARGS = 4 };
    size_t n = tuple_size(m->iters);
    Obj *small[SMALL_ARGS] = {0};
    Obj **argv = n <= SMALL_ARGS ? small : malloc(n * sizeof *argv);
    if (argv == NULL) { err_no_memory(); return NULL; }
    Obj *res = NULL;
    size_t got = 0;
    while (got < n && (argv[got] = obj_next(tuple_get(m->iters, got))) != NULL) got++;
    if (got == n) res = obj_call(m->func, argv, n, NULL);
    while (got > 0) DECREF(argv[--got]);
    if (argv != small) free(argv);
    return res;
}

ITER_TYPE(MapType, "map", MapObj, map_new, map_next, map_dealloc);

/* ---- filter ------------------------------------------------------------ */

typedef struct FilterObj { Obj ob; Obj *func; Obj *it; } FilterObj;
ITER_DEALLOC(filter_dealloc, FilterObj, &it->func, &it->it)

static Obj *filter_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("filter", kwnames) < 0 || args_count("filter", nargs, 2, 2) < 0) return NULL;
    Obj *it = obj_iter(args[1]);
    FilterObj *f = it ? (FilterObj *)obj_alloc(t, sizeof *f) : NULL;
    if (f == NULL) { XDECREF(it); return NULL; }
    f->func = args[0] == NONE || args[0] == (Obj *)&BoolType ? NULL : NEWREF(args[0]);
    f->it = it;
    return (Obj *)f;
}

static Obj *filter_next(Obj *o) {
    FilterObj *f = (FilterObj *)o;
    Obj *item;
    while ((item = obj_next(f->it)) != NULL) {
        Obj *v = f->func ? obj_call1(f->func, item) : NEWREF(item);
        int keep = v ? obj_is_true(v) : -1;
        XDECREF(v);
        if (keep > 0) return item;
        DECREF(item);
        if (keep < 0) return NULL;
    }
    return NULL;
}

ITER_TYPE(FilterType, "filter", FilterObj, filter_new, filter_next, filter_dealloc);

/* ---- reversed ---------------------------------------------------------- */

/* reversed over the sequence protocol (len + getitem), for types without
 * their own __reversed__. */
typedef struct ReversedObj { Obj ob; Obj *seq; intptr_t index; } ReversedObj;
ITER_DEALLOC(reversed_dealloc, ReversedObj, &it->seq)

static Obj *reversed_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("reversed", kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
        return NULL;
    }
    Obj *seq = args[0];
    Obj *rev = type_lookup(TYPE(seq), str_intern_cstr("__reversed__"));
    if (rev != NULL && rev != NONE) return obj_call_unbound(rev, seq, NULL, 0);
    bool sequence = rev == NULL &&   /* __reversed__ = None: not reversible */
                    type_lookup(TYPE(seq), str_intern_cstr("__getitem__")) != NULL &&
                    type_lookup(TYPE(seq), str_intern_cstr("__len__")) != NULL &&
                    !is_dict(seq);
    if (!sequence) {
        err_format(&Exc_TypeError, "'%T' object is not reversible", seq);
        return NULL;
    }
    intptr_t n = obj_len(seq);
    if (n < 0) return NULL;
    ReversedObj *r = (ReversedObj *)obj_alloc(t, sizeof *r);
    if (r == NULL) return NULL;
    r->seq = NEWREF(seq);
    r->index = n - 1;
    return (Obj *)r;
}

static Obj *reversed_next(Obj *o) {
    ReversedObj *r = (ReversedObj *)o;
    if (r->index < 0 || r->seq == NULL) return NULL;
    Obj *item = obj_getitem(r->seq, small_new(r->index--));
    if (item == NULL && (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration))) {
        err_clear();
        CLEAR(r->seq);
    }
    return item;
}

ITER_TYPE(ReversedType, "reversed", ReversedObj, reversed_new, reversed_next, reversed_dealloc);

/* ---- callable_iterator ------------------------------------------------- */

typedef struct CallableIterObj { Obj ob; Obj *func; Obj *sentinel; } CallableIterObj;
ITER_DEALLOC(callable_iter_dealloc, CallableIterObj, &it->func, &it->sentinel)

Obj *callable_iter_new(Obj *callable, Obj *sentinel) {
    CallableIterObj *c = (CallableIterObj *)obj_alloc(&CallableIterType, sizeof *c);
    if (c == NULL) return NULL;
    c->func = NEWREF(callable);
    c->sentinel = NEWREF(sentinel);
    return (Obj *)c;
}

static Obj *callable_iter_next(Obj *o) {
    CallableIterObj *c = (CallableIterObj *)o;
    if (c->func == NULL) return NULL;
    Obj *v = obj_call0(c->func);
    if (v == NULL) {
        if (err_matches(&Exc_StopIteration)) { err_clear(); CLEAR(c->func); }
        return NULL;
    }
    int same = obj_richcompare_bool(v, c->sentinel, CMP_EQ);
    if (same == 0) return v;
    DECREF(v);
    if (same > 0) CLEAR(c->func);
    return NULL;
}

ITER_TYPE(CallableIterType, "callable_iterator", CallableIterObj, NULL, callable_iter_next,
          callable_iter_dealloc);
