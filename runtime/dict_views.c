/* dict_views.c: the dynamic views d.keys(), d.values(), d.items(): len, `in`,
 * iteration (forward and reversed), repr dict_keys([...]), and for keys and
 * items the set behaviour: comparisons with sets and views, & | - ^ and
 * isdisjoint. */
#include "dict_internal.h"
#include "err.h"
#include "tuple.h"
#include "list.h"
#include "set.h"
#include "args.h"
#include "repr_guard.h"

static inline Obj *view_dict(Obj *v) { return ((DictViewObj *)v)->dict; }

static bool is_setlike_view(const Obj *o) {
    Type *t = TYPE(o);
    return t == &DictKeysType || t == &DictItemsType;
}

Obj *dict_view_new(Obj *d, Type *type) {
    if (!(type->flags & TF_READY) && type_ready(type) < 0) return NULL;
    DictViewObj *v = (DictViewObj *)obj_alloc(type, sizeof *v);
    if (v == NULL) return NULL;
    v->dict = NEWREF(d);
    return (Obj *)v;
}

static void view_dealloc(Obj *o) {
    DECREF(view_dict(o));
    obj_free(o);
}

static intptr_t view_len(Obj *o) { return (intptr_t)dict_size(view_dict(o)); }

static Obj *keys_iter(Obj *o) { return dict_iter_new(view_dict(o), DI_KEYS, false); }
static Obj *values_iter(Obj *o) { return dict_iter_new(view_dict(o), DI_VALUES, false); }
static Obj *items_iter(Obj *o) { return dict_iter_new(view_dict(o), DI_ITEMS, false); }

static int keys_contains(Obj *o, Obj *key) { return dict_contains(view_dict(o), key); }

static int items_contains(Obj *o, Obj *item) {
    if (!is_tuple(item) || tuple_size(item) != 2) return 0;
    Obj *key = tuple_get(item, 0), *value = tuple_get(item, 1);
    Obj *found = dict_get(view_dict(o), key);
    if (found == NULL) return err_occurred() ? -1 : 0;
    INCREF(found);
    int r = obj_eq(found, value);
    DECREF(found);
    return r;
}

static Obj *view_repr(Obj *o) {
    int rc = repr_enter(o);
    if (rc != 0) return rc < 0 ? NULL : str_from_cstr("...");
    Obj *seq = list_from_iterable(o);
    Obj *r = seq ? str_from_format("%s(%R)", TYPE(o)->name, seq) : NULL;
    XDECREF(seq);
    repr_leave(o);
    return r;
}

/* ---- set behaviour of keys and items ------------------------------------------ */
/* 1 if every element of a is in b. */
static int all_contained_in(Obj *a, Obj *b) {
    Obj *it = obj_iter(a);
    if (it == NULL) return -1;
    int ok = 1;
    Obj *x;
    while (ok == 1 && (x = obj_next(it)) != NULL) {
        ok = obj_contains(b, x);
        DECREF(x);
    }
    DECREF(it);
    if (ok == 1 && err_occurred()) return -1;
    return ok;
}

static Obj *view_richcompare(Obj *a, Obj *b, int op) {
    if (!is_anyset(b) && !is_setlike_view(b)) return NEWREF(NOT_IMPLEMENTED);
    intptr_t la = obj_len(a), lb = la < 0 ? -1 : obj_len(b);
    if (lb < 0) return NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT: if (la < lb) ok = all_contained_in(a, b); break;
    case CMP_LE: if (la <= lb) ok = all_contained_in(a, b); break;
    case CMP_GT: if (la > lb) ok = all_contained_in(b, a); break;
    default:     if (la >= lb) ok = all_contained_in(b, a); break;
    }
    return ok < 0 ? NULL : NEWREF(bool_from(ok));
}

/* set(self), reading a keys view's dict directly (it keeps the hashes). */
static Obj *view_to_set(Obj *o) {
    if (TYPE(o) == &DictKeysType && TYPE(view_dict(o)) == &DictType) return set_new(view_dict(o));
    return set_new(o);
}

static Obj *view_sub(Obj *a, Obj *b) {
    Obj *r = view_to_set(a);
    if (r != NULL && set_difference_update(r, b) < 0) CLEAR(r);
    return r;
}

static Obj *view_or(Obj *a, Obj *b) {
    Obj *r = view_to_set(a);
    if (r != NULL && set_update(r, b) < 0) CLEAR(r);
    return r;
}

static Obj *view_xor(Obj *a, Obj *b) {
    Obj *r = view_to_set(a);
    if (r != NULL && set_symmetric_difference_update(r, b) < 0) CLEAR(r);
    return r;
}

