/* targets.c: assignment, deletion and loop targets.
 *
 * Targets are parsed as expressions; here they get their Store/Del context
 * or the SyntaxError CPython gives ("cannot assign to function call here.
 * Maybe you meant '==' instead of '='?", "cannot delete literal", ...). */
#include "parse_internal.h"

#include <string.h>

const char *expr_kind_name(const Expr *e)
{
    switch (e->kind) {
    case E_ATTRIBUTE: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARYOP: return "expression";
    case E_GENEXP: return "generator expression";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_AWAIT: return "await expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_JOINEDSTR: case E_FORMATTEDVALUE: return "f-string expression";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    case E_SLICE: return "slice";
    case E_CONSTANT:
        switch (e->u.constant.kind) {
        case K_NONE: return "None";
        case K_TRUE: return "True";
        case K_FALSE: return "False";
        case K_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    }
    return "expression";
}

/* The innermost expression that cannot be a target, or NULL. */
static Expr *invalid_target(Expr *e, TargetUse use)
{
    switch (e->kind) {
    case E_NAME: case E_ATTRIBUTE: case E_SUBSCRIPT:
        return NULL;
    case E_STARRED:
        if (use == TGT_DEL)
            return e;
        return invalid_target(e->u.starred.value, use);
    case E_TUPLE: case E_LIST:
        for (size_t i = 0; i < e->u.list.elts.n; i++) {
            Expr *bad = invalid_target(e->u.list.elts.items[i], use);
            if (bad)
                return bad;
        }
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case E_NAME: e->u.name.ctx = ctx; break;
    case E_ATTRIBUTE: e->u.attribute.ctx = ctx; break;
    case E_SUBSCRIPT: e->u.subscript.ctx = ctx; break;
    case E_STARRED:
        e->u.starred.ctx = ctx;
        set_ctx(e->u.starred.value, ctx);
        break;
    case E_TUPLE: case E_LIST:
        e->u.list.ctx = ctx;
        for (size_t i = 0; i < e->u.list.elts.n; i++)
            set_ctx(e->u.list.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

/* Kinds for which CPython adds "here. Maybe you meant '==' instead of '='?"
 * (a lone "x = y" whose target is a bitwise-or level expression). */
static bool maybe_comparison(const Expr *e)
{
    switch (e->kind) {
    case E_COMPARE: case E_BOOLOP: case E_IFEXP: case E_LAMBDA: case E_GENEXP:
    case E_TUPLE: case E_LIST: case E_STARRED:
        return false;
    case E_UNARYOP:
        return e->u.unaryop.op != UOP_NOT;
    case E_CONSTANT:
        return e->u.constant.kind != K_NONE && e->u.constant.kind != K_TRUE &&
               e->u.constant.kind != K_FALSE;
    default:
        return true;
    }
}

static bool check_name(Parser *p, Expr *e, bool del)
{
    if (e->kind == E_NAME && strcmp(e->u.name.id, "__debug__") == 0) {
        p_error(p, SYNERR_SYNTAX, e->loc, "cannot %s __debug__",
                del ? "delete" : "assign to");
        return false;
    }
    if (e->kind == E_TUPLE || e->kind == E_LIST)
        for (size_t i = 0; i < e->u.list.elts.n; i++)
            if (!check_name(p, e->u.list.elts.items[i], del))
                return false;
    if (e->kind == E_STARRED)
        return check_name(p, e->u.starred.value, del);
    return true;
}

bool set_target(Parser *p, Expr *e, TargetUse use)
{
    if (use != TGT_DEL && e->kind == E_STARRED && !e->parens) {
        p_error(p, SYNERR_SYNTAX, e->loc,
                "starred assignment target must be in a list or tuple");
        return false;
    }
    if (e->kind == E_STARRED && e->parens) {
        p_error(p, SYNERR_SYNTAX, e->loc, "cannot use starred expression here");
        return false;
    }
    Expr *bad = invalid_target(e, use);
    if (bad) {
        const char *verb = use == TGT_DEL ? "delete" : "assign to";
        p_error(p, SYNERR_SYNTAX, bad->loc, "cannot %s %s", verb, expr_kind_name(bad));
        return false;
    }
    if (!check_name(p, e, use == TGT_DEL))
        return false;
    set_ctx(e, use == TGT_DEL ? CTX_DEL : CTX_STORE);
    return true;
}

/* chain: target, target, ..., value ("a = b = value"). */
Stmt *mk_assign(Parser *p, Vec *chain, Loc loc)
{
    size_t nt = chain->n - 1;
    for (size_t i = 0; i < nt; i++) {
        Expr *t = chain->items[i];
        if (t->kind == E_YIELD || t->kind == E_YIELDFROM) {
            if (t->parens == 0) {
                p_error(p, SYNERR_SYNTAX, t->loc, "assignment to yield expression not possible");
                return NULL;
            }
        }
        if (nt == 1 && maybe_comparison(t) && invalid_target(t, TGT_ASSIGN) == t) {
            p_error(p, SYNERR_SYNTAX, t->loc, "cannot assign to %s here. Maybe you "
                    "meant '==' instead of '='?", expr_kind_name(t));
            return NULL;
        }
        if (!set_target(p, t, TGT_ASSIGN))
            return NULL;
    }
    Stmt *s = st(p, S_ASSIGN, loc);
    s->u.assign.targets = (ExprList){nt, (Expr **)chain->items};
    s->u.assign.value = chain->items[nt];
    return s;
}

Stmt *mk_augassign(Parser *p, Expr *target, int op, Expr *value, Loc loc)
{
    if (target->kind != E_NAME && target->kind != E_ATTRIBUTE &&
        target->kind != E_SUBSCRIPT) {
        p_error(p, SYNERR_SYNTAX, target->loc, "'%s' is an illegal expression "
                "for augmented assignment", expr_kind_name(target));
        return NULL;
    }
    if (!check_name(p, target, false))
        return NULL;
    set_ctx(target, CTX_STORE);
    Stmt *s = st(p, S_AUGASSIGN, loc);
    s->u.augassign.target = target;
    s->u.augassign.op = (AstBinOp)op;
    s->u.augassign.value = value;
    return s;
}

bool annotation_target(const Expr *e)
{
    return e->kind == E_NAME || e->kind == E_ATTRIBUTE || e->kind == E_SUBSCRIPT;
}

Stmt *mk_annassign(Parser *p, Expr *target, Expr *ann, Expr *value, Loc loc)
{
    p->ann_bad_target = false;      /* the annotation was read */
    if (target->kind == E_TUPLE || target->kind == E_LIST) {
        p_error(p, SYNERR_SYNTAX, target->loc,
                "only single target (not %s) can be annotated",
                target->kind == E_TUPLE ? "tuple" : "list");
        return NULL;
    }
    if (target->kind != E_NAME && target->kind != E_ATTRIBUTE &&
        target->kind != E_SUBSCRIPT) {
        p_error(p, SYNERR_SYNTAX, target->loc, "illegal target for annotation");
        return NULL;
    }
    if (!check_name(p, target, false))
        return NULL;
    set_ctx(target, CTX_STORE);
    Stmt *s = st(p, S_ANNASSIGN, loc);
    s->u.annassign.target = target;
    s->u.annassign.annotation = ann;
    s->u.annassign.value = value;
    s->u.annassign.simple = target->kind == E_NAME && !target->parens;
    return s;
}

Expr *mk_walrus(Parser *p, Expr *target, Expr *value, Loc loc)
{
    if (target->kind != E_NAME) {
        p_error(p, SYNERR_SYNTAX, target->loc,
                "cannot use assignment expressions with %s", expr_kind_name(target));
        return NULL;
    }
    target->u.name.ctx = CTX_STORE;
    Expr *e = ex(p, E_NAMEDEXPR, loc);
    e->u.namedexpr.target = target;
    e->u.namedexpr.value = value;
    return e;
}
