/* suggestions.c: the "Did you mean" hints CPython 3.11 adds to an uncaught
 * AttributeError or NameError.  A candidate is chosen with a Levenshtein
 * distance where inserting, deleting or replacing a character costs 2 and
 * changing only its case costs 1; no more than about a third of the
 * characters may change, and long lists of candidates are not searched. */
#include <stdint.h>
#include <string.h>
#include "suggestions.h"
#include "api.h"
#include "code.h"
#include "dict.h"
#include "err.h"
#include "exceptions.h"
#include "exceptions_internal.h"
#include "list.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

enum {
    MAX_CANDIDATES = 750,   /* larger namespaces are not searched */
    MAX_NAME_SIZE = 40,     /* longer names never match */
    MOVE_COST = 2,
    CASE_COST = 1,
};

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

size_t suggestion_distance(const char *a, size_t a_size, const char *b, size_t b_size,
                           size_t max_cost)
{
    while (a_size && b_size && a[0] == b[0])                    /* common prefix */
        a++, b++, a_size--, b_size--;
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1])  /* common suffix */
        a_size--, b_size--;
    if (a_size == 0 || b_size == 0)
        return (a_size + b_size) * MOVE_COST;
    if (a_size > MAX_NAME_SIZE || b_size > MAX_NAME_SIZE)
        return max_cost + 1;
    if (b_size < a_size) {          /* a is the shorter: one row of a's size */
        const char *t = a; a = b; b = t;
        size_t n = a_size; a_size = b_size; b_size = n;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[MAX_NAME_SIZE];
    for (size_t i = 0; i < a_size; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        size_t diagonal = bi * MOVE_COST, minimum = SIZE_MAX;
        result = diagonal;
        for (size_t ai = 0; ai < a_size; ai++) {
            size_t substitute = diagonal + substitution_cost(b[bi], a[ai]);
            diagonal = row[ai];
            size_t insert_delete = (result < diagonal ? result : diagonal) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest of `names` (a list or tuple of str) to `name`, or NULL. */
static Obj *closest(Obj *names, Obj *name)
{
    size_t n = is_list(names) ? list_size(names) : tuple_size(names);
    if (n >= MAX_CANDIDATES)
        return NULL;
    Obj *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        Obj *item = is_list(names) ? list_get(names, i) : tuple_get(names, i);
        if (!is_str(item) || str_equal(item, name))     /* never the name itself */
            continue;
        size_t max = (str_size(name) + str_size(item) + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max)
            max = best_distance - 1;
        size_t d = suggestion_distance(str_data(name), str_size(name), str_data(item),
                                       str_size(item), max);
        if (d > max)
            continue;
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best ? NEWREF(best) : NULL;
}

/* The closest key of a dict, or NULL. */
static Obj *closest_key(Obj *dict, Obj *name)
{
    if (dict == NULL || !is_dict(dict))
        return NULL;
    Obj *keys = dict_keys_list(dict);
    Obj *best = keys ? closest(keys, name) : NULL;
    XDECREF(keys);
    return best;
}

static Obj *for_attribute_error(NameErrorObj *e)
{
    if (e->obj == NULL || e->name == NULL || !is_str(e->name))
        return NULL;
    Obj *dir = dict_get_cstr(builtins_dict(), "dir");
    Obj *names = dir ? obj_call(dir, &e->obj, 1, NULL) : NULL;
    Obj *best = names && is_list(names) ? closest(names, e->name) : NULL;
    XDECREF(names);
    return best;
}

static Obj *for_name_error(NameErrorObj *e)
{
    Obj *tb = e->base.traceback;
    if (e->name == NULL || !is_str(e->name) || tb == NULL || !is_traceback(tb))
        return NULL;
    while (((TracebackObj *)tb)->next != NULL && is_traceback(((TracebackObj *)tb)->next))
        tb = ((TracebackObj *)tb)->next;
    TracebackObj *last = (TracebackObj *)tb;
    Obj *best = closest(last->code->varnames, e->name);
    if (best == NULL)
        best = closest_key(last->globals, e->name);
    if (best == NULL) {
        Obj *builtins = last->globals ? dict_get_cstr(last->globals, "__builtins__") : NULL;
        if (builtins == NULL || !is_dict(builtins))
            builtins = builtins_dict();
        best = closest_key(builtins, e->name);
    }
    return best;
}

Obj *suggestion_for(Obj *exc)
{
    Obj *saved = err_fetch();
    Obj *best = NULL;
    if (type_is_subtype(TYPE(exc), &Exc_AttributeError))
        best = for_attribute_error((NameErrorObj *)exc);
    else if (type_is_subtype(TYPE(exc), &Exc_NameError))
        best = for_name_error((NameErrorObj *)exc);
    err_clear();
    if (saved != NULL)
        err_set_obj(saved);
    return best;
}
