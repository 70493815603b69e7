/* compile_func.c: code generation for `def`, `async def`, `lambda` and
 * `class`: default and keyword-only default values, annotations (a flat
 * tuple of name/value pairs for MAKE_FUNCTION), decorators applied bottom-up,
 * the closure tuple of cells for nested scopes, docstrings (co_consts[0]),
 * argument counts, and class bodies run through __build_class__ with
 * __module__, __qualname__, __doc__ and the __class__ cell.  The evaluation
 * order of the pieces is CPython 3.11's: decorators, defaults, keyword-only
 * defaults, annotations, then the function itself. */
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"

/* ---- shared helpers ------------------------------------------------------------ */

Expr *docstring_expr(StmtList *body)
{
    if (body->n == 0)
        return NULL;
    Stmt *s = body->items[0];
    if (s->kind != S_EXPR)
        return NULL;
    Expr *e = s->u.expr.value;
    return e->kind == E_CONSTANT && e->u.constant.kind == K_STR ? e : NULL;
}

int enter_scope(Compiler *c, const void *key, UnitKind kind, const char *name, int firstlineno)
{
    Scope *ste = symtable_child(c->u->ste, key);
    if (!ste) {
        err_set_str(&Exc_SystemError, "compiler: no symbol table for a nested scope");
        c->failed = true;
        return -1;
    }
    Obj *oname = intern_cstr(c, name);
    if (!oname)
        return -1;
    if (unit_enter(c, ste, kind, oname, firstlineno) < 0) {
        c->failed = true;
        return -1;
    }
    if (ste->type == BLOCK_FUNCTION && (ste->generator || ste->coroutine))
        emit(c, OP_GEN_START, ste->generator && ste->coroutine ? 2 : ste->coroutine ? 1 : 0);
    return 0;
}

CodeObj *leave_scope(Compiler *c)
{
    Obj *co = unit_to_code(c);
    unit_leave(c);
    if (!co)
        c->failed = true;
    return (CodeObj *)co;
}

int make_closure(Compiler *c, CodeObj *co, int flags)
{
    size_t nfree = tuple_size(co->freevars);
    if (nfree) {
        Unit *u = c->u;
        for (size_t i = 0; i < nfree; i++) {
            Obj *name = tuple_get(co->freevars, i);
            Obj *idx = dict_get_str(u->cellvars, name);
            intptr_t slot;
            if (idx) {
                slot = small_value(idx);
            } else {
                idx = dict_get_str(u->freevars, name);
                if (!idx) {
                    DECREF((Obj *)co);
                    err_format(&Exc_SystemError, "compiler: no cell for free variable '%U' of %U",
                               name, co->qualname);
                    c->failed = true;
                    return -1;
                }
                slot = (intptr_t)dict_size(u->cellvars) + small_value(idx);
            }
            emit(c, OP_LOAD_CLOSURE, (int)slot);
        }
        emit(c, OP_BUILD_TUPLE, (int)nfree);
        flags |= 8;
    }
    Obj *qualname = NEWREF(co->qualname);
    emit_const(c, (Obj *)co);
    emit_const(c, qualname);
    emit(c, OP_MAKE_FUNCTION, flags);
    return c->failed ? -1 : 0;
}

static int compile_decorators(Compiler *c, ExprList *decos)
{
    for (size_t i = 0; i < decos->n; i++)
        TRY(compile_expr(c, decos->items[i]));
    return 0;
}

/* Calls the decorators, innermost (last written) first; each call is
 * located at its decorator, as CPython reports it in tracebacks. */
static void apply_decorators(Compiler *c, ExprList *decos)
{
    Loc saved = c->u->loc;
    for (size_t i = decos->n; i-- > 0;) {
        c->u->loc = decos->items[i]->loc;
        emit(c, OP_CALL_FUNCTION, 1);
    }
    c->u->loc = saved;
}

/* ---- defaults and annotations -------------------------------------------------- */

/* Pushes the defaults tuple and keyword-only defaults dict; returns the
 * MAKE_FUNCTION flags they need (1, 2), or -1. */
