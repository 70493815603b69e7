/* compile_dis.c: a textual disassembly of code objects, for the compiler's
 * unit tests and for debugging (GILPY_DIS=1 in the environment prints every
 * compiled module to stderr).  One line per instruction:
 *     "  12 L3 LOAD_CONST 0 (None)"
 * (word offset, source line, name, argument and what the argument means),
 * nested code objects following their parent. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"

typedef struct Out { char *buf; size_t len, cap; bool failed; } Out;

static void out_printf(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || o->failed)
        return;
    if (o->len + (size_t)n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        while (cap < o->len + (size_t)n + 1)
            cap *= 2;
        char *b = realloc(o->buf, cap);
        if (!b) {
            o->failed = true;
            return;
        }
        o->buf = b;
        o->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
    va_end(ap);
    o->len += (size_t)n;
}

/* repr() of a constant, or a placeholder when repr fails. */
static void out_repr(Out *o, Obj *v)
{
    if (is_code(v)) {
        out_printf(o, "<code %s>", str_data(((CodeObj *)v)->qualname));
        return;
    }
    Obj *r = obj_repr(v);
    if (!r) {
        err_clear();
        out_printf(o, "<%s>", TYPE(v)->name);
        return;
    }
    out_printf(o, "%s", str_data(r));
    DECREF(r);
}

static Obj *item_or_null(Obj *tuple, size_t i)
{
    return tuple && i < tuple_size(tuple) ? tuple_get(tuple, i) : NULL;
}

typedef enum ArgKind { ARG_PLAIN, ARG_CONST, ARG_FAST, ARG_CELL, ARG_NAME } ArgKind;

static ArgKind arg_kind(int op)
{
    switch (op) {
    case OP_LOAD_CONST:
        return ARG_CONST;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        return ARG_FAST;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        return ARG_CELL;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
    case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        return ARG_NAME;
    default:
        return ARG_PLAIN;
    }
}

static void out_arg_meaning(Out *o, const CodeObj *co, int op, unsigned arg)
{
    Obj *v = NULL;
    size_t ncells = tuple_size(co->cellvars);
    switch (arg_kind(op)) {
    case ARG_CONST:
        v = item_or_null(co->consts, arg);
        if (v) {
            out_printf(o, " (");
            out_repr(o, v);
            out_printf(o, ")");
        }
        return;
    case ARG_FAST: v = item_or_null(co->varnames, arg); break;
    case ARG_CELL:
        v = arg < ncells ? item_or_null(co->cellvars, arg) : item_or_null(co->freevars, arg - ncells);
        break;
    case ARG_NAME: v = item_or_null(co->names, arg); break;
    case ARG_PLAIN: return;
    }
    if (v)
        out_printf(o, " (%s)", str_data(v));
}

/* The opcode table's comments start with "arg" exactly when the argument
 * means something. */
static const char *const opcode_docs[OPCODE_COUNT] = {
#define X(name, cache, doc) doc,
    OPCODE_TABLE(X)
#undef X
};

static void dis_one(Out *o, const CodeObj *co)
{
    out_printf(o, "code %s argcount=%d posonly=%d kwonly=%d nlocals=%d stacksize=%d "
               "flags=0x%x firstlineno=%d\n", str_data(co->qualname), co->argcount,
               co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->stacksize,
               (unsigned)co->flags, co->firstlineno);
    for (size_t i = 0; i < co->ncode;) {
        uint32_t w = co->code[i];
        int op = (int)INSTR_OP(w);
        if (op >= OPCODE_COUNT) {
            out_printf(o, "%4zu ?? %u\n", i, (unsigned)w);
            i++;
            continue;
        }
        out_printf(o, "%4zu L%d %s", i, co->lines[i], opcode_names[op]);
        if (strncmp(opcode_docs[op], "arg", 3) == 0 || INSTR_ARG(w) || arg_kind(op) != ARG_PLAIN)
            out_printf(o, " %u", (unsigned)INSTR_ARG(w));
        out_arg_meaning(o, co, op, INSTR_ARG(w));
        out_printf(o, "\n");
        i += 1 + opcode_cache_words[op];
    }
    for (size_t k = 0; k < tuple_size(co->consts); k++) {
        Obj *v = tuple_get(co->consts, k);
        if (is_code(v))
            dis_one(o, (CodeObj *)v);
    }
}

char *code_disassemble(const CodeObj *co)
{
    Out o = { NULL, 0, 0, false };
    dis_one(&o, co);
    if (o.failed) {
        free(o.buf);
        return NULL;
    }
    return o.buf;
}
