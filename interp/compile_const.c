/* compile_const.c: literal constants and constant folding.
 *
 * Literals arrive as text (ints, floats) or decoded bytes (str, bytes) and
 * become objects here.  Folding evaluates operators whose operands are all
 * constants, as CPython's AST optimizer does, with the same size limits so
 * that `2 ** 100000` or `"x" * 10**9` stay runtime operations; any error
 * during folding (1/0) just leaves the expression unfolded. */
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "bytes.h"
#include "tuple.h"

#define MAX_INT_BITS 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

static bool identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')))
            return false;
    }
    return true;
}

Obj *constant_object(Compiler *c, const Constant *k)
{
    Obj *o = NULL;
    switch (k->kind) {
    case K_NONE: return NEWREF(NONE);
    case K_TRUE: return NEWREF(TRUE_);
    case K_FALSE: return NEWREF(FALSE_);
    case K_ELLIPSIS: return NEWREF(ELLIPSIS);
    case K_INT: o = int_from_string(k->text, strlen(k->text), 0); break;
    case K_FLOAT: o = float_from_string(k->text, strlen(k->text)); break;
    case K_IMAG: {
        /* "3j": the float before the j as the imaginary part */
        size_t n = strlen(k->text);
        Obj *f = float_from_string(k->text, n - 1);
        if (f) {
            o = complex_new(0.0, float_value(f));
            DECREF(f);
        }
        break;
    }
    case K_STR:
        o = str_from(k->bytes, k->size);
        if (o && identifier_like(k->bytes, k->size))
            o = str_intern(o);
        break;
    case K_BYTES: o = bytes_from(k->bytes, k->size); break;
    }
    if (!o)
        c->failed = true;
    return o;
}

/* ---- safety limits ------------------------------------------------------------ */

static size_t int_bits(Obj *o)
{
    if (is_small(o)) {
        intptr_t v = small_value(o);
        uint64_t m = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
        size_t bits = 0;
        while (m) {
            bits++;
            m >>= 1;
        }
        return bits;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(o, z);
    size_t bits = mpz_sizeinbase(z, 2);
    mpz_clear(z);
    return bits;
}

/* Length of a sized constant (str/bytes/tuple), or -1. */
static intptr_t seq_len(Obj *o)
{
    if (is_str(o)) return (intptr_t)str_length(o);
    if (is_bytes(o)) return (intptr_t)((BytesObj *)o)->size;
    if (is_tuple(o)) return (intptr_t)tuple_size(o);
    return -1;
}

static bool safe_multiply(Obj *v, Obj *w)
{
    if (is_int(v) && is_int(w))
        return int_sign(v) == 0 || int_sign(w) == 0 || int_bits(v) + int_bits(w) <= MAX_INT_BITS;
    if (is_int(w)) {
        Obj *t = v;
        v = w;
        w = t;
    }
    intptr_t len = is_int(v) ? seq_len(w) : -1;
    if (len <= 0)
        return true;
    int overflow = 0;
    int64_t n = int_as_i64(v, &overflow);
    intptr_t limit = is_tuple(w) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    return !overflow && n >= 0 && n <= limit / len;
}

static bool safe_power(Obj *v, Obj *w)
{
    if (!is_int(v) || !is_int(w) || int_sign(w) < 0)
        return true;
    int overflow = 0;
    int64_t e = int_as_i64(w, &overflow);
    size_t bits = int_bits(v);
    return !overflow && (bits == 0 || (e <= MAX_INT_BITS && bits * (uint64_t)e <= MAX_INT_BITS));
}

static bool safe_lshift(Obj *v, Obj *w)
{
    if (!is_int(v) || !is_int(w) || int_sign(w) < 0 || int_sign(v) == 0)
        return true;
    int overflow = 0;
    int64_t n = int_as_i64(w, &overflow);
    return !overflow && n <= MAX_INT_BITS && int_bits(v) + (size_t)n <= MAX_INT_BITS;
}

static bool safe_binop(int op, Obj *v, Obj *w)
{
    switch (op) {
    case BINOP_MUL: return safe_multiply(v, w);
    case BINOP_POW: return safe_power(v, w);
    case BINOP_LSHIFT: return safe_lshift(v, w);
    case BINOP_MOD: return !is_str(v) && !is_bytes(v);
    default: return true;
    }
}

/* ---- folding -------------------------------------------------------------------- */

static Obj *fold_result(Obj *r)
{
    if (!r)
        err_clear();
    return r;
}

static Obj *fold_unary(Compiler *c, Expr *e)
{
    Obj *v = fold_constant(c, e->u.unaryop.operand);
    if (!v)
        return NULL;
    Obj *r = NULL;
    switch (e->u.unaryop.op) {
    case UOP_USUB: r = obj_neg(v); break;
    case UOP_UADD: r = obj_pos(v); break;
    case UOP_INVERT: r = obj_invert(v); break;
    case UOP_NOT: {
        int t = obj_is_true(v);
        r = t < 0 ? NULL : NEWREF(bool_from(!t));
        break;
    }
    }
    DECREF(v);
    return fold_result(r);
}

static Obj *fold_binop(Compiler *c, Expr *e)
{
    Obj *v = fold_constant(c, e->u.binop.left);
    if (!v)
        return NULL;
    Obj *w = fold_constant(c, e->u.binop.right);
    Obj *r = NULL;
    int op = (int)e->u.binop.op;   /* AstBinOp follows enum BinOp */
    if (w && safe_binop(op, v, w))
        r = fold_result(obj_binop(v, w, op));
    DECREF(v);
    XDECREF(w);
    return r;
}

static Obj *fold_tuple(Compiler *c, Expr *e)
{
    ExprList *l = &e->u.list.elts;
    if (e->u.list.ctx != CTX_LOAD)
        return NULL;
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i]->kind == E_STARRED)
            return NULL;
    Obj *t = tuple_new(l->n);
    if (!t) {
        c->failed = true;
        return NULL;
    }
    for (size_t i = 0; i < l->n; i++) {
        Obj *item = fold_constant(c, l->items[i]);
        if (!item) {
            for (size_t k = i; k < l->n; k++)
                tuple_set(t, k, NEWREF(NONE));
            DECREF(t);
            return NULL;
        }
        tuple_set(t, i, item);
    }
    return t;
}

static Obj *fold_subscript(Compiler *c, Expr *e)
{
    if (e->u.subscript.ctx != CTX_LOAD || e->u.subscript.slice->kind == E_SLICE)
        return NULL;
    Obj *v = fold_constant(c, e->u.subscript.value);
    if (!v)
        return NULL;
    Obj *k = fold_constant(c, e->u.subscript.slice), *r = NULL;
    if (k && is_int(k) && (is_str(v) || is_bytes(v) || is_tuple(v)))
        r = fold_result(obj_getitem(v, k));
    DECREF(v);
    XDECREF(k);
    return r;
}

Obj *fold_constant(Compiler *c, Expr *e)
{
    if (c->failed)
        return NULL;
    switch (e->kind) {
    case E_CONSTANT:
        return constant_object(c, &e->u.constant);
    case E_UNARYOP: return fold_unary(c, e);
    case E_BINOP: return fold_binop(c, e);
    case E_TUPLE: return fold_tuple(c, e);
    case E_SUBSCRIPT: return fold_subscript(c, e);
    case E_NAME:
        if (e->u.name.ctx == CTX_LOAD && strcmp(e->u.name.id, "__debug__") == 0)
            return NEWREF(TRUE_);
        return NULL;
    default:
        return NULL;
    }
}