static int compile_defaults(Compiler *c, Arguments *a, Loc loc)
{
    int flags = 0;
    if (a->defaults.n) {
        Expr tuple;
        memset(&tuple, 0, sizeof tuple);
        tuple.kind = E_TUPLE;
        tuple.loc = loc;
        tuple.u.list.elts = a->defaults;
        tuple.u.list.ctx = CTX_LOAD;
        TRY(compile_expr(c, &tuple));
        flags |= 1;
    }
    size_t nkw = 0;
    for (size_t i = 0; i < a->kwonlyargs.n; i++)
        if (i < a->kw_defaults.n && a->kw_defaults.items[i])
            nkw++;
    if (nkw) {
        Obj *keys = tuple_new(nkw);
        if (!keys) {
            c->failed = true;
            return -1;
        }
        size_t k = 0;
        for (size_t i = 0; i < a->kwonlyargs.n; i++) {
            if (i >= a->kw_defaults.n || !a->kw_defaults.items[i])
                continue;
            char buf[512];
            Obj *name = intern_cstr(c, mangle(c, a->kwonlyargs.items[i]->arg, buf, sizeof buf));
            tuple_set(keys, k++, name ? name : NEWREF(NONE));
            if (!name || compile_expr(c, a->kw_defaults.items[i]) < 0) {
                DECREF(keys);
                return -1;
            }
        }
        emit_const(c, keys);
        emit(c, OP_BUILD_CONST_KEY_MAP, (int)nkw);
        flags |= 2;
    }
    return c->failed ? -1 : flags;
}

static int annotation(Compiler *c, const char *name, Expr *ann, int *count)
{
    if (!ann)
        return 0;
    char buf[512];
    emit_const(c, intern_cstr(c, mangle(c, name, buf, sizeof buf)));
    TRY(compile_annotation_value(c, ann));
    *count += 2;
    return 0;
}

static int arg_annotations(Compiler *c, ArgList *l, int *count)
{
    for (size_t i = 0; i < l->n; i++)
        TRY(annotation(c, l->items[i]->arg, l->items[i]->annotation, count));
    return 0;
}

/* Pushes the (name, value, ...) annotations tuple; returns flag 4 when there
 * is one, 0 when not, -1 on error.  CPython's order: regular parameters,
 * positional-only ones, *args, keyword-only ones, **kwargs, return. */
static int compile_annotations(Compiler *c, Arguments *a, Expr *returns, Loc loc)
{
    int count = 0;
    TRY(arg_annotations(c, &a->args, &count));
    TRY(arg_annotations(c, &a->posonlyargs, &count));
    if (a->vararg)
        TRY(annotation(c, a->vararg->arg, a->vararg->annotation, &count));
    TRY(arg_annotations(c, &a->kwonlyargs, &count));
    if (a->kwarg)
        TRY(annotation(c, a->kwarg->arg, a->kwarg->annotation, &count));
    TRY(annotation(c, "return", returns, &count));
    if (!count)
        return 0;
    Loc saved = c->u->loc;
    c->u->loc = loc;
    emit(c, OP_BUILD_TUPLE, count);
    c->u->loc = saved;
    return 4;
}

static bool debug_arg(ArgList *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->items[i]->arg, "__debug__") == 0)
            return true;
    return false;
}

/* No parameter may be called __debug__ (reported at the def or lambda). */
static int check_debug_args(Compiler *c, Arguments *a, Loc loc)
{
    if (debug_arg(&a->posonlyargs) || debug_arg(&a->args) || debug_arg(&a->kwonlyargs)
        || (a->vararg && strcmp(a->vararg->arg, "__debug__") == 0)
        || (a->kwarg && strcmp(a->kwarg->arg, "__debug__") == 0))
        return compiler_error(c, loc, "cannot assign to __debug__");
    return 0;
}

static void set_arg_counts(Unit *u, Arguments *a)
{
    u->posonlyargcount = (int)a->posonlyargs.n;
    u->argcount = (int)(a->posonlyargs.n + a->args.n);
    u->kwonlyargcount = (int)a->kwonlyargs.n;
}

/* ---- def ----------------------------------------------------------------------------- */

static int compile_function_body(Compiler *c, Stmt *s, int firstlineno)
{
    UnitKind kind = s->kind == S_ASYNCFUNCTIONDEF ? UNIT_ASYNC_FUNCTION : UNIT_FUNCTION;
    TRY(enter_scope(c, s, kind, s->u.funcdef.name, firstlineno));
    StmtList *body = &s->u.funcdef.body;
    Expr *doc = docstring_expr(body);
    TRY(const_index(c, doc ? constant_object(c, &doc->u.constant) : NEWREF(NONE)));
    set_arg_counts(c->u, s->u.funcdef.args);
    for (size_t i = doc ? 1 : 0; i < body->n; i++)
        TRY(compile_stmt(c, body->items[i]));
    emit_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    return c->failed ? -1 : 0;
}

