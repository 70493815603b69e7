/* compare.c: rich comparison dispatch and isinstance/issubclass.
 *
 * obj_richcompare follows CPython: the right operand's reflected method goes
 * first when its type is a proper subtype of the left's; NotImplemented
 * passes the turn; == and != fall back to identity; ordering raises. */
#include "union_type.h"
#include "object.h"
#include "err.h"
#include "tuple.h"
#include "tstate.h"
#include "ident.h"
#include "str.h"

static const int swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const op_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

static Obj *do_richcompare(Obj *a, Obj *b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool reflected_tried = false;
    Obj *res;
    if (ta != tb && tb->richcompare != NULL && type_is_subtype(tb, ta)) {
        reflected_tried = true;
        res = tb->richcompare(b, a, swapped_op[op]);
        if (res != NOT_IMPLEMENTED) return res;
        DECREF(res);
    }
    if (ta->richcompare != NULL) {
        res = ta->richcompare(a, b, op);
        if (res != NOT_IMPLEMENTED) return res;
        DECREF(res);
    }
    if (!reflected_tried && tb->richcompare != NULL) {
        res = tb->richcompare(b, a, swapped_op[op]);
        if (res != NOT_IMPLEMENTED) return res;
        DECREF(res);
    }
    switch (op) {
    case CMP_EQ: return NEWREF(bool_from(a == b));
    case CMP_NE: return NEWREF(bool_from(a != b));
    default:
        err_format(&Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                   op_symbol[op], ta->name, tb->name);
        return NULL;
    }
}

Obj *obj_richcompare(Obj *a, Obj *b, int op) {
    if (recursion_enter(" in comparison") < 0) return NULL;
    Obj *res = do_richcompare(a, b, op);
    recursion_leave();
    return res;
}

int obj_richcompare_bool(Obj *a, Obj *b, int op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    Obj *res = obj_richcompare(a, b, op);
    if (res == NULL) return -1;
    int r = res == TRUE_ ? 1 : res == FALSE_ ? 0 : obj_is_true(res);
    DECREF(res);
    return r;
}

int obj_eq(Obj *a, Obj *b) {
    return obj_richcompare_bool(a, b, CMP_EQ);
}

bool type_is_subtype(const Type *sub, const Type *base) {
    if (sub == base) return true;
    Obj *mro = sub->mro;
    if (mro != NULL) {
        size_t n = tuple_size(mro);
        for (size_t i = 0; i < n; i++)
            if (tuple_get(mro, i) == (const Obj *)base) return true;
        return false;
    }
    for (sub = sub->base; sub != NULL; sub = sub->base)
        if (sub == base) return true;
    return base == &ObjectType;
}

static inline bool is_type_obj(Obj *o) { return type_has(TYPE(o), TF_TYPE_SUBCLASS); }

/* Calls a metaclass hook like __instancecheck__ when cls's type defines one
 * other than type's own; returns -2 when there is none. */
static int call_check_hook(Obj *cls, Obj *name, Obj *arg) {
    Type *meta = TYPE(cls);
    if (meta == &TypeType) return -2;
    Obj *hook = type_lookup(meta, name);
    if (hook == NULL || hook == type_lookup(&TypeType, name)) return -2;
    Obj *res = obj_call_unbound(hook, cls, &arg, 1);
    if (res == NULL) return -1;
    int r = obj_is_true(res);
    DECREF(res);
    return r;
}

/* isinstance's second look, as CPython's: an instance of a class whose
 * __class__ attribute names another class (a mock with a spec, a proxy) is
 * an instance of that class and its bases too.  A built-in type answers
 * with its own __class__ unless its getattr forwards (weakref.proxy). */
static int isinstance_by_class_attr(Obj *o, Type *cls) {
    Type *t = TYPE(o);
    if (!type_has(t, TF_HEAPTYPE)) {
        if (t->getattr == NULL || t->getattr == obj_generic_getattr || t == &TypeType) return 0;
    } else if (type_lookup(t, IDENT(__class__)) == type_lookup(&ObjectType, IDENT(__class__))) {
        return 0;
    }
    Obj *icls = obj_lookup_attr(o, IDENT(__class__));
    if (icls == NULL) return err_occurred() != NULL ? -1 : 0;
    int r = icls != (Obj *)TYPE(o) && is_type_obj(icls) && type_is_subtype((Type *)icls, cls);
    DECREF(icls);
    return r;
}

