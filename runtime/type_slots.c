/* type_slots.c: slot wrappers, the Python face of C slots.
 *
 * For every slot a built-in type fills itself (not inherited), type_ready
 * puts a wrapper_descriptor in the type's dict under the dunder name:
 * int.__add__, list.__len__, object.__repr__...  Called unbound it takes
 * self first; bound to an instance it becomes a method-wrapper.  Each
 * SlotDef says where the slot lives and how to call it from Python args. */
#include <stdio.h>
#include <stddef.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "int.h"
#include "args.h"
#include "builtin_func.h"
#include "type_internal.h"
#include "ident.h"

typedef void (*anyfunc)(void);
typedef Obj *(*wrapfunc)(anyfunc fn, Obj *self, Obj *const *args, size_t nargs, int arg);

enum { IN_TYPE, IN_NUMBER, IN_MAPPING };

typedef struct SlotDef {
    const char *name;
    int where;          /* which struct holds the slot */
    size_t offset;      /* of the function pointer in that struct */
    int arg;            /* operator for richcompare wrappers */
    size_t nargs;       /* Python arguments after self */
    wrapfunc wrap;
} SlotDef;

static anyfunc slot_of(const Type *t, const SlotDef *d) {
    const void *base = d->where == IN_TYPE ? (const void *)t
                     : d->where == IN_NUMBER ? (const void *)t->number : (const void *)t->mapping;
    if (base == NULL) return NULL;
    return *(const anyfunc *)((const char *)base + d->offset);
}

