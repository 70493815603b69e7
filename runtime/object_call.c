/* object_call.c: calling objects.  The vector form (args array + kwnames) is
 * the native one; the other entry points convert to it. */
#include <stdlib.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "tstate.h"
#include "code.h"

enum { SMALL_ARGS = 8 };   /* argument vectors up to this size live on the stack */

Obj *obj_call(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    callfunc call = TYPE(callable)->call;
    if (call == NULL) {
        err_format(&Exc_TypeError, "'%s' object is not callable", type_name(callable));
        return NULL;
    }
    /* Python functions check the recursion limit when their frame is made */
    if (call == function_call) return call(callable, args, nargs, kwnames);
    /* As in CPython, only calls of instances of Python classes (__call__)
     * count here; built-in callables and types do not (the VM guards the C
     * stack where C code calls back into Python). */
    Obj *res;
    if (type_has(TYPE(callable), TF_HEAPTYPE)) {
        if (recursion_enter(" while calling a Python object") < 0) return NULL;
        res = call(callable, args, nargs, kwnames);
        recursion_leave();
    } else {
        res = call(callable, args, nargs, kwnames);
    }
    if (res == NULL && err_occurred() == NULL)
        err_format(&Exc_SystemError, "%R returned NULL without setting an exception", callable);
    return res;
}

Obj *obj_call0(Obj *callable) {
    return obj_call(callable, NULL, 0, NULL);
}

Obj *obj_call1(Obj *callable, Obj *arg) {
    return obj_call(callable, &arg, 1, NULL);
}

Obj *obj_call2(Obj *callable, Obj *a, Obj *b) {
    Obj *args[2] = { a, b };
    return obj_call(callable, args, 2, NULL);
}

/* f(*args, **kwargs): positional items, then the dict's values with their
 * keys as kwnames. */
Obj *obj_call_tuple_dict(Obj *callable, Obj *args, Obj *kwargs) {
    size_t npos = args ? tuple_size(args) : 0;
    size_t nkw = kwargs ? dict_size(kwargs) : 0;
    if (nkw == 0) return obj_call(callable, args ? ((TupleObj *)args)->items : NULL, npos, NULL);
    Obj *small[SMALL_ARGS];
    Obj **vec = npos + nkw <= SMALL_ARGS ? small : malloc((npos + nkw) * sizeof(Obj *));
    Obj *kwnames = tuple_new(nkw);
    if (vec == NULL || kwnames == NULL) {
        if (vec != small) free(vec);
        XDECREF(kwnames);
        if (vec == NULL) err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < npos; i++) vec[i] = tuple_get(args, i);
    size_t pos = 0, k = 0;
    Obj *key, *value;
    Obj *res = NULL;
    while (dict_next(kwargs, &pos, &key, &value)) {
        if (!is_str(key)) {
            err_set_str(&Exc_TypeError, "keywords must be strings");
            goto done;
        }
        tuple_set(kwnames, k, NEWREF(key));
        vec[npos + k++] = value;
    }
    res = obj_call(callable, vec, npos, kwnames);
done:
    /* unfilled items of kwnames are NULL: fill them so the tuple frees cleanly */
    for (; k < nkw; k++) tuple_set(kwnames, k, NEWREF(NONE));
    DECREF(kwnames);
    if (vec != small) free(vec);
    return res;
}

/* func(self, *args): direct for method-like callables, else via binding. */
Obj *obj_call_unbound(Obj *func, Obj *self, Obj *const *args, size_t nargs) {
    Type *ft = TYPE(func);
    if (type_has(ft, TF_METHOD_DESCRIPTOR)) {
        Obj *small[SMALL_ARGS];
        Obj **vec = nargs < SMALL_ARGS ? small : malloc((nargs + 1) * sizeof(Obj *));
        if (vec == NULL) {
            err_no_memory();
            return NULL;
        }
        vec[0] = self;
        for (size_t i = 0; i < nargs; i++) vec[i + 1] = args[i];
        Obj *res = obj_call(func, vec, nargs + 1, NULL);
        if (vec != small) free(vec);
        return res;
    }
    if (ft->descr_get == NULL) return obj_call(func, args, nargs, NULL);
    Obj *bound = ft->descr_get(func, self, (Obj *)TYPE(self));
    if (bound == NULL) return NULL;
    Obj *res = obj_call(bound, args, nargs, NULL);
    DECREF(bound);
    return res;
}

Obj *obj_call_method(Obj *o, Obj *name, Obj *const *args, size_t nargs) {
    Obj *descr = type_lookup(TYPE(o), name);
    if (descr != NULL && type_has(TYPE(descr), TF_METHOD_DESCRIPTOR)) {
        /* an instance or class __dict__ entry could shadow it */
        Type *t = TYPE(o);
        if (t->dictoffset == 0 && !type_has(t, TF_TYPE_SUBCLASS))
            return obj_call_unbound(descr, o, args, nargs);
    }
    Obj *meth = obj_getattr(o, name);
    if (meth == NULL) return NULL;
    Obj *res = obj_call(meth, args, nargs, NULL);
    DECREF(meth);
    return res;
}