static Obj *view_and(Obj *a, Obj *b) {
    if (!is_setlike_view(a)) {   /* reflected: other & view */
        Obj *t = a;
        a = b;
        b = t;
    }
    intptr_t la = obj_len(a);
    if (la < 0) return NULL;
    if (TYPE(b) == &SetType && la <= set_size(b)) return set_intersection(b, a);
    if (is_setlike_view(b) && obj_len(b) > la) {
        Obj *t = a;
        a = b;
        b = t;
    }
    int (*contains)(Obj *, Obj *) = TYPE(a) == &DictKeysType ? keys_contains : items_contains;
    Obj *r = set_new(NULL);
    Obj *it = r ? obj_iter(b) : NULL;
    if (it == NULL) {
        XDECREF(r);
        return NULL;
    }
    Obj *x;
    while ((x = obj_next(it)) != NULL) {
        int rc = contains(a, x);
        if (rc > 0) rc = set_add(r, x);
        DECREF(x);
        if (rc < 0) {
            DECREF(it);
            DECREF(r);
            return NULL;
        }
    }
    DECREF(it);
    if (err_occurred()) CLEAR(r);
    return r;
}

static const NumberSlots view_number = {
    .binop = { [BINOP_SUB] = view_sub, [BINOP_AND] = view_and, [BINOP_OR] = view_or,
               [BINOP_XOR] = view_xor },
};

static Obj *view_isdisjoint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("isdisjoint", kwnames) < 0 || args_count("isdisjoint", nargs, 1, 1) < 0)
        return NULL;
    Obj *other = args[0];
    if (other == self) return NEWREF(bool_from(view_len(self) == 0));
    Obj *a = self;
    if (is_anyset(other) || is_setlike_view(other)) {
        intptr_t lo = obj_len(other);
        if (lo < 0) return NULL;
        if (lo > view_len(self)) {
            a = other;
            other = self;
        }
    }
    Obj *it = obj_iter(other);
    if (it == NULL) return NULL;
    Obj *x;
    int found = 0;
    while (found == 0 && (x = obj_next(it)) != NULL) {
        found = obj_contains(a, x);
        DECREF(x);
    }
    DECREF(it);
    if (found < 0 || (found == 0 && err_occurred())) return NULL;
    return NEWREF(bool_from(found == 0));
}

#define VIEW_REVERSED(fname, kind) \
    static Obj *fname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        if (args_no_kwargs("__reversed__", kwnames) < 0 || \
            args_count("__reversed__", nargs, 0, 0) < 0) return NULL; \
        return dict_iter_new(view_dict(self), kind, true); \
    }
VIEW_REVERSED(keys_reversed, DI_KEYS)
VIEW_REVERSED(values_reversed, DI_VALUES)
VIEW_REVERSED(items_reversed, DI_ITEMS)

static Obj *view_mapping(Obj *o) { return mappingproxy_new(view_dict(o)); }

static const GetSetDef view_getset[] = {
    {"mapping", view_mapping},
    {NULL},
};

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__reversed__", keys_reversed},
    {NULL},
};
static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__reversed__", items_reversed},
    {NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed},
    {NULL},
};

static const MappingSlots keys_mapping = { .len = view_len, .contains = keys_contains };
static const MappingSlots items_mapping = { .len = view_len, .contains = items_contains };
static const MappingSlots values_mapping = { .len = view_len };

Type DictKeysType = {
    .ob = STATIC_HEAD(&TypeType), .name = "dict_keys", .size = sizeof(DictViewObj),
    .base = &ObjectType, .dealloc = view_dealloc, .repr = view_repr,
    .richcompare = view_richcompare, .iter = keys_iter, .number = &view_number,
    .mapping = &keys_mapping, .methods = keys_methods, .getset = view_getset,
};

Type DictItemsType = {
    .ob = STATIC_HEAD(&TypeType), .name = "dict_items", .size = sizeof(DictViewObj),
    .base = &ObjectType, .dealloc = view_dealloc, .repr = view_repr,
    .richcompare = view_richcompare, .iter = items_iter, .number = &view_number,
    .mapping = &items_mapping, .methods = items_methods, .getset = view_getset,
};

Type DictValuesType = {
    .ob = STATIC_HEAD(&TypeType), .name = "dict_values", .size = sizeof(DictViewObj),
    .base = &ObjectType, .dealloc = view_dealloc, .repr = view_repr,
    .iter = values_iter, .mapping = &values_mapping, .methods = values_methods,
    .getset = view_getset,
};
