/* heap_slots.c: the C slots of classes written in Python.  Each slot looks
 * its dunder method up on the instance's type (never the instance dict) and
 * calls it, so operators and built-ins honour __add__, __len__, __repr__...
 * heap_slots_update() installs them for the dunders a Python class along
 * the MRO defines; slots of built-in bases stay as they are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "int.h"
#include "type_internal.h"
#include "tstate.h"
#include "ident.h"
#include "tstate.h"
#include "api.h"

enum { SMALL_ARGS = 8 };

/* f(self, *args, **kw) for f found on self's type. */
static Obj *call_with_self(Obj *f, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0, total = nargs + nkw;
    Type *ft = TYPE(f);
    if (!type_has(ft, TF_METHOD_DESCRIPTOR)) {
        if (ft->descr_get == NULL) return obj_call(f, args, nargs, kwnames);
        Obj *bound = ft->descr_get(f, self, (Obj *)TYPE(self));
        if (bound == NULL) return NULL;
        Obj *res = obj_call(bound, args, nargs, kwnames);
        DECREF(bound);
        return res;
    }
    Obj *small[SMALL_ARGS];
    Obj **vec = total < SMALL_ARGS ? small : malloc((total + 1) * sizeof(Obj *));
    if (vec == NULL) {
        err_no_memory();
        return NULL;
    }
    vec[0] = self;
    if (total) memcpy(vec + 1, args, total * sizeof(Obj *));
    Obj *res = obj_call(f, vec, nargs + 1, kwnames);
    if (vec != small) free(vec);
    return res;
}

/* self.name(*args) looked up on the type; NotImplemented when missing. */
static Obj *call_or_notimpl(Obj *self, Obj *name, Obj *const *args, size_t nargs) {
    Obj *f = type_lookup(TYPE(self), name);
    if (f == NULL) return NEWREF(NOT_IMPLEMENTED);
    return obj_call_unbound(f, self, args, nargs);
}

/* Like call_or_notimpl but a missing method is an AttributeError. */
static Obj *call_dunder(Obj *self, Obj *name, Obj *const *args, size_t nargs) {
    Obj *f = type_lookup(TYPE(self), name);
    if (f == NULL) {
        err_no_attribute(self, name);
        return NULL;
    }
    return obj_call_unbound(f, self, args, nargs);
}

/* ---- type slots ------------------------------------------------------------ */
/* (obj_repr/obj_str check that the result is a str) */
static Obj *heap_repr(Obj *o) { return call_dunder(o, IDENT(__repr__), NULL, 0); }
static Obj *heap_str(Obj *o) { return call_dunder(o, IDENT(__str__), NULL, 0); }

