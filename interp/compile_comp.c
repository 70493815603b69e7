/* compile_comp.c: list, set and dict comprehensions and generator
 * expressions, compiled as CPython 3.11 does: a nested function whose only
 * parameter `.0` is the iterator of the first `for` (evaluated in the
 * enclosing scope), called at once.  The function builds the list/set/dict
 * and returns it, or, for a generator expression, yields each element.
 * Async comprehensions loop with GET_ANEXT/END_ASYNC_FOR. */
#include "compile.h"
#include "err.h"

typedef struct CompSpec {
    CompKind kind;
    Expr *elt, *val;          /* val: dict value */
    ComprehensionList *gens;
} CompSpec;

static int comp_generator(Compiler *c, CompSpec *cs, size_t index, int depth);

/* The innermost action: add the element to the result, or yield it. */
static int comp_element(Compiler *c, CompSpec *cs, int depth)
{
    switch (cs->kind) {
    case COMP_GEN:
        TRY(compile_expr(c, cs->elt));
        emit(c, OP_YIELD_VALUE, 0);
        emit(c, OP_POP_TOP, 0);
        return 0;
    case COMP_LIST:
        TRY(compile_expr(c, cs->elt));
        emit(c, OP_LIST_APPEND, depth + 1);
        return 0;
    case COMP_SET:
        TRY(compile_expr(c, cs->elt));
        emit(c, OP_SET_ADD, depth + 1);
        return 0;
    default:
        TRY(compile_expr(c, cs->elt));
        TRY(compile_expr(c, cs->val));
        emit(c, OP_MAP_ADD, depth + 1);
        return 0;
    }
}

/* The conditions, then the next `for` or the element. */
static int comp_inner(Compiler *c, CompSpec *cs, Comprehension *gen, size_t index, int depth,
                      int if_cleanup)
{
    for (size_t i = 0; i < gen->ifs.n; i++)
        TRY(compile_jump_if(c, gen->ifs.items[i], if_cleanup, false));
    if (index + 1 < cs->gens->n)
        return comp_generator(c, cs, index + 1, depth);
    return comp_element(c, cs, depth);
}

/* `for y in [expr]` binds y once: no loop (CPython's idiom fast path). */
static Expr *single_item(Expr *iter)
{
    if ((iter->kind != E_LIST && iter->kind != E_TUPLE) || iter->u.list.elts.n != 1)
        return NULL;
    Expr *only = iter->u.list.elts.items[0];
    return only->kind == E_STARRED ? NULL : only;
}

static int sync_generator(Compiler *c, CompSpec *cs, size_t index, int depth)
{
    Comprehension *gen = cs->gens->items[index];
    int start = -1, anchor = -1, if_cleanup = new_label(c);
    Expr *item = NULL;
    if (index == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else if ((item = single_item(gen->iter)) != NULL) {
        TRY(compile_expr(c, item));
    } else {
        TRY(compile_expr(c, gen->iter));
        emit(c, OP_GET_ITER, 0);
    }
    if (!item) {
        start = new_label(c);
        anchor = new_label(c);
        depth++;
        place_label(c, start);
        emit_jump(c, OP_FOR_ITER, anchor);
    }
    TRY(compile_store(c, gen->target));
    TRY(comp_inner(c, cs, gen, index, depth, if_cleanup));
    place_label(c, if_cleanup);
    if (!item) {
        emit_jump(c, OP_JUMP_ABSOLUTE, start);
        place_label(c, anchor);
    }
    return 0;
}

static int async_generator(Compiler *c, CompSpec *cs, size_t index, int depth)
{
    Comprehension *gen = cs->gens->items[index];
    int start = new_label(c), except = new_label(c), if_cleanup = new_label(c);
    if (index == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        TRY(compile_expr(c, gen->iter));
        emit(c, OP_GET_AITER, 0);
    }
    place_label(c, start);
    emit_jump(c, OP_SETUP_FINALLY, except);
    emit(c, OP_GET_ANEXT, 0);
    emit_none(c);
    emit(c, OP_YIELD_FROM, 0);
    emit(c, OP_POP_BLOCK, 0);
    TRY(compile_store(c, gen->target));
    TRY(comp_inner(c, cs, gen, index, depth + 1, if_cleanup));
    place_label(c, if_cleanup);
    emit_jump(c, OP_JUMP_ABSOLUTE, start);
    place_label(c, except);
    emit(c, OP_END_ASYNC_FOR, 0);
    return 0;
}

static int comp_generator(Compiler *c, CompSpec *cs, size_t index, int depth)
{
    if (cs->gens->items[index]->is_async)
        return async_generator(c, cs, index, depth);
    return sync_generator(c, cs, index, depth);
}

static const char *comp_unit_name(CompKind k)
{
    switch (k) {
    case COMP_LIST: return "<listcomp>";
    case COMP_SET: return "<setcomp>";
    case COMP_DICT: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static CompKind comp_kind(ExprKind k)
{
    switch (k) {
    case E_LISTCOMP: return COMP_LIST;
    case E_SETCOMP: return COMP_SET;
    case E_DICTCOMP: return COMP_DICT;
    default: return COMP_GEN;
    }
}

int compile_comprehension(Compiler *c, Expr *e)
{
    CompSpec cs = { comp_kind(e->kind), NULL, NULL, &e->u.comp.generators };
    if (cs.kind == COMP_DICT)
        cs.elt = e->u.comp.key, cs.val = e->u.comp.value;
    else
        cs.elt = e->u.comp.elt;
    Comprehension *outermost = cs.gens->items[0];
    UnitKind outer_kind = c->u->kind;
    TRY(enter_scope(c, e, UNIT_COMPREHENSION, comp_unit_name(cs.kind), e->loc.line));
    bool is_async = c->u->ste->coroutine && cs.kind != COMP_GEN;
    if (is_async && outer_kind != UNIT_ASYNC_FUNCTION && outer_kind != UNIT_COMPREHENSION)
        return compiler_error(c, e->loc,
                              "asynchronous comprehension outside of an asynchronous function");
    c->u->loc = e->loc;
    c->u->argcount = 1;
    static const uint8_t build[] = { [COMP_LIST] = OP_BUILD_LIST, [COMP_SET] = OP_BUILD_SET,
                                     [COMP_DICT] = OP_BUILD_MAP };
    if (cs.kind != COMP_GEN)
        emit(c, build[cs.kind], 0);
    TRY(comp_generator(c, &cs, 0, 0));
    c->u->loc = e->loc;
    if (cs.kind == COMP_GEN)
        emit_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    CodeObj *co = leave_scope(c);
    if (!co)
        return -1;
    TRY(make_closure(c, co, 0));
    TRY(compile_expr(c, outermost->iter));
    c->u->loc = e->loc;
    emit(c, outermost->is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    emit(c, OP_CALL_FUNCTION, 1);
    if (is_async) {
        emit(c, OP_GET_AWAITABLE, 0);
        emit_none(c);
        emit(c, OP_YIELD_FROM, 0);
    }
    return c->failed ? -1 : 0;
}
