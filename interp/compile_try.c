/* compile_try.c: code generation for try/except/else/finally, with, raise
 * and assert, and the "unwinding" of these blocks by return/break/continue.
 *
 * EXACT EMITTED SEQUENCES (the VM in interp/vm.c relies on them; protocol of
 * SETUP_FINALLY / EXCEPT_HANDLER blocks in interp/opcodes.h).  At a handler
 * the stack is [... prev_exc exc] and an EXCEPT_HANDLER block is active.
 *
 * try: B  except T1 as n: H1  except: H2  else: E
 *         SETUP_FINALLY L_exc
 *         <B>
 *         POP_BLOCK
 *         <E>
 *         JUMP_FORWARD L_end
 *   L_exc:                                  [prev exc]
 *         <T1>                              [prev exc T1]
 *         JUMP_IF_NOT_EXC_MATCH L_next      [prev exc]
 *         STORE n                           [prev]
 *         SETUP_FINALLY L_clean             (so that n is deleted on any exit)
 *         <H1>
 *         POP_BLOCK
 *         POP_EXCEPT                        []
 *         LOAD_CONST None; STORE n; DELETE n
 *         JUMP_FORWARD L_end
 *   L_clean:                                [prev prev2 exc2]
 *         LOAD_CONST None; STORE n; DELETE n
 *         RERAISE                           (unwinding restores handled_exc)
 *   L_next:                                 [prev exc]
 *         POP_TOP                           [prev]   (bare except / no `as`)
 *         <H2>
 *         POP_EXCEPT                        []
 *         JUMP_FORWARD L_end
 *   (when the last handler has a type:)     [prev exc]
 *         RERAISE                           no handler matched
 *   L_end:
 *
 * try: B  except* T1 as n: H1  except* T2: H2  else: E      (PEP 654)
 *         SETUP_FINALLY L_exc; <B>; POP_BLOCK; <E>; JUMP_FORWARD L_end
 *   L_exc:                                  [prev exc]
 *         DUP_TOP; BUILD_LIST 0; ROT_TWO    [prev orig raised exc]
 *   each clause:
 *         <T1>; CHECK_EG_MATCH              [prev orig raised rest match]
 *         DUP_TOP; POP_JUMP_IF_NONE L_no    (handled_exc is match from here)
 *         STORE n (or POP_TOP)              [prev orig raised rest]
 *         SETUP_FINALLY L_raised; <H1>; POP_BLOCK
 *         n = None; del n; JUMP_FORWARD L_next
 *   L_raised:                               [prev orig raised rest prev2 exc2]
 *         n = None; del n
 *         LIST_APPEND 3; POP_EXCEPT; JUMP_FORWARD L_next
 *   L_no: POP_TOP                           [prev orig raised rest]
 *   L_next:
 *   after the clauses:
 *         LIST_APPEND 1                     [prev orig raised]
 *         PREP_RERAISE_STAR                 [prev to_raise_or_None]
 *         DUP_TOP; POP_JUMP_IF_NONE L_done
 *         RERAISE
 *   L_done: POP_TOP; POP_EXCEPT
 *   L_end:
 *
 * try: B  finally: F
 *         SETUP_FINALLY L_fin
 *         <B>
 *         POP_BLOCK
 *         <F>                               (normal-path copy)
 *         JUMP_FORWARD L_end
 *   L_fin:                                  [prev exc]
 *         <F>                               (exceptional copy; handled_exc = exc)
 *         RERAISE
 *   L_end:
 * try/except/finally nests the try/except above inside the try/finally.
 *
 * with A as x: B          (several items nest, left to right)
 *         <A>                               [cm]
 *         SETUP_WITH L_exc                  [exit res]
 *         STORE x   (or POP_TOP)            [exit]
 *         <B>
 *         POP_BLOCK
 *         LOAD_CONST None; LOAD_CONST None; LOAD_CONST None
 *         CALL_FUNCTION 3                   [exit(None, None, None)]
 *         POP_TOP                           []
 *         JUMP_FORWARD L_end
 *   L_exc:                                  [exit prev exc]
 *         WITH_EXCEPT_START                 [exit prev exc res]
 *         POP_JUMP_IF_TRUE L_supp           [exit prev exc]
 *         RERAISE
 *   L_supp:
 *         POP_TOP; POP_EXCEPT; POP_TOP      []
 *   L_end:
 *
 * async with A as x: B
 *         <A>; BEFORE_ASYNC_WITH; GET_AWAITABLE 1; LOAD_CONST None; YIELD_FROM
 *         SETUP_ASYNC_WITH L_exc            [aexit res]
 *         STORE x (or POP_TOP); <B>; POP_BLOCK
 *         LOAD_CONST None x3; CALL_FUNCTION 3;
 *         GET_AWAITABLE 2; LOAD_CONST None; YIELD_FROM; POP_TOP
 *         JUMP_FORWARD L_end
 *   L_exc:  WITH_EXCEPT_START; GET_AWAITABLE 2; LOAD_CONST None; YIELD_FROM
 *         POP_JUMP_IF_TRUE L_supp; RERAISE
 *   L_supp: POP_TOP; POP_EXCEPT; POP_TOP
 *
 * async for x in A: B else: E
 *         <A>; GET_AITER                    [aiter]
 *   L_top: SETUP_FINALLY L_end_for
 *         GET_ANEXT; LOAD_CONST None; YIELD_FROM   [aiter value]
 *         POP_BLOCK
 *         STORE x; <B>; JUMP_ABSOLUTE L_top
 *   L_end_for:                              [aiter prev exc]
 *         END_ASYNC_FOR                     []  (re-raises other exceptions)
 *         <E>
 *
 * Leaving blocks early (return, break, continue), innermost first:
 *   for loop:        POP_TOP the iterator (under a returned value: ROT_TWO first)
 *   try body (except or finally):   POP_BLOCK, then for finally an inline <F>
 *   with body:       POP_BLOCK, (ROT_TWO if a value is returned), the normal
 *                    exit(None, None, None) call, POP_TOP (async: + await)
 *   except handler:  [prev] -> (ROT_TWO under a returned value) POP_EXCEPT;
 *                    with `as n`: POP_BLOCK first and `n = None; del n` after
 *   finally handler: [prev exc] -> POP_TOP, POP_EXCEPT
 *                    (under a returned value: ROT_THREE, POP_TOP, POP_EXCEPT)
 *   `return` computes its value first, unwinds everything, then RETURN_VALUE;
 *   a returned constant is loaded after unwinding instead.
 */