/* ---- the calling conventions ------------------------------------------- */
static Obj *wrap_unary(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    return ((unaryfunc)fn)(self);
}
static Obj *wrap_next(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    Obj *v = ((unaryfunc)fn)(self);
    if (v == NULL && err_occurred() == NULL) err_set_none(&Exc_StopIteration);
    return v;
}
static Obj *wrap_binary(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    return ((binaryfunc)fn)(self, a[0]);
}
static Obj *wrap_getattr(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    if (!is_str(a[0])) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(a[0]));
        return NULL;
    }
    return ((binaryfunc)fn)(self, a[0]);
}
static Obj *wrap_rbinary(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    return ((binaryfunc)fn)(a[0], self);
}
static Obj *wrap_richcmp(anyfunc fn, Obj *self, Obj *const *a, size_t n, int op) {
    return ((Obj *(*)(Obj *, Obj *, int))fn)(self, a[0], op);
}
static Obj *wrap_hash(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    intptr_t h = ((intptr_t (*)(Obj *))fn)(self);
    return h == -1 ? NULL : int_from_i64(h);
}
static Obj *wrap_len(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    intptr_t len = ((intptr_t (*)(Obj *))fn)(self);
    return len < 0 ? NULL : int_from_i64(len);
}
static Obj *wrap_bool(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    int r = ((int (*)(Obj *))fn)(self);
    return r < 0 ? NULL : NEWREF(bool_from(r));
}
static Obj *wrap_contains(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    int r = ((int (*)(Obj *, Obj *))fn)(self, a[0]);
    return r < 0 ? NULL : NEWREF(bool_from(r));
}
static Obj *none_or_null(int rc) { return rc < 0 ? NULL : NEWREF(NONE); }
static Obj *wrap_setitem(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    return none_or_null(((int (*)(Obj *, Obj *, Obj *))fn)(self, a[0], a[1]));
}
static Obj *wrap_delitem(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    return none_or_null(((int (*)(Obj *, Obj *, Obj *))fn)(self, a[0], NULL));
}
static Obj *wrap_descr_get(anyfunc fn, Obj *self, Obj *const *a, size_t n, int arg) {
    Obj *obj = a[0] == NONE ? NULL : a[0];
    Obj *type = n > 1 && a[1] != NONE ? a[1] : NULL;
    if (obj == NULL && type == NULL) {
        err_set_str(&Exc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return ((Obj *(*)(Obj *, Obj *, Obj *))fn)(self, obj, type);
}

/* Variadic slots (call, init) get the keyword names too: see slot_call. */
#define T(name, field, nargs, wrap) {name, IN_TYPE, offsetof(Type, field), 0, nargs, wrap}
#define N(name, field, nargs, wrap) {name, IN_NUMBER, offsetof(NumberSlots, field), 0, nargs, wrap}
#define M(name, field, nargs, wrap) {name, IN_MAPPING, offsetof(MappingSlots, field), 0, nargs, wrap}
#define CMP(name, op) {name, IN_TYPE, offsetof(Type, richcompare), op, 1, wrap_richcmp}
#define BIN(op, dunder, rdunder) \
    {dunder, IN_NUMBER, offsetof(NumberSlots, binop) + op * sizeof(binaryfunc), 0, 1, wrap_binary}, \
    {rdunder, IN_NUMBER, offsetof(NumberSlots, binop) + op * sizeof(binaryfunc), 0, 1, wrap_rbinary},
#define INPLACE(op, idunder) \
    {idunder, IN_NUMBER, offsetof(NumberSlots, inplace) + op * sizeof(binaryfunc), 0, 1, wrap_binary},

enum { VARIADIC = (size_t)-1 };

static const SlotDef slotdefs[] = {
    T("__repr__", repr, 0, wrap_unary),
    T("__str__", str, 0, wrap_unary),
    T("__hash__", hash, 0, wrap_hash),
    T("__call__", call, VARIADIC, NULL),
    T("__getattribute__", getattr, 1, wrap_getattr),
    T("__setattr__", setattr, 2, wrap_setitem),
    T("__delattr__", setattr, 1, wrap_delitem),
    CMP("__lt__", CMP_LT), CMP("__le__", CMP_LE), CMP("__eq__", CMP_EQ),
    CMP("__ne__", CMP_NE), CMP("__gt__", CMP_GT), CMP("__ge__", CMP_GE),
    T("__iter__", iter, 0, wrap_unary),
    T("__next__", iternext, 0, wrap_next),
    T("__get__", descr_get, 2, wrap_descr_get),
    T("__set__", descr_set, 2, wrap_setitem),
    T("__delete__", descr_set, 1, wrap_delitem),
    T("__init__", init, VARIADIC, NULL),
#define X(name, sym, d, r, i) BIN(BINOP_##name, d, r)
    BINOP_TABLE(X)
#undef X
#define X(name, sym, d, r, i) INPLACE(BINOP_##name, i)
    BINOP_TABLE(X)
#undef X
    N("__neg__", neg, 0, wrap_unary),
    N("__pos__", pos, 0, wrap_unary),
    N("__abs__", abs, 0, wrap_unary),
    N("__invert__", invert, 0, wrap_unary),
    N("__bool__", bool_, 0, wrap_bool),
    N("__int__", to_int, 0, wrap_unary),
    N("__float__", to_float, 0, wrap_unary),
    N("__index__", index, 0, wrap_unary),
    M("__len__", len, 0, wrap_len),
    M("__getitem__", getitem, 1, wrap_binary),
    M("__setitem__", setitem, 2, wrap_setitem),
    M("__delitem__", setitem, 1, wrap_delitem),
    M("__contains__", contains, 1, wrap_contains),
    {NULL},
};

/* ---- wrapper_descriptor and method-wrapper -------------------------------- */
typedef struct SlotWrapperObj {
    Obj ob;
    const SlotDef *def;
    Type *owner;
    anyfunc fn;         /* owner's slot: int.__add__(True, 1) uses int's */
} SlotWrapperObj;

typedef struct MethodWrapperObj {
    Obj ob;
    SlotWrapperObj *descr;
    Obj *self;
} MethodWrapperObj;

Type SlotWrapperType, MethodWrapperType;

static Obj *slot_call(SlotWrapperObj *w, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const SlotDef *d = w->def;
    if (d->nargs == VARIADIC) {
        if (d->offset == offsetof(Type, call)) return ((callfunc)w->fn)(self, args, nargs, kwnames);
        int rc = ((int (*)(Obj *, Obj *const *, size_t, Obj *))w->fn)(self, args, nargs, kwnames);
        return none_or_null(rc);
    }
    if (kw_count(kwnames) != 0) {
        err_format(&Exc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
        return NULL;
    }
    /* __get__ takes one or two; everything else exactly d->nargs */
    bool ok = d->wrap == wrap_descr_get ? nargs == 1 || nargs == 2 : nargs == d->nargs;
    if (!ok) {
        size_t want = d->wrap == wrap_descr_get && nargs > 2 ? 2 : d->nargs;
        err_format(&Exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
        return NULL;
    }
    return d->wrap(w->fn, self, args, nargs, d->arg);
}

static Obj *slot_wrapper_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    SlotWrapperObj *w = (SlotWrapperObj *)o;
    if (nargs == 0) {
        err_format(&Exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                   w->def->name, w->owner->name);
        return NULL;
    }
    if (!type_is_subtype(TYPE(args[0]), w->owner)) {
        err_format(&Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                   w->def->name, w->owner->name, type_name(args[0]));
        return NULL;
    }
    return slot_call(w, args[0], args + 1, nargs - 1, kwnames);
}

static Obj *slot_wrapper_get(Obj *o, Obj *obj, Obj *type) {
    SlotWrapperObj *w = (SlotWrapperObj *)o;
    if (obj == NULL) return NEWREF(o);
    if (!type_is_subtype(TYPE(obj), w->owner)) {
        err_format(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                   w->def->name, w->owner->name, type_name(obj));
        return NULL;
    }
    MethodWrapperObj *m = (MethodWrapperObj *)obj_alloc(&MethodWrapperType, sizeof *m);
    if (m == NULL) return NULL;
    m->descr = (SlotWrapperObj *)NEWREF(o);
    m->self = NEWREF(obj);
    return (Obj *)m;
}

static Obj *slot_wrapper_repr(Obj *o) {
    SlotWrapperObj *w = (SlotWrapperObj *)o;
    return str_from_format("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static Obj *slot_wrapper_name(Obj *o) { return str_from_cstr(((SlotWrapperObj *)o)->def->name); }
static Obj *slot_wrapper_qualname(Obj *o) {
    SlotWrapperObj *w = (SlotWrapperObj *)o;
    return str_from_format("%s.%s", w->owner->name, w->def->name);
}
static Obj *slot_wrapper_objclass(Obj *o) { return NEWREF((Obj *)((SlotWrapperObj *)o)->owner); }

static const GetSetDef slot_wrapper_getset[] = {
    {"__name__", slot_wrapper_name},
    {"__qualname__", slot_wrapper_qualname},
    {"__objclass__", slot_wrapper_objclass},
    {NULL},
};

static intptr_t identity_hash(Obj *o) { return hash_pointer(o); }

Type SlotWrapperType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "wrapper_descriptor",
    .size = sizeof(SlotWrapperObj),
    .flags = TF_METHOD_DESCRIPTOR,
    .repr = slot_wrapper_repr,
    .hash = identity_hash,
    .call = slot_wrapper_call,
    .descr_get = slot_wrapper_get,
    .getset = slot_wrapper_getset,
};

static void method_wrapper_dealloc(Obj *o) {
    MethodWrapperObj *m = (MethodWrapperObj *)o;
    DECREF((Obj *)m->descr);
    DECREF(m->self);
    obj_free(o);
}

static Obj *method_wrapper_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodWrapperObj *m = (MethodWrapperObj *)o;
    return slot_call(m->descr, m->self, args, nargs, kwnames);
}

static Obj *method_wrapper_repr(Obj *o) {
    MethodWrapperObj *m = (MethodWrapperObj *)o;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)m->self);
    return str_from_format("<method-wrapper '%s' of %s object at %s>",
                           m->descr->def->name, type_name(m->self), addr);
}

static Obj *method_wrapper_name(Obj *o) { return slot_wrapper_name((Obj *)((MethodWrapperObj *)o)->descr); }
static Obj *method_wrapper_self(Obj *o) { return NEWREF(((MethodWrapperObj *)o)->self); }

static const GetSetDef method_wrapper_getset[] = {
    {"__name__", method_wrapper_name},
    {"__self__", method_wrapper_self},
    {NULL},
};

Type MethodWrapperType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "method-wrapper",
    .size = sizeof(MethodWrapperObj),
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .hash = identity_hash,
    .call = method_wrapper_call,
    .getset = method_wrapper_getset,
};

