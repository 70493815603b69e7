/* build.c: node constructors the grammar actions call, growable lists, and
 * the checks on call arguments (CPython's messages for misplaced *args,
 * keywords and generator arguments). */
#include "parse_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

Vec *vec1(Parser *p, void *item)
{
    Vec *v = arena_alloc(p->arena, sizeof *v);
    v->cap = 4;
    v->items = arena_alloc(p->arena, v->cap * sizeof *v->items);
    v->items[v->n++] = item;
    return v;
}

Vec *vpush(Parser *p, Vec *v, void *item)
{
    if (v->n == v->cap) {
        void **items = arena_alloc(p->arena, 2 * v->cap * sizeof *items);
        memcpy(items, v->items, v->n * sizeof *items);
        v->items = items;
        v->cap *= 2;
    }
    v->items[v->n++] = item;
    return v;
}

ExprList elist(Vec *v)
{
    return v ? (ExprList){v->n, (Expr **)v->items} : (ExprList){0};
}

StmtList slist(Vec *v)
{
    return v ? (StmtList){v->n, (Stmt **)v->items} : (StmtList){0};
}

Loc span(Loc a, Loc b)
{
    return (Loc){a.line, a.col, b.end_line, b.end_col};
}

/* A compound statement ends where its last body statement ends. */
Loc body_end(Loc start, StmtList body)
{
    if (body.n == 0)
        return start;
    return span(start, body.items[body.n - 1]->loc);
}

Expr *ex(Parser *p, ExprKind kind, Loc loc)
{
    Expr *e = arena_alloc(p->arena, sizeof *e);
    e->kind = kind;
    e->loc = loc;
    return e;
}

Stmt *st(Parser *p, StmtKind kind, Loc loc)
{
    Stmt *s = arena_alloc(p->arena, sizeof *s);
    s->kind = kind;
    s->loc = loc;
    return s;
}

int p_error(Parser *p, SyntaxErrorKind kind, Loc loc, const char *fmt, ...)
{
    ParseError *e = p->err;
    p->lx.failed = true;
    if (e->msg[0])
        return 1;
    p->byte_cols = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->kind = kind;
    e->line = loc.line;
    e->end_line = loc.end_line;
    e->col = loc.col + 1;           /* byte columns; parse.c makes them chars */
    e->end_col = loc.end_col + 1;
    return 1;
}

const char *mk_identifier(Parser *p, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            utf8proc_uint8_t *norm = NULL;
            utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s,
                (utf8proc_ssize_t)n, &norm, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                UTF8PROC_COMPAT);
            if (len < 0)
                break;
            char *r = arena_strndup(p->arena, (const char *)norm, (size_t)len);
            free(norm);
            return r;
        }
    }
    return arena_strndup(p->arena, s, n);
}

Expr *mk_name(Parser *p, const char *id, Loc loc)
{
    Expr *e = ex(p, E_NAME, loc);
    e->u.name.id = id;
    return e;
}

Expr *mk_const(Parser *p, ConstKind kind, Loc loc)
{
    Expr *e = ex(p, E_CONSTANT, loc);
    e->u.constant.kind = kind;
    return e;
}

Expr *mk_binop(Parser *p, Expr *l, AstBinOp op, Expr *r, Loc loc)
{
    Expr *e = ex(p, E_BINOP, loc);
    e->u.binop.left = l;
    e->u.binop.op = op;
    e->u.binop.right = r;
    return e;
}

Expr *mk_unary(Parser *p, UnaryOpKind op, Expr *operand, Loc loc)
{
    Expr *e = ex(p, E_UNARYOP, loc);
    e->u.unaryop.op = op;
    e->u.unaryop.operand = operand;
    return e;
}

/* "a or b or c" is one BoolOp with three values (unless parenthesised). */
Expr *mk_boolop(Parser *p, BoolOpKind op, Expr *l, Expr *r, Loc loc)
{
    if (l->kind == E_BOOLOP && l->u.boolop.op == op && !l->parens) {
        Vec v = {l->u.boolop.values.n, l->u.boolop.values.n,
                 (void **)l->u.boolop.values.items};
        vpush(p, &v, r);
        l->u.boolop.values = elist(&v);
        l->loc = loc;
        return l;
    }
    Expr *e = ex(p, E_BOOLOP, loc);
    e->u.boolop.op = op;
    Vec *v = vpush(p, vec1(p, l), r);
    e->u.boolop.values = elist(v);
    return e;
}