#include "compile.h"
#include "err.h"

int compile_finally_body(Compiler *c, StmtList *body)
{
    Loc saved = c->u->loc;
    int r = compile_body(c, body);
    c->u->loc = saved;
    return r;
}

void emit_with_exit_call(Compiler *c)
{
    emit_none(c);
    emit_none(c);
    emit_none(c);
    emit(c, OP_CALL_FUNCTION, 3);
}

/* ---- try/except ------------------------------------------------------------------ */

/* One `except T as n:` clause; the stack is [prev exc] on entry. */
static int compile_handler(Compiler *c, ExceptHandler *h, int end, bool last)
{
    int next = new_label(c);
    c->u->loc = h->loc;
    if (!h->type && !last)
        return compiler_error(c, h->loc, "default 'except:' must be last");
    if (h->type) {
        TRY(compile_expr(c, h->type));
        emit_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, next);
    }
    if (h->name) {
        int cleanup = new_label(c);
        TRY(compile_name(c, h->name, CTX_STORE));
        emit_jump(c, OP_SETUP_FINALLY, cleanup);
        TRY(fblock_push(c, FB_HANDLER_CLEANUP, cleanup, 0, h->name));
        TRY(compile_body(c, &h->body));
        fblock_pop(c);
        c->u->loc = h->loc;
        emit(c, OP_POP_BLOCK, 0);
        emit(c, OP_POP_EXCEPT, 0);
        emit_none(c);
        TRY(compile_name(c, h->name, CTX_STORE));
        TRY(compile_name(c, h->name, CTX_DEL));
        emit_jump(c, OP_JUMP_FORWARD, end);
        place_label(c, cleanup);
        emit_none(c);
        TRY(compile_name(c, h->name, CTX_STORE));
        TRY(compile_name(c, h->name, CTX_DEL));
        emit(c, OP_RERAISE, 0);
    } else {
        emit(c, OP_POP_TOP, 0);
        TRY(fblock_push(c, FB_HANDLER_CLEANUP, 0, 0, NULL));
        TRY(compile_body(c, &h->body));
        fblock_pop(c);
        c->u->loc = h->loc;
        emit(c, OP_POP_EXCEPT, 0);
        emit_jump(c, OP_JUMP_FORWARD, end);
    }
    place_label(c, next);
    return 0;
}

/* The else clause follows the body directly, before the handlers, as in
 * CPython (which also fixes the order locals first appear in). */
