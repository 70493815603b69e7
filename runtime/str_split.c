/* str_split.c: str.split, rsplit, splitlines, partition, rpartition and
 * join (the algorithms live in str_algo.c, shared with bytes). */
#include "str_methods.h"
#include "str_algo.h"
#include "err.h"
#include "list.h"
#include "seq_internal.h"
#include "tuple.h"

/* split/rsplit arguments: sep (str or None) and maxsplit. */
static int split_args(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                      Obj **sep, intptr_t *maxsplit) {
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Obj *a[2];
    if (str_bind(fname, args, nargs, kwnames, names, 0, a) < 0) return -1;
    *sep = a[0] == NONE ? NULL : a[0];
    *maxsplit = -1;
    if (*sep != NULL) {
        if (!is_str(*sep)) {
            err_format(&Exc_TypeError, "must be str or None, not %s", type_name(*sep));
            return -1;
        }
        if (str_size(*sep) == 0) {
            err_set_str(&Exc_ValueError, "empty separator");
            return -1;
        }
    }
    return a[1] ? str_int_arg(a[1], maxsplit) : 0;
}

Obj *str_m_split(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *sep;
    intptr_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    return algo_split(self, str_data(self), str_size(self), sep ? str_data(sep) : NULL,
                      sep ? str_size(sep) : 0, maxsplit, true, str_subbytes);
}

Obj *str_m_rsplit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *sep;
    intptr_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    return algo_rsplit(self, str_data(self), str_size(self), sep ? str_data(sep) : NULL,
                       sep ? str_size(sep) : 0, maxsplit, true, str_subbytes);
}

Obj *str_m_splitlines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "keepends", NULL };
    Obj *a[1];
    if (str_bind("splitlines", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    intptr_t keep = 0;
    if (a[0] != NULL && str_int_arg(a[0], &keep) < 0) return NULL;
    return algo_splitlines(self, str_data(self), str_size(self), keep != 0, true, str_subbytes);
}

static Obj *partition_common(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                             Obj *kwnames, bool reverse) {
    if (str_onearg(fname, nargs, kwnames) < 0) return NULL;
    Obj *sep = args[0];
    if (!is_str(sep)) {
        err_format(&Exc_TypeError, "must be str, not %s", type_name(sep));
        return NULL;
    }
    if (str_size(sep) == 0) {
        err_set_str(&Exc_ValueError, "empty separator");
        return NULL;
    }
    Obj *exact = str_exact(sep);
    if (exact == NULL) return NULL;
    Obj *r = algo_partition(self, str_data(self), str_size(self), exact, str_data(sep),
                            str_size(sep), reverse, str_subbytes);
    DECREF(exact);
    return r;
}

Obj *str_m_partition(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common("partition", self, args, nargs, kwnames, false);
}

Obj *str_m_rpartition(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common("rpartition", self, args, nargs, kwnames, true);
}

/* ---- join ------------------------------------------------------------------------- */
/* Joins items[0..n) (checked to be str) with sep: sizes first, one allocation. */
static Obj *join_items(Obj *sep, Obj *const *items, size_t n) {
    if (n == 0) return str_empty();
    if (n == 1 && IS_TYPE(items[0], StrType)) return NEWREF(items[0]);
    size_t size = 0, length = 0;
    bool ascii = str_is_ascii(sep);
    for (size_t i = 0; i < n; i++) {
        Obj *it = items[i];
        if (is_small(it) || (it->type != &StrType && !is_str(it))) {
            err_format(&Exc_TypeError, "sequence item %zu: expected str instance, %s found",
                       i, type_name(it));
            return NULL;
        }
        size += str_size(it);
        length += str_length(it);
        ascii &= str_is_ascii(it);
    }
    size_t ss = str_size(sep);
    size += ss * (n - 1);
    length += str_length(sep) * (n - 1);
    Obj *r = str_new_raw(size, length, ascii);
    if (r == NULL) return NULL;
    char *d = as_str(r)->data;
    const char *sd = str_data(sep);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && ss > 0) {
            if (ss == 1) *d = *sd;
            else memcpy(d, sd, ss);
            d += ss;
        }
        size_t k = str_size(items[i]);
        if (k == 1) *d = str_data(items[i])[0];   /* single characters: no call */
        else memcpy(d, str_data(items[i]), k);
        d += k;
    }
    return r;
}

Obj *str_join(Obj *sep, Obj *iterable) {
    if (seq_fast_ok(iterable))
        return join_items(sep, seq_items(iterable), seq_size(iterable));
    Type *t = TYPE(iterable);
    if (t->iter == NULL && (t->mapping == NULL || t->mapping->getitem == NULL)) {
        err_set_str(&Exc_TypeError, "can only join an iterable");
        return NULL;
    }
    Obj *list = list_from_iterable(iterable);
    if (list == NULL) return NULL;
    Obj *r = join_items(sep, (Obj *const *)((ListObj *)list)->items, list_size(list));
    DECREF(list);
    return r;
}

Obj *str_m_join(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_onearg("join", nargs, kwnames) < 0) return NULL;
    return str_join(self, args[0]);
}
