/* compile_stmt.c: code generation for statements other than try/with
 * (compile_try.c) and def/class (compile_func.c): assignments of every
 * form, if/while/for with else, break/continue/return and the unwinding of
 * the enclosing frame blocks they imply, imports, and expression
 * statements. */
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"

/* ---- frame blocks -------------------------------------------------------------- */

int fblock_push(Compiler *c, FBlockKind kind, int block, int exit, const void *datum)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        return compiler_error(c, u->loc, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){ kind, block, exit, datum };
    return 0;
}

void fblock_pop(Compiler *c) { c->u->nfblocks--; }

static bool is_loop(const FBlock *f)
{
    return f->kind == FB_WHILE_LOOP || f->kind == FB_FOR_LOOP || f->kind == FB_ASYNC_FOR_LOOP;
}

static void clear_handler_name(Compiler *c, const char *name)
{
    emit_none(c);
    compile_name(c, name, CTX_STORE);
    compile_name(c, name, CTX_DEL);
}

/* Emits what leaving block f early needs (see compile_try.c's comment). */
static int unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos)
{
    switch (f->kind) {
    case FB_WHILE_LOOP: case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_EXCEPTION_GROUP_HANDLER:
        return compiler_error(c, c->u->loc, "'break', 'continue' and 'return' cannot appear "
                              "in an except* block");
    case FB_FOR_LOOP: case FB_ASYNC_FOR_LOOP: case FB_POP_VALUE:
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        return 0;
    case FB_TRY_EXCEPT:
        emit(c, OP_POP_BLOCK, 0);
        return 0;
    case FB_FINALLY_TRY:
        emit(c, OP_POP_BLOCK, 0);
        if (preserve_tos)
            TRY(fblock_push(c, FB_POP_VALUE, 0, 0, NULL));
        TRY(compile_finally_body(c, (StmtList *)f->datum));
        if (preserve_tos)
            fblock_pop(c);
        return 0;
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, OP_ROT_THREE, 0);
        emit(c, OP_POP_TOP, 0);
        emit(c, OP_POP_EXCEPT, 0);
        return 0;
    case FB_WITH: case FB_ASYNC_WITH:
        emit(c, OP_POP_BLOCK, 0);
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        emit_with_exit_call(c);
        if (f->kind == FB_ASYNC_WITH) {
            emit(c, OP_GET_AWAITABLE, 2);
            emit_none(c);
            emit(c, OP_YIELD_FROM, 0);
        }
        emit(c, OP_POP_TOP, 0);
        return 0;
    case FB_HANDLER_CLEANUP:
        if (f->datum)
            emit(c, OP_POP_BLOCK, 0);
        if (preserve_tos)
            emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_EXCEPT, 0);
        if (f->datum)
            clear_handler_name(c, (const char *)f->datum);
        return 0;
    }
    return 0;
}

/* Unwinds every block up to the innermost loop (when `loop` is given, that
 * loop is returned and left in place) or all blocks (return). */
int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfblocks == 0)
        return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && is_loop(top)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, &copy, preserve_tos);
    if (r == 0)
        r = unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

/* ---- return, break, continue ------------------------------------------------------- */

