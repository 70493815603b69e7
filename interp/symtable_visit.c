/* symtable_visit.c: the symbol table's AST walk.  It opens a scope for every
 * def, lambda, class and comprehension, and records for each name how the
 * scope uses it (assigned, read, parameter, global, nonlocal, imported).
 * SyntaxErrors that depend only on this information are raised here with
 * CPython's messages; the resolution itself is in symtable.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "symtable.h"
#include "symtable_int.h"

static void visit_expr(SymTable *st, Expr *e);
static void visit_stmts(SymTable *st, StmtList *l);

static void fail(SymTable *st, Loc loc, const char *fmt, const char *name)
{
    if (st->failed)
        return;
    st->failed = true;
    snprintf(st->msg, sizeof st->msg, fmt, name ? name : "");
    st->err_loc = loc;
}

static const char *mangled(SymTable *st, const char *name)
{
    char buf[512];
    const char *m = mangle_name(st->private_name, name, buf, sizeof buf);
    if (m == name || !m)
        return name;
    return st_strdup(st, m);
}

static void add_def_in(SymTable *st, Scope *s, const char *name, unsigned flag, Loc loc)
{
    Symbol *sym = st_symbol(s, mangled(st, name));
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM)) {
        fail(st, loc, "duplicate argument '%s' in function definition", name);
        return;
    }
    if (flag & DEF_PARAM) {
        s->params = st_grow(s->params, &s->params_cap, s->nparams + 1, sizeof(char *));
        s->params[s->nparams++] = sym->name;
    }
    sym->flags |= flag;
    if (flag & DEF_GLOBAL)
        st_symbol(st->top, sym->name)->flags |= DEF_GLOBAL;
}

static void add_def(SymTable *st, const char *name, unsigned flag, Loc loc)
{
    add_def_in(st, st->cur, name, flag, loc);
}

static void enter(SymTable *st, BlockType type, const char *name, const void *key, Loc loc)
{
    st->cur = st_new_scope(st, type, name, key, loc);
}

static void leave(SymTable *st) { st->cur = st->cur->parent; }

static void visit_exprs(SymTable *st, ExprList *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i])
            visit_expr(st, l->items[i]);
}

/* ---- functions, lambdas, classes ------------------------------------------ */

static void visit_params(SymTable *st, ArgList *l)
{
    for (size_t i = 0; i < l->n; i++)
        add_def(st, l->items[i]->arg, DEF_PARAM, l->items[i]->loc);
}

static void visit_arguments(SymTable *st, Arguments *a)
{
    visit_params(st, &a->posonlyargs);
    visit_params(st, &a->args);
    visit_params(st, &a->kwonlyargs);
    if (a->vararg) {
        add_def(st, a->vararg->arg, DEF_PARAM, a->vararg->loc);
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        add_def(st, a->kwarg->arg, DEF_PARAM, a->kwarg->loc);
        st->cur->varkeywords = true;
    }
}

/* Under future annotations an annotation is never evaluated, and CPython
 * rejects yield, await and := in it. */
static void visit_annotation(SymTable *st, Expr *ann)
{
    if (!ann)
        return;
    Scope *saved = st->annotation_scope;
    if (st->future_annotations)
        st->annotation_scope = st->cur;
    visit_expr(st, ann);
    st->annotation_scope = saved;
}

static bool in_annotation(SymTable *st, Expr *e, const char *what)
{
    if (st->annotation_scope != st->cur)
        return false;
    fail(st, e->loc, "'%s' can not be used within an annotation", what);
    return true;
}

static void visit_arg_annotations(SymTable *st, ArgList *l)
{
    for (size_t i = 0; i < l->n; i++)
        visit_annotation(st, l->items[i]->annotation);
}

static void visit_annotations(SymTable *st, Arguments *a, Expr *returns)
{
    visit_arg_annotations(st, &a->posonlyargs);
    visit_arg_annotations(st, &a->args);
    if (a->vararg)
        visit_annotation(st, a->vararg->annotation);
    visit_arg_annotations(st, &a->kwonlyargs);
    if (a->kwarg)
        visit_annotation(st, a->kwarg->annotation);
    visit_annotation(st, returns);
}

