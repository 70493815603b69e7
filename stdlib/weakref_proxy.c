/* weakref_proxy.c: weakref.ProxyType and weakref.CallableProxyType.
 * A proxy forwards every operation to its referent while that lives (each
 * operand that is a proxy is replaced by its referent) and raises
 * ReferenceError once it died. */
#include "weakref_internal.h"
#include "err.h"
#include "str.h"
#include "float.h"
#include "bytes.h"

Obj *proxy_referent(Obj *proxy) {
    Obj *r = weakref_target((WeakrefObj *)proxy);
    if (r == NULL) err_set_str(&Exc_ReferenceError, "weakly-referenced object no longer exists");
    return r;
}

/* o itself, or the referent of proxy o; borrowed, NULL with ReferenceError. */
static Obj *unwrap(Obj *o) { return is_proxy(o) ? proxy_referent(o) : o; }

static void proxy_dealloc(Obj *o) {
    WeakrefObj *w = (WeakrefObj *)o;
    weakref_unlink(w);
    CLEAR(w->callback);
    obj_free(o);
}

static Obj *proxy_repr(Obj *self) {
    Obj *r = weakref_target((WeakrefObj *)self);
    return str_from_format("<weakproxy at %p; to '%s' at %p>", (void *)self,
                           r ? type_name(r) : "NoneType", r ? (void *)r : (void *)NONE);
}

/* Operations on the referent hold a reference to it meanwhile: the call
 * may drop the last other one. */
#define WITH_REFERENT(self, r, failure, expr) do {                 \
        Obj *r = unwrap(self);                                     \
        if (r == NULL) return failure;                             \
        INCREF(r);                                                 \
        __typeof__(expr) res_ = (expr);                            \
        DECREF(r);                                                 \
        return res_;                                               \
    } while (0)

