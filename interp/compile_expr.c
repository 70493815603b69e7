/* compile_expr.c: code generation for expressions: names (choosing FAST,
 * DEREF, GLOBAL or NAME instructions from the symbol table), operators with
 * constant folding, comparisons (chained ones evaluate each operand once),
 * short-circuit and/or, conditional expressions, walrus, attribute and
 * subscript access, yield/await, and assignment/deletion targets.  Calls,
 * displays and f-strings are in compile_call.c. */
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "set.h"
#include "dict.h"

int compile_display(Compiler *c, Expr *e);
int compile_call(Compiler *c, Expr *e);
int compile_dict(Compiler *c, Expr *e);
int compile_joinedstr(Compiler *c, Expr *e);
int compile_formatted(Compiler *c, Expr *e);

int compile_exprs(Compiler *c, ExprList *l)
{
    for (size_t i = 0; i < l->n; i++)
        TRY(compile_expr(c, l->items[i]));
    return 0;
}

/* ---- names -------------------------------------------------------------------- */

typedef enum { ACCESS_FAST, ACCESS_DEREF, ACCESS_GLOBAL, ACCESS_NAME } Access;

static const uint8_t access_ops[4][3] = {
    [ACCESS_FAST] = { OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST },
    [ACCESS_DEREF] = { OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF },
    [ACCESS_GLOBAL] = { OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL },
    [ACCESS_NAME] = { OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME },
};

int compile_name(Compiler *c, const char *id, ExprContext ctx)
{
    Unit *u = c->u;
    if (strcmp(id, "__debug__") == 0) {
        if (ctx != CTX_LOAD)
            return compiler_error(c, u->loc, "cannot %s __debug__",
                                  ctx == CTX_STORE ? "assign to" : "delete");
        emit_const(c, NEWREF(TRUE_));
        return 0;
    }
    char buf[512];
    const char *name = mangle(c, id, buf, sizeof buf);
    bool function = u->ste->type == BLOCK_FUNCTION;
    Access access = ACCESS_NAME;
    Obj *dict = u->names;
    int offset = 0;
    switch (scope_of(u->ste, name)) {
    case SCOPE_FREE:
        access = ACCESS_DEREF, dict = u->freevars, offset = (int)dict_size(u->cellvars);
        break;
    case SCOPE_CELL: access = ACCESS_DEREF, dict = u->cellvars; break;
    case SCOPE_LOCAL:
        if (function)
            access = ACCESS_FAST, dict = u->varnames;
        break;
    case SCOPE_GLOBAL_IMPLICIT:
        if (function)
            access = ACCESS_GLOBAL;
        break;
    case SCOPE_GLOBAL_EXPLICIT: access = ACCESS_GLOBAL; break;
    default: break;
    }
    int idx = name_index(c, dict, name);
    if (idx < 0)
        return -1;
    int op = access_ops[access][ctx];
    if (op == OP_LOAD_DEREF && u->ste->type == BLOCK_CLASS)
        op = OP_LOAD_CLASSDEREF;
    emit(c, op, idx + offset);
    return 0;
}

static int attr_index(Compiler *c, const char *attr)
{
    char buf[512];
    return name_index(c, c->u->names, mangle(c, attr, buf, sizeof buf));
}

/* ---- operators ------------------------------------------------------------------- */

static void emit_cmpop(Compiler *c, CmpOpKind op)
{
    static const int rich[] = { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE };
    switch (op) {
    case CMPOP_IS: emit(c, OP_IS_OP, 0); break;
    case CMPOP_ISNOT: emit(c, OP_IS_OP, 1); break;
    case CMPOP_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case CMPOP_NOTIN: emit(c, OP_CONTAINS_OP, 1); break;
    default: emit(c, OP_COMPARE_OP, rich[op]); break;
    }
}