static int compile_try_except(Compiler *c, Stmt *s)
{
    int except = new_label(c), end = new_label(c);
    emit_jump(c, OP_SETUP_FINALLY, except);
    TRY(fblock_push(c, FB_TRY_EXCEPT, 0, 0, NULL));
    TRY(compile_body(c, &s->u.try_.body));
    fblock_pop(c);
    emit(c, OP_POP_BLOCK, 0);
    TRY(compile_body(c, &s->u.try_.orelse));
    emit_jump(c, OP_JUMP_FORWARD, end);
    place_label(c, except);
    HandlerList *hs = &s->u.try_.handlers;
    TRY(fblock_push(c, FB_EXCEPTION_HANDLER, 0, 0, NULL));
    for (size_t i = 0; i < hs->n; i++)
        TRY(compile_handler(c, hs->items[i], end, i + 1 == hs->n));
    fblock_pop(c);
    emit(c, OP_RERAISE, 0);
    place_label(c, end);
    return 0;
}

/* One `except* T as n:` clause; the stack is [prev orig raised exc]. */
static int compile_star_handler(Compiler *c, ExceptHandler *h, int next)
{
    int no_match = new_label(c), raised = new_label(c);
    c->u->loc = h->loc;
    TRY(compile_expr(c, h->type));
    c->u->loc = h->loc;
    emit(c, OP_CHECK_EG_MATCH, 0);
    emit(c, OP_DUP_TOP, 0);
    emit_jump(c, OP_POP_JUMP_IF_NONE, no_match);
    if (h->name)
        TRY(compile_name(c, h->name, CTX_STORE));
    else
        emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_SETUP_FINALLY, raised);
    TRY(fblock_push(c, FB_EXCEPTION_GROUP_HANDLER, 0, 0, NULL));
    TRY(compile_body(c, &h->body));
    fblock_pop(c);
    c->u->loc = h->loc;
    emit(c, OP_POP_BLOCK, 0);
    if (h->name) {
        emit_none(c);
        TRY(compile_name(c, h->name, CTX_STORE));
        TRY(compile_name(c, h->name, CTX_DEL));
    }
    emit_jump(c, OP_JUMP_FORWARD, next);
    place_label(c, raised);             /* the clause raised: keep it for the end */
    if (h->name) {
        emit_none(c);
        TRY(compile_name(c, h->name, CTX_STORE));
        TRY(compile_name(c, h->name, CTX_DEL));
    }
    emit(c, OP_LIST_APPEND, 3);
    emit(c, OP_POP_EXCEPT, 0);
    emit_jump(c, OP_JUMP_FORWARD, next);
    place_label(c, no_match);
    emit(c, OP_POP_TOP, 0);
    return 0;
}

static int compile_try_star_except(Compiler *c, Stmt *s)
{
    int except = new_label(c), end = new_label(c), done = new_label(c);
    emit_jump(c, OP_SETUP_FINALLY, except);
    TRY(fblock_push(c, FB_TRY_EXCEPT, 0, 0, NULL));
    TRY(compile_body(c, &s->u.try_.body));
    fblock_pop(c);
    emit(c, OP_POP_BLOCK, 0);
    TRY(compile_body(c, &s->u.try_.orelse));
    emit_jump(c, OP_JUMP_FORWARD, end);
    place_label(c, except);
    HandlerList *hs = &s->u.try_.handlers;
    c->u->loc = hs->items[0]->loc;
    emit(c, OP_DUP_TOP, 0);
    emit(c, OP_BUILD_LIST, 0);
    emit(c, OP_ROT_TWO, 0);
    TRY(fblock_push(c, FB_EXCEPTION_HANDLER, 0, 0, NULL));
    for (size_t i = 0; i < hs->n; i++) {
        int next = new_label(c);
        TRY(compile_star_handler(c, hs->items[i], next));
        place_label(c, next);
    }
    fblock_pop(c);
    emit(c, OP_LIST_APPEND, 1);
    emit(c, OP_PREP_RERAISE_STAR, 0);
    emit(c, OP_DUP_TOP, 0);
    emit_jump(c, OP_POP_JUMP_IF_NONE, done);
    emit(c, OP_RERAISE, 0);
    place_label(c, done);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    place_label(c, end);
    return 0;
}

static int compile_try_any_except(Compiler *c, Stmt *s)
{
    return s->kind == S_TRYSTAR ? compile_try_star_except(c, s) : compile_try_except(c, s);
}

