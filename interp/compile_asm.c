/* compile_asm.c: turns a unit's symbolic instructions into a CodeObj.
 *
 * Passes, in order: resolve labels; thread jumps whose target is an
 * unconditional jump; drop unreachable instructions, NOPs and jumps to the
 * next instruction (repeated until nothing changes); lay out the words with
 * their inline cache slots; compute the maximum value-stack and block-stack
 * depths by walking every path (a handler is entered with the exception
 * pair pushed, see opcodes.h); fill the line/column tables. */
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"

static bool is_uncond_jump(int op) { return op == OP_JUMP_FORWARD || op == OP_JUMP_ABSOLUTE; }

static int resolve_labels(Compiler *c, Unit *u)
{
    for (size_t i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (!opcode_has_target(in->op))
            continue;
        int pos = u->labels[in->target];
        if (pos < 0 || (size_t)pos >= u->ncode) {
            err_set_str(&Exc_SystemError, "compiler: jump to an unplaced label");
            return -1;
        }
        in->target = pos;
    }
    return 0;
}

static void thread_jumps(Unit *u)
{
    for (size_t i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        if (!opcode_has_target(in->op))
            continue;
        for (int hops = 0; hops < 16 && is_uncond_jump(u->code[in->target].op)
                           && u->code[in->target].target != in->target; hops++)
            in->target = u->code[in->target].target;
    }
}

/* Marks in keep[] the instructions reachable from the entry. */
static void mark_reachable(Unit *u, bool *keep, int *stack)
{
    size_t n = u->ncode, sp = 0;
    memset(keep, 0, n * sizeof(bool));
    keep[0] = true;
    stack[sp++] = 0;
    while (sp) {
        int i = stack[--sp];
        Instr *in = &u->code[i];
        if (opcode_has_target(in->op) && !keep[in->target]) {
            keep[in->target] = true;
            stack[sp++] = in->target;
        }
        if (!opcode_is_terminator(in->op) && (size_t)i + 1 < n && !keep[i + 1]) {
            keep[i + 1] = true;
            stack[sp++] = i + 1;
        }
    }
}

/* Removes instructions not in keep[]; jumps to a removed one go to the next
 * kept one.  Returns true when something was removed. */
static bool compact(Unit *u, const bool *keep, int *map)
{
    size_t n = u->ncode, kept = 0;
    for (size_t i = 0; i < n; i++)
        kept += keep[i];
    if (kept == n)
        return false;
    map[n] = (int)kept;
    for (size_t i = n; i-- > 0;)
        map[i] = keep[i] ? map[i + 1] - 1 : map[i + 1];
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (!keep[i])
            continue;
        Instr in = u->code[i];
        if (opcode_has_target(in.op))
            in.target = map[in.target];
        u->code[w++] = in;
    }
    u->ncode = w;
    return true;
}

static bool drop_useless(Unit *u, bool *keep)
{
    bool any = false;
    for (size_t i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        keep[i] = !(in->op == OP_NOP
                    || (is_uncond_jump(in->op) && (size_t)in->target == i + 1));
        any |= !keep[i];
    }
    return any;
}

static int optimize(Compiler *c, Unit *u)
{
    size_t n = u->ncode;
    bool *keep = malloc((n + 1) * sizeof(bool));
    int *work = malloc((n + 1) * sizeof(int));
    if (!keep || !work) {
        free(keep);
        free(work);
        err_no_memory();
        return -1;
    }
    thread_jumps(u);
    for (int round = 0; round < 8; round++) {
        mark_reachable(u, keep, work);
        bool changed = compact(u, keep, work);
        if (drop_useless(u, keep))
            changed |= compact(u, keep, work);
        if (!changed)
            break;
        thread_jumps(u);
    }
    free(keep);
    free(work);
    return 0;
}

/* ---- stack depth ------------------------------------------------------------------ */

typedef struct DepthState { int *depth, *blocks, *stack; size_t sp; int maxdepth, maxblocks; } DepthState;

static int visit_at(DepthState *ds, int i, int depth, int blocks)
{
    if (depth < 0) {
        err_set_str(&Exc_SystemError, "compiler: stack underflow");
        return -1;
    }
    if (depth > ds->maxdepth)
        ds->maxdepth = depth;
    if (blocks > ds->maxblocks)
        ds->maxblocks = blocks;
    if (ds->depth[i] >= 0) {
        if (ds->depth[i] != depth || ds->blocks[i] != blocks) {
            err_format(&Exc_SystemError, "compiler: inconsistent stack depth at %d (%d/%d vs %d/%d)",
                       i, ds->depth[i], ds->blocks[i], depth, blocks);
            return -1;
        }
        return 0;
    }
    ds->depth[i] = depth;
    ds->blocks[i] = blocks;
    ds->stack[ds->sp++] = i;
    return 0;
}

static int block_effect(int op)
{
    switch (op) {
    case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH: return 1;
    case OP_POP_BLOCK: case OP_POP_EXCEPT: case OP_END_ASYNC_FOR: return -1;
    default: return 0;
    }
}

static int compute_depths(Unit *u, int start, int *maxdepth, int *maxblocks)
{
    size_t n = u->ncode;
    DepthState ds = { malloc(n * sizeof(int)), malloc(n * sizeof(int)),
                      malloc(n * sizeof(int) * 2 + sizeof(int)), 0, start, 0 };
    int r = 0;
    if (!ds.depth || !ds.blocks || !ds.stack) {
        err_no_memory();
        r = -1;
    }
    for (size_t i = 0; r == 0 && i < n; i++)
        ds.depth[i] = -1;
    if (r == 0)
        r = visit_at(&ds, 0, start, 0);
    while (r == 0 && ds.sp) {
        int i = ds.stack[--ds.sp];
        Instr *in = &u->code[i];
        int d = ds.depth[i], b = ds.blocks[i] + block_effect(in->op);
        if (opcode_has_target(in->op))
            r = visit_at(&ds, in->target, d + opcode_stack_effect(in->op, in->arg, true), b);
        if (r == 0 && !opcode_is_terminator(in->op) && (size_t)i + 1 < n)
            r = visit_at(&ds, i + 1, d + opcode_stack_effect(in->op, in->arg, false), b);
    }
    *maxdepth = ds.maxdepth;
    *maxblocks = ds.maxblocks;
    free(ds.depth);
    free(ds.blocks);
    free(ds.stack);
    return r;
}