static void visit_funcdef(SymTable *st, Stmt *s)
{
    Arguments *a = s->u.funcdef.args;
    add_def(st, s->u.funcdef.name, DEF_LOCAL, s->loc);
    visit_exprs(st, &a->defaults);
    visit_exprs(st, &a->kw_defaults);
    visit_annotations(st, a, s->u.funcdef.returns);
    visit_exprs(st, &s->u.funcdef.decorator_list);
    enter(st, BLOCK_FUNCTION, s->u.funcdef.name, s, s->loc);
    st->cur->coroutine = s->kind == S_ASYNCFUNCTIONDEF;
    visit_arguments(st, a);
    visit_stmts(st, &s->u.funcdef.body);
    leave(st);
}

static void visit_classdef(SymTable *st, Stmt *s)
{
    add_def(st, s->u.classdef.name, DEF_LOCAL, s->loc);
    visit_exprs(st, &s->u.classdef.bases);
    for (size_t i = 0; i < s->u.classdef.keywords.n; i++)
        visit_expr(st, s->u.classdef.keywords.items[i]->value);
    visit_exprs(st, &s->u.classdef.decorator_list);
    enter(st, BLOCK_CLASS, s->u.classdef.name, s, s->loc);
    const char *saved = st->private_name;
    st->private_name = s->u.classdef.name;
    visit_stmts(st, &s->u.classdef.body);
    st->private_name = saved;
    leave(st);
}

static void visit_lambda(SymTable *st, Expr *e)
{
    Arguments *a = e->u.lambda.args;
    visit_exprs(st, &a->defaults);
    visit_exprs(st, &a->kw_defaults);
    enter(st, BLOCK_FUNCTION, "<lambda>", e, e->loc);
    visit_arguments(st, a);
    visit_expr(st, e->u.lambda.body);
    leave(st);
}

/* ---- comprehensions -------------------------------------------------------- */

