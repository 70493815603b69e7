/* namespace.c: types.SimpleNamespace, an object that is only its attributes
 * (sys.implementation is one): namespace(a=1, b='x'). */
#include <stddef.h>
#include "namespace.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "repr_guard.h"
#include "str.h"
#include "tuple.h"

typedef struct NamespaceObj { Obj ob; Obj *dict; } NamespaceObj;

static Obj *namespace_alloc(Type *t) {
    NamespaceObj *ns = (NamespaceObj *)obj_alloc(t, sizeof *ns);
    if (ns == NULL) return NULL;
    if ((ns->dict = dict_new()) == NULL) { obj_free((Obj *)ns); return NULL; }
    return (Obj *)ns;
}

Obj *namespace_new(Obj *attrs) {
    if (type_ready(&NamespaceType) < 0) return NULL;
    Obj *ns = namespace_alloc(&NamespaceType);
    if (ns != NULL && attrs != NULL && dict_update(((NamespaceObj *)ns)->dict, attrs) < 0) CLEAR(ns);
    return ns;
}

/* SimpleNamespace(**kwargs): keyword arguments only. */
static Obj *namespace_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs > 0) {
        err_set_str(&Exc_TypeError, "no positional arguments expected");
        return NULL;
    }
    Obj *ns = namespace_alloc(t);
    for (size_t i = 0; ns != NULL && i < kw_count(kwnames); i++)
        if (dict_set(((NamespaceObj *)ns)->dict, tuple_get(kwnames, i), args[i]) < 0) CLEAR(ns);
    return ns;
}

static void namespace_dealloc(Obj *o) {
    XDECREF(((NamespaceObj *)o)->dict);
    obj_free(o);
}

/* namespace(name=repr, ...) in insertion order; namespace(...) when nested in itself. */
static Obj *namespace_repr(Obj *o) {
    /* a subclass shows its own name: S(a=1) */
    const char *name = TYPE(o) == &NamespaceType ? "namespace" : type_name(o);
    int r = repr_enter(o);
    if (r != 0) return r < 0 ? NULL : str_from_format("%s(...)", name);
    StrBuf b;
    strbuf_init(&b);
    int rc = strbuf_append_cstr(&b, name);
    rc |= strbuf_append_cstr(&b, "(");
    size_t pos = 0;
    Obj *key, *value;
    for (bool first = true; rc == 0 && dict_next(((NamespaceObj *)o)->dict, &pos, &key, &value); first = false) {
        Obj *vr = obj_repr(value);
        if (vr == NULL) { rc = -1; break; }
        if (!first) rc |= strbuf_append_cstr(&b, ", ");
        rc |= strbuf_append_str(&b, key);
        rc |= strbuf_append_cstr(&b, "=");
        rc |= strbuf_append_str(&b, vr);
        DECREF(vr);
    }
    repr_leave(o);
    if (rc != 0 || strbuf_append_cstr(&b, ")") < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* Equal when both are namespaces with equal attributes. */
static Obj *namespace_richcompare(Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !type_is_subtype(TYPE(b), &NamespaceType))
        return NEWREF(&NotImplementedObj);
    int eq = obj_eq(((NamespaceObj *)a)->dict, ((NamespaceObj *)b)->dict);
    if (eq < 0) return NULL;
    return NEWREF(bool_from(op == CMP_EQ ? eq : !eq));
}

/* ns.__dict__: the attributes themselves (vars(), dir() and pprint read it). */
static Obj *namespace_get_dict(Obj *o) { return NEWREF(((NamespaceObj *)o)->dict); }

static const GetSetDef namespace_getset[] = {
    {"__dict__", namespace_get_dict, NULL},
    {NULL},
};

Type NamespaceType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "types.SimpleNamespace",
    .size = sizeof(NamespaceObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = namespace_dealloc,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .new_ = namespace_type_new,
    .dictoffset = offsetof(NamespaceObj, dict),
    .getset = namespace_getset,
};
