/* complex.c: the complex type object: allocation, hash (equal to the
 * hash of an equal int or float), == and != against numbers, the
 * complex() constructor (numbers, strings, __complex__) and the methods.
 * Arithmetic is in complex_arith.c, repr and __format__ in
 * complex_format.c, string parsing in complex_parse.c. */
#include <math.h>
#include <stdlib.h>
#include "complex.h"
#include "float.h"
#include "int_internal.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "args.h"
#include "ident.h"

extern const NumberSlots complex_number_slots;

/* ---- allocation: exact complex numbers recycle through a free list ----- */

#define COMPLEX_FREE_MAX 256
static ComplexObj *free_complex[COMPLEX_FREE_MAX];
static int n_free_complex;

Obj *complex_new(double real, double imag) {
    ComplexObj *c;
    if (n_free_complex > 0) {
        c = free_complex[--n_free_complex];
        c->ob.refcnt = 1;
    } else if ((c = (ComplexObj *)obj_alloc(&ComplexType, sizeof(ComplexObj))) == NULL) {
        return NULL;
    }
    c->z = (Cplx){real, imag};
    return (Obj *)c;
}

static void complex_dealloc(Obj *o) {
    if (o->type == &ComplexType && n_free_complex < COMPLEX_FREE_MAX)
        free_complex[n_free_complex++] = (ComplexObj *)o;
    else
        obj_free(o);
}

static Obj *complex_repr(Obj *o) { return complex_repr_obj(complex_value(o)); }

/* hash(real) + 1000003 * hash(imag), as unsigned words. */
static intptr_t complex_hash(Obj *o) {
    Cplx z = complex_value(o);
    uintptr_t hr = (uintptr_t)(isnan(z.real) ? hash_pointer(o) : float_hash(z.real));
    uintptr_t hi = (uintptr_t)(isnan(z.imag) ? hash_pointer(o) : float_hash(z.imag));
    intptr_t h = (intptr_t)(hr + (uintptr_t)1000003 * hi);
    return h == -1 ? -2 : h;
}

static Obj *complex_richcompare(Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_complex(a)) return NEWREF(NOT_IMPLEMENTED);
    Cplx z = complex_value(a);
    bool equal;
    if (is_int(b)) {
        if (z.imag != 0.0) {
            equal = false;
        } else {
            /* exact: compare the real part as a float against the int */
            Obj *f = float_new(z.real);
            if (f == NULL) return NULL;
            Obj *r = obj_richcompare(f, b, op);
            DECREF(f);
            return r;
        }
    } else if (is_float(b)) {
        equal = z.real == float_value(b) && z.imag == 0.0;
    } else if (is_complex(b)) {
        Cplx w = complex_value(b);
        equal = z.real == w.real && z.imag == w.imag;
    } else {
        return NEWREF(NOT_IMPLEMENTED);
    }
    return NEWREF(bool_from(op == CMP_EQ ? equal : !equal));
}

/* ---- complex() --------------------------------------------------------- */

/* complex(str); Unicode digits and spaces read as their ASCII forms. */
static Obj *from_string(Obj *s) {
    Cplx z;
    int rc = complex_parse(str_data(s), str_size(s), &z);
    if (rc == -1 && !((const StrObj *)s)->ascii) {
        NumText t;
        if (number_text(s, &t) < 0) return NULL;
        rc = complex_parse(t.s, t.len, &z);
        free(t.heap);
    }
    if (rc == -2) {
        err_format(&Exc_ValueError, "could not convert string to complex: %R", s);
        return NULL;
    }
    if (rc < 0) {
        err_set_str(&Exc_ValueError, "complex() arg is a malformed string");
        return NULL;
    }
    return complex_from(z);
}

/* x.__complex__() when type(x) has it: a new reference, NULL with an error,
 * or NULL without one when there is no such method. */