static Obj *proxy_str(Obj *self) { WITH_REFERENT(self, r, NULL, obj_str(r)); }
static Obj *proxy_getattr(Obj *self, Obj *name) { WITH_REFERENT(self, r, NULL, obj_getattr(r, name)); }
static int proxy_setattr(Obj *self, Obj *name, Obj *value) {
    WITH_REFERENT(self, r, -1, obj_setattr(r, name, value));
}
static Obj *proxy_iter(Obj *self) { WITH_REFERENT(self, r, NULL, obj_iter(r)); }
static Obj *proxy_iternext(Obj *self) {
    Obj *r = unwrap(self);
    if (r == NULL) return NULL;
    if (TYPE(r)->iternext == NULL) {
        err_format(&Exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object", type_name(r));
        return NULL;
    }
    INCREF(r);
    Obj *v = obj_next(r);
    DECREF(r);
    return v;
}
static Obj *proxy_call(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    WITH_REFERENT(self, r, NULL, obj_call(r, args, nargs, kwnames));
}

static Obj *proxy_richcompare(Obj *a, Obj *b, int op) {
    Obj *x = unwrap(a), *y = x ? unwrap(b) : NULL;
    if (y == NULL) return NULL;
    INCREF(x);
    INCREF(y);
    Obj *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

/* ---- numbers ----------------------------------------------------------- */

static Obj *binop(Obj *a, Obj *b, int op, bool inplace) {
    Obj *x = unwrap(a), *y = x ? unwrap(b) : NULL;
    if (y == NULL) return NULL;
    INCREF(x);
    INCREF(y);
    Obj *r = inplace ? obj_inplace_binop(x, y, op) : obj_binop(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

#define X(name, sym, d, r, i)                                                              \
    static Obj *proxy_##name(Obj *a, Obj *b) { return binop(a, b, BINOP_##name, false); } \
    static Obj *proxy_i##name(Obj *a, Obj *b) { return binop(a, b, BINOP_##name, true); }
BINOP_TABLE(X)
#undef X

static Obj *proxy_pow3(Obj *a, Obj *b, Obj *c) {
    Obj *x = unwrap(a), *y = x ? unwrap(b) : NULL, *z = y ? unwrap(c) : NULL;
    if (z == NULL) return NULL;
    return obj_pow3(x, y, z);
}
static Obj *proxy_neg(Obj *self) { WITH_REFERENT(self, r, NULL, obj_neg(r)); }
static Obj *proxy_pos(Obj *self) { WITH_REFERENT(self, r, NULL, obj_pos(r)); }
static Obj *proxy_abs(Obj *self) { WITH_REFERENT(self, r, NULL, obj_abs(r)); }
static Obj *proxy_invert(Obj *self) { WITH_REFERENT(self, r, NULL, obj_invert(r)); }
static Obj *proxy_index(Obj *self) { WITH_REFERENT(self, r, NULL, obj_index(r)); }
static int proxy_bool(Obj *self) { WITH_REFERENT(self, r, -1, obj_is_true(r)); }
static Obj *proxy_int(Obj *self) {
    WITH_REFERENT(self, r, NULL, obj_call1((Obj *)&IntType, r));
}
static Obj *proxy_float(Obj *self) {
    WITH_REFERENT(self, r, NULL, obj_call1((Obj *)&FloatType, r));
}

static const NumberSlots proxy_number = {
    .binop = {
#define X(name, sym, d, r, i) [BINOP_##name] = proxy_##name,
        BINOP_TABLE(X)
#undef X
    },
    .inplace = {
#define X(name, sym, d, r, i) [BINOP_##name] = proxy_i##name,
        BINOP_TABLE(X)
#undef X
    },
    .pow3 = proxy_pow3,
    .neg = proxy_neg, .pos = proxy_pos, .abs = proxy_abs, .invert = proxy_invert,
    .bool_ = proxy_bool,
    .to_int = proxy_int,
    .to_float = proxy_float,
    .index = proxy_index,
};

/* ---- containers -------------------------------------------------------- */

static intptr_t proxy_len(Obj *self) { WITH_REFERENT(self, r, -1, obj_len(r)); }
static Obj *proxy_getitem(Obj *self, Obj *key) { WITH_REFERENT(self, r, NULL, obj_getitem(r, key)); }
static int proxy_setitem(Obj *self, Obj *key, Obj *value) {
    WITH_REFERENT(self, r, -1, value ? obj_setitem(r, key, value) : obj_delitem(r, key));
}
static int proxy_contains(Obj *self, Obj *item) { WITH_REFERENT(self, r, -1, obj_contains(r, item)); }

static const MappingSlots proxy_mapping = {
    .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem, .contains = proxy_contains,
};

static Obj *proxy_bytes(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    WITH_REFERENT(self, r, NULL, obj_call1((Obj *)&BytesType, r));
}

static Obj *proxy_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    WITH_REFERENT(self, r, NULL, obj_call_method(r, str_intern_cstr("__reversed__"), NULL, 0));
}

static const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes},
    {"__reversed__", proxy_reversed},
    {NULL},
};

#define PROXY_TYPE_BODY                        \
    .ob = STATIC_HEAD(&TypeType),              \
    .size = sizeof(WeakrefObj),                \
    .base = &ObjectType,                       \
    .dealloc = proxy_dealloc,                  \
    .repr = proxy_repr,                        \
    .str = proxy_str,                          \
    .richcompare = proxy_richcompare,          \
    .getattr = proxy_getattr,                  \
    .setattr = proxy_setattr,                  \
    .iter = proxy_iter,                        \
    .iternext = proxy_iternext,                \
    .number = &proxy_number,                   \
    .mapping = &proxy_mapping,                 \
    .methods = proxy_methods

Type ProxyType = {
    PROXY_TYPE_BODY,
    .name = "weakref.ProxyType",
};

Type CallableProxyType = {
    PROXY_TYPE_BODY,
    .name = "weakref.CallableProxyType",
    .call = proxy_call,
};
