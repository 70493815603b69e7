/* params.c: turns the flat parameter list of a def or lambda into an
 * Arguments node, with CPython's checks on the order of '/', '*', '**'
 * and defaults. */
#include "parse_internal.h"

#include <string.h>

ParamItem *mk_param(Parser *p, ParamKind kind, const char *name, Expr *ann,
                    Expr *def, Loc loc)
{
    ParamItem *it = arena_alloc(p->arena, sizeof *it);
    it->kind = kind;
    it->def = def;
    it->loc = loc;
    if (name) {
        it->arg = arena_alloc(p->arena, sizeof *it->arg);
        it->arg->arg = name;
        it->arg->annotation = ann;
        it->arg->loc = loc;
        if (def)    /* the Arg spans the name and annotation only */
            it->arg->loc.end_col = ann ? ann->loc.end_col : loc.col + (int)strlen(name),
            it->arg->loc.end_line = ann ? ann->loc.end_line : loc.line;
    }
    return it;
}

static void push_arg(Parser *p, ArgList *l, Arg *a)
{
    Arg **items = arena_alloc(p->arena, (l->n + 1) * sizeof *items);
    if (l->n)
        memcpy(items, l->items, l->n * sizeof *items);
    items[l->n++] = a;
    l->items = items;
}

static void push_expr(Parser *p, ExprList *l, Expr *e)
{
    Expr **items = arena_alloc(p->arena, (l->n + 1) * sizeof *items);
    if (l->n)
        memcpy(items, l->items, l->n * sizeof *items);
    items[l->n++] = e;
    l->items = items;
}

/* The checks on one parameter given what came before it. */
static const char *param_error(const ParamItem *it, bool slash, bool star,
                               bool dstar, bool seen_default, bool kwonly)
{
    if (dstar)
        return "arguments cannot follow var-keyword argument";
    switch (it->kind) {
    case PK_SLASH:
        if (star)
            return "/ must be ahead of *";
        return slash ? "/ may appear only once" : NULL;
    case PK_STAR:
        if (star)
            return "* argument may appear only once";
        return it->def ? "var-positional argument cannot have default value" : NULL;
    case PK_DSTAR:
        return it->def ? "var-keyword argument cannot have default value" : NULL;
    case PK_PLAIN:
        if (seen_default && !it->def && !kwonly)
            return "non-default argument follows default argument";
        return NULL;
    }
    return NULL;
}

Arguments *mk_arguments(Parser *p, Vec *params, bool is_lambda)
{
    Arguments *a = arena_alloc(p->arena, sizeof *a);
    size_t n = params ? params->n : 0;
    bool slash = false, star = false, dstar = false, seen_default = false;
    const ParamItem *bare_star = NULL;
    for (size_t i = 0; i < n; i++) {
        ParamItem *it = params->items[i];
        const char *msg = param_error(it, slash, star, dstar, seen_default, star);
        if (!msg && it->kind == PK_SLASH && i == 0)
            msg = "invalid syntax";
        if (msg) {
            p_error(p, SYNERR_SYNTAX, it->loc, "%s", msg);
            return NULL;
        }
        switch (it->kind) {
        case PK_SLASH:
            slash = true;
            a->posonlyargs = a->args;
            a->args = (ArgList){0};
            break;
        case PK_STAR:
            star = true;
            a->vararg = it->arg;
            bare_star = it->arg ? NULL : it;
            break;
        case PK_DSTAR:
            dstar = true;
            a->kwarg = it->arg;
            break;
        case PK_PLAIN:
            if (star) {
                push_arg(p, &a->kwonlyargs, it->arg);
                push_expr(p, &a->kw_defaults, it->def);
                bare_star = NULL;
            } else {
                push_arg(p, &a->args, it->arg);
                if (it->def)
                    push_expr(p, &a->defaults, it->def);
                seen_default |= it->def != NULL;
            }
            break;
        }
    }
    if (bare_star) {
        p_error(p, SYNERR_SYNTAX, bare_star->loc, "named arguments must follow bare *");
        return NULL;
    }
    (void)is_lambda;
    return a;
}