static const char *comp_name(CompKind k)
{
    switch (k) {
    case COMP_LIST: return "<listcomp>";
    case COMP_SET: return "<setcomp>";
    case COMP_DICT: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void visit_comp_target(SymTable *st, Expr *target)
{
    bool saved = st->cur->comp_iter_expr;
    st->cur->comp_iter_expr = false;
    Scope *s = st->cur;
    visit_expr(st, target);
    /* Mark every name the target binds as an iteration variable. */
    for (size_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if ((sym->flags & DEF_LOCAL) && !(sym->flags & DEF_COMP_ITER)) {
            if (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL))
                fail(st, target->loc, "assignment expression cannot rebind "
                     "comprehension iteration variable '%s'", sym->name);
            sym->flags |= DEF_COMP_ITER;
        }
    }
    st->cur->comp_iter_expr = saved;
}

static void visit_iter_expr(SymTable *st, Expr *iter)
{
    bool saved = st->cur->comp_iter_expr;
    st->cur->comp_iter_expr = true;
    visit_expr(st, iter);
    st->cur->comp_iter_expr = saved;
}

static void visit_comprehension(SymTable *st, Expr *e, CompKind kind)
{
    ComprehensionList *gens = &e->u.comp.generators;
    Comprehension *first = gens->items[0];
    visit_iter_expr(st, first->iter);
    enter(st, BLOCK_FUNCTION, comp_name(kind), e, e->loc);
    Scope *s = st->cur;
    s->comp = kind;
    if (first->is_async)
        s->coroutine = true;
    add_def(st, ".0", DEF_PARAM, e->loc);
    visit_comp_target(st, first->target);
    visit_exprs(st, &first->ifs);
    for (size_t i = 1; i < gens->n; i++) {
        Comprehension *c = gens->items[i];
        visit_comp_target(st, c->target);
        visit_iter_expr(st, c->iter);
        visit_exprs(st, &c->ifs);
        if (c->is_async)
            s->coroutine = true;
    }
    if (kind == COMP_DICT) {
        visit_expr(st, e->u.comp.key);
        visit_expr(st, e->u.comp.value);
    } else {
        visit_expr(st, e->u.comp.elt);
    }
    s->generator = kind == COMP_GEN;
    bool is_async = s->coroutine && kind != COMP_GEN;
    leave(st);
    if (is_async)
        st->cur->coroutine = true;
}

/* ---- names ----------------------------------------------------------------- */

/* `x := v` inside comprehensions binds x in the nearest enclosing function
 * (or module), never in the comprehension itself. */
static void namedexpr_in_comprehension(SymTable *st, Expr *target)
{
    const char *name = target->u.name.id;
    for (Scope *s = st->cur; s; s = s->parent) {
        if (s->comp != COMP_NONE) {
            const Symbol *sym = scope_lookup(s, mangled(st, name));
            if (sym && (sym->flags & DEF_COMP_ITER)) {
                fail(st, target->loc, "assignment expression cannot rebind "
                     "comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (s->type == BLOCK_CLASS) {
            fail(st, target->loc, "assignment expression within a comprehension "
                 "cannot be used in a class body", NULL);
            return;
        }
        const Symbol *outer = scope_lookup(s, mangled(st, name));
        unsigned flag = (s->type == BLOCK_MODULE || (outer && (outer->flags & DEF_GLOBAL)))
                        ? DEF_GLOBAL : DEF_NONLOCAL;
        add_def(st, name, flag, target->loc);
        st_symbol(st->cur, mangled(st, name))->dir_loc = target->loc;
        add_def_in(st, s, name, s->type == BLOCK_MODULE ? DEF_GLOBAL : DEF_LOCAL, target->loc);
        return;
    }
}

static void visit_namedexpr(SymTable *st, Expr *e)
{
    if (in_annotation(st, e, "named expression"))
        return;
    if (st->cur->comp_iter_expr) {
        fail(st, e->loc, "assignment expression cannot be used in a comprehension "
             "iterable expression", NULL);
        return;
    }
    visit_expr(st, e->u.namedexpr.value);
    if (st->cur->comp != COMP_NONE)
        namedexpr_in_comprehension(st, e->u.namedexpr.target);
    else
        visit_expr(st, e->u.namedexpr.target);
}

static void visit_name(SymTable *st, Expr *e)
{
    bool load = e->u.name.ctx == CTX_LOAD;
    add_def(st, e->u.name.id, load ? USE : DEF_LOCAL, e->loc);
    if (load && st->cur->type == BLOCK_FUNCTION && strcmp(e->u.name.id, "super") == 0)
        add_def(st, "__class__", USE, e->loc);
}

static void visit_yield(SymTable *st, Expr *e, Expr *value)
{
    if (in_annotation(st, e, "yield expression"))
        return;
    if (value)
        visit_expr(st, value);
    Scope *s = st->cur;
    if (!s->generator && !s->coroutine)
        s->yield_loc = e->loc;
    s->generator = true;
    if (s->comp != COMP_NONE) {
        const char *what = s->comp == COMP_LIST ? "list comprehension"
                         : s->comp == COMP_SET ? "set comprehension"
                         : s->comp == COMP_DICT ? "dict comprehension" : "generator expression";
        fail(st, e->loc, "'yield' inside %s", what);
    }
}

/* ---- expressions ----------------------------------------------------------- */

static void visit_call(SymTable *st, Expr *e)
{
    visit_expr(st, e->u.call.func);
    visit_exprs(st, &e->u.call.args);
    for (size_t i = 0; i < e->u.call.keywords.n; i++)
        visit_expr(st, e->u.call.keywords.items[i]->value);
}

static void visit_expr_more(SymTable *st, Expr *e)
{
    switch (e->kind) {
    case E_FORMATTEDVALUE:
        visit_expr(st, e->u.formatted.value);
        if (e->u.formatted.format_spec)
            visit_expr(st, e->u.formatted.format_spec);
        break;
    case E_JOINEDSTR: visit_exprs(st, &e->u.joinedstr.values); break;
    case E_ATTRIBUTE: visit_expr(st, e->u.attribute.value); break;
    case E_SUBSCRIPT:
        visit_expr(st, e->u.subscript.value);
        visit_expr(st, e->u.subscript.slice);
        break;
    case E_STARRED: visit_expr(st, e->u.starred.value); break;
    case E_NAME: visit_name(st, e); break;
    case E_LIST: case E_TUPLE: visit_exprs(st, &e->u.list.elts); break;
    case E_SLICE:
        if (e->u.slice.lower) visit_expr(st, e->u.slice.lower);
        if (e->u.slice.upper) visit_expr(st, e->u.slice.upper);
        if (e->u.slice.step) visit_expr(st, e->u.slice.step);
        break;
    default:
        break;
    }
}

static void visit_expr(SymTable *st, Expr *e)
{
    if (st->failed)
        return;
    switch (e->kind) {
    case E_BOOLOP: visit_exprs(st, &e->u.boolop.values); break;
    case E_NAMEDEXPR: visit_namedexpr(st, e); break;
    case E_BINOP: visit_expr(st, e->u.binop.left); visit_expr(st, e->u.binop.right); break;
    case E_UNARYOP: visit_expr(st, e->u.unaryop.operand); break;
    case E_LAMBDA: visit_lambda(st, e); break;
    case E_IFEXP:
        visit_expr(st, e->u.ifexp.test);
        visit_expr(st, e->u.ifexp.body);
        visit_expr(st, e->u.ifexp.orelse);
        break;
    case E_DICT: visit_exprs(st, &e->u.dict.keys); visit_exprs(st, &e->u.dict.values); break;
    case E_SET: visit_exprs(st, &e->u.set.elts); break;
    case E_LISTCOMP: visit_comprehension(st, e, COMP_LIST); break;
    case E_SETCOMP: visit_comprehension(st, e, COMP_SET); break;
    case E_DICTCOMP: visit_comprehension(st, e, COMP_DICT); break;
    case E_GENEXP: visit_comprehension(st, e, COMP_GEN); break;
    case E_AWAIT:
        if (in_annotation(st, e, "await expression"))
            break;
        visit_expr(st, e->u.await_.value);
        if (!st->cur->generator && !st->cur->coroutine)
            st->cur->yield_loc = e->loc;
        st->cur->coroutine = true;
        break;
    case E_YIELD: visit_yield(st, e, e->u.yield.value); break;
    case E_YIELDFROM: visit_yield(st, e, e->u.yieldfrom.value); break;
    case E_COMPARE:
        visit_expr(st, e->u.compare.left);
        for (size_t i = 0; i < e->u.compare.n; i++)
            visit_expr(st, e->u.compare.comparators[i]);
        break;
    case E_CALL: visit_call(st, e); break;
    case E_CONSTANT: break;
    default: visit_expr_more(st, e); break;
    }
}

/* ---- statements ------------------------------------------------------------ */

static void visit_alias(SymTable *st, Alias *a)
{
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->type != BLOCK_MODULE)
            fail(st, a->loc, "import * only allowed at module level", NULL);
        return;
    }
    const char *store = a->asname;
    if (!store) {
        const char *dot = strchr(a->name, '.');
        if (dot) {
            char buf[512];
            size_t n = (size_t)(dot - a->name);
            if (n >= sizeof buf)
                n = sizeof buf - 1;
            memcpy(buf, a->name, n);
            buf[n] = 0;
            store = st_strdup(st, buf);
        } else {
            store = a->name;
        }
    }
    add_def(st, store, DEF_IMPORT, a->loc);
}

static void visit_directive(SymTable *st, Stmt *s, bool global)
{
    const char *kind = global ? "global" : "nonlocal";
    if (!global && st->cur->type == BLOCK_MODULE) {
        fail(st, s->loc, "nonlocal declaration not allowed at module level", NULL);
        return;
    }
    for (size_t i = 0; i < s->u.global.names.n && !st->failed; i++) {
        const char *name = s->u.global.names.items[i];
        const Symbol *sym = scope_lookup(st->cur, mangled(st, name));
        unsigned cur = sym ? sym->flags : 0;
        char fmt[128];
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM)
                snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", kind);
            else if (cur & USE)
                snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", kind);
            else if (cur & DEF_ANNOT)
                snprintf(fmt, sizeof fmt, "annotated name '%%s' can't be %s", kind);
            else
                snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", kind);
            fail(st, s->loc, fmt, name);
            return;
        }
        /* CPython reports this at the name's first directive. */
        if ((!global && (cur & DEF_GLOBAL)) || (global && (cur & DEF_NONLOCAL))) {
            fail(st, sym->dir_loc, "name '%s' is nonlocal and global", name);
            return;
        }
        add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->loc);
        st_symbol(st->cur, mangled(st, name))->dir_loc = s->loc;
    }
}

