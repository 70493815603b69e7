/* generic_alias.c: types.GenericAlias, what `dict[str, int]` or `list[int]`
 * make (PEP 585): __origin__/__args__/__parameters__, a repr like the
 * subscription, calls and attribute reads passed on to the origin class,
 * equality and hash from origin and args, and __mro_entries__ so a class may
 * derive from list[int].  Types offer it through generic_alias_class_getitem. */
#include <stdio.h>
#include "generic_alias.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "args.h"
#include "ident.h"
#include "union_type.h"

typedef struct GenericAliasObj {
    Obj ob;
    Obj *origin;
    Obj *args;              /* tuple */
    Obj *parameters;        /* tuple (no type variables without typing: empty) */
} GenericAliasObj;

static inline GenericAliasObj *as_ga(Obj *o) { return (GenericAliasObj *)o; }

Obj *generic_alias_new(Obj *origin, Obj *args) {
    if (!(GenericAliasType.flags & TF_READY) && type_ready(&GenericAliasType) < 0) return NULL;
    Obj *tuple = is_tuple(args) ? NEWREF(args) : tuple_pack(1, args);
    if (tuple == NULL) return NULL;
    Obj *params = tuple_empty();
    GenericAliasObj *ga = (GenericAliasObj *)obj_alloc(&GenericAliasType, sizeof *ga);
    if (ga == NULL) {
        DECREF(tuple);
        DECREF(params);
        return NULL;
    }
    ga->origin = NEWREF(origin);
    ga->args = tuple;
    ga->parameters = params;
    return (Obj *)ga;
}

Obj *generic_alias_class_getitem(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kw_count(kwnames) == 0 && nargs == 1) return generic_alias_new(cls, args[0]);
    /* messages name the built-in class defining the method */
    Type *t = (Type *)cls;
    while (type_has(t, TF_HEAPTYPE) && t->base != NULL) t = t->base;
    char fname[96];
    snprintf(fname, sizeof fname, "%s.__class_getitem__", t->name);
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    return generic_alias_new(cls, args[0]);
}

static void ga_dealloc(Obj *o) {
    DECREF(as_ga(o)->origin);
    DECREF(as_ga(o)->args);
    DECREF(as_ga(o)->parameters);
    obj_free(o);
}

/* ---- repr ----------------------------------------------------------------------- */
/* One item of the repr: ..., a nested alias as its repr, a class as
 * module.qualname (qualname alone for builtins), anything else as repr(). */
static int repr_item(StrBuf *b, Obj *p) {
    if (p == ELLIPSIS) return strbuf_append(b, "...", 3);
    Obj *r = NULL;
    if (!is_small(p) && TYPE(p) != &GenericAliasType) {
        Obj *qualname = obj_lookup_attr(p, IDENT(__qualname__));
        Obj *module = qualname ? obj_lookup_attr(p, IDENT(__module__)) : NULL;
        if (err_occurred()) {
            XDECREF(qualname);
            XDECREF(module);
            return -1;
        }
        if (qualname != NULL && module != NULL && is_str(module) && is_str(qualname)) {
            r = str_equal_cstr(module, "builtins") ? NEWREF(qualname)
                                                  : str_from_format("%U.%U", module, qualname);
        }
        XDECREF(qualname);
        XDECREF(module);
    }
    if (r == NULL && !err_occurred()) r = obj_repr(p);
    if (r == NULL) return -1;
    int rc = strbuf_append_str(b, r);
    DECREF(r);
    return rc;
}

static Obj *ga_repr(Obj *o) {
    GenericAliasObj *ga = as_ga(o);
    StrBuf b;
    strbuf_init(&b);
    if (repr_item(&b, ga->origin) < 0 || strbuf_append_ascii(&b, '[') < 0) goto fail;
    size_t n = tuple_size(ga->args);
    if (n == 0 && strbuf_append(&b, "()", 2) < 0) goto fail;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && strbuf_append(&b, ", ", 2) < 0) goto fail;
        Obj *item = tuple_get(ga->args, i);
        if (repr_item(&b, item) < 0) goto fail;
    }
    if (strbuf_append_ascii(&b, ']') < 0) goto fail;
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return NULL;
}

