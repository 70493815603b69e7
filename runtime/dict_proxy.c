/* dict_proxy.c: mappingproxy (types.MappingProxyType), a read-only view of a
 * mapping: what a class's __dict__ and a dict view's .mapping give.  Reads
 * (d[k], len, in, iteration, get/keys/values/items/copy, ==, |) go to the
 * mapping; there is no way to write through it. */
#include "dict_internal.h"
#include "err.h"
#include "tuple.h"
#include "list.h"
#include "args.h"
#include "ident.h"

typedef struct MappingProxyObj {
    Obj ob;
    Obj *mapping;
} MappingProxyObj;

static inline Obj *target(Obj *o) { return ((MappingProxyObj *)o)->mapping; }

static bool is_mapping(Obj *o) {
    const MappingSlots *m = TYPE(o)->mapping;
    return m != NULL && m->getitem != NULL && !is_list(o) && !is_tuple(o);
}

Obj *mappingproxy_new(Obj *mapping) {
    if (!is_mapping(mapping)) {
        err_format(&Exc_TypeError, "mappingproxy() argument must be a mapping, not %s", type_name(mapping));
        return NULL;
    }
    if (!(MappingProxyType.flags & TF_READY) && type_ready(&MappingProxyType) < 0) return NULL;
    MappingProxyObj *p = (MappingProxyObj *)obj_alloc(&MappingProxyType, sizeof *p);
    if (p == NULL) return NULL;
    p->mapping = NEWREF(mapping);
    return (Obj *)p;
}

static void proxy_dealloc(Obj *o) {
    DECREF(target(o));
    obj_free(o);
}

static Obj *proxy_repr(Obj *o) { return str_from_format("mappingproxy(%R)", target(o)); }
static Obj *proxy_str(Obj *o) { return obj_str(target(o)); }
static Obj *proxy_iter(Obj *o) { return obj_iter(target(o)); }
static Obj *proxy_richcompare(Obj *a, Obj *b, int op) { return obj_richcompare(target(a), b, op); }

static intptr_t proxy_len(Obj *o) { return obj_len(target(o)); }
static Obj *proxy_getitem(Obj *o, Obj *key) { return obj_getitem(target(o), key); }
static int proxy_contains(Obj *o, Obj *key) {
    if (is_dict(target(o))) return dict_contains(target(o), key);
    return obj_contains(target(o), key);
}

static const MappingSlots proxy_mapping = {
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
};

/* proxy | other and other | proxy: the mapping's own | on a copy-free basis. */
static Obj *proxy_or(Obj *a, Obj *b) {
    if (TYPE(a) == &MappingProxyType) a = target(a);
    if (TYPE(b) == &MappingProxyType) b = target(b);
    return obj_binop(a, b, BINOP_OR);
}

static Obj *proxy_ior(Obj *a, Obj *b) {
    err_format(&Exc_TypeError, "'|=' is not supported by %s; use '|' instead", type_name(a));
    return NULL;
}

static const NumberSlots proxy_number = {
    .binop = { [BINOP_OR] = proxy_or },
    .inplace = { [BINOP_OR] = proxy_ior },
};

/* The read-only methods call the mapping's method of the same name. */
static Obj *forward(Obj *self, const char *name, Obj *const *args, size_t nargs, Obj *kwnames,
                    size_t max) {
    if (args_no_kwargs(name, kwnames) < 0) return NULL;
    if (nargs > max) {
        err_bad_argument_count(name, max == 2 ? 1 : 0, max, nargs);
        return NULL;
    }
    return obj_call_method(target(self), str_intern_cstr(name), args, nargs);
}

#define FORWARD(fname, name, max) \
    static Obj *fname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        return forward(self, name, args, nargs, kwnames, max); \
    }
FORWARD(m_get, "get", 2)
FORWARD(m_keys, "keys", 0)
FORWARD(m_values, "values", 0)
FORWARD(m_items, "items", 0)
FORWARD(m_copy, "copy", 0)

static Obj *m_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__reversed__", kwnames) < 0 || args_count("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    if (is_dict(target(self))) return dict_iter_new(target(self), DI_KEYS, true);
    return obj_call_method(target(self), IDENT(__reversed__), NULL, 0);
}

static const MethodDef proxy_methods[] = {
    {"get", m_get},
    {"keys", m_keys},
    {"values", m_values},
    {"items", m_items},
    {"copy", m_copy},
    {"__reversed__", m_reversed},
    {NULL},
};

static Obj *proxy_tp_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "mapping", NULL };
    Obj *a[1];
    if (args_bind("mappingproxy", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    return mappingproxy_new(a[0]);
}

Type MappingProxyType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "mappingproxy",
    .size = sizeof(MappingProxyObj),
    .base = &ObjectType,
    .dealloc = proxy_dealloc,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .new_ = proxy_tp_new,
    .number = &proxy_number,
    .mapping = &proxy_mapping,
    .methods = proxy_methods,
};