static int compile_try_finally(Compiler *c, Stmt *s)
{
    int final = new_label(c), end = new_label(c);
    StmtList *finalbody = &s->u.try_.finalbody;
    emit_jump(c, OP_SETUP_FINALLY, final);
    TRY(fblock_push(c, FB_FINALLY_TRY, 0, 0, finalbody));
    if (s->u.try_.handlers.n)
        TRY(compile_try_any_except(c, s));
    else
        TRY(compile_body(c, &s->u.try_.body));
    fblock_pop(c);
    emit(c, OP_POP_BLOCK, 0);
    TRY(compile_finally_body(c, finalbody));
    emit_jump(c, OP_JUMP_FORWARD, end);
    place_label(c, final);
    TRY(fblock_push(c, FB_FINALLY_END, 0, 0, NULL));
    TRY(compile_finally_body(c, finalbody));
    fblock_pop(c);
    emit(c, OP_RERAISE, 0);
    place_label(c, end);
    return 0;
}

int compile_try(Compiler *c, Stmt *s)
{
    if (s->u.try_.finalbody.n)
        return compile_try_finally(c, s);
    return compile_try_any_except(c, s);
}

/* ---- with ----------------------------------------------------------------------------- */

/* [exit prev exc] at L_exc: let __exit__ decide, re-raise unless it returns true. */
static void emit_with_except_finish(Compiler *c, bool is_async)
{
    int suppress = new_label(c);
    emit(c, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        emit(c, OP_GET_AWAITABLE, 2);
        emit_none(c);
        emit(c, OP_YIELD_FROM, 0);
    }
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    place_label(c, suppress);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
}

static int compile_with_item(Compiler *c, Stmt *s, size_t item, bool is_async)
{
    WithItem *w = s->u.with.items.items[item];
    int exc = new_label(c), end = new_label(c);
    TRY(compile_expr(c, w->context_expr));
    c->u->loc = s->loc;
    if (is_async) {
        emit(c, OP_BEFORE_ASYNC_WITH, 0);
        emit(c, OP_GET_AWAITABLE, 1);
        emit_none(c);
        emit(c, OP_YIELD_FROM, 0);
        emit_jump(c, OP_SETUP_ASYNC_WITH, exc);
    } else {
        emit_jump(c, OP_SETUP_WITH, exc);
    }
    TRY(fblock_push(c, is_async ? FB_ASYNC_WITH : FB_WITH, 0, 0, NULL));
    if (w->optional_vars)
        TRY(compile_store(c, w->optional_vars));
    else
        emit(c, OP_POP_TOP, 0);
    if (item + 1 < s->u.with.items.n)
        TRY(compile_with_item(c, s, item + 1, is_async));
    else
        TRY(compile_body(c, &s->u.with.body));
    fblock_pop(c);
    c->u->loc = s->loc;
    emit(c, OP_POP_BLOCK, 0);
    emit_with_exit_call(c);
    if (is_async) {
        emit(c, OP_GET_AWAITABLE, 2);
        emit_none(c);
        emit(c, OP_YIELD_FROM, 0);
    }
    emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP_FORWARD, end);
    place_label(c, exc);
    emit_with_except_finish(c, is_async);
    place_label(c, end);
    return 0;
}

int compile_with(Compiler *c, Stmt *s, size_t item)
{
    return compile_with_item(c, s, item, false);
}

int compile_async_with(Compiler *c, Stmt *s, size_t item)
{
    if (c->u->kind != UNIT_ASYNC_FUNCTION)
        return compiler_error(c, s->loc, "'async with' outside async function");
    return compile_with_item(c, s, item, true);
}

/* ---- raise and assert -------------------------------------------------------------------- */

int compile_raise(Compiler *c, Stmt *s)
{
    int n = 0;
    if (s->u.raise.exc) {
        TRY(compile_expr(c, s->u.raise.exc));
        n = 1;
        if (s->u.raise.cause) {
            TRY(compile_expr(c, s->u.raise.cause));
            n = 2;
        }
    }
    c->u->loc = s->loc;
    emit(c, OP_RAISE_VARARGS, n);
    return 0;
}

int compile_assert(Compiler *c, Stmt *s)
{
    check_assert(c, s);
    int end = new_label(c);
    TRY(compile_jump_if(c, s->u.assert_.test, end, true));
    /* as CPython: the raise is located at the test, so a traceback marks it */
    c->u->loc = s->u.assert_.test->loc;
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg) {
        TRY(compile_expr(c, s->u.assert_.msg));
        c->u->loc = s->u.assert_.test->loc;
        emit(c, OP_CALL_FUNCTION, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    place_label(c, end);
    return 0;
}
