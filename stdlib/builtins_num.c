/* builtins_num.c: the numeric built-in functions abs, divmod, pow, round. */
#include "builtins.h"
#include "args.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static Obj *b_abs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("abs", kwnames) < 0 || args_count("abs", nargs, 1, 1) < 0) return NULL;
    return obj_abs(args[0]);
}

/* ---- divmod ------------------------------------------------------------ */

static Obj *b_divmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("divmod", kwnames) < 0 || args_count("divmod", nargs, 2, 2) < 0) return NULL;
    return number_divmod(args[0], args[1]);
}

/* ---- pow --------------------------------------------------------------- */

static Obj *b_pow(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Obj *a[3];
    if (args_bind("pow", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    if (a[2] == NULL || a[2] == NONE) return obj_binop(a[0], a[1], BINOP_POW);
    return obj_pow3(a[0], a[1], a[2]);
}

/* ---- round ------------------------------------------------------------- */

/* round(number[, ndigits]): number.__round__(ndigits), as CPython; int and
 * float implement theirs exactly (runtime/int.c, runtime/float.c). */
static Obj *b_round(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    Obj *a[2];
    if (args_bind("round", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    Obj *x = a[0], *nd = a[1] == NONE ? NULL : a[1];
    Obj *fn = type_lookup(TYPE(x), str_intern_cstr("__round__"));
    if (fn == NULL) {
        err_format(&Exc_TypeError, "type %s doesn't define __round__ method", TYPE(x)->name);
        return NULL;
    }
    return obj_call_unbound(fn, x, &nd, nd ? 1 : 0);
}

const MethodDef builtins_num_methods[] = {
    {"abs", b_abs, 0},
    {"divmod", b_divmod, 0},
    {"pow", b_pow, 0},
    {"round", b_round, 0},
    {NULL},
};