Obj *complex_call_dunder(Obj *x) {
    Obj *f = type_lookup(TYPE(x), IDENT(__complex__));
    if (f == NULL) return NULL;
    Obj *r = obj_call_unbound(f, x, NULL, 0);
    if (r != NULL && !is_complex(r)) {
        err_format(&Exc_TypeError, "__complex__ returned non-complex (type %s)", type_name(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

static bool is_number(Obj *x) {
    const NumberSlots *n = TYPE(x)->number;
    return is_complex(x) || (n != NULL && (n->to_float != NULL || n->index != NULL));
}

/* float(x) for a real number x. */
static int real_value(Obj *x, double *out) {
    if (is_float(x)) { *out = float_value(x); return 0; }
    if (is_int(x)) {
        *out = int_as_double(x);
        return *out == -1.0 && err_occurred() ? -1 : 0;
    }
    Obj *f = obj_call1((Obj *)&FloatType, x);
    if (f == NULL) return -1;
    *out = float_value(f);
    DECREF(f);
    return 0;
}

static Obj *complex_from_args(Obj *r, Obj *i) {
    if (r == NULL) r = small_new(0);
    if (is_str(r)) {
        if (i != NULL) {
            err_set_str(&Exc_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        return from_string(r);
    }
    if (i != NULL && is_str(i)) {
        err_set_str(&Exc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }
    Obj *own = IS_TYPE(r, ComplexType) ? NULL : complex_call_dunder(r);
    if (own == NULL && err_occurred()) return NULL;
    if (own != NULL) r = own;
    Obj *result = NULL;
    if (!is_number(r)) {
        err_format(&Exc_TypeError,
                   "complex() first argument must be a string or a number, not '%s'", type_name(r));
        goto done;
    }
    if (i != NULL && !is_number(i)) {
        err_format(&Exc_TypeError, "complex() second argument must be a number, not '%s'",
                   type_name(i));
        goto done;
    }
    Cplx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_complex = is_complex(r), ci_complex = i != NULL && is_complex(i);
    if (cr_complex) cr = complex_value(r);
    else if (real_value(r, &cr.real) < 0) goto done;
    if (i == NULL) ci.real = cr.imag;
    else if (ci_complex) ci = complex_value(i);
    else if (real_value(i, &ci.real) < 0) goto done;
    /* real + imag*1j even when the parts are complex themselves */
    if (ci_complex) cr.real -= ci.imag;
    if (cr_complex && i != NULL) ci.real += cr.imag;
    result = complex_new(cr.real, ci.real);
done:
    XDECREF(own);
    return result;
}

static Obj *complex_new_obj(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    Obj *a[2];
    if (args_bind("complex", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    if (a[0] != NULL && a[1] == NULL && type == &ComplexType && IS_TYPE(a[0], ComplexType))
        return NEWREF(a[0]);
    Obj *r = complex_from_args(a[0], a[1]);
    if (r == NULL || type == &ComplexType) return r;
    Obj *sub = obj_alloc(type, type->size);
    if (sub != NULL) ((ComplexObj *)sub)->z = complex_value(r);
    DECREF(r);
    return sub;
}

/* ---- methods ----------------------------------------------------------- */

static Obj *complex_conjugate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("complex.conjugate", nargs, kwnames) < 0) return NULL;
    Cplx z = complex_value(self);
    return complex_new(z.real, -z.imag);
}

static Obj *complex_getnewargs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("complex.__getnewargs__", nargs, kwnames) < 0) return NULL;
    Cplx z = complex_value(self);
    Obj *re = float_new(z.real), *im = float_new(z.imag);
    Obj *t = re && im ? tuple_pack(2, re, im) : NULL;
    XDECREF(re);
    XDECREF(im);
    return t;
}

static Obj *complex_dunder_complex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("complex.__complex__", nargs, kwnames) < 0) return NULL;
    return IS_TYPE(self, ComplexType) ? NEWREF(self) : complex_from(complex_value(self));
}

static Obj *complex_method_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("complex.__format__", kwnames) < 0 ||
        args_count("complex.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "__format__() argument must be str, not %s",
                   args[0] == NONE ? "None" : type_name(args[0]));
        return NULL;
    }
    if (str_size(args[0]) == 0) return obj_str(self);
    return complex_format(complex_value(self), args[0], type_name(self));
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate},
    {"__getnewargs__", complex_getnewargs},
    {"__complex__", complex_dunder_complex},
    {"__format__", complex_method_format},
    {NULL},
};

static Obj *complex_get_real(Obj *self) { return float_new(complex_value(self).real); }
static Obj *complex_get_imag(Obj *self) { return float_new(complex_value(self).imag); }

static const GetSetDef complex_getset[] = {
    {"real", complex_get_real, getset_readonly},
    {"imag", complex_get_imag, getset_readonly},
    {NULL},
};

Type ComplexType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "complex",
    .size = sizeof(ComplexObj),
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = complex_new_obj,
    .number = &complex_number_slots,
    .methods = complex_methods,
    .getset = complex_getset,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
};
