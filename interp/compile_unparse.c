/* compile_unparse.c: an expression turned back into source text, the way
 * CPython's compiler does it for `from __future__ import annotations`
 * (annotations are stored as strings): minimal parentheses chosen from
 * operator precedence, constants by repr(), f-strings rebuilt as f'...'. */
#include <math.h>
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "float.h"

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR,
    PR_BOR = PR_EXPR, PR_BXOR, PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR,
    PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct Unparser {
    Compiler *c;
    StrBuf buf;
    bool failed;
} Unparser;

static void put(Unparser *p, const char *s)
{
    if (!p->failed && strbuf_append_cstr(&p->buf, s) < 0)
        p->failed = true;
}

static void put_if(Unparser *p, bool cond, const char *s)
{
    if (cond)
        put(p, s);
}

static void put_obj(Unparser *p, Obj *s)
{
    if (!s) {
        p->failed = true;
        return;
    }
    if (!p->failed && strbuf_append_str(&p->buf, s) < 0)
        p->failed = true;
    DECREF(s);
}

static void expr(Unparser *p, Expr *e, int level);

static void exprs(Unparser *p, ExprList *l, int level)
{
    for (size_t i = 0; i < l->n; i++) {
        put_if(p, i > 0, ", ");
        expr(p, l->items[i], level);
    }
}

/* ---- constants and f-strings ------------------------------------------------ */

static void constant(Unparser *p, const Constant *k)
{
    if (k->kind == K_ELLIPSIS) {
        put(p, "...");
        return;
    }
    if (k->kind == K_IMAG) {
        put(p, k->text);
        return;
    }
    Obj *v = constant_object(p->c, k);
    if (!v) {
        p->failed = true;
        return;
    }
    if (is_float(v) && isinf(float_value(v))) {
        put(p, "1e309");
        DECREF(v);
        return;
    }
    put_if(p, k->kind == K_STR && k->u_prefix, "u");
    put_obj(p, obj_repr(v));
    DECREF(v);
}

static void fstring_element(Unparser *p, Expr *e, bool is_spec);

/* The text between the quotes of an f-string (or a format spec). */
static Obj *fstring_body(Unparser *p, ExprList *values, bool is_spec)
{
    Unparser inner = { p->c, { 0 }, false };
    strbuf_init(&inner.buf);
    for (size_t i = 0; i < values->n; i++)
        fstring_element(&inner, values->items[i], is_spec);
    if (inner.failed) {
        strbuf_free(&inner.buf);
        p->failed = true;
        return NULL;
    }
    return strbuf_finish(&inner.buf);
}

static void joinedstr(Unparser *p, Expr *e, bool is_spec)
{
    Obj *body = fstring_body(p, &e->u.joinedstr.values, is_spec);
    if (!body)
        return;
    if (is_spec) {
        put_obj(p, body);
        return;
    }
    put(p, "f");
    put_obj(p, obj_repr(body));
    DECREF(body);
}

/* Literal text of an f-string, braces doubled. */
static void fstring_text(Unparser *p, const Constant *k)
{
    const char *s = k->bytes, *end = k->bytes + k->size;
    while (s < end && !p->failed) {
        const char *brace = s;
        while (brace < end && *brace != '{' && *brace != '}')
            brace++;
        if (strbuf_append(&p->buf, s, (size_t)(brace - s)) < 0)
            p->failed = true;
        if (brace < end) {
            char two[3] = { *brace, *brace, 0 };
            put(p, two);
            brace++;
        }
        s = brace;
    }
}

static void formatted_value(Unparser *p, Expr *e)
{
    Unparser inner = { p->c, { 0 }, false };
    strbuf_init(&inner.buf);
    expr(&inner, e->u.formatted.value, PR_TEST + 1);
    if (inner.failed) {
        strbuf_free(&inner.buf);
        p->failed = true;
        return;
    }
    Obj *text = strbuf_finish(&inner.buf);
    if (!text) {
        p->failed = true;
        return;
    }
    put(p, str_data(text)[0] == '{' ? "{ " : "{");
    put_obj(p, text);
    switch (e->u.formatted.conversion) {
    case 's': put(p, "!s"); break;
    case 'r': put(p, "!r"); break;
    case 'a': put(p, "!a"); break;
    default: break;
    }
    if (e->u.formatted.format_spec) {
        put(p, ":");
        fstring_element(p, e->u.formatted.format_spec, true);
    }
    put(p, "}");
}