static void visit_annassign(SymTable *st, Stmt *s)
{
    Expr *t = s->u.annassign.target;
    if (t->kind == E_NAME) {
        const Symbol *sym = scope_lookup(st->cur, mangled(st, t->u.name.id));
        unsigned cur = sym ? sym->flags : 0;
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->u.annassign.simple) {
            fail(st, s->loc, (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                : "annotated name '%s' can't be nonlocal",
                 t->u.name.id);
            return;
        }
        if (s->u.annassign.simple)
            add_def(st, t->u.name.id, DEF_ANNOT | DEF_LOCAL, t->loc);
        else if (s->u.annassign.value)
            add_def(st, t->u.name.id, DEF_LOCAL, t->loc);
    } else {
        visit_expr(st, t);
    }
    visit_annotation(st, s->u.annassign.annotation);
    if (s->u.annassign.value)
        visit_expr(st, s->u.annassign.value);
}

static void visit_try(SymTable *st, Stmt *s)
{
    visit_stmts(st, &s->u.try_.body);
    visit_stmts(st, &s->u.try_.orelse);
    for (size_t i = 0; i < s->u.try_.handlers.n; i++) {
        ExceptHandler *h = s->u.try_.handlers.items[i];
        if (h->type)
            visit_expr(st, h->type);
        if (h->name)
            add_def(st, h->name, DEF_LOCAL, h->loc);
        visit_stmts(st, &h->body);
    }
    visit_stmts(st, &s->u.try_.finalbody);
}

