/* clinic_args.c: CPython's argument-clinic wording for positional-only
 * module functions (see clinic_args.h). */
#include "clinic_args.h"
#include "args.h"
#include <limits.h>
#include "err.h"
#include "int.h"
#include "intarg.h"

int clinic_positional(const char *module, const char *fname, size_t nargs, Obj *kwnames,
                      size_t min, size_t max) {
    if (kw_count(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s.%s() takes no keyword arguments", module, fname);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    if (min == 1 && max == 1) {
        err_format(&Exc_TypeError, "%s.%s() takes exactly one argument (%zu given)", module,
                   fname, nargs);
        return -1;
    }
    size_t bound = nargs < min ? min : max;
    err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
               min == max ? "" : nargs < min ? "at least " : "at most ", bound,
               bound == 1 ? "" : "s", nargs);
    return -1;
}

int clinic_long(Obj *o, long *out) {
    int64_t v = 0;
    int overflow;
    if (intarg_i64(o, &v, &overflow) < 0) return -1;
    if (overflow || v < LONG_MIN || v > LONG_MAX) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = (long)v;
    return 0;
}

int clinic_int(Obj *o, int *out) {
    int64_t v = 0;
    int overflow;
    if (intarg_i64(o, &v, &overflow) < 0) return -1;
    if (overflow || v < INT_MIN || v > INT_MAX) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int clinic_uint_mask(Obj *o, unsigned int *out) {
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    int overflow = 0;
    int64_t v = int_as_i64(i, &overflow);
    if (overflow) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(i, z);
        v = (int64_t)mpz_fdiv_ui(z, 4294967296UL);
        mpz_clear(z);
    }
    DECREF(i);
    *out = (unsigned int)v;
    return 0;
}
