/* str_methods.c: str's method table, built from STR_METHOD_TABLE, and the
 * small methods that belong to no topic file (__sizeof__, __getnewargs__). */
#include "str_methods.h"
#include "err.h"
#include "int.h"
#include "tuple.h"

const MethodDef str_methods[] = {
#define X(name, flags) { #name, str_m_##name, flags },
    STR_METHOD_TABLE(X)
#undef X
    { NULL },
};

int str_no_kwargs(const char *fname, Obj *kwnames) {
    if (kw_count(kwnames) == 0) return 0;
    err_format(&Exc_TypeError, "str.%s() takes no keyword arguments", fname);
    return -1;
}

int str_noargs(const char *fname, size_t nargs, Obj *kwnames) {
    if (str_no_kwargs(fname, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    err_format(&Exc_TypeError, "str.%s() takes no arguments (%zu given)", fname, nargs);
    return -1;
}

int str_onearg(const char *fname, size_t nargs, Obj *kwnames) {
    if (str_no_kwargs(fname, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    err_format(&Exc_TypeError, "str.%s() takes exactly one argument (%zu given)", fname, nargs);
    return -1;
}

int str_int_arg(Obj *o, intptr_t *out) {
    return int_index_ssize(o, out);
}

Obj *str_m___sizeof__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_noargs("__sizeof__", nargs, kwnames) < 0) return NULL;
    return small_new((intptr_t)(sizeof(StrObj) + str_size(self) + 1));
}

Obj *str_m___getnewargs__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_noargs("__getnewargs__", nargs, kwnames) < 0) return NULL;
    Obj *s = str_exact(self);
    if (s == NULL) return NULL;
    Obj *t = tuple_pack(1, s);
    DECREF(s);
    return t;
}

int str_positional(const char *fname, size_t nargs, Obj *kwnames, size_t min, size_t max) {
    if (str_no_kwargs(fname, kwnames) < 0) return -1;
    if (nargs >= min && nargs <= max) return 0;
    size_t bound = nargs < min ? min : max;
    err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
               min == max ? "" : nargs < min ? "at least " : "at most ", bound,
               bound == 1 ? "" : "s", nargs);
    return -1;
}

int str_bind(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
             const char *const *names, size_t nrequired, Obj **out) {
    size_t nparams = 0, total = nargs + kw_count(kwnames);
    while (names[nparams] != NULL) nparams++;
    if (total > nparams) {
        err_format(&Exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, nparams,
                   nparams == 1 ? "" : "s", total);
        return -1;
    }
    return args_bind(fname, args, nargs, kwnames, names, nrequired, out);
}

int str_cint_arg(Obj *o, intptr_t *out) {
    Obj *i = is_small(o) ? o : obj_index(o);
    if (i == NULL) return -1;
    int overflow = 0;
    int64_t v = int_as_i64(i, &overflow);
    if (i != o) DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}