/* `x in [1, 2]` and `x in {1, 2}` test against a constant tuple/frozenset. */
static int compile_comparator(Compiler *c, CmpOpKind op, Expr *e)
{
    if ((op == CMPOP_IN || op == CMPOP_NOTIN) && (e->kind == E_LIST || e->kind == E_SET)) {
        Expr tuple = *e;
        tuple.kind = E_TUPLE;
        if (e->kind == E_SET)
            tuple.u.list.elts = e->u.set.elts, tuple.u.list.ctx = CTX_LOAD;
        Obj *k = fold_constant(c, &tuple);
        if (k && e->kind == E_SET) {
            Obj *fs = frozenset_new(k);
            DECREF(k);
            if (!fs)
                err_clear();
            k = fs;
        }
        if (k) {
            emit_const(c, k);
            return 0;
        }
        if (c->failed)
            return -1;
    }
    return compile_expr(c, e);
}

static int compile_compare(Compiler *c, Expr *e)
{
    size_t n = e->u.compare.n;
    check_compare(c, e);
    TRY(compile_expr(c, e->u.compare.left));
    if (n == 1) {
        TRY(compile_comparator(c, e->u.compare.ops[0], e->u.compare.comparators[0]));
        emit_cmpop(c, e->u.compare.ops[0]);
        return 0;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (size_t i = 0; i + 1 < n; i++) {
        TRY(compile_comparator(c, e->u.compare.ops[i], e->u.compare.comparators[i]));
        emit(c, OP_DUP_TOP, 0);
        emit(c, OP_ROT_THREE, 0);
        emit_cmpop(c, e->u.compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    TRY(compile_comparator(c, e->u.compare.ops[n - 1], e->u.compare.comparators[n - 1]));
    emit_cmpop(c, e->u.compare.ops[n - 1]);
    emit_jump(c, OP_JUMP_FORWARD, end);
    place_label(c, cleanup);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_TOP, 0);
    place_label(c, end);
    return 0;
}

/* One non-last operand of an and/or chain, then its short-circuit jump `op` to `end`.
   A nested and/or operand is spliced in so no value is tested for truth twice (as CPython's
   jump threading): one of the same kind shares `end`; one of the other kind tests its own
   non-last operands only for a jump to the outer chain's next operand. */
static int boolop_operand(Compiler *c, Expr *item, int op, int end)
{
    if (item->kind != E_BOOLOP) {
        TRY(compile_expr(c, item));
        emit_jump(c, op, end);
        return 0;
    }
    ExprList *v = &item->u.boolop.values;
    bool same = (item->u.boolop.op == BOOL_AND) == (op == OP_JUMP_IF_FALSE_OR_POP);
    int next = same ? end : new_label(c);
    for (size_t i = 0; i + 1 < v->n; i++) {
        if (same)
            TRY(boolop_operand(c, v->items[i], op, end));
        else
            TRY(compile_jump_if(c, v->items[i], next, item->u.boolop.op == BOOL_OR));
    }
    TRY(boolop_operand(c, v->items[v->n - 1], op, end));
    if (!same)
        place_label(c, next);
    return 0;
}

static int compile_boolop(Compiler *c, Expr *e)
{
    int end = new_label(c);
    int op = e->u.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    ExprList *v = &e->u.boolop.values;
    for (size_t i = 0; i + 1 < v->n; i++)
        TRY(boolop_operand(c, v->items[i], op, end));
    TRY(compile_expr(c, v->items[v->n - 1]));
    place_label(c, end);
    return 0;
}

static int compile_unary(Compiler *c, Expr *e)
{
    static const uint8_t ops[] = { [UOP_INVERT] = OP_UNARY_INVERT, [UOP_NOT] = OP_UNARY_NOT,
                                   [UOP_UADD] = OP_UNARY_POSITIVE, [UOP_USUB] = OP_UNARY_NEGATIVE };
    TRY(compile_expr(c, e->u.unaryop.operand));
    emit(c, ops[e->u.unaryop.op], 0);
    return 0;
}

static int compile_ifexp(Compiler *c, Expr *e)
{
    int orelse = new_label(c), end = new_label(c);
    TRY(compile_jump_if(c, e->u.ifexp.test, orelse, false));
    TRY(compile_expr(c, e->u.ifexp.body));
    emit_jump(c, OP_JUMP_FORWARD, end);
    place_label(c, orelse);
    TRY(compile_expr(c, e->u.ifexp.orelse));
    place_label(c, end);
    return 0;
}

/* ---- conditional jumps ------------------------------------------------------------ */

static int jump_if_compare(Compiler *c, Expr *e, int label, bool cond)
{
    size_t n = e->u.compare.n;
    check_compare(c, e);
    int cleanup = new_label(c), end = new_label(c);
    TRY(compile_expr(c, e->u.compare.left));
    for (size_t i = 0; i + 1 < n; i++) {
        TRY(compile_comparator(c, e->u.compare.ops[i], e->u.compare.comparators[i]));
        emit(c, OP_DUP_TOP, 0);
        emit(c, OP_ROT_THREE, 0);
        emit_cmpop(c, e->u.compare.ops[i]);
        emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup);
    }
    TRY(compile_comparator(c, e->u.compare.ops[n - 1], e->u.compare.comparators[n - 1]));
    emit_cmpop(c, e->u.compare.ops[n - 1]);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    emit_jump(c, OP_JUMP_FORWARD, end);
    place_label(c, cleanup);
    emit(c, OP_POP_TOP, 0);
    if (!cond)
        emit_jump(c, OP_JUMP_FORWARD, label);
    place_label(c, end);
    return 0;
}

static int jump_if_boolop(Compiler *c, Expr *e, int label, bool cond)
{
    ExprList *v = &e->u.boolop.values;
    bool cond2 = e->u.boolop.op == BOOL_OR;
    int next2 = cond2 != cond ? new_label(c) : label;
    for (size_t i = 0; i + 1 < v->n; i++)
        TRY(compile_jump_if(c, v->items[i], next2, cond2));
    TRY(compile_jump_if(c, v->items[v->n - 1], label, cond));
    if (next2 != label)
        place_label(c, next2);
    return 0;
}

int compile_jump_if(Compiler *c, Expr *e, int label, bool cond)
{
    Loc saved = c->u->loc;
    c->u->loc = e->loc;
    int r = 0;
    Obj *k;
    if (e->kind == E_UNARYOP && e->u.unaryop.op == UOP_NOT) {
        r = compile_jump_if(c, e->u.unaryop.operand, label, !cond);
    } else if (e->kind == E_BOOLOP) {
        r = jump_if_boolop(c, e, label, cond);
    } else if (e->kind == E_IFEXP) {
        int next2 = new_label(c), end = new_label(c);
        if (compile_jump_if(c, e->u.ifexp.test, next2, false) < 0
            || compile_jump_if(c, e->u.ifexp.body, label, cond) < 0)
            return -1;
        emit_jump(c, OP_JUMP_FORWARD, end);
        place_label(c, next2);
        r = compile_jump_if(c, e->u.ifexp.orelse, label, cond);
        place_label(c, end);
    } else if (e->kind == E_COMPARE && e->u.compare.n > 1) {
        r = jump_if_compare(c, e, label, cond);
    } else if ((k = fold_constant(c, e)) != NULL) {
        int truth = obj_is_true(k);
        DECREF(k);
        if (truth < 0)
            err_clear();
        else if ((truth != 0) == cond)
            emit_jump(c, OP_JUMP_FORWARD, label);
        else
            emit(c, OP_NOP, 0);
    } else {
        r = compile_expr(c, e);
        emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    }
    c->u->loc = saved;
    return c->failed ? -1 : r;
}

/* ---- yield and await --------------------------------------------------------------- */

static int check_in_function(Compiler *c, const char *what)
{
    if (c->u->ste->type != BLOCK_FUNCTION)
        return compiler_error(c, c->u->loc, "'%s' outside function", what);
    return 0;
}

static int compile_yield(Compiler *c, Expr *e)
{
    TRY(check_in_function(c, "yield"));
    if (e->u.yield.value)
        TRY(compile_expr(c, e->u.yield.value));
    else
        emit_none(c);
    emit(c, OP_YIELD_VALUE, 0);
    return 0;
}

static int compile_yieldfrom(Compiler *c, Expr *e)
{
    TRY(check_in_function(c, "yield"));
    if (c->u->kind == UNIT_ASYNC_FUNCTION)
        return compiler_error(c, e->loc, "'yield from' inside async function");
    TRY(compile_expr(c, e->u.yieldfrom.value));
    emit(c, OP_GET_YIELD_FROM_ITER, 0);
    emit_none(c);
    emit(c, OP_YIELD_FROM, 0);
    return 0;
}

static int compile_await(Compiler *c, Expr *e)
{
    TRY(check_in_function(c, "await"));
    if (c->u->kind != UNIT_ASYNC_FUNCTION && c->u->kind != UNIT_COMPREHENSION)
        return compiler_error(c, e->loc, "'await' outside async function");
    TRY(compile_expr(c, e->u.await_.value));
    emit(c, OP_GET_AWAITABLE, 0);
    emit_none(c);
    emit(c, OP_YIELD_FROM, 0);
    return 0;
}

/* ---- attribute, subscript, slice -------------------------------------------------------- */

int compile_subscript_or_slice(Compiler *c, Expr *slice)
{
    return compile_expr(c, slice);
}

static int compile_slice(Compiler *c, Expr *e)
{
    Expr *parts[3] = { e->u.slice.lower, e->u.slice.upper, e->u.slice.step };
    for (int i = 0; i < 3; i++) {
        if (i == 2 && !parts[2])
            break;
        if (parts[i])
            TRY(compile_expr(c, parts[i]));
        else
            emit_none(c);
    }
    emit(c, OP_BUILD_SLICE, parts[2] ? 3 : 2);
    return 0;
}

/* CPython 3.11 places attribute access (and method calls) on the line where
 * the attribute name is, starting at the name, so that tracebacks of
 * chained calls spread over lines point at the right one. */
Loc attr_location(Expr *attr, Loc base)
{
    Loc l = base;
    if (l.line == attr->loc.end_line)
        return l;
    l.line = attr->loc.end_line;
    int len = (int)strlen(attr->u.attribute.attr);
    if (len <= attr->loc.end_col) {
        l.col = attr->loc.end_col - len;
    } else {
        l.col = -1;
        l.end_col = -1;
    }
    if (l.end_line < l.line)
        l.end_line = l.line;
    if (l.line == l.end_line && l.end_col < l.col)
        l.end_col = l.col;
    return l;
}

static int compile_attribute(Compiler *c, Expr *e)
{
    TRY(compile_expr(c, e->u.attribute.value));
    int idx = attr_index(c, e->u.attribute.attr);
    if (idx < 0)
        return -1;
    c->u->loc = attr_location(e, e->loc);
    if (e->u.attribute.ctx == CTX_STORE && strcmp(e->u.attribute.attr, "__debug__") == 0)
        return compiler_error(c, c->u->loc, "cannot assign to __debug__");
    static const uint8_t ops[] = { OP_LOAD_ATTR, OP_STORE_ATTR, OP_DELETE_ATTR };
    emit(c, ops[e->u.attribute.ctx], idx);
    return 0;
}

static int compile_subscript(Compiler *c, Expr *e)
{
    if (e->u.subscript.ctx == CTX_LOAD)
        check_subscript(c, e);
    TRY(compile_expr(c, e->u.subscript.value));
    TRY(compile_subscript_or_slice(c, e->u.subscript.slice));
    c->u->loc = e->loc;
    static const uint8_t ops[] = { OP_BINARY_SUBSCR, OP_STORE_SUBSCR, OP_DELETE_SUBSCR };
    emit(c, ops[e->u.subscript.ctx], 0);
    return 0;
}

static int compile_namedexpr(Compiler *c, Expr *e)
{
    TRY(compile_expr(c, e->u.namedexpr.value));
    emit(c, OP_DUP_TOP, 0);
    return compile_store(c, e->u.namedexpr.target);
}

/* ---- dispatch -------------------------------------------------------------------------- */

static int compile_expr_kind(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case E_BOOLOP: return compile_boolop(c, e);
    case E_NAMEDEXPR: return compile_namedexpr(c, e);
    case E_BINOP:
        TRY(compile_expr(c, e->u.binop.left));
        TRY(compile_expr(c, e->u.binop.right));
        emit(c, OP_BINARY_OP, (int)e->u.binop.op);
        return 0;
    case E_UNARYOP: return compile_unary(c, e);
    case E_LAMBDA: return compile_lambda(c, e);
    case E_IFEXP: return compile_ifexp(c, e);
    case E_DICT: return compile_dict(c, e);
    case E_SET: case E_LIST: case E_TUPLE: return compile_display(c, e);
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        return compile_comprehension(c, e);
    case E_AWAIT: return compile_await(c, e);
    case E_YIELD: return compile_yield(c, e);
    case E_YIELDFROM: return compile_yieldfrom(c, e);
    case E_COMPARE: return compile_compare(c, e);
    case E_CALL: return compile_call(c, e);
    case E_FORMATTEDVALUE: return compile_formatted(c, e);
    case E_JOINEDSTR: return compile_joinedstr(c, e);
    case E_CONSTANT:
        emit_const(c, constant_object(c, &e->u.constant));
        return 0;
    case E_ATTRIBUTE: return compile_attribute(c, e);
    case E_SUBSCRIPT: return compile_subscript(c, e);
    case E_STARRED:
        return compiler_error(c, e->loc, "can't use starred expression here");
    case E_NAME: return compile_name(c, e->u.name.id, e->u.name.ctx);
    case E_SLICE: return compile_slice(c, e);
    }
    return 0;
}