static int compile_return(Compiler *c, Stmt *s)
{
    Expr *v = s->u.return_.value;
    if (c->u->ste->type != BLOCK_FUNCTION)
        return compiler_error(c, s->loc, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        return compiler_error(c, s->loc, "'return' with value in async generator");
    bool preserve = v && v->kind != E_CONSTANT;
    if (preserve)
        TRY(compile_expr(c, v));
    else if (v)
        c->u->loc = v->loc;     /* CPython: unwinding errors point at the constant */
    TRY(unwind_fblock_stack(c, preserve, NULL));
    c->u->loc = s->loc;
    if (!v)
        emit_none(c);
    else if (!preserve)
        TRY(compile_expr(c, v));
    emit(c, OP_RETURN_VALUE, 0);
    return 0;
}

static int compile_break_continue(Compiler *c, Stmt *s, bool is_break)
{
    FBlock *loop = NULL;
    TRY(unwind_fblock_stack(c, false, &loop));
    if (!loop)
        return compiler_error(c, s->loc, is_break ? "'break' outside loop"
                                                  : "'continue' not properly in loop");
    c->u->loc = s->loc;
    if (is_break) {
        TRY(unwind_fblock(c, loop, false));
        emit_jump(c, OP_JUMP_ABSOLUTE, loop->exit);
    } else {
        emit_jump(c, OP_JUMP_ABSOLUTE, loop->block);
    }
    return 0;
}

/* ---- if, while, for -------------------------------------------------------------------- */

static int compile_if(Compiler *c, Stmt *s)
{
    int end = new_label(c);
    int next = s->u.if_.orelse.n ? new_label(c) : end;
    TRY(compile_jump_if(c, s->u.if_.test, next, false));
    TRY(compile_body(c, &s->u.if_.body));
    if (s->u.if_.orelse.n) {
        emit_jump(c, OP_JUMP_FORWARD, end);
        place_label(c, next);
        TRY(compile_body(c, &s->u.if_.orelse));
    }
    place_label(c, end);
    return 0;
}

static int compile_while(Compiler *c, Stmt *s)
{
    int loop = new_label(c), anchor = new_label(c), end = new_label(c);
    place_label(c, loop);
    TRY(fblock_push(c, FB_WHILE_LOOP, loop, end, NULL));
    TRY(compile_jump_if(c, s->u.while_.test, anchor, false));
    TRY(compile_body(c, &s->u.while_.body));
    c->u->loc = s->loc;
    emit_jump(c, OP_JUMP_ABSOLUTE, loop);
    fblock_pop(c);
    place_label(c, anchor);
    TRY(compile_body(c, &s->u.while_.orelse));
    place_label(c, end);
    return 0;
}

/* Iterating over a list display of constants iterates a constant tuple. */
static int compile_iterable(Compiler *c, Expr *iter)
{
    if (iter->kind == E_LIST && iter->u.list.ctx == CTX_LOAD) {
        Expr tuple = *iter;
        tuple.kind = E_TUPLE;
        return compile_expr(c, &tuple);
    }
    return compile_expr(c, iter);
}

static int compile_for(Compiler *c, Stmt *s)
{
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    TRY(compile_iterable(c, s->u.for_.iter));
    c->u->loc = s->u.for_.iter->loc;
    emit(c, OP_GET_ITER, 0);
    place_label(c, start);
    c->u->loc = s->loc;
    emit_jump(c, OP_FOR_ITER, cleanup);
    TRY(fblock_push(c, FB_FOR_LOOP, start, end, NULL));
    TRY(compile_store(c, s->u.for_.target));
    TRY(compile_body(c, &s->u.for_.body));
    c->u->loc = s->loc;
    emit_jump(c, OP_JUMP_ABSOLUTE, start);
    fblock_pop(c);
    place_label(c, cleanup);
    TRY(compile_body(c, &s->u.for_.orelse));
    place_label(c, end);
    return 0;
}

static int compile_async_for(Compiler *c, Stmt *s)
{
    if (c->u->kind != UNIT_ASYNC_FUNCTION)
        return compiler_error(c, s->loc, "'async for' outside async function");
    int start = new_label(c), except = new_label(c), end = new_label(c);
    TRY(compile_expr(c, s->u.for_.iter));
    emit(c, OP_GET_AITER, 0);
    place_label(c, start);
    TRY(fblock_push(c, FB_ASYNC_FOR_LOOP, start, end, NULL));
    emit_jump(c, OP_SETUP_FINALLY, except);
    emit(c, OP_GET_ANEXT, 0);
    emit_none(c);
    emit(c, OP_YIELD_FROM, 0);
    emit(c, OP_POP_BLOCK, 0);
    TRY(compile_store(c, s->u.for_.target));
    TRY(compile_body(c, &s->u.for_.body));
    emit_jump(c, OP_JUMP_ABSOLUTE, start);
    fblock_pop(c);
    place_label(c, except);
    emit(c, OP_END_ASYNC_FOR, 0);
    TRY(compile_body(c, &s->u.for_.orelse));
    place_label(c, end);
    return 0;
}

/* ---- assignments ----------------------------------------------------------------------- */

/* a, b = b, a  (2 or 3 plain items each side) swaps on the stack. */
static bool swap_assign(Compiler *c, Stmt *s, int *r)
{
    if (s->u.assign.targets.n != 1)
        return false;
    Expr *t = s->u.assign.targets.items[0], *v = s->u.assign.value;
    if ((t->kind != E_TUPLE && t->kind != E_LIST) || (v->kind != E_TUPLE && v->kind != E_LIST))
        return false;
    size_t n = t->u.list.elts.n;
    if (n < 2 || n > 3 || v->u.list.elts.n != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (t->u.list.elts.items[i]->kind == E_STARRED || v->u.list.elts.items[i]->kind == E_STARRED)
            return false;
    *r = compile_exprs(c, &v->u.list.elts);
    if (*r < 0)
        return true;
    if (n == 3)
        emit(c, OP_ROT_THREE, 0);
    emit(c, OP_ROT_TWO, 0);
    for (size_t i = 0; i < n && *r == 0; i++)
        *r = compile_store(c, t->u.list.elts.items[i]);
    return true;
}

static int compile_assign(Compiler *c, Stmt *s)
{
    int r;
    if (swap_assign(c, s, &r))
        return r;
    TRY(compile_expr(c, s->u.assign.value));
    ExprList *t = &s->u.assign.targets;
    for (size_t i = 0; i < t->n; i++) {
        if (i + 1 < t->n)
            emit(c, OP_DUP_TOP, 0);
        TRY(compile_store(c, t->items[i]));
    }
    return 0;
}

int compile_augassign(Compiler *c, Stmt *s)
{
    Expr *t = s->u.augassign.target;
    int op = (int)s->u.augassign.op + BINOP_COUNT;
    switch (t->kind) {
    case E_NAME:
        c->u->loc = t->loc;
        TRY(compile_name(c, t->u.name.id, CTX_LOAD));
        TRY(compile_expr(c, s->u.augassign.value));
        c->u->loc = s->loc;
        emit(c, OP_BINARY_OP, op);
        c->u->loc = t->loc;
        return compile_name(c, t->u.name.id, CTX_STORE);
    case E_ATTRIBUTE: {
        TRY(compile_expr(c, t->u.attribute.value));
        char buf[512];
        int idx = name_index(c, c->u->names, mangle(c, t->u.attribute.attr, buf, sizeof buf));
        if (idx < 0)
            return -1;
        emit(c, OP_DUP_TOP, 0);
        c->u->loc = attr_location(t, t->loc);
        emit(c, OP_LOAD_ATTR, idx);
        TRY(compile_expr(c, s->u.augassign.value));
        c->u->loc = s->loc;
        emit(c, OP_BINARY_OP, op);
        c->u->loc = attr_location(t, t->loc);
        emit(c, OP_ROT_TWO, 0);
        emit(c, OP_STORE_ATTR, idx);
        return 0;
    }
    case E_SUBSCRIPT:
        TRY(compile_expr(c, t->u.subscript.value));
        TRY(compile_expr(c, t->u.subscript.slice));
        emit(c, OP_DUP_TOP_TWO, 0);
        c->u->loc = t->loc;
        emit(c, OP_BINARY_SUBSCR, 0);
        TRY(compile_expr(c, s->u.augassign.value));
        c->u->loc = s->loc;
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_ROT_THREE, 0);
        emit(c, OP_STORE_SUBSCR, 0);
        return 0;
    default:
        return compiler_error(c, t->loc, "'%s' is an illegal expression for augmented assignment",
                              "expression");
    }
}

/* Evaluates e for its side effects only. */
static int eval_and_pop(Compiler *c, Expr *e)
{
    TRY(compile_expr(c, e));
    emit(c, OP_POP_TOP, 0);
    return 0;
}

static int eval_ann_subscript(Compiler *c, Expr *slice)
{
    if (slice->kind == E_SLICE) {
        Expr *parts[3] = { slice->u.slice.lower, slice->u.slice.upper, slice->u.slice.step };
        for (int i = 0; i < 3; i++)
            if (parts[i])
                TRY(eval_and_pop(c, parts[i]));
        return 0;
    }
    if (slice->kind == E_TUPLE) {
        for (size_t i = 0; i < slice->u.list.elts.n; i++)
            TRY(eval_ann_subscript(c, slice->u.list.elts.items[i]));
        return 0;
    }
    return eval_and_pop(c, slice);
}

/* An annotation's value: evaluated, or its source text under
 * `from __future__ import annotations`. */
int compile_annotation_value(Compiler *c, Expr *ann)
{
    if (c->future_annotations) {
        emit_const(c, expr_as_source(c, ann));
        return c->failed ? -1 : 0;
    }
    if (ann->kind == E_STARRED) {            /* *args: *Ts */
        TRY(compile_expr(c, ann->u.starred.value));
        emit(c, OP_UNPACK_SEQUENCE, 1);
        return 0;
    }
    return compile_expr(c, ann);
}

int compile_annassign(Compiler *c, Stmt *s)
{
    Expr *t = s->u.annassign.target;
    bool module_or_class = c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
    if (s->u.annassign.value) {
        TRY(compile_expr(c, s->u.annassign.value));
        TRY(compile_store(c, t));
    }
    if (t->kind == E_NAME) {
        if (s->u.annassign.simple && module_or_class) {
            TRY(compile_annotation_value(c, s->u.annassign.annotation));
            TRY(compile_name(c, "__annotations__", CTX_LOAD));
            char buf[512];
            emit_const(c, intern_cstr(c, mangle(c, t->u.name.id, buf, sizeof buf)));
            emit(c, OP_STORE_SUBSCR, 0);
        }
    } else if (!s->u.annassign.value) {
        if (t->kind == E_ATTRIBUTE)
            TRY(eval_and_pop(c, t->u.attribute.value));
        else if (t->kind == E_SUBSCRIPT) {
            TRY(eval_and_pop(c, t->u.subscript.value));
            TRY(eval_ann_subscript(c, t->u.subscript.slice));
        }
    }
    if (!s->u.annassign.simple && module_or_class && !c->future_annotations)
        TRY(eval_and_pop(c, s->u.annassign.annotation));
    return 0;
}

/* ---- imports ------------------------------------------------------------------------------ */

static void emit_import_name(Compiler *c, int level, Obj *fromlist, const char *module)
{
    emit_const(c, small_new(level));
    emit_const(c, fromlist);
    int idx = name_index(c, c->u->names, module);
    if (idx >= 0)
        emit(c, OP_IMPORT_NAME, idx);
}

/* import a.b.c as d: d = a.b.c found through the attribute chain. */
static int import_as(Compiler *c, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (!dot)
        return compile_name(c, asname, CTX_STORE);
    while (dot) {
        const char *part = dot + 1;
        dot = strchr(part, '.');
        size_t n = dot ? (size_t)(dot - part) : strlen(part);
        char buf[512];
        if (n >= sizeof buf)
            return compiler_error(c, c->u->loc, "module name too long");
        memcpy(buf, part, n);
        buf[n] = 0;
        int idx = name_index(c, c->u->names, buf);
        if (idx < 0)
            return -1;
        emit(c, OP_IMPORT_FROM, idx);
        if (dot) {
            emit(c, OP_ROT_TWO, 0);
            emit(c, OP_POP_TOP, 0);
        }
    }
    TRY(compile_name(c, asname, CTX_STORE));
    emit(c, OP_POP_TOP, 0);
    return 0;
}

int compile_import(Compiler *c, Stmt *s)
{
    for (size_t i = 0; i < s->u.import.names.n; i++) {
        Alias *a = s->u.import.names.items[i];
        emit_import_name(c, 0, NEWREF(NONE), a->name);
        if (a->asname) {
            TRY(import_as(c, a->name, a->asname));
            continue;
        }
        const char *dot = strchr(a->name, '.');
        char buf[512];
        size_t n = dot ? (size_t)(dot - a->name) : strlen(a->name);
        if (n >= sizeof buf)
            return compiler_error(c, a->loc, "module name too long");
        memcpy(buf, a->name, n);
        buf[n] = 0;
        TRY(compile_name(c, buf, CTX_STORE));
    }
    return c->failed ? -1 : 0;
}

int compile_importfrom(Compiler *c, Stmt *s)
{
    AliasList *names = &s->u.importfrom.names;
    if (is_future_import(s) && s->loc.line > c->future_lineno)
        return compiler_error(c, s->loc, "from __future__ imports must occur "
                              "at the beginning of the file");
    Obj *fromlist = tuple_new(names->n);
    if (!fromlist) {
        c->failed = true;
        return -1;
    }
    for (size_t i = 0; i < names->n; i++) {
        Obj *n = intern_cstr(c, names->items[i]->name);
        tuple_set(fromlist, i, n ? n : NEWREF(NONE));
    }
    const char *module = s->u.importfrom.module ? s->u.importfrom.module : "";
    emit_import_name(c, s->u.importfrom.level, fromlist, module);
    if (names->n == 1 && strcmp(names->items[0]->name, "*") == 0) {
        emit(c, OP_IMPORT_STAR, 0);
        return c->failed ? -1 : 0;
    }
    for (size_t i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        int idx = name_index(c, c->u->names, a->name);
        if (idx < 0)
            return -1;
        emit(c, OP_IMPORT_FROM, idx);
        TRY(compile_name(c, a->asname ? a->asname : a->name, CTX_STORE));
    }
    c->u->loc = s->loc;
    emit(c, OP_POP_TOP, 0);
    return c->failed ? -1 : 0;
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

static int compile_expr_stmt(Compiler *c, Stmt *s)
{
    Expr *v = s->u.expr.value;
    if (c->mode == PARSE_SINGLE && c->u->kind == UNIT_MODULE) {
        /* the REPL echoes expressions inside blocks too (for x in s: x) */
        TRY(compile_expr(c, v));
        emit(c, OP_PRINT_EXPR, 0);
        return 0;
    }
    if (v->kind == E_CONSTANT && v->u.constant.kind != K_IMAG) {
        emit(c, OP_NOP, 0);          /* no effect: keep only the line */
        return 0;
    }
    return eval_and_pop(c, v);
}

static int compile_stmt_kind(Compiler *c, Stmt *s)
{
    switch (s->kind) {
    case S_FUNCTIONDEF: case S_ASYNCFUNCTIONDEF: return compile_funcdef(c, s);
    case S_CLASSDEF: return compile_classdef(c, s);
    case S_RETURN: return compile_return(c, s);
    case S_DELETE:
        for (size_t i = 0; i < s->u.delete_.targets.n; i++)
            TRY(compile_delete(c, s->u.delete_.targets.items[i]));
        return 0;
    case S_ASSIGN: return compile_assign(c, s);
    case S_AUGASSIGN: return compile_augassign(c, s);
    case S_ANNASSIGN: return compile_annassign(c, s);
    case S_FOR: return compile_for(c, s);
    case S_ASYNCFOR: return compile_async_for(c, s);
    case S_WHILE: return compile_while(c, s);
    case S_IF: return compile_if(c, s);
    case S_WITH: return compile_with(c, s, 0);
    case S_ASYNCWITH: return compile_async_with(c, s, 0);
    case S_MATCH: return compile_match(c, s);
    case S_RAISE: return compile_raise(c, s);
    case S_TRY: return compile_try(c, s);
    case S_TRYSTAR: return compile_try(c, s);
    case S_ASSERT: return compile_assert(c, s);
    case S_IMPORT: return compile_import(c, s);
    case S_IMPORTFROM: return compile_importfrom(c, s);
    case S_GLOBAL: case S_NONLOCAL: return 0;
    case S_EXPR: return compile_expr_stmt(c, s);
    case S_PASS: emit(c, OP_NOP, 0); return 0;
    case S_BREAK: return compile_break_continue(c, s, true);
    case S_CONTINUE: return compile_break_continue(c, s, false);
    }
    return 0;
}

int compile_stmt(Compiler *c, Stmt *s)
{
    c->u->loc = s->loc;
    int r = compile_stmt_kind(c, s);
    return c->failed ? -1 : r;
}

int compile_body(Compiler *c, StmtList *body)
{
    for (size_t i = 0; i < body->n; i++)
        TRY(compile_stmt(c, body->items[i]));
    return 0;
}
