/* stmts.c: constructors for compound statements (try handlers, with,
 * def, class) and their checks. */
#include "parse_internal.h"

ExceptHandler *mk_handler(Parser *p, Expr *type, const char *name, Vec *body,
                          Loc loc, bool star)
{
    ExceptHandler *h = arena_alloc(p->arena, sizeof *h);
    h->type = type;
    h->name = name;
    h->body = slist(body);
    h->loc = body_end(loc, h->body);
    /* remembered until check_handlers: star handlers make a TryStar */
    h->loc.col |= star ? 0x40000000 : 0;
    return h;
}

/* One try statement cannot mix except and except*; a bare except must be
 * the last handler. */
bool check_handlers(Parser *p, Stmt *s)
{
    HandlerList hs = s->u.try_.handlers;
    int stars = 0;
    for (size_t i = 0; i < hs.n; i++) {
        if (hs.items[i]->loc.col & 0x40000000) {
            hs.items[i]->loc.col &= ~0x40000000;
            stars++;
        }
    }
    if (stars && stars != (int)hs.n) {
        Loc at = hs.items[hs.n - 1]->loc;
        at.end_line = at.line;
        at.end_col = at.col + 6;
        p_error(p, SYNERR_SYNTAX, at,
                "cannot have both 'except' and 'except*' on the same 'try'");
        return false;
    }
    if (stars)
        s->kind = S_TRYSTAR;
    for (size_t i = 0; i + 1 < hs.n; i++) {
        if (!hs.items[i]->type) {
            p_error(p, SYNERR_SYNTAX, hs.items[i]->loc, "default 'except:' must be last");
            return false;
        }
    }
    return true;
}

Stmt *mk_with(Parser *p, Vec *items, Vec *body, Loc loc)
{
    Stmt *s = st(p, S_WITH, loc);
    s->u.with.items = (WithItemList){items->n, (WithItem **)items->items};
    s->u.with.body = slist(body);
    s->loc = body_end(loc, s->u.with.body);
    return s;
}

Stmt *mk_funcdef(Parser *p, const char *name, Arguments *args, Expr *returns,
                 Vec *body, Loc loc)
{
    Stmt *s = st(p, S_FUNCTIONDEF, loc);
    s->u.funcdef.name = name;
    s->u.funcdef.args = args;
    s->u.funcdef.returns = returns;
    s->u.funcdef.body = slist(body);
    s->loc = body_end(loc, s->u.funcdef.body);
    return s;
}

Stmt *mk_classdef(Parser *p, const char *name, Vec *args, Vec *body, Loc loc)
{
    Stmt *s = st(p, S_CLASSDEF, loc);
    s->u.classdef.name = name;
    Loc close = loc;
    if (args && args->n > 0) {      /* just after the last base or keyword */
        Loc last = ((ArgItem *)args->items[args->n - 1])->loc;
        close = (Loc){last.end_line, last.end_col, last.end_line, last.end_col + 1};
    }
    if (!split_args(p, args, &s->u.classdef.bases, &s->u.classdef.keywords, close))
        return NULL;
    s->u.classdef.body = slist(body);
    s->loc = body_end(loc, s->u.classdef.body);
    return s;
}

/* A decorated definition starts at "def"/"class"/"async", not at '@'. */
void fix_decorated_loc(Parser *p, Stmt *s, Loc def_loc)
{
    (void)p;
    s->loc.line = def_loc.line;
    s->loc.col = def_loc.col;
}