static bool foldable_kind(ExprKind k)
{
    return k == E_BINOP || k == E_UNARYOP || k == E_TUPLE || k == E_SUBSCRIPT;
}

int compile_expr(Compiler *c, Expr *e)
{
    Loc saved = c->u->loc;
    c->u->loc = e->loc;
    int r = 0;
    Obj *k = foldable_kind(e->kind) ? fold_constant(c, e) : NULL;
    if (k)
        emit_const(c, k);
    else if (!c->failed)
        r = compile_expr_kind(c, e);
    c->u->loc = saved;
    return c->failed ? -1 : r;
}

/* ---- targets ------------------------------------------------------------------------------ */

int compile_unpack_target(Compiler *c, ExprList *elts, Loc loc)
{
    size_t n = elts->n, star = n;
    for (size_t i = 0; i < n; i++) {
        if (elts->items[i]->kind != E_STARRED)
            continue;
        if (star != n)
            return compiler_error(c, loc, "multiple starred expressions in assignment");
        star = i;
    }
    if (star == n) {
        emit(c, OP_UNPACK_SEQUENCE, (int)n);
    } else {
        size_t after = n - star - 1;
        if (star >= 256 || after >= (1u << 16))
            return compiler_error(c, loc, "too many expressions in star-unpacking assignment");
        emit(c, OP_UNPACK_EX, (int)(star | (after << 8)));
    }
    for (size_t i = 0; i < n; i++) {
        Expr *t = elts->items[i];
        TRY(compile_store(c, t->kind == E_STARRED ? t->u.starred.value : t));
    }
    return 0;
}

