/* code_positions.c: code.co_positions(), an iterator giving one
 * (line, end_line, col, end_col) tuple per instruction word, as CPython
 * gives one per code unit (tb_lasti // 2 indexes it).
 *
 * Cache words report the position of the instruction they belong to.
 * gilpy keeps no end line: an instruction that continues on a later line
 * (end column 0xffff in code.h's packing) reports end_line = line + 1 and
 * end_col = 0; unknown columns are None. */
#include "code.h"
#include "args.h"
#include "err.h"
#include "tuple.h"

typedef struct PositionsIterObj {
    Obj ob;
    CodeObj *code;
    size_t next;             /* the word whose position comes next */
} PositionsIterObj;

static void positions_dealloc(Obj *o) {
    DECREF((Obj *)((PositionsIterObj *)o)->code);
    obj_free(o);
}

static Obj *positions_self(Obj *o) { return NEWREF(o); }

Obj *code_position_at(const CodeObj *co, size_t i) {
    if (co->lines == NULL || i >= co->ncode) return tuple_pack(4, NONE, NONE, NONE, NONE);
    while (i > 0 && co->lines[i] <= 0) i--;      /* a cache word: its instruction */
    int line = co->lines[i];
    if (line <= 0) return tuple_pack(4, NONE, NONE, NONE, NONE);
    uint32_t cols = co->cols ? co->cols[i] : 0;
    Obj *l = small_new(line);
    if (cols == 0) return tuple_pack(4, l, l, NONE, NONE);
    Obj *col = small_new((intptr_t)(cols >> 16));
    if ((cols & 0xffff) == 0xffff) return tuple_pack(4, l, small_new(line + 1), col, small_new(0));
    return tuple_pack(4, l, l, col, small_new((intptr_t)(cols & 0xffff)));
}

static Obj *positions_next(Obj *o) {
    PositionsIterObj *it = (PositionsIterObj *)o;
    if (it->next >= it->code->ncode) return NULL;
    return code_position_at(it->code, it->next++);
}

static Type PositionsIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "positions_iterator",
    .size = sizeof(PositionsIterObj),
    .base = &ObjectType,
    .dealloc = positions_dealloc,
    .iter = positions_self,
    .iternext = positions_next,
};

static Obj *code_co_positions(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)args;
    if (args_no_kwargs("co_positions", kwnames) < 0 || args_count("co_positions", nargs, 0, 0) < 0)
        return NULL;
    static bool ready;
    if (!ready) {
        if (type_ready(&PositionsIterType) < 0) return NULL;
        ready = true;
    }
    PositionsIterObj *it = (PositionsIterObj *)obj_alloc(&PositionsIterType, sizeof(PositionsIterObj));
    if (it == NULL) return NULL;
    it->code = (CodeObj *)NEWREF(self);
    it->next = 0;
    return (Obj *)it;
}

const MethodDef code_methods[] = {
    {"co_positions", code_co_positions, 0},
    {NULL},
};