static intptr_t heap_hash(Obj *o) {
    Obj *r = call_dunder(o, IDENT(__hash__), NULL, 0);
    if (r == NULL) return -1;
    if (!is_int(r)) {
        DECREF(r);
        err_set_str(&Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    intptr_t h = is_small(r) ? small_value(r) : obj_hash(r);
    DECREF(r);
    return h == -1 ? -2 : h;
}

static Obj *cmp_name(int op) {
    switch (op) {
    case CMP_LT: return IDENT(__lt__);
    case CMP_LE: return IDENT(__le__);
    case CMP_EQ: return IDENT(__eq__);
    case CMP_NE: return IDENT(__ne__);
    case CMP_GT: return IDENT(__gt__);
    default: return IDENT(__ge__);
    }
}

static Obj *heap_richcompare(Obj *a, Obj *b, int op) {
    return call_or_notimpl(a, cmp_name(op), &b, 1);
}

static Obj *object_getattribute_entry(void) {
    return dict_get_str(ObjectType.dict, IDENT(__getattribute__));
}

static Obj *heap_getattr(Obj *o, Obj *name) {
    Type *t = TYPE(o);
    Obj *ga = type_lookup(t, IDENT(__getattribute__));
    Obj *res = ga == NULL || ga == object_getattribute_entry()
             ? obj_generic_getattr(o, name) : obj_call_unbound(ga, o, &name, 1);
    if (res != NULL || !err_matches(&Exc_AttributeError)) return res;
    Obj *gf = type_lookup(t, IDENT(__getattr__));
    if (gf == NULL) return NULL;
    err_clear();
    return obj_call_unbound(gf, o, &name, 1);
}

static int none_result(Obj *r) {
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

static int heap_setattr(Obj *o, Obj *name, Obj *value) {
    Obj *args[2] = { name, value };
    if (value == NULL) return none_result(call_dunder(o, IDENT(__delattr__), args, 1));
    return none_result(call_dunder(o, IDENT(__setattr__), args, 2));
}

/* As CPython, __get__ is called as found in the class, unbound: (d, obj, type). */
static Obj *heap_descr_get(Obj *d, Obj *obj, Obj *type) {
    Obj *f = type_lookup(TYPE(d), IDENT(__get__));
    if (f == NULL) {
        err_no_attribute(d, IDENT(__get__));
        return NULL;
    }
    Obj *args[3] = { d, obj ? obj : NONE, type ? type : NONE };
    return obj_call(f, args, 3, NULL);
}

static int heap_descr_set(Obj *d, Obj *obj, Obj *value) {
    Obj *args[2] = { obj, value };
    if (value == NULL) return none_result(call_dunder(d, IDENT(__delete__), args, 1));
    return none_result(call_dunder(d, IDENT(__set__), args, 2));
}

static Obj *heap_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *f = type_lookup(TYPE(o), IDENT(__call__));
    if (f == NULL) {
        err_format(&Exc_TypeError, "'%s' object is not callable", type_name(o));
        return NULL;
    }
    return call_with_self(f, o, args, nargs, kwnames);
}

static Obj *heap_iter(Obj *o) {
    Obj *f = type_lookup(TYPE(o), IDENT(__iter__));
    if (f == NULL || f == NONE) {
        err_format(&Exc_TypeError, "'%s' object is not iterable", type_name(o));
        return NULL;
    }
    return obj_call_unbound(f, o, NULL, 0);
}

/* Exhaustion is NULL without an exception; a StopIteration that carries
 * arguments is kept in the thread state for next() and yield from, which
 * hand it on as CPython does (next(it) raises StopIteration(42) again). */
static Obj *heap_iternext(Obj *o) {
    Obj *r = call_dunder(o, IDENT(__next__), NULL, 0);
    if (r == NULL && err_matches(&Exc_StopIteration)) {
        Obj *stop = err_fetch();
        Obj *args = ((ExcObj *)stop)->args;
        if (args != NULL && tuple_size(args) > 0) SETREF(tstate_get()->stop_exc, stop);
        else DECREF(stop);
    }
    return r;
}

static int heap_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *f = type_lookup(TYPE(self), IDENT(__init__));
    if (f == NULL) return 0;
    Obj *r = call_with_self(f, self, args, nargs, kwnames);
    if (r == NULL) return -1;
    if (r != NONE) {
        err_format(&Exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

static Obj *heap_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *f = type_lookup(t, IDENT(__new__));
    if (f == NULL) {
        err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
        return NULL;
    }
    Obj *(*get)(Obj *, Obj *, Obj *) = TYPE(f)->descr_get;
    Obj *fn = get ? get(f, NULL, (Obj *)t) : NEWREF(f);
    if (fn == NULL) return NULL;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0, total = nargs + nkw;
    Obj *small[SMALL_ARGS];
    Obj **vec = total < SMALL_ARGS ? small : malloc((total + 1) * sizeof(Obj *));
    Obj *res = NULL;
    if (vec == NULL) {
        err_no_memory();
    } else {
        vec[0] = (Obj *)t;
        if (total) memcpy(vec + 1, args, total * sizeof(Obj *));
        res = obj_call(fn, vec, nargs + 1, kwnames);
        if (vec != small) free(vec);
    }
    DECREF(fn);
    return res;
}

/* ---- number slots ---------------------------------------------------------- */
static Obj *binop_name(int op, int which) {
    static Obj *names[BINOP_COUNT][3];
    static const char *const cnames[BINOP_COUNT][3] = {
#define X(name, sym, d, r, i) { d, r, i },
        BINOP_TABLE(X)
#undef X
    };
    if (names[op][which] == NULL) names[op][which] = str_intern_cstr(cnames[op][which]);
    return names[op][which];
}

/* CPython's SLOT1BINFULL: a.__op__(b), with b.__rop__(a) first when b's
 * type is a subclass overriding it, and as the fallback. */
static Obj *heap_binop(Obj *a, Obj *b, int op, binaryfunc self_fn) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    Obj *rname = binop_name(op, 1);
    bool do_other = ta != tb && tb->number != NULL && tb->number->binop[op] == self_fn;
    if (ta->number != NULL && ta->number->binop[op] == self_fn) {
        if (do_other && type_is_subtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
            Obj *r = call_or_notimpl(b, rname, &a, 1);
            if (r != NOT_IMPLEMENTED) return r;
            DECREF(r);
            do_other = false;
        }
        Obj *r = call_or_notimpl(a, binop_name(op, 0), &b, 1);
        if (r != NOT_IMPLEMENTED || ta == tb) return r;
        DECREF(r);
    }
    if (do_other) return call_or_notimpl(b, rname, &a, 1);
    return NEWREF(NOT_IMPLEMENTED);
}

#define X(name, sym, d, r, i) \
    static Obj *heap_binop_##name(Obj *a, Obj *b) { return heap_binop(a, b, BINOP_##name, heap_binop_##name); } \
    static Obj *heap_inplace_##name(Obj *a, Obj *b) { return call_or_notimpl(a, binop_name(BINOP_##name, 2), &b, 1); }
BINOP_TABLE(X)
#undef X

static const binaryfunc heap_binops[BINOP_COUNT] = {
#define X(name, sym, d, r, i) heap_binop_##name,
    BINOP_TABLE(X)
#undef X
};
static const binaryfunc heap_inplaces[BINOP_COUNT] = {
#define X(name, sym, d, r, i) heap_inplace_##name,
    BINOP_TABLE(X)
#undef X
};

static Obj *heap_pow3(Obj *a, Obj *b, Obj *mod) {
    Obj *args[2] = { b, mod };
    if (TYPE(a)->number == NULL || TYPE(a)->number->pow3 != heap_pow3) return NEWREF(NOT_IMPLEMENTED);
    return call_or_notimpl(a, IDENT(__pow__), args, 2);
}

static Obj *heap_neg(Obj *o) { return call_dunder(o, IDENT(__neg__), NULL, 0); }
static Obj *heap_pos(Obj *o) { return call_dunder(o, IDENT(__pos__), NULL, 0); }
static Obj *heap_abs(Obj *o) { return call_dunder(o, IDENT(__abs__), NULL, 0); }
static Obj *heap_invert(Obj *o) { return call_dunder(o, IDENT(__invert__), NULL, 0); }
static Obj *heap_to_int(Obj *o) { return call_dunder(o, IDENT(__int__), NULL, 0); }
static Obj *heap_to_float(Obj *o) { return call_dunder(o, IDENT(__float__), NULL, 0); }
static Obj *heap_index(Obj *o) { return call_dunder(o, IDENT(__index__), NULL, 0); }

static int heap_bool(Obj *o) {
    Obj *r = call_dunder(o, IDENT(__bool__), NULL, 0);
    if (r == NULL) return -1;
    if (r != TRUE_ && r != FALSE_) {
        err_format(&Exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return r == TRUE_;
}

/* ---- mapping slots ---------------------------------------------------------- */
static intptr_t heap_len(Obj *o) {
    Obj *r = call_dunder(o, IDENT(__len__), NULL, 0);
    if (r == NULL) return -1;
    Obj *i = obj_index(r);
    DECREF(r);
    if (i == NULL) return -1;
    if (!is_small(i)) {
        bool neg = obj_richcompare_bool(i, small_new(0), CMP_LT) == 1;
        DECREF(i);
        if (neg) err_set_str(&Exc_ValueError, "__len__() should return >= 0");
        else err_set_str(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    intptr_t n = small_value(i);
    if (n < 0) {
        err_set_str(&Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static Obj *heap_getitem(Obj *o, Obj *key) {
    Obj *f = type_lookup(TYPE(o), IDENT(__getitem__));
    if (f == NULL) {
        err_format(&Exc_TypeError, "'%s' object is not subscriptable", type_name(o));
        return NULL;
    }
    return obj_call_unbound(f, o, &key, 1);
}

static int heap_setitem(Obj *o, Obj *key, Obj *value) {
    Obj *args[2] = { key, value };
    Obj *f = type_lookup(TYPE(o), value ? IDENT(__setitem__) : IDENT(__delitem__));
    if (f == NULL) {
        err_format(&Exc_TypeError, value ? "'%s' object does not support item assignment"
                                         : "'%s' object does not support item deletion", type_name(o));
        return -1;
    }
    return none_result(obj_call_unbound(f, o, args, value ? 2 : 1));
}

static int heap_contains(Obj *o, Obj *item) {
    Obj *r = call_dunder(o, IDENT(__contains__), &item, 1);
    if (r == NULL) return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

/* ---- __del__ ------------------------------------------------------------------ */
/* Runs o.__del__() from the instance dealloc, keeping o alive meanwhile and
 * the pending exception intact; an exception it raises is reported as
 * CPython's "Exception ignored in: ...".  1 if __del__ resurrected o. */
int heap_call_del(Obj *o) {
    Obj *f = type_lookup(TYPE(o), IDENT(__del__));
    if (f == NULL) return 0;
    o->refcnt = 1;
    Obj *saved = err_fetch();
    Obj *r = obj_call_unbound(f, o, NULL, 0);
    if (r == NULL) err_write_unraisable(f);
    XDECREF(r);
    if (saved != NULL) SETREF(tstate_get()->cur_exc, saved);
    return --o->refcnt != 0;
}

/* ---- installing them ---------------------------------------------------------- */

/* The class along t's MRO whose dict holds name, or NULL. */
static Type *defining_class(Type *t, Obj *name, Obj **value) {
    Obj *mro = t->mro;
    for (size_t i = 0; i < tuple_size(mro); i++) {
        Type *c = (Type *)tuple_get(mro, i);
        Obj *v = c->dict ? dict_get_str(c->dict, name) : NULL;
        if (v != NULL) {
            if (value) *value = v;
            return c;
        }
    }
    return NULL;
}

static bool defines(Type *t, Obj *name) {
    Type *c = defining_class(t, name, NULL);
    return c != NULL && type_has(c, TF_HEAPTYPE);
}

static NumberSlots *own_number(Type *t) {
    HeapType *h = (HeapType *)t;
    if (t->number != &h->number) {
        if (t->number != NULL) h->number = *t->number;
        t->number = &h->number;
    }
    return &h->number;
}

static MappingSlots *own_mapping(Type *t) {
    HeapType *h = (HeapType *)t;
    if (t->mapping != &h->mapping) {
        if (t->mapping != NULL) h->mapping = *t->mapping;
        t->mapping = &h->mapping;
    }
    return &h->mapping;
}

int heap_slots_update(Type *t) {
#define D(name) defines(t, IDENT(name))
    if (D(__repr__)) t->repr = heap_repr;
    if (D(__str__)) t->str = heap_str;
    Obj *hv = NULL;
    Type *hc = defining_class(t, IDENT(__hash__), &hv);
    if (hc != NULL && hv == NONE) t->hash = NULL;
    else if (hc != NULL && type_has(hc, TF_HEAPTYPE)) t->hash = heap_hash;
    if (D(__lt__) || D(__le__) || D(__eq__) || D(__ne__) || D(__gt__) || D(__ge__))
        t->richcompare = heap_richcompare;
    if (D(__getattribute__) || D(__getattr__)) t->getattr = heap_getattr;
    if (D(__setattr__) || D(__delattr__)) t->setattr = heap_setattr;
    if (D(__get__)) t->descr_get = heap_descr_get;
    if (D(__set__) || D(__delete__)) t->descr_set = heap_descr_set;
    if (D(__call__)) t->call = heap_call;
    if (D(__iter__)) t->iter = heap_iter;
    if (D(__next__)) t->iternext = heap_iternext;
    if (D(__init__)) t->init = heap_init;
    if (D(__new__)) t->new_ = heap_new;
    if (D(__del__)) t->flags |= TF_HAS_DEL;
    for (int op = 0; op < BINOP_COUNT; op++) {
        if (defines(t, binop_name(op, 0)) || defines(t, binop_name(op, 1)))
            own_number(t)->binop[op] = heap_binops[op];
        if (defines(t, binop_name(op, 2))) own_number(t)->inplace[op] = heap_inplaces[op];
    }
    if (D(__pow__)) own_number(t)->pow3 = heap_pow3;
    if (D(__neg__)) own_number(t)->neg = heap_neg;
    if (D(__pos__)) own_number(t)->pos = heap_pos;
    if (D(__abs__)) own_number(t)->abs = heap_abs;
    if (D(__invert__)) own_number(t)->invert = heap_invert;
    if (D(__bool__)) own_number(t)->bool_ = heap_bool;
    if (D(__int__)) own_number(t)->to_int = heap_to_int;
    if (D(__float__)) own_number(t)->to_float = heap_to_float;
    if (D(__index__)) own_number(t)->index = heap_index;
    if (D(__len__)) own_mapping(t)->len = heap_len;
    if (D(__getitem__)) own_mapping(t)->getitem = heap_getitem;
    if (D(__setitem__) || D(__delitem__)) own_mapping(t)->setitem = heap_setitem;
    if (D(__contains__)) own_mapping(t)->contains = heap_contains;
#undef D
    return 0;
}