int compile_store(Compiler *c, Expr *t)
{
    Loc saved = c->u->loc;
    c->u->loc = t->loc;
    int r;
    switch (t->kind) {
    case E_NAME: r = compile_name(c, t->u.name.id, CTX_STORE); break;
    case E_ATTRIBUTE: case E_SUBSCRIPT: r = compile_expr_kind(c, t); break;
    case E_TUPLE: case E_LIST: r = compile_unpack_target(c, &t->u.list.elts, t->loc); break;
    case E_STARRED:
        r = compiler_error(c, t->loc, "starred assignment target must be in a list or tuple");
        break;
    default: r = compiler_error(c, t->loc, "cannot assign to expression"); break;
    }
    c->u->loc = saved;
    return r;
}

int compile_delete(Compiler *c, Expr *t)
{
    Loc saved = c->u->loc;
    c->u->loc = t->loc;
    int r = 0;
    switch (t->kind) {
    case E_NAME: r = compile_name(c, t->u.name.id, CTX_DEL); break;
    case E_ATTRIBUTE: case E_SUBSCRIPT: r = compile_expr_kind(c, t); break;
    case E_TUPLE: case E_LIST:
        for (size_t i = 0; i < t->u.list.elts.n && r == 0; i++)
            r = compile_delete(c, t->u.list.elts.items[i]);
        break;
    default: r = compiler_error(c, t->loc, "cannot delete expression"); break;
    }
    c->u->loc = saved;
    return r;
}