/* ---- comparison, hash ------------------------------------------------------------ */
static Obj *ga_richcompare(Obj *a, Obj *b, int op) {
    if (TYPE(b) != &GenericAliasType || (op != CMP_EQ && op != CMP_NE)) return NEWREF(NOT_IMPLEMENTED);
    int eq = obj_eq(as_ga(a)->origin, as_ga(b)->origin);
    if (eq > 0) eq = obj_eq(as_ga(a)->args, as_ga(b)->args);
    if (eq < 0) return NULL;
    return NEWREF(bool_from((eq == 1) == (op == CMP_EQ)));
}

static intptr_t ga_hash(Obj *o) {
    intptr_t h0 = obj_hash(as_ga(o)->origin);
    if (h0 == -1) return -1;
    intptr_t h1 = obj_hash(as_ga(o)->args);
    if (h1 == -1) return -1;
    intptr_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* ---- attributes and calls -------------------------------------------------------------- */
/* Names the alias answers itself; every other attribute is the origin's. */
static bool own_attribute(Obj *name) {
    static const char *const own[] = {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__", NULL,
    };
    for (const char *const *p = own; *p; p++)
        if (str_equal_cstr(name, *p)) return true;
    return false;
}

static Obj *ga_getattr(Obj *o, Obj *name) {
    if (is_str(name) && !own_attribute(name)) return obj_getattr(as_ga(o)->origin, name);
    return obj_generic_getattr(o, name);
}

static Obj *ga_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *r = obj_call(as_ga(o)->origin, args, nargs, kwnames);
    if (r == NULL) return NULL;
    /* instances remember the alias when they can (not built-in ones) */
    if (obj_setattr(r, IDENT(__orig_class__), o) < 0) {
        if (!err_matches(&Exc_AttributeError) && !err_matches(&Exc_TypeError)) {
            DECREF(r);
            return NULL;
        }
        err_clear();
    }
    return r;
}

static Obj *ga_getitem(Obj *o, Obj *key) {
    err_format(&Exc_TypeError, "%R is not a generic class", o);
    return NULL;
}

static const MappingSlots ga_mapping = { .getitem = ga_getitem };

static Obj *ga_get_origin(Obj *o) { return NEWREF(as_ga(o)->origin); }
static Obj *ga_get_args(Obj *o) { return NEWREF(as_ga(o)->args); }
static Obj *ga_get_parameters(Obj *o) { return NEWREF(as_ga(o)->parameters); }

static const GetSetDef ga_getset[] = {
    {"__origin__", ga_get_origin},
    {"__args__", ga_get_args},
    {"__parameters__", ga_get_parameters},
    {NULL},
};

static Obj *ga_mro_entries(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__mro_entries__", kwnames) < 0 ||
        args_count("__mro_entries__", nargs, 1, 1) < 0) return NULL;
    return tuple_pack(1, as_ga(self)->origin);
}

static Obj *ga_no_check(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return NULL;
}

static Obj *ga_no_subclass_check(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    return NULL;
}

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries},
    {"__instancecheck__", ga_no_check},
    {"__subclasscheck__", ga_no_subclass_check},
    {NULL},
};

static Obj *ga_tp_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("GenericAlias", kwnames) < 0 || args_count("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return generic_alias_new(args[0], args[1]);
}

/* list[int] | None: types.UnionType (union_type.c). */
static const NumberSlots ga_number = {
    .binop = {[BINOP_OR] = union_type_or},
};

Type GenericAliasType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "types.GenericAlias",
    .size = sizeof(GenericAliasObj),
    .base = &ObjectType,
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .new_ = ga_tp_new,
    .mapping = &ga_mapping,
    .number = &ga_number,
    .methods = ga_methods,
    .getset = ga_getset,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};
