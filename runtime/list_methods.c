/* list_methods.c: list's methods (append, extend, insert, remove, pop,
 * clear, index, count, reverse, copy, sort, __reversed__) with CPython's
 * argument checking and messages. */
#include <string.h>
#include "list_internal.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "args.h"
#include "generic_alias.h"

static int bad_args(const char *fname, const char *kwname, size_t nargs, Obj *kwnames,
                    size_t min, size_t max) {
    if (args_no_kwargs(kwname, kwnames) < 0) return -1;
    return args_count(fname, nargs, min, max);
}

/* Checks a method's arguments: no keywords and min..max positionals. */
static inline int check_args(const char *fname, const char *kwname, size_t nargs, Obj *kwnames,
                             size_t min, size_t max) {
    if (kw_count(kwnames) == 0 && nargs >= min && nargs <= max) return 0;
    return bad_args(fname, kwname, nargs, kwnames, min, max);
}

/* An index argument (int or __index__) as intptr_t; OverflowError "Python
 * int too large to convert to C ssize_t" when it does not fit. */
static int ssize_arg(Obj *o, intptr_t *out) {
    if (is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    Obj *idx = obj_index(o);
    if (idx == NULL) return -1;
    *out = int_as_ssize(idx);
    DECREF(idx);
    return *out == -1 && err_occurred() ? -1 : 0;
}

static Obj *list_m_append(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.append", "list.append", nargs, kwnames, 1, 1) < 0) return NULL;
    if (list_append(self, args[0]) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *list_m_extend(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.extend", "list.extend", nargs, kwnames, 1, 1) < 0) return NULL;
    if (list_extend(self, args[0]) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *list_m_insert(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("insert", "insert", nargs, kwnames, 2, 2) < 0) return NULL;
    intptr_t i;
    if (ssize_arg(args[0], &i) < 0) return NULL;
    ListObj *l = as_list(self);
    intptr_t n = (intptr_t)l->size;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    } else if (i > n) {
        i = n;
    }
    if (list_resize(l, (size_t)n + 1) < 0) return NULL;
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Obj *));
    l->items[i] = NEWREF(args[1]);
    return NEWREF(NONE);
}

/* The index of the first item == x in l[start:stop], -1 if none, -2 on error. */
static intptr_t find_item(ListObj *l, Obj *x, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < l->size; i++) {
        Obj *item = l->items[i];
        if (item == x) return (intptr_t)i;
        INCREF(item);
        int k = obj_richcompare_bool(item, x, CMP_EQ);
        DECREF(item);
        if (k < 0) return -2;
        if (k > 0) return (intptr_t)i;
    }
    return -1;
}

static Obj *list_m_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.remove", "list.remove", nargs, kwnames, 1, 1) < 0) return NULL;
    ListObj *l = as_list(self);
    intptr_t i = find_item(l, args[0], 0, l->size);
    if (i == -2) return NULL;
    if (i == -1) {
        err_set_str(&Exc_ValueError, "list.remove(x): x not in list");
        return NULL;
    }
    /* the comparison may have shrunk the list */
    if ((size_t)i < l->size && list_replace(l, (size_t)i, (size_t)i + 1, NULL, 0) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *list_m_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("pop", "pop", nargs, kwnames, 0, 1) < 0) return NULL;
    ListObj *l = as_list(self);
    intptr_t i = -1;
    if (nargs == 1 && ssize_arg(args[0], &i) < 0) return NULL;
    if (l->size == 0) {
        err_set_str(&Exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0) i += (intptr_t)l->size;
    if (i < 0 || (size_t)i >= l->size) {
        err_set_str(&Exc_IndexError, "pop index out of range");
        return NULL;
    }
    Obj *v = l->items[i];
    size_t n = l->size;
    memmove(l->items + i, l->items + i + 1, (n - (size_t)i - 1) * sizeof(Obj *));
    list_resize(l, n - 1);   /* shrinking cannot fail */
    return v;
}

static Obj *list_m_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.clear", "list.clear", nargs, kwnames, 0, 0) < 0) return NULL;
    list_clear_items(as_list(self));
    return NEWREF(NONE);
}

static Obj *list_m_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.copy", "list.copy", nargs, kwnames, 0, 0) < 0) return NULL;
    return list_from_array(as_list(self)->items, as_list(self)->size);
}

static Obj *list_m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("index", "index", nargs, kwnames, 1, 3) < 0) return NULL;
    ListObj *l = as_list(self);
    size_t start = 0, stop = SIZE_MAX;
    if (nargs > 1 && seq_bound_arg(args[1], l->size, &start) < 0) return NULL;
    if (nargs > 2 && seq_bound_arg(args[2], l->size, &stop) < 0) return NULL;
    intptr_t i = find_item(l, args[0], start, stop);
    if (i == -2) return NULL;
    if (i == -1) {
        err_format(&Exc_ValueError, "%R is not in list", args[0]);
        return NULL;
    }
    return small_new(i);
}

static Obj *list_m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.count", "list.count", nargs, kwnames, 1, 1) < 0) return NULL;
    return seq_count(self, args[0]);
}

static Obj *list_m_reverse(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.reverse", "list.reverse", nargs, kwnames, 0, 0) < 0) return NULL;
    ListObj *l = as_list(self);
    if (l->size > 1)
        for (Obj **lo = l->items, **hi = l->items + l->size - 1; lo < hi; lo++, hi--) {
            Obj *t = *lo;
            *lo = *hi;
            *hi = t;
        }
    return NEWREF(NONE);
}

static Obj *list_m_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args("list.__reversed__", "list.__reversed__", nargs, kwnames, 0, 0) < 0) return NULL;
    return list_reversed_iter(self);
}

/* sort(*, key=None, reverse=False) */
static Obj *list_m_sort(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs > 0) {
        err_set_str(&Exc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    Obj *key = NULL, *reverse = NULL;
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Obj *name = tuple_get(kwnames, i);
        if (str_equal_cstr(name, "key")) {
            key = args[i];
        } else if (str_equal_cstr(name, "reverse")) {
            reverse = args[i];
        } else {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for sort()", name);
            return NULL;
        }
    }
    bool rev = false;
    if (reverse != NULL) {   /* a C int, as CPython's argument clinic reads it */
        intptr_t r;
        if (ssize_arg(reverse, &r) < 0 || r < INT32_MIN || r > INT32_MAX) {
            if (err_occurred() == NULL || err_matches(&Exc_OverflowError)) {
                err_clear();
                err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
            }
            return NULL;
        }
        rev = r != 0;
    }
    if (list_sort(self, key == NONE ? NULL : key, rev) < 0) return NULL;
    return NEWREF(NONE);
}

const MethodDef list_methods[] = {
    {"__reversed__", list_m_reversed},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {"append", list_m_append},
    {"clear", list_m_clear},
    {"copy", list_m_copy},
    {"count", list_m_count},
    {"extend", list_m_extend},
    {"index", list_m_index},
    {"insert", list_m_insert},
    {"pop", list_m_pop},
    {"remove", list_m_remove},
    {"reverse", list_m_reverse},
    {"sort", list_m_sort},
    {NULL},
};
