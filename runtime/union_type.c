/* union_type.c: types.UnionType (PEP 604).  `int | str | None` makes one
 * flat union of distinct members (None stored as NoneType, nested unions
 * flattened, duplicates dropped keeping the first); a single member is
 * returned itself.  Equality and hash ignore order; isinstance/issubclass
 * take a union as they take a tuple (compare.c).  Reprs and errors follow
 * CPython 3.11. */
#include "union_type.h"
#include "err.h"
#include "generic_alias.h"
#include "ident.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

typedef struct UnionObj {
    Obj ob;
    Obj *args;          /* tuple */
    Obj *parameters;    /* tuple, made on first use, or NULL */
} UnionObj;

Obj *union_args(Obj *u) { return ((UnionObj *)u)->args; }

static bool is_type_obj(const Obj *o) { return type_has(TYPE(o), TF_TYPE_SUBCLASS); }

static bool unionable(Obj *o) {
    return o == NONE || is_type_obj(o) || IS_TYPE(o, GenericAliasType) || is_union(o);
}

/* Members are the same object, or equal generic aliases. */
static int same(Obj *a, Obj *b) {
    if (IS_TYPE(a, GenericAliasType) && IS_TYPE(b, GenericAliasType)) return obj_eq(a, b);
    return a == b;
}

/* Appends o (a union's members, or o itself; None as NoneType) to l
 * unless already there.  -1 on error. */
static int add_member(Obj *l, Obj *o) {
    if (is_union(o)) {
        Obj *args = union_args(o);
        for (size_t i = 0; i < tuple_size(args); i++)
            if (add_member(l, tuple_get(args, i)) < 0) return -1;
        return 0;
    }
    if (o == NONE) o = (Obj *)&NoneType;
    for (size_t i = 0; i < list_size(l); i++) {
        int r = same(list_get(l, i), o);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    return list_append(l, o);
}

Obj *union_type_or(Obj *a, Obj *b) {
    if (!unionable(a) || !unionable(b)) return NEWREF(NOT_IMPLEMENTED);
    Obj *l = list_new(0);
    if (l == NULL || add_member(l, a) < 0 || add_member(l, b) < 0) {
        XDECREF(l);
        return NULL;
    }
    if (list_size(l) == 1) {
        Obj *only = NEWREF(list_get(l, 0));
        DECREF(l);
        return only;
    }
    Obj *args = list_as_tuple(l);
    DECREF(l);
    if (args == NULL) return NULL;
    if (!(UnionType.flags & TF_READY) && type_ready(&UnionType) < 0) {
        DECREF(args);
        return NULL;
    }
    UnionObj *u = (UnionObj *)obj_alloc(&UnionType, sizeof *u);
    if (u == NULL) {
        DECREF(args);
        return NULL;
    }
    u->args = args;
    return (Obj *)u;
}

static void union_dealloc(Obj *o) {
    UnionObj *u = (UnionObj *)o;
    XDECREF(u->args);
    XDECREF(u->parameters);
    obj_free(o);
}

/* One member as CPython writes it: None, a generic alias's repr, a
 * builtin's qualname, module.qualname for other classes. */
static Obj *member_repr(Obj *p) {
    if (p == (Obj *)&NoneType) return str_from_cstr("None");
    if (IS_TYPE(p, GenericAliasType)) return obj_repr(p);
    Obj *qualname = obj_lookup_attr(p, IDENT(__qualname__));
    if (qualname == NULL) return err_occurred() ? NULL : obj_repr(p);
    Obj *module = obj_lookup_attr(p, IDENT(__module__));
    Obj *r;
    if (module == NULL || module == NONE)
        r = err_occurred() ? NULL : obj_repr(p);
    else if (is_str(module) && str_equal_cstr(module, "builtins"))
        r = obj_str(qualname);
    else
        r = str_from_format("%S.%S", module, qualname);
    XDECREF(module);
    DECREF(qualname);
    return r;
}

static Obj *union_repr(Obj *o) {
    Obj *args = union_args(o);
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < tuple_size(args); i++) {
        Obj *s = member_repr(tuple_get(args, i));
        if (s == NULL) {
            strbuf_free(&b);
            return NULL;
        }
        if (i > 0) strbuf_append_cstr(&b, " | ");
        strbuf_append_str(&b, s);
        DECREF(s);
    }
    return strbuf_finish(&b);
}

static Obj *union_richcompare(Obj *a, Obj *b, int op) {
    if (!is_union(b) || (op != CMP_EQ && op != CMP_NE)) return NEWREF(NOT_IMPLEMENTED);
    Obj *x = frozenset_new(union_args(a)), *y = x ? frozenset_new(union_args(b)) : NULL;
    Obj *r = y ? obj_richcompare(x, y, op) : NULL;
    XDECREF(x);
    XDECREF(y);
    return r;
}

static intptr_t union_hash(Obj *o) {
    Obj *s = frozenset_new(union_args(o));
    if (s == NULL) return -1;
    intptr_t h = obj_hash(s);
    DECREF(s);
    return h;
}

static bool holds(Obj *l, Obj *o) {
    for (size_t i = 0; i < list_size(l); i++)
        if (list_get(l, i) == o) return true;
    return false;
}

/* The type variables among the members (their own __parameters__). */
static Obj *union_get_parameters(Obj *o) {
    UnionObj *u = (UnionObj *)o;
    if (u->parameters != NULL) return NEWREF(u->parameters);
    Obj *l = list_new(0);
    for (size_t i = 0; l != NULL && i < tuple_size(u->args); i++) {
        Obj *t = tuple_get(u->args, i);
        if (is_type_obj(t)) continue;
        Obj *params = obj_lookup_attr(t, IDENT(__parameters__));
        if (params == NULL && err_occurred()) CLEAR(l);
        for (size_t j = 0; l != NULL && params != NULL && is_tuple(params) && j < tuple_size(params); j++) {
            bool found = holds(l, tuple_get(params, j));
            if (!found && list_append(l, tuple_get(params, j)) < 0) CLEAR(l);
        }
        XDECREF(params);
    }
    if (l == NULL) return NULL;
    u->parameters = list_as_tuple(l);
    DECREF(l);
    return u->parameters ? NEWREF(u->parameters) : NULL;
}

static Obj *union_get_args(Obj *o) { return NEWREF(union_args(o)); }

static const GetSetDef union_getset[] = {
    {"__args__", union_get_args},
    {"__parameters__", union_get_parameters},
    {NULL},
};

static const NumberSlots union_number = {
    .binop = {[BINOP_OR] = union_type_or},
};

Type UnionType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "types.UnionType",
    .size = sizeof(UnionObj),
    .flags = TF_IMMUTABLE,
    .base = &ObjectType,
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .number = &union_number,
    .getset = union_getset,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
