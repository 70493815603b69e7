/* bool.c: the bool type and its two instances, True and False.  bool is an
 * int subclass that cannot be subclassed; it reuses every int slot except
 * repr and the bitwise operators & | ^, which keep bool results for two
 * bools. */
#include "int_internal.h"
#include "err.h"
#include "str.h"
#include "args.h"

BoolObj TrueObj = { STATIC_HEAD(&BoolType), 1 };
BoolObj FalseObj = { STATIC_HEAD(&BoolType), 0 };

static Obj *bool_repr(Obj *o) {
    return NEWREF(str_intern_cstr(((BoolObj *)o)->value ? "True" : "False"));
}

static Obj *bool_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("bool", kwnames) < 0) return NULL;
    if (nargs > 1) {
        err_format(&Exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 0) return FALSE_;
    int t = obj_is_true(args[0]);
    return t < 0 ? NULL : bool_from(t != 0);
}

/* Two bools give a bool; anything else is int arithmetic. */
#define BOOL_BITWISE(name, op, intfn) \
    static Obj *name(Obj *a, Obj *b) { \
        if (int_is_bool(a) && int_is_bool(b)) \
            return bool_from((((BoolObj *)a)->value op ((BoolObj *)b)->value) != 0); \
        return intfn(a, b); \
    }
BOOL_BITWISE(bool_and, &, int_and)
BOOL_BITWISE(bool_or, |, int_or)
BOOL_BITWISE(bool_xor, ^, int_xor)

static const NumberSlots bool_number_slots = {
    .binop = {
        [BINOP_ADD] = int_add, [BINOP_SUB] = int_sub, [BINOP_MUL] = int_mul,
        [BINOP_TRUEDIV] = int_truediv, [BINOP_FLOORDIV] = int_floordiv,
        [BINOP_MOD] = int_mod, [BINOP_POW] = int_pow,
        [BINOP_LSHIFT] = int_lshift, [BINOP_RSHIFT] = int_rshift,
        [BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor,
    },
    .pow3 = int_pow3,
    .neg = int_neg, .pos = int_exact, .abs = int_abs, .invert = int_invert,
    .bool_ = int_bool,
    .to_int = int_exact, .to_float = int_to_float, .index = int_exact,
};

Type BoolType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "bool",
    .size = sizeof(BoolObj),
    .flags = TF_INT_SUBCLASS | TF_IMMUTABLE,
    .base = &IntType,
    .repr = bool_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = bool_new,
    .number = &bool_number_slots,
    .doc = "bool(x) -> bool\n\n"
           "Returns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
};