static void visit_with(SymTable *st, Stmt *s)
{
    for (size_t i = 0; i < s->u.with.items.n; i++) {
        WithItem *w = s->u.with.items.items[i];
        visit_expr(st, w->context_expr);
        if (w->optional_vars)
            visit_expr(st, w->optional_vars);
    }
    visit_stmts(st, &s->u.with.body);
}

/* Captures bind names like assignments; values, classes and keys are loads. */
static void visit_pattern(SymTable *st, Pattern *p)
{
    if (st->failed)
        return;
    switch (p->kind) {
    case P_VALUE: visit_expr(st, p->u.value.value); break;
    case P_SINGLETON: break;
    case P_SEQUENCE:
        for (size_t i = 0; i < p->u.seq.patterns.n; i++)
            visit_pattern(st, p->u.seq.patterns.items[i]);
        break;
    case P_MAPPING:
        visit_exprs(st, &p->u.mapping.keys);
        for (size_t i = 0; i < p->u.mapping.patterns.n; i++)
            visit_pattern(st, p->u.mapping.patterns.items[i]);
        if (p->u.mapping.rest)
            add_def(st, p->u.mapping.rest, DEF_LOCAL, p->loc);
        break;
    case P_CLASS:
        visit_expr(st, p->u.cls.cls);
        for (size_t i = 0; i < p->u.cls.patterns.n; i++)
            visit_pattern(st, p->u.cls.patterns.items[i]);
        for (size_t i = 0; i < p->u.cls.kwd_patterns.n; i++)
            visit_pattern(st, p->u.cls.kwd_patterns.items[i]);
        break;
    case P_STAR:
        if (p->u.star.name)
            add_def(st, p->u.star.name, DEF_LOCAL, p->loc);
        break;
    case P_AS:
        if (p->u.as.pattern)
            visit_pattern(st, p->u.as.pattern);
        if (p->u.as.name)
            add_def(st, p->u.as.name, DEF_LOCAL, p->loc);
        break;
    case P_OR:
        for (size_t i = 0; i < p->u.or_.patterns.n; i++)
            visit_pattern(st, p->u.or_.patterns.items[i]);
        break;
    }
}