/* ---- classes by protocol -------------------------------------------------
 * As CPython, any object whose __bases__ is a tuple passes for a class in
 * isinstance/issubclass: derivation follows the __bases__ chains. */

/* o.__bases__ when it is a tuple (new reference); NULL otherwise, with an
 * exception only when the lookup failed otherwise than AttributeError. */
static Obj *abstract_bases(Obj *o) {
    Obj *b = obj_lookup_attr(o, str_intern_cstr("__bases__"));
    if (b != NULL && !is_tuple(b)) CLEAR(b);
    return b;
}

static int abstract_issubclass(Obj *derived, Obj *cls) {
    if (recursion_enter(" in __subclasscheck__") < 0) return -1;
    int r = 0;
    INCREF(derived);
    while (derived != cls) {
        Obj *bases = abstract_bases(derived);
        DECREF(derived);
        derived = NULL;
        if (bases == NULL) {
            r = err_occurred() ? -1 : 0;
            break;
        }
        size_t n = tuple_size(bases);
        if (n == 1) {   /* single inheritance: no recursion */
            derived = NEWREF(tuple_get(bases, 0));
            DECREF(bases);
            continue;
        }
        for (size_t i = 0; i < n && r == 0; i++) r = abstract_issubclass(tuple_get(bases, i), cls);
        DECREF(bases);
        break;
    }
    if (derived != NULL) {
        r = 1;
        DECREF(derived);
    }
    recursion_leave();
    return r;
}

/* cls passes for a class; else TypeError(msg) unless the lookup raised. */
static int check_class(Obj *cls, const char *msg) {
    Obj *bases = abstract_bases(cls);
    if (bases != NULL) {
        DECREF(bases);
        return 0;
    }
    if (!err_occurred()) err_set_str(&Exc_TypeError, msg);
    return -1;
}

int obj_isinstance(Obj *o, Obj *cls) {
    /* as CPython: an exact type match needs no hook; otherwise a metaclass
     * __instancecheck__ decides, even for a real subclass */
    if ((Obj *)TYPE(o) == cls) return 1;
    if (is_type_obj(cls)) {
        int r = call_check_hook(cls, IDENT(__instancecheck__), o);
        if (r != -2) return r;
        if (type_is_subtype(TYPE(o), (Type *)cls)) return 1;
        return isinstance_by_class_attr(o, (Type *)cls);
    }
    if (is_union(cls)) cls = union_args(cls);   /* isinstance(x, int | str) */
    if (is_tuple(cls)) {
        size_t n = tuple_size(cls);
        for (size_t i = 0; i < n; i++) {
            int r = obj_isinstance(o, tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    int r = call_check_hook(cls, IDENT(__instancecheck__), o);
    if (r != -2) return r;
    if (check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") < 0) return -1;
    Obj *icls = obj_lookup_attr(o, IDENT(__class__));
    if (icls == NULL) return err_occurred() ? -1 : 0;
    r = abstract_issubclass(icls, cls);
    DECREF(icls);
    return r;
}

int obj_issubclass(Obj *sub, Obj *cls) {
    /* as CPython: a metaclass __subclasscheck__ decides, even for cls itself */
    if (is_type_obj(cls) && is_type_obj(sub)) {
        int r = call_check_hook(cls, IDENT(__subclasscheck__), sub);
        if (r != -2) return r;
        return type_is_subtype((Type *)sub, (Type *)cls);
    }
    if (is_union(cls)) cls = union_args(cls);
    if (is_tuple(cls)) {
        size_t n = tuple_size(cls);
        for (size_t i = 0; i < n; i++) {
            int r = obj_issubclass(sub, tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    int r = call_check_hook(cls, IDENT(__subclasscheck__), sub);
    if (r != -2) return r;
    if (is_type_obj(sub) && is_type_obj(cls)) return type_is_subtype((Type *)sub, (Type *)cls);
    if (check_class(sub, "issubclass() arg 1 must be a class") < 0 ||
        check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union") < 0)
        return -1;
    return abstract_issubclass(sub, cls);
}
