/* object_ops.c: arithmetic operator dispatch (binary, in-place, ternary pow,
 * unary).  The operand types' NumberSlots do the work; this file only picks
 * which slot runs, with CPython's rules: the right operand goes first when
 * its type is a proper subtype of the left's, NotImplemented passes the
 * turn, and the error names both types. */
#include <string.h>
#include "object.h"
#include "err.h"
#include "int.h"
#include "builtin_func.h"

static const char *const binop_symbol[] = {
#define X(name, sym, d, r, i) sym,
    BINOP_TABLE(X)
#undef X
};

static inline binaryfunc binop_slot(Type *t, int op) {
    return t->number != NULL ? t->number->binop[op] : NULL;
}

/* CPython's binary_op1: returns NotImplemented (new ref) when neither side
 * handles the pair. */
static Obj *binary_op1(Obj *a, Obj *b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    binaryfunc slota = binop_slot(ta, op);
    binaryfunc slotb = ta != tb ? binop_slot(tb, op) : NULL;
    if (slotb == slota) slotb = NULL;
    Obj *res;
    if (slota != NULL) {
        if (slotb != NULL && type_is_subtype(tb, ta)) {
            res = slotb(a, b);
            if (res != NOT_IMPLEMENTED) return res;
            DECREF(res);
            slotb = NULL;
        }
        res = slota(a, b);
        if (res != NOT_IMPLEMENTED) return res;
        DECREF(res);
    }
    if (slotb != NULL) return slotb(a, b);
    return NEWREF(NOT_IMPLEMENTED);
}

static void binop_type_error(Obj *a, Obj *b, int op, bool inplace) {
    const char *sym = op == BINOP_POW ? (inplace ? "**=" : "** or pow()") : binop_symbol[op];
    const char *eq = inplace && op != BINOP_POW ? "=" : "";
    if (op == BINOP_RSHIFT && !inplace && IS_TYPE(a, BuiltinFuncType) &&
        strcmp(((BuiltinFuncObj *)a)->def->name, "print") == 0) {
        err_format(&Exc_TypeError, "unsupported operand type(s) for >>: '%s' and '%s'. "
                   "Did you mean \"print(<message>, file=<output_stream>)\"?",
                   type_name(a), type_name(b));
        return;
    }
    err_format(&Exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
               sym, eq, type_name(a), type_name(b));
}

Obj *obj_binop(Obj *a, Obj *b, int op) {
    Obj *res = binary_op1(a, b, op);
    if (res == NOT_IMPLEMENTED) {
        DECREF(res);
        binop_type_error(a, b, op, false);
        return NULL;
    }
    return res;
}

Obj *obj_inplace_binop(Obj *a, Obj *b, int op) {
    Type *ta = TYPE(a);
    if (ta->number != NULL && ta->number->inplace[op] != NULL) {
        Obj *res = ta->number->inplace[op](a, b);
        if (res != NOT_IMPLEMENTED) return res;
        DECREF(res);
    }
    Obj *res = binary_op1(a, b, op);
    if (res == NOT_IMPLEMENTED) {
        DECREF(res);
        binop_type_error(a, b, op, true);
        return NULL;
    }
    return res;
}

static inline ternaryfunc pow3_slot(Type *t) {
    return t->number != NULL ? t->number->pow3 : NULL;
}

/* pow(a, b, mod): each distinct operand type gets one try, left to right. */
Obj *obj_pow3(Obj *a, Obj *b, Obj *mod) {
    if (mod == NULL || mod == NONE) return obj_binop(a, b, BINOP_POW);
    ternaryfunc tried[3] = { NULL, NULL, NULL };
    Obj *operands[3] = { a, b, mod };
    for (int i = 0; i < 3; i++) {
        ternaryfunc f = pow3_slot(TYPE(operands[i]));
        if (f == NULL || f == tried[0] || f == tried[1]) continue;
        tried[i] = f;
        Obj *res = f(a, b, mod);
        if (res != NOT_IMPLEMENTED) return res;
        DECREF(res);
    }
    err_format(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name(a), type_name(b), type_name(mod));
    return NULL;
}

/* One unary slot, picked by its offset in NumberSlots, with its message. */
static Obj *unary_op(Obj *o, size_t slot_offset, const char *what) {
    const NumberSlots *n = TYPE(o)->number;
    unaryfunc f = n ? *(const unaryfunc *)((const char *)n + slot_offset) : NULL;
    if (f == NULL) {
        err_format(&Exc_TypeError, "bad operand type for %s: '%s'", what, type_name(o));
        return NULL;
    }
    return f(o);
}

Obj *obj_neg(Obj *o) { return unary_op(o, offsetof(NumberSlots, neg), "unary -"); }
Obj *obj_pos(Obj *o) { return unary_op(o, offsetof(NumberSlots, pos), "unary +"); }
Obj *obj_invert(Obj *o) { return unary_op(o, offsetof(NumberSlots, invert), "unary ~"); }
Obj *obj_abs(Obj *o) { return unary_op(o, offsetof(NumberSlots, abs), "abs()"); }

Obj *obj_index(Obj *o) {
    if (is_int(o)) return NEWREF(o);
    const NumberSlots *n = TYPE(o)->number;
    if (n == NULL || n->index == NULL) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(o));
        return NULL;
    }
    Obj *res = n->index(o);
    if (res != NULL && !is_int(res)) {
        err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(res));
        DECREF(res);
        return NULL;
    }
    return res;
}