int compile_funcdef(Compiler *c, Stmt *s)
{
    ExprList *decos = &s->u.funcdef.decorator_list;
    Arguments *a = s->u.funcdef.args;
    int firstlineno = decos->n ? decos->items[0]->loc.line : s->loc.line;
    TRY(check_debug_args(c, a, s->loc));
    TRY(compile_decorators(c, decos));
    c->u->loc = s->loc;
    int flags = compile_defaults(c, a, s->loc);
    if (flags < 0)
        return -1;
    int ann = compile_annotations(c, a, s->u.funcdef.returns, s->loc);
    if (ann < 0)
        return -1;
    flags |= ann;
    if (compile_function_body(c, s, firstlineno) < 0)
        return -1;
    CodeObj *co = leave_scope(c);
    if (!co)
        return -1;
    c->u->loc = s->loc;
    TRY(make_closure(c, co, flags));
    apply_decorators(c, decos);
    return compile_name(c, s->u.funcdef.name, CTX_STORE);
}

/* ---- lambda ------------------------------------------------------------------------- */

int compile_lambda(Compiler *c, Expr *e)
{
    Arguments *a = e->u.lambda.args;
    TRY(check_debug_args(c, a, e->loc));
    int flags = compile_defaults(c, a, e->loc);
    if (flags < 0)
        return -1;
    TRY(enter_scope(c, e, UNIT_LAMBDA, "<lambda>", e->loc.line));
    c->u->loc = e->loc;
    TRY(const_index(c, NEWREF(NONE)));      /* a lambda has no docstring */
    set_arg_counts(c->u, a);
    TRY(compile_expr(c, e->u.lambda.body));
    emit(c, OP_RETURN_VALUE, 0);
    CodeObj *co = leave_scope(c);
    if (!co)
        return -1;
    return make_closure(c, co, flags);
}

/* ---- class ------------------------------------------------------------------------------ */

static int store_name_cstr(Compiler *c, const char *name)
{
    return compile_name(c, name, CTX_STORE);
}

/* Statements of a module or class body: SETUP_ANNOTATIONS when the body
 * annotates names, then __doc__ from a leading string, then the rest. */
int compile_body_with_doc(Compiler *c, StmtList *body)
{
    if (body->n && c->u->kind == UNIT_MODULE)
        c->u->loc = body->items[0]->loc;
    if (body_has_annotations(body))
        emit(c, OP_SETUP_ANNOTATIONS, 0);
    Expr *doc = docstring_expr(body);
    size_t i = 0;
    if (doc) {
        c->u->loc = body->items[0]->loc;
        TRY(compile_expr(c, doc));
        TRY(store_name_cstr(c, "__doc__"));
        i = 1;
    }
    for (; i < body->n; i++)
        TRY(compile_stmt(c, body->items[i]));
    return 0;
}

static int compile_class_body(Compiler *c, Stmt *s, int firstlineno)
{
    TRY(enter_scope(c, s, UNIT_CLASS, s->u.classdef.name, firstlineno));
    Unit *u = c->u;
    TRY(compile_name(c, "__name__", CTX_LOAD));
    TRY(store_name_cstr(c, "__module__"));
    emit_const(c, NEWREF(u->qualname));
    TRY(store_name_cstr(c, "__qualname__"));
    TRY(compile_body_with_doc(c, &s->u.classdef.body));
    if (u->ste->needs_class_closure) {
        Obj *idx = NULL;
        Obj *key = intern_cstr(c, "__class__");
        if (key) {
            idx = dict_get_str(u->cellvars, key);
            DECREF(key);
        }
        if (!idx) {
            err_set_str(&Exc_SystemError, "compiler: class body without its __class__ cell");
            c->failed = true;
            return -1;
        }
        emit(c, OP_LOAD_CLOSURE, (int)small_value(idx));
        emit(c, OP_DUP_TOP, 0);
        TRY(store_name_cstr(c, "__classcell__"));
    } else {
        emit_none(c);
    }
    emit(c, OP_RETURN_VALUE, 0);
    return c->failed ? -1 : 0;
}

int compile_classdef(Compiler *c, Stmt *s)
{
    ExprList *decos = &s->u.classdef.decorator_list;
    int firstlineno = decos->n ? decos->items[0]->loc.line : s->loc.line;
    TRY(compile_decorators(c, decos));
    if (compile_class_body(c, s, firstlineno) < 0)
        return -1;
    CodeObj *co = leave_scope(c);
    if (!co)
        return -1;
    c->u->loc = s->loc;
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    TRY(make_closure(c, co, 0));
    emit_const(c, intern_cstr(c, s->u.classdef.name));
    TRY(compile_call_helper(c, 2, &s->u.classdef.bases, &s->u.classdef.keywords));
    apply_decorators(c, decos);
    return compile_name(c, s->u.classdef.name, CTX_STORE);
}
