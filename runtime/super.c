/* super.c: super(), with zero arguments (the calling method's __class__
 * cell and first argument, read from the running frame) or super(C, obj):
 * attribute lookup that starts after C in type(obj).__mro__. */
#include <string.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "code.h"
#include "args.h"
#include "tstate.h"
#include "frame.h"
#include "type_internal.h"
#include "ident.h"

typedef struct SuperObj {
    Obj ob;
    Type *type;         /* the class named (C) */
    Obj *obj;           /* the instance or class, or NULL when unbound */
    Type *obj_type;     /* whose MRO is searched */
} SuperObj;

static inline bool is_type(const Obj *o) { return type_has(TYPE(o), TF_TYPE_SUBCLASS); }

/* The type whose MRO super(type, obj) searches. */
static Type *super_check(Type *type, Obj *obj) {
    if (is_type(obj) && type_is_subtype((Type *)obj, type)) return (Type *)obj;
    if (type_is_subtype(TYPE(obj), type)) return TYPE(obj);
    Obj *cls = obj_lookup_attr(obj, IDENT(__class__));
    if (cls != NULL) {
        bool ok = cls != (Obj *)TYPE(obj) && is_type(cls) && type_is_subtype((Type *)cls, type);
        DECREF(cls);
        if (ok) return (Type *)cls;
    }
    if (err_occurred() == NULL)
        err_set_str(&Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() in a method: __class__ from the closure, obj from the first argument. */
static int super_from_frame(Type **type, Obj **obj) {
    ThreadState *ts = tstate_get();
    VMThread *vt = ts ? ts->interp : NULL;
    Frame *f = vt ? vt->current : NULL;
    if (f == NULL) {
        err_set_str(&Exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0) {
        err_set_str(&Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Obj *first = f->localsplus[0];
    Obj **cells = frame_cells(f);
    size_t ncells = code_ncells(co);
    if (first == NULL && co->cell2arg != NULL)
        for (size_t i = 0; i < ncells; i++)
            if (co->cell2arg[i] == 0) first = ((CellObj *)cells[i])->value;
    if (first == NULL) {
        err_set_str(&Exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    size_t nfree = code_nfree(co);
    for (size_t i = 0; i < nfree; i++) {
        if (!str_equal_cstr(tuple_get(co->freevars, i), "__class__")) continue;
        Obj *cell = cells[ncells + i];
        Obj *cls = IS_TYPE(cell, CellType) ? ((CellObj *)cell)->value : NULL;
        if (cls == NULL) {
            err_set_str(&Exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!is_type(cls)) {
            err_format(&Exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
            return -1;
        }
        *type = (Type *)cls;
        *obj = first;
        return 0;
    }
    err_set_str(&Exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static Obj *super_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("super", kwnames) < 0 || args_count("super", nargs, 0, 2) < 0) return NULL;
    Type *type;
    Obj *obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0) return NULL;
    } else {
        if (!is_type(args[0])) {
            err_format(&Exc_TypeError, "super() argument 1 must be a type, not %s", type_name(args[0]));
            return NULL;
        }
        type = (Type *)args[0];
        if (nargs == 2 && args[1] != NONE) obj = args[1];
    }
    Type *obj_type = NULL;
    if (obj != NULL && (obj_type = super_check(type, obj)) == NULL) return NULL;
    SuperObj *s = (SuperObj *)obj_alloc(t, t->size);
    if (s == NULL) return NULL;
    s->type = (Type *)NEWREF((Obj *)type);
    s->obj = obj ? NEWREF(obj) : NULL;
    s->obj_type = obj_type ? (Type *)NEWREF((Obj *)obj_type) : NULL;
    return (Obj *)s;
}

static void super_dealloc(Obj *o) {
    SuperObj *s = (SuperObj *)o;
    DECREF((Obj *)s->type);
    XDECREF(s->obj);
    XDECREF((Obj *)s->obj_type);
    obj_free(o);
}

static Obj *super_getattr(Obj *o, Obj *name) {
    SuperObj *s = (SuperObj *)o;
    if (s->obj_type != NULL && is_str(name) && !str_equal_cstr(name, "__class__")) {
        Obj *mro = s->obj_type->mro;
        size_t n = tuple_size(mro), i = 0;
        while (i < n && tuple_get(mro, i) != (Obj *)s->type) i++;
        for (i++; i < n; i++) {
            Obj *d = ((Type *)tuple_get(mro, i))->dict;
            Obj *v = d ? dict_get_str(d, name) : NULL;
            if (v == NULL) continue;
            Obj *(*get)(Obj *, Obj *, Obj *) = TYPE(v)->descr_get;
            if (get == NULL) return NEWREF(v);
            Obj *inst = s->obj == (Obj *)s->obj_type ? NULL : s->obj;
            return get(v, inst, (Obj *)s->obj_type);
        }
    }
    return obj_generic_getattr(o, name);
}

static Obj *super_repr(Obj *o) {
    SuperObj *s = (SuperObj *)o;
    if (s->obj_type != NULL)
        return str_from_format("<super: <class '%U'>, <%s object>>", type_qualname(s->type), s->obj_type->name);
    return str_from_format("<super: <class '%U'>, NULL>", type_qualname(s->type));
}

static Obj *super_thisclass(Obj *o) { return NEWREF((Obj *)((SuperObj *)o)->type); }
static Obj *super_self(Obj *o) {
    Obj *v = ((SuperObj *)o)->obj;
    return NEWREF(v ? v : NONE);
}
static Obj *super_self_class(Obj *o) {
    Obj *v = (Obj *)((SuperObj *)o)->obj_type;
    return NEWREF(v ? v : NONE);
}

static const GetSetDef super_getset[] = {
    {"__thisclass__", super_thisclass},
    {"__self__", super_self},
    {"__self_class__", super_self_class},
    {NULL},
};

Type SuperType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "super",
    .size = sizeof(SuperObj),
    .flags = TF_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .getset = super_getset,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
};