/* ---- T.__new__(S, ...) ------------------------------------------------------ */
static Obj *new_wrapper(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Type *t = (Type *)self;
    if (nargs == 0) {
        err_format(&Exc_TypeError, "%s.__new__(): not enough arguments", t->name);
        return NULL;
    }
    if (!type_has(TYPE(args[0]), TF_TYPE_SUBCLASS)) {
        err_format(&Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                   type_name(args[0]));
        return NULL;
    }
    Type *sub = (Type *)args[0];
    if (!type_is_subtype(sub, t)) {
        err_format(&Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                   t->name, sub->name, sub->name, t->name);
        return NULL;
    }
    /* object.__new__(int) would skip int's own constructor */
    Type *sb = sub;
    while (sb != NULL && type_has(sb, TF_HEAPTYPE)) sb = sb->base;
    if (sb != NULL && sb->new_ != t->new_) {
        err_format(&Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                   t->name, sub->name, sb->name);
        return NULL;
    }
    return t->new_(sub, args + 1, nargs - 1, kwnames);
}

static const MethodDef new_def = {"__new__", new_wrapper};

/* ---- filling a type's dict --------------------------------------------------- */
static int add_entry(Type *t, const char *name, Obj *value) {
    Obj *key = str_intern_cstr(name);
    if (dict_get_str(t->dict, key) != NULL) return 0;   /* explicit methods win */
    int rc = dict_set(t->dict, key, value);
    DECREF(value);
    return rc;
}

int type_add_slot_wrappers(Type *t) {
    for (const SlotDef *d = slotdefs; d->name; d++) {
        anyfunc fn = slot_of(t, d);
        if (fn == NULL || (t->base && slot_of(t->base, d) == fn)) continue;
        SlotWrapperObj *w = (SlotWrapperObj *)obj_alloc(&SlotWrapperType, sizeof *w);
        if (w == NULL) return -1;
        w->def = d;
        w->owner = t;
        w->fn = fn;
        if (add_entry(t, d->name, (Obj *)w) < 0) return -1;
    }
    if (t->new_ != NULL && (t->base == NULL || t->base->new_ != t->new_)) {
        Obj *f = builtin_func_new(&new_def, (Obj *)t, NULL);
        if (f == NULL || add_entry(t, "__new__", f) < 0) return -1;
    }
    /* defining == without a hash makes instances unhashable: say so */
    if (t->hash == NULL && t->richcompare != NULL &&
        (t->base == NULL || t->base->richcompare != t->richcompare))
        return add_entry(t, "__hash__", NEWREF(NONE));
    return 0;
}