/* "a < b < c" is one Compare with two operators (unless parenthesised). */
Expr *mk_compare(Parser *p, Expr *l, CmpOpKind op, Expr *r, Loc loc)
{
    if (l->kind == E_COMPARE && !l->parens) {
        size_t n = l->u.compare.n;
        CmpOpKind *ops = arena_alloc(p->arena, (n + 1) * sizeof *ops);
        Expr **cs = arena_alloc(p->arena, (n + 1) * sizeof *cs);
        memcpy(ops, l->u.compare.ops, n * sizeof *ops);
        memcpy(cs, l->u.compare.comparators, n * sizeof *cs);
        ops[n] = op;
        cs[n] = r;
        l->u.compare.n = n + 1;
        l->u.compare.ops = ops;
        l->u.compare.comparators = cs;
        l->loc = loc;
        return l;
    }
    Expr *e = ex(p, E_COMPARE, loc);
    e->u.compare.left = l;
    e->u.compare.n = 1;
    e->u.compare.ops = arena_alloc(p->arena, sizeof(CmpOpKind));
    e->u.compare.ops[0] = op;
    e->u.compare.comparators = arena_alloc(p->arena, sizeof(Expr *));
    e->u.compare.comparators[0] = r;
    return e;
}

Expr *mk_seq(Parser *p, ExprKind kind, Vec *items, Loc loc)
{
    Expr *e = ex(p, kind, loc);
    if (kind == E_SET)
        e->u.set.elts = elist(items);
    else
        e->u.list.elts = elist(items);
    return e;
}

/* "a, b" is a Tuple; "a" alone is just a. */
Expr *mk_tuple_or_one(Parser *p, Vec *items, bool comma, Loc loc)
{
    if (items->n == 1 && !comma)
        return items->items[0];
    return mk_seq(p, E_TUPLE, items, loc);
}

Expr *mk_comp(Parser *p, ExprKind kind, Expr *elt, Expr *val, Vec *gens, Loc loc)
{
    Expr *e = ex(p, kind, loc);
    if (kind == E_DICTCOMP) {
        e->u.comp.key = elt;
        e->u.comp.value = val;
    } else {
        e->u.comp.elt = elt;
    }
    e->u.comp.generators = (ComprehensionList){gens->n, (Comprehension **)gens->items};
    return e;
}

Comprehension *mk_for(Parser *p, Expr *target, Expr *iter, bool is_async)
{
    Comprehension *c = arena_alloc(p->arena, sizeof *c);
    c->target = target;
    c->iter = iter;
    c->is_async = is_async;
    return c;
}

ExprList comp_add_if(Parser *p, ExprList ifs, Expr *cond)
{
    Expr **items = arena_alloc(p->arena, (ifs.n + 1) * sizeof *items);
    if (ifs.n)
        memcpy(items, ifs.items, ifs.n * sizeof *items);
    items[ifs.n] = cond;
    return (ExprList){ifs.n + 1, items};
}

/* pairs: key, value, key, value...; a NULL key stands for **value. */
Expr *mk_dict(Parser *p, Vec *pairs, Loc loc)
{
    Expr *e = ex(p, E_DICT, loc);
    size_t n = pairs ? pairs->n / 2 : 0;
    Expr **keys = arena_alloc(p->arena, (n ? n : 1) * sizeof *keys);
    Expr **vals = arena_alloc(p->arena, (n ? n : 1) * sizeof *vals);
    for (size_t i = 0; i < n; i++) {
        keys[i] = pairs->items[2 * i];
        vals[i] = pairs->items[2 * i + 1];
    }
    e->u.dict.keys = (ExprList){n, keys};
    e->u.dict.values = (ExprList){n, vals};
    return e;
}

/* An "x as y" inside parentheses: kept as a NamedExpr marked by parens ==
 * (unsigned)-1 until a with-statement takes it. */
enum { AS_ITEM_MARK = 0xFFFFFFFFu };

Expr *mk_as_item(Parser *p, Expr *e, Expr *target, Loc loc)
{
    Expr *n = ex(p, E_NAMEDEXPR, loc);
    n->u.namedexpr.target = target;
    n->u.namedexpr.value = e;
    n->parens = AS_ITEM_MARK;
    return n;
}

static bool is_as_item(const Expr *e)
{
    return e->kind == E_NAMEDEXPR && e->parens == AS_ITEM_MARK;
}

/* Parenthesised items outside a with-statement: a tuple or a grouping. */
Expr *mk_paren(Parser *p, Vec *items, bool comma, Loc loc)
{
    for (size_t i = 0; i < items->n; i++) {
        Expr *e = items->items[i];
        if (is_as_item(e)) {
            Loc as = e->u.namedexpr.value->loc;
            as.col = as.end_col + 1;
            as.end_col = as.col + 2;
            p_error(p, SYNERR_SYNTAX, as, "invalid syntax");
            return NULL;
        }
    }
    if (items->n == 1 && !comma) {
        Expr *e = items->items[0];
        e->parens++;
        return e;
    }
    return mk_seq(p, E_TUPLE, items, loc);
}

