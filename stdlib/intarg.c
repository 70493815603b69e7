/* intarg.c: integer arguments of built-in functions (see intarg.h). */
#include "intarg.h"
#include "err.h"
#include "float.h"
#include "int.h"

int intarg_ssize(Obj *o, intptr_t *out) {
    return int_index_ssize(o, out);
}

int intarg_i64(Obj *o, int64_t *out, int *overflow) {
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    int64_t v = int_as_i64(i, overflow);
    if (*overflow) *overflow = int_sign(i);
    else *out = v;
    DECREF(i);
    return 0;
}

int intarg_seconds(Obj *o, double *out) {
    if (is_float(o)) {
        *out = float_value(o);
        return 0;
    }
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    *out = int_as_double(i);
    DECREF(i);
    return *out == -1.0 && err_occurred() ? -1 : 0;
}