/* ---- layout ----------------------------------------------------------------------- */

static uint32_t pack_cols(Loc loc)
{
    if (loc.line <= 0 || loc.col < 0)
        return 0;
    unsigned end = loc.end_line == loc.line ? (unsigned)loc.end_col : 0xffffu;
    if (end > 0xffff)
        end = 0xffff;
    unsigned col = loc.col > 0xffff ? 0xffff : (unsigned)loc.col;
    return ((uint32_t)col << 16) | end;
}

static int layout(Unit *u, CodeObj *co)
{
    size_t n = u->ncode, words = 0;
    size_t *off = malloc((n + 1) * sizeof(size_t));
    if (!off) {
        err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        off[i] = words;
        words += 1 + opcode_cache_words[u->code[i].op];
    }
    co->code = calloc(words ? words : 1, sizeof(uint32_t));
    co->lines = calloc(words ? words : 1, sizeof(int));
    co->cols = calloc(words ? words : 1, sizeof(uint32_t));
    if (!co->code || !co->lines || !co->cols) {
        free(off);
        err_no_memory();
        return -1;
    }
    co->ncode = words;
    for (size_t i = 0; i < n; i++) {
        Instr *in = &u->code[i];
        int op = in->op, arg = in->arg;
        if (opcode_has_target(op)) {
            arg = (int)off[in->target];
            if (is_uncond_jump(op))
                op = (size_t)in->target <= i ? OP_JUMP_ABSOLUTE : OP_JUMP_FORWARD;
        }
        co->code[off[i]] = INSTR(op, arg);
        co->lines[off[i]] = in->loc.line;
        co->cols[off[i]] = pack_cols(in->loc);
    }
    free(off);
    return 0;
}

/* ---- the code object -------------------------------------------------------------- */

static Obj *dict_to_tuple(Obj *dict, size_t offset)
{
    Obj *t = tuple_new(dict_size(dict));
    if (!t)
        return NULL;
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(dict, &pos, &k, &v))
        tuple_set(t, (size_t)small_value(v) - offset, NEWREF(k));
    return t;
}

static uint32_t code_flags(Compiler *c, Unit *u)
{
    Scope *ste = u->ste;
    uint32_t f = 0;
    if (ste->type == BLOCK_FUNCTION) {
        f |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (ste->nested) f |= CO_NESTED;
        if (ste->varargs) f |= CO_VARARGS;
        if (ste->varkeywords) f |= CO_VARKEYWORDS;
        if (ste->generator && ste->coroutine) f |= CO_ASYNC_GENERATOR;
        else if (ste->generator) f |= CO_GENERATOR;
        else if (ste->coroutine) f |= CO_COROUTINE;
    }
    return f | c->future_flags;
}

static int fill_cell2arg(Unit *u, CodeObj *co)
{
    size_t ncells = tuple_size(co->cellvars);
    int *map = NULL;
    for (size_t i = 0; i < ncells; i++) {
        Obj *idx = dict_get_str(u->varnames, tuple_get(co->cellvars, i));
        if (!idx || small_value(idx) >= co->argcount + co->kwonlyargcount
                      + ((co->flags & CO_VARARGS) != 0) + ((co->flags & CO_VARKEYWORDS) != 0))
            continue;
        if (!map) {
            map = malloc(ncells * sizeof(int));
            if (!map) {
                err_no_memory();
                return -1;
            }
            for (size_t k = 0; k < ncells; k++)
                map[k] = -1;
        }
        map[i] = (int)small_value(idx);
    }
    co->cell2arg = map;
    return 0;
}

static int fill_tables(Compiler *c, Unit *u, CodeObj *co)
{
    co->consts = list_as_tuple(u->consts);
    co->names = dict_to_tuple(u->names, 0);
    co->varnames = dict_to_tuple(u->varnames, 0);
    co->cellvars = dict_to_tuple(u->cellvars, 0);
    co->freevars = dict_to_tuple(u->freevars, 0);
    if (!co->consts || !co->names || !co->varnames || !co->cellvars || !co->freevars)
        return -1;
    co->nlocals = (int)tuple_size(co->varnames);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->flags = code_flags(c, u);
    co->firstlineno = u->firstlineno;
    co->filename = NULL;
    co->name = NEWREF(u->name);
    co->qualname = NEWREF(u->qualname);
    return fill_cell2arg(u, co);
}

CodeObj *assemble(Compiler *c)
{
    Unit *u = c->u;
    if (u->ncode == 0 || resolve_labels(c, u) < 0 || optimize(c, u) < 0)
        goto fail;
    CodeObj *co = code_new();
    if (!co)
        goto fail;
    int start = (u->ste->generator || u->ste->coroutine) && u->ste->type == BLOCK_FUNCTION;
    if (compute_depths(u, start, &co->stacksize, &co->maxblocks) < 0
        || layout(u, co) < 0 || fill_tables(c, u, co) < 0) {
        DECREF((Obj *)co);
        goto fail;
    }
    co->filename = NEWREF(c->filename);
    return co;
fail:
    c->failed = true;
    return NULL;
}