static void visit_match(SymTable *st, Stmt *s)
{
    visit_expr(st, s->u.match.subject);
    for (size_t i = 0; i < s->u.match.cases.n && !st->failed; i++) {
        MatchCase *mc = s->u.match.cases.items[i];
        visit_pattern(st, mc->pattern);
        if (mc->guard)
            visit_expr(st, mc->guard);
        visit_stmts(st, &mc->body);
    }
}

static void visit_stmt(SymTable *st, Stmt *s)
{
    switch (s->kind) {
    case S_FUNCTIONDEF: case S_ASYNCFUNCTIONDEF: visit_funcdef(st, s); break;
    case S_CLASSDEF: visit_classdef(st, s); break;
    case S_RETURN:
        if (s->u.return_.value) {
            visit_expr(st, s->u.return_.value);
            st->cur->returns_value = true;
        }
        break;
    case S_DELETE: visit_exprs(st, &s->u.delete_.targets); break;
    case S_ASSIGN:
        visit_exprs(st, &s->u.assign.targets);
        visit_expr(st, s->u.assign.value);
        break;
    case S_AUGASSIGN:
        visit_expr(st, s->u.augassign.target);
        visit_expr(st, s->u.augassign.value);
        break;
    case S_ANNASSIGN: visit_annassign(st, s); break;
    case S_FOR: case S_ASYNCFOR:
        visit_expr(st, s->u.for_.target);
        visit_expr(st, s->u.for_.iter);
        visit_stmts(st, &s->u.for_.body);
        visit_stmts(st, &s->u.for_.orelse);
        break;
    case S_WHILE: case S_IF:
        visit_expr(st, s->u.while_.test);
        visit_stmts(st, &s->u.while_.body);
        visit_stmts(st, &s->u.while_.orelse);
        break;
    case S_WITH: case S_ASYNCWITH: visit_with(st, s); break;
    case S_RAISE:
        if (s->u.raise.exc) visit_expr(st, s->u.raise.exc);
        if (s->u.raise.cause) visit_expr(st, s->u.raise.cause);
        break;
    case S_TRY: case S_TRYSTAR: visit_try(st, s); break;
    case S_MATCH: visit_match(st, s); break;
    case S_ASSERT:
        visit_expr(st, s->u.assert_.test);
        if (s->u.assert_.msg) visit_expr(st, s->u.assert_.msg);
        break;
    case S_IMPORT:
        for (size_t i = 0; i < s->u.import.names.n; i++)
            visit_alias(st, s->u.import.names.items[i]);
        break;
    case S_IMPORTFROM:
        for (size_t i = 0; i < s->u.importfrom.names.n; i++)
            visit_alias(st, s->u.importfrom.names.items[i]);
        break;
    case S_GLOBAL: visit_directive(st, s, true); break;
    case S_NONLOCAL: visit_directive(st, s, false); break;
    case S_EXPR: visit_expr(st, s->u.expr.value); break;
    default: break;   /* pass, break, continue */
    }
}

static void visit_stmts(SymTable *st, StmtList *l)
{
    for (size_t i = 0; i < l->n && !st->failed; i++)
        visit_stmt(st, l->items[i]);
}

SymTable *symtable_build(Module *mod, ParseMode mode, bool future_annotations)
{
    SymTable *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->future_annotations = future_annotations;
    Loc top = { 1, 0, 1, 0 };
    st->top = st->cur = st_new_scope(st, BLOCK_MODULE, "top", mod, top);
    visit_stmts(st, &mod->body);
    if (!st->failed)
        st_analyze(st);
    (void)mode;
    return st;
}
