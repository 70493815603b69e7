/* builtins_reduce.c: built-ins that consume an iterable into one result:
 * sum, min, max, any, all, sorted. */
#include <string.h>
#include "builtins.h"
#include "args.h"
#include "bytes.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* ---- sum --------------------------------------------------------------- */

static int check_sum_start(Obj *start) {
    const char *what = is_str(start) ? "strings [use ''.join(seq) instead]"
                     : is_bytes(start) ? "bytes [use b''.join(seq) instead]"
                     : is_bytearray(start) ? "bytearray [use b''.join(seq) instead]" : NULL;
    if (what == NULL) return 0;
    err_format(&Exc_TypeError, "sum() can't sum %s", what);
    return -1;
}

/* Adds small ints to *acc (a small int) while they come and fit; returns the
 * first item it could not take (new reference), or NULL at the end/error. */
static Obj *sum_small_ints(Obj *it, Obj **acc) {
    int64_t total = small_value(*acc);
    Obj *item;
    while ((item = obj_next(it)) != NULL) {
        int64_t s;
        if (!is_small(item) || __builtin_add_overflow(total, small_value(item), &s) || !small_fits(s))
            break;
        total = s;
    }
    *acc = small_new((intptr_t)total);
    return item;
}

/* Adds floats (and small ints) to the float *acc while they come. */
static Obj *sum_floats(Obj *it, Obj **acc) {
    double total = float_value(*acc);
    Obj *item;
    while ((item = obj_next(it)) != NULL) {
        if (TYPE(item) == &FloatType) total += float_value(item);
        else if (is_small(item)) total += (double)small_value(item);
        else break;
        DECREF(item);
    }
    Obj *f = float_new(total);
    if (f == NULL) { XDECREF(item); return NULL; }
    SETREF(*acc, f);
    return item;
}

static Obj *b_sum(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"iterable", "/", "start", NULL};
    Obj *a[2];
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (args_bind("sum", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    Obj *acc = a[1] ? a[1] : small_new(0);
    if (check_sum_start(acc) < 0) return NULL;
    Obj *it = obj_iter(a[0]);
    if (it == NULL) return NULL;
    INCREF(acc);
    for (;;) {
        Obj *item;
        if (is_small(acc)) item = sum_small_ints(it, &acc);
        else if (TYPE(acc) == &FloatType) item = sum_floats(it, &acc);
        else item = obj_next(it);
        if (item == NULL) break;
        Obj *s = obj_binop(acc, item, BINOP_ADD);
        DECREF(item);
        SETREF(acc, s);
        if (acc == NULL) break;
    }
    DECREF(it);
    if (err_occurred()) CLEAR(acc);
    return acc;
}

/* ---- min and max ------------------------------------------------------- */

/* min/max's keyword arguments: key= and default= only. */
static int minmax_kwargs(const char *fname, Obj *const *kwvals, Obj *kwnames, Obj **key, Obj **dflt) {
    *key = *dflt = NULL;
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Obj *name = tuple_get(kwnames, i);
        if (str_equal_cstr(name, "key")) *key = kwvals[i];
        else if (str_equal_cstr(name, "default")) *dflt = kwvals[i];
        else {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
    }
    if (*key == NONE) *key = NULL;
    return 0;
}

/* The next candidate: from the iterator, or from the argument array. */
static Obj *minmax_next(Obj *it, Obj *const *args, size_t nargs, size_t *i) {
    if (it != NULL) return obj_next(it);
    return *i < nargs ? NEWREF(args[(*i)++]) : NULL;
}

static Obj *minmax(const char *fname, int op, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *key, *dflt;
    if (minmax_kwargs(fname, args + nargs, kwnames, &key, &dflt) < 0) return NULL;
    if (nargs == 0) {
        err_format(&Exc_TypeError, "%s expected at least 1 argument, got 0", fname);
        return NULL;
    }
    if (nargs > 1 && dflt != NULL) {
        err_format(&Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
        return NULL;
    }
    Obj *it = nargs == 1 ? obj_iter(args[0]) : NULL;
    if (nargs == 1 && it == NULL) return NULL;
    Obj *best = NULL, *best_key = NULL, *item;
    size_t i = 0;
    while ((item = minmax_next(it, args, nargs, &i)) != NULL) {
        Obj *k = key ? obj_call1(key, item) : NEWREF(item);
        int better = k == NULL ? -1 : best == NULL ? 1 : obj_richcompare_bool(k, best_key, op);
        if (better > 0) {
            SETREF(best, item);
            SETREF(best_key, k);
            continue;
        }
        DECREF(item);
        XDECREF(k);
        if (better < 0) break;
    }
    XDECREF(it);
    XDECREF(best_key);
    if (err_occurred()) { XDECREF(best); return NULL; }
    if (best != NULL) return best;
    if (dflt != NULL) return NEWREF(dflt);
    err_format(&Exc_ValueError, "%s() arg is an empty sequence", fname);
    return NULL;
}

static Obj *b_min(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return minmax("min", CMP_LT, args, nargs, kwnames);
}

static Obj *b_max(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return minmax("max", CMP_GT, args, nargs, kwnames);
}

/* ---- any, all, sorted -------------------------------------------------- */

/* Scans for the first item whose truth equals `stop`; returns that truth. */
static Obj *any_all(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, int stop) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    Obj *it = obj_iter(args[0]), *item;
    if (it == NULL) return NULL;
    int found = 0;
    while (!found && (item = obj_next(it)) != NULL) {
        int t = obj_is_true(item);
        DECREF(item);
        if (t < 0) { DECREF(it); return NULL; }
        found = t == stop;
    }
    DECREF(it);
    if (err_occurred()) return NULL;
    return bool_from(found ? stop : !stop);
}

static Obj *b_any(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return any_all("any", args, nargs, kwnames, 1);
}

static Obj *b_all(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return any_all("all", args, nargs, kwnames, 0);
}

static Obj *b_sorted(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"$key", "$reverse", NULL};
    Obj *a[2];
    if (nargs != 1) {
        err_format(&Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return NULL;
    }
    if (args_bind("sort", args + 1, 0, kwnames, names, 0, a) < 0) return NULL;
    int reverse = a[1] ? obj_is_true(a[1]) : 0;
    if (reverse < 0) return NULL;
    Obj *l = list_from_iterable(args[0]);
    if (l != NULL && list_sort(l, a[0] == NONE ? NULL : a[0], reverse) < 0) CLEAR(l);
    return l;
}

const MethodDef builtins_reduce_methods[] = {
    {"sum", b_sum, 0},
    {"min", b_min, 0},
    {"max", b_max, 0},
    {"any", b_any, 0},
    {"all", b_all, 0},
    {"sorted", b_sorted, 0},
    {NULL},
};