static void fstring_element(Unparser *p, Expr *e, bool is_spec)
{
    switch (e->kind) {
    case E_CONSTANT: fstring_text(p, &e->u.constant); break;
    case E_JOINEDSTR: joinedstr(p, e, is_spec); break;
    case E_FORMATTEDVALUE: formatted_value(p, e); break;
    default: p->failed = true; err_set_str(&Exc_SystemError, "unknown f-string part"); break;
    }
}

/* ---- arguments, calls, comprehensions ------------------------------------------ */

static void arg(Unparser *p, Arg *a)
{
    put(p, a->arg);
    if (a->annotation) {
        put(p, ": ");
        expr(p, a->annotation, PR_TEST);
    }
}

static void arguments(Unparser *p, Arguments *a)
{
    bool first = true;
    size_t npos = a->posonlyargs.n, nargs = a->args.n, ndef = a->defaults.n;
    for (size_t i = 0; i < npos + nargs; i++) {
        put_if(p, !first, ", ");
        first = false;
        arg(p, i < npos ? a->posonlyargs.items[i] : a->args.items[i - npos]);
        if (i + ndef >= npos + nargs) {
            put(p, "=");
            expr(p, a->defaults.items[i + ndef - npos - nargs], PR_TEST);
        }
        put_if(p, npos && i + 1 == npos, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        put_if(p, !first, ", ");
        first = false;
        put(p, "*");
        if (a->vararg)
            arg(p, a->vararg);
    }
    for (size_t i = 0; i < a->kwonlyargs.n; i++) {
        put_if(p, !first, ", ");
        first = false;
        arg(p, a->kwonlyargs.items[i]);
        if (i < a->kw_defaults.n && a->kw_defaults.items[i]) {
            put(p, "=");
            expr(p, a->kw_defaults.items[i], PR_TEST);
        }
    }
    if (a->kwarg) {
        put_if(p, !first, ", ");
        put(p, "**");
        arg(p, a->kwarg);
    }
}

static void comprehensions(Unparser *p, ComprehensionList *gens)
{
    for (size_t i = 0; i < gens->n; i++) {
        Comprehension *g = gens->items[i];
        put(p, g->is_async ? " async for " : " for ");
        expr(p, g->target, PR_TUPLE);
        put(p, " in ");
        expr(p, g->iter, PR_TEST + 1);
        for (size_t k = 0; k < g->ifs.n; k++) {
            put(p, " if ");
            expr(p, g->ifs.items[k], PR_TEST + 1);
        }
    }
}

static void comprehension(Unparser *p, Expr *e, const char *open, const char *close)
{
    put(p, open);
    if (e->kind == E_DICTCOMP) {
        expr(p, e->u.comp.key, PR_TEST);
        put(p, ": ");
        expr(p, e->u.comp.value, PR_TEST);
    } else {
        expr(p, e->u.comp.elt, PR_TEST);
    }
    comprehensions(p, &e->u.comp.generators);
    put(p, close);
}

static void call(Unparser *p, Expr *e)
{
    expr(p, e->u.call.func, PR_ATOM);
    ExprList *args = &e->u.call.args;
    KeywordList *kws = &e->u.call.keywords;
    if (args->n == 1 && kws->n == 0 && args->items[0]->kind == E_GENEXP) {
        comprehension(p, args->items[0], "(", ")");
        return;
    }
    put(p, "(");
    exprs(p, args, PR_TEST);
    for (size_t i = 0; i < kws->n; i++) {
        put_if(p, i > 0 || args->n > 0, ", ");
        if (kws->items[i]->arg) {
            put(p, kws->items[i]->arg);
            put(p, "=");
        } else {
            put(p, "**");
        }
        expr(p, kws->items[i]->value, PR_TEST);
    }
    put(p, ")");
}

/* ---- operators ---------------------------------------------------------------- */

static void binop(Unparser *p, Expr *e, int level)
{
    static const char *const ops[] = {
        [AST_ADD] = " + ", [AST_SUB] = " - ", [AST_MUL] = " * ", [AST_MATMUL] = " @ ",
        [AST_TRUEDIV] = " / ", [AST_FLOORDIV] = " // ", [AST_MOD] = " % ", [AST_POW] = " ** ",
        [AST_LSHIFT] = " << ", [AST_RSHIFT] = " >> ", [AST_BITAND] = " & ",
        [AST_BITOR] = " | ", [AST_BITXOR] = " ^ ",
    };
    static const int prec[] = {
        [AST_ADD] = PR_ARITH, [AST_SUB] = PR_ARITH, [AST_MUL] = PR_TERM, [AST_MATMUL] = PR_TERM,
        [AST_TRUEDIV] = PR_TERM, [AST_FLOORDIV] = PR_TERM, [AST_MOD] = PR_TERM,
        [AST_POW] = PR_POWER, [AST_LSHIFT] = PR_SHIFT, [AST_RSHIFT] = PR_SHIFT,
        [AST_BITAND] = PR_BAND, [AST_BITOR] = PR_BOR, [AST_BITXOR] = PR_BXOR,
    };
    AstBinOp op = e->u.binop.op;
    int pr = prec[op], rassoc = op == AST_POW;
    put_if(p, level > pr, "(");
    expr(p, e->u.binop.left, pr + rassoc);
    put(p, ops[op]);
    expr(p, e->u.binop.right, pr + !rassoc);
    put_if(p, level > pr, ")");
}

static void unaryop(Unparser *p, Expr *e, int level)
{
    static const char *const ops[] = { [UOP_INVERT] = "~", [UOP_NOT] = "not ",
                                       [UOP_UADD] = "+", [UOP_USUB] = "-" };
    int pr = e->u.unaryop.op == UOP_NOT ? PR_NOT : PR_FACTOR;
    put_if(p, level > pr, "(");
    put(p, ops[e->u.unaryop.op]);
    expr(p, e->u.unaryop.operand, pr);
    put_if(p, level > pr, ")");
}

static void boolop(Unparser *p, Expr *e, int level)
{
    bool and = e->u.boolop.op == BOOL_AND;
    int pr = and ? PR_AND : PR_OR;
    put_if(p, level > pr, "(");
    for (size_t i = 0; i < e->u.boolop.values.n; i++) {
        put_if(p, i > 0, and ? " and " : " or ");
        expr(p, e->u.boolop.values.items[i], pr + 1);
    }
    put_if(p, level > pr, ")");
}

static void compare(Unparser *p, Expr *e, int level)
{
    static const char *const ops[] = {
        [CMPOP_EQ] = " == ", [CMPOP_NOTEQ] = " != ", [CMPOP_LT] = " < ", [CMPOP_LTE] = " <= ",
        [CMPOP_GT] = " > ", [CMPOP_GTE] = " >= ", [CMPOP_IS] = " is ", [CMPOP_ISNOT] = " is not ",
        [CMPOP_IN] = " in ", [CMPOP_NOTIN] = " not in ",
    };
    put_if(p, level > PR_CMP, "(");
    expr(p, e->u.compare.left, PR_CMP + 1);
    for (size_t i = 0; i < e->u.compare.n; i++) {
        put(p, ops[e->u.compare.ops[i]]);
        expr(p, e->u.compare.comparators[i], PR_CMP + 1);
    }
    put_if(p, level > PR_CMP, ")");
}

/* ---- the rest --------------------------------------------------------------------- */

static void tuple(Unparser *p, Expr *e, int level)
{
    size_t n = e->u.list.elts.n;
    if (n == 0) {
        put(p, "()");
        return;
    }
    put_if(p, level > PR_TUPLE, "(");
    exprs(p, &e->u.list.elts, PR_TEST);
    put_if(p, n == 1, ",");
    put_if(p, level > PR_TUPLE, ")");
}

static void dict(Unparser *p, Expr *e)
{
    put(p, "{");
    for (size_t i = 0; i < e->u.dict.values.n; i++) {
        put_if(p, i > 0, ", ");
        Expr *key = e->u.dict.keys.items[i];
        if (key) {
            expr(p, key, PR_TEST);
            put(p, ": ");
            expr(p, e->u.dict.values.items[i], PR_TEST);
        } else {
            put(p, "**");
            expr(p, e->u.dict.values.items[i], PR_EXPR);
        }
    }
    put(p, "}");
}

static void slice(Unparser *p, Expr *e)
{
    if (e->u.slice.lower)
        expr(p, e->u.slice.lower, PR_TEST);
    put(p, ":");
    if (e->u.slice.upper)
        expr(p, e->u.slice.upper, PR_TEST);
    if (e->u.slice.step) {
        put(p, ":");
        expr(p, e->u.slice.step, PR_TEST);
    }
}

static void lambda(Unparser *p, Expr *e, int level)
{
    Arguments *a = e->u.lambda.args;
    put_if(p, level > PR_TEST, "(");
    put(p, a->args.n + a->posonlyargs.n ? "lambda " : "lambda");
    arguments(p, a);
    put(p, ": ");
    expr(p, e->u.lambda.body, PR_TEST);
    put_if(p, level > PR_TEST, ")");
}

static void expr(Unparser *p, Expr *e, int level)
{
    if (p->failed)
        return;
    switch (e->kind) {
    case E_BOOLOP: boolop(p, e, level); break;
    case E_BINOP: binop(p, e, level); break;
    case E_UNARYOP: unaryop(p, e, level); break;
    case E_LAMBDA: lambda(p, e, level); break;
    case E_IFEXP:
        put_if(p, level > PR_TEST, "(");
        expr(p, e->u.ifexp.body, PR_TEST + 1);
        put(p, " if ");
        expr(p, e->u.ifexp.test, PR_TEST + 1);
        put(p, " else ");
        expr(p, e->u.ifexp.orelse, PR_TEST);
        put_if(p, level > PR_TEST, ")");
        break;
    case E_DICT: dict(p, e); break;
    case E_SET: put(p, "{"); exprs(p, &e->u.set.elts, PR_TEST); put(p, "}"); break;
    case E_LISTCOMP: comprehension(p, e, "[", "]"); break;
    case E_SETCOMP: case E_DICTCOMP: comprehension(p, e, "{", "}"); break;
    case E_GENEXP: comprehension(p, e, "(", ")"); break;
    case E_AWAIT:
        put_if(p, level > PR_AWAIT, "(");
        put(p, "await ");
        expr(p, e->u.await_.value, PR_ATOM);
        put_if(p, level > PR_AWAIT, ")");
        break;
    case E_YIELD:
        if (!e->u.yield.value) {
            put(p, "(yield)");
            break;
        }
        put(p, "(yield ");
        expr(p, e->u.yield.value, PR_TEST);
        put(p, ")");
        break;
    case E_YIELDFROM:
        put(p, "(yield from ");
        expr(p, e->u.yieldfrom.value, PR_TEST);
        put(p, ")");
        break;
    case E_COMPARE: compare(p, e, level); break;
    case E_CALL: call(p, e); break;
    case E_CONSTANT: constant(p, &e->u.constant); break;
    case E_JOINEDSTR: joinedstr(p, e, false); break;
    case E_FORMATTEDVALUE: formatted_value(p, e); break;
    case E_ATTRIBUTE: {
        Expr *v = e->u.attribute.value;
        expr(p, v, PR_ATOM);
        put(p, v->kind == E_CONSTANT && v->u.constant.kind == K_INT ? " ." : ".");
        put(p, e->u.attribute.attr);
        break;
    }
    case E_SUBSCRIPT:
        expr(p, e->u.subscript.value, PR_ATOM);
        put(p, "[");
        expr(p, e->u.subscript.slice, PR_TUPLE);
        put(p, "]");
        break;
    case E_STARRED: put(p, "*"); expr(p, e->u.starred.value, PR_EXPR); break;
    case E_NAME: put(p, e->u.name.id); break;
    case E_LIST: put(p, "["); exprs(p, &e->u.list.elts, PR_TEST); put(p, "]"); break;
    case E_TUPLE: tuple(p, e, level); break;
    case E_SLICE: slice(p, e); break;
    case E_NAMEDEXPR:
        put_if(p, level > PR_TUPLE, "(");
        expr(p, e->u.namedexpr.target, PR_ATOM);
        put(p, " := ");
        expr(p, e->u.namedexpr.value, PR_ATOM);
        put_if(p, level > PR_TUPLE, ")");
        break;
    }
}

Obj *expr_as_source(Compiler *c, Expr *e)
{
    Unparser p = { c, { 0 }, false };
    strbuf_init(&p.buf);
    expr(&p, e, PR_TEST);
    if (p.failed) {
        strbuf_free(&p.buf);
        if (!err_occurred())
            err_no_memory();
        c->failed = true;
        return NULL;
    }
    Obj *s = strbuf_finish(&p.buf);
    if (!s)
        c->failed = true;
    return s;
}