Stmt *mk_paren_with(Parser *p, Vec *items, bool comma, Vec *body, Loc loc, Loc paren)
{
    bool plain = true;
    for (size_t i = 0; i < items->n; i++) {
        Expr *e = items->items[i];
        plain &= e->kind != E_STARRED && (e->kind != E_NAMEDEXPR || is_as_item(e));
    }
    Vec *wi = NULL;
    if (!plain) {
        /* e.g. "with (a, *b):" is one item: the tuple */
        Expr *t = mk_paren(p, items, comma, span(paren, loc));
        if (!t)
            return NULL;
        WithItem *w = arena_alloc(p->arena, sizeof *w);
        w->context_expr = t;
        wi = vec1(p, w);
    }
    for (size_t i = 0; plain && i < items->n; i++) {
        Expr *e = items->items[i];
        WithItem *w = arena_alloc(p->arena, sizeof *w);
        if (is_as_item(e)) {
            w->context_expr = e->u.namedexpr.value;
            w->optional_vars = e->u.namedexpr.target;
            if (!set_target(p, w->optional_vars, TGT_WITH))
                return NULL;
        } else {
            w->context_expr = e;
        }
        wi = wi ? vpush(p, wi, w) : vec1(p, w);
    }
    return mk_with(p, wi, body, loc);
}

ArgItem *mk_arg(Parser *p, ArgItemKind kind, Expr *key, Expr *value, Loc loc)
{
    ArgItem *a = arena_alloc(p->arena, sizeof *a);
    a->kind = kind;
    a->key = key;
    a->value = value;
    a->loc = loc;
    return a;
}

static bool check_keyword_name(Parser *p, ArgItem *a)
{
    Expr *k = a->key;
    if (k->kind == E_NAME && !k->parens)
        return true;
    if (k->kind == E_CONSTANT && !k->parens &&
        (k->u.constant.kind == K_TRUE || k->u.constant.kind == K_FALSE ||
         k->u.constant.kind == K_NONE)) {
        p_error(p, SYNERR_SYNTAX, k->loc, "cannot assign to %s", expr_kind_name(k));
        return false;
    }
    p_error(p, SYNERR_SYNTAX, span(k->loc, a->value->loc),
            "expression cannot contain assignment, perhaps you meant \"==\"?");
    return false;
}

/* Sorts call arguments into positional ones and keywords, with CPython's
 * ordering rules; `close` is the closing parenthesis, where CPython reports
 * a positional argument after keywords. */
bool split_args(Parser *p, Vec *items, ExprList *args, KeywordList *kws, Loc close)
{
    size_t n = items ? items->n : 0;
    Vec *pos = NULL, *kw = NULL;
    bool seen_kw = false, seen_dstar = false;
    for (size_t i = 0; i < n; i++) {
        ArgItem *a = items->items[i];
        if (a->kind == AI_GEN && n > 1) {
            p_error(p, SYNERR_SYNTAX, a->loc, "Generator expression must be parenthesized");
            return false;
        }
        if (a->kind == AI_POS || a->kind == AI_GEN || a->kind == AI_STAR) {
            if (seen_dstar && a->kind != AI_STAR) {
                p_error(p, SYNERR_SYNTAX, close,
                        "positional argument follows keyword argument unpacking");
                return false;
            }
            if (seen_dstar) {
                Loc star = {a->loc.line, a->loc.col, a->loc.line, a->loc.col + 1};
                p_error(p, SYNERR_SYNTAX, star,     /* CPython: the '*' alone */
                        "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            if (seen_kw && a->kind != AI_STAR) {
                p_error(p, SYNERR_SYNTAX, close,
                        "positional argument follows keyword argument");
                return false;
            }
            Expr *v = a->value;
            if (a->kind == AI_STAR) {
                v = ex(p, E_STARRED, a->loc);
                v->u.starred.value = a->value;
            }
            pos = pos ? vpush(p, pos, v) : vec1(p, v);
            continue;
        }
        if (a->kind == AI_KW && !check_keyword_name(p, a))
            return false;
        Keyword *k = arena_alloc(p->arena, sizeof *k);
        k->arg = a->kind == AI_KW ? a->key->u.name.id : NULL;
        k->value = a->value;
        k->loc = a->loc;
        seen_kw |= a->kind == AI_KW;
        seen_dstar |= a->kind == AI_DSTAR;
        kw = kw ? vpush(p, kw, k) : vec1(p, k);
    }
    *args = elist(pos);
    *kws = kw ? (KeywordList){kw->n, (Keyword **)kw->items} : (KeywordList){0};
    return true;
}

Expr *mk_call(Parser *p, Expr *func, Vec *items, Loc loc, Loc parens)
{
    Expr *e = ex(p, E_CALL, loc);
    e->u.call.func = func;
    if (items && items->n == 1) {
        ArgItem *a = items->items[0];
        if (a->kind == AI_GEN)      /* f(x for x in y): the genexp spans the parens */
            a->value->loc = parens;
    }
    Loc close = {parens.end_line, parens.end_col - 1, parens.end_line, parens.end_col};
    if (!split_args(p, items, &e->u.call.args, &e->u.call.keywords, close))
        return NULL;
    return e;
}
