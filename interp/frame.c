/* frame.c: frames and the per-thread stack arena they are carved from.
 *
 * The arena is a list of large chunks used as a stack: pushing a frame bumps
 * `top`, popping moves it back.  A chunk is only malloc'd when a frame does
 * not fit in the current one, and one emptied chunk is kept as a spare so a
 * call depth oscillating across a chunk boundary does not malloc each time.
 */
#include <stdlib.h>
#include <string.h>
#include "frame.h"
#include "err.h"
#include "dict.h"

enum { CHUNK_BYTES = 256 * 1024 };

struct ArenaChunk {
    ArenaChunk *prev;
    char *prev_top;          /* `top` of prev when this chunk was entered */
    char *end;
    _Alignas(16) char data[];
};

VMThread *vm_thread(ThreadState *ts) {
    if (ts->interp == NULL) {
        ts->interp = calloc(1, sizeof(VMThread));
        if (ts->interp == NULL) err_no_memory();
    }
    return ts->interp;
}

void vm_thread_free(ThreadState *ts) {
    VMThread *vt = ts->interp;
    if (vt == NULL) return;
    while (vt->chunk != NULL) {
        ArenaChunk *prev = vt->chunk->prev;
        free(vt->chunk);
        vt->chunk = prev;
    }
    free(vt->spare);
    free(vt);
    ts->interp = NULL;
}

/* Moves the arena to a fresh chunk able to hold `size` bytes. */
static int arena_grow(VMThread *vt, size_t size) {
    size_t bytes = size + sizeof(ArenaChunk) > CHUNK_BYTES ? size + sizeof(ArenaChunk) : CHUNK_BYTES;
    ArenaChunk *c = NULL;
    if (vt->spare != NULL && (size_t)(vt->spare->end - (char *)vt->spare) >= bytes) {
        c = vt->spare;
        vt->spare = NULL;
    } else {
        c = malloc(bytes);
        if (c == NULL) {
            err_no_memory();
            return -1;
        }
        c->end = (char *)c + bytes;
    }
    c->prev = vt->chunk;
    c->prev_top = vt->top;
    vt->chunk = c;
    vt->top = c->data;
    return 0;
}

static size_t frame_bytes(const CodeObj *co) {
    size_t nslots = (size_t)co->nlocals + code_ncells(co) +
                    code_nfree(co) + (size_t)co->stacksize;
    size_t bytes = sizeof(Frame) + nslots * sizeof(Obj *) + (size_t)co->maxblocks * sizeof(Block);
    return (bytes + 15) & ~(size_t)15;
}

Frame *frame_push(VMThread *vt, CodeObj *code, Obj *func, Obj *globals,
                  Obj *builtins, Obj *locals) {
    size_t bytes = frame_bytes(code);
    if (vt->chunk == NULL || (size_t)(vt->chunk->end - vt->top) < bytes) {
        if (arena_grow(vt, bytes) < 0) {
            XDECREF(func);
            return NULL;
        }
    }
    Frame *f = (Frame *)vt->top;
    vt->top += bytes;
    size_t nplus = (size_t)code->nlocals + code_ncells(code) +
                   code_nfree(code);
    memset(f->localsplus, 0, nplus * sizeof(Obj *));
    INCREF((Obj *)code);
    f->code = code;
    f->func = func;
    f->globals = globals;
    if (func == NULL) INCREF(globals);
    f->builtins = builtins;
    f->locals = locals;
    XINCREF(locals);
    f->ip = f->instr = code->code;
    f->stack = f->sp = f->localsplus + nplus;
    f->blocks = (Block *)(f->stack + code->stacksize);
    f->nblocks = 0;
    f->is_entry = false;
    f->back = vt->current;
    return f;
}

void frame_pop(VMThread *vt, Frame *f) {
    CodeObj *co = f->code;
    Obj **end = f->stack;
    for (Obj **p = f->localsplus; p < end; p++) XDECREF(*p);
    for (Obj **p = f->stack; p < f->sp; p++) XDECREF(*p);
    if (f->func == NULL) DECREF(f->globals);
    else DECREF(f->func);
    XDECREF(f->locals);
    ArenaChunk *c = vt->chunk;
    if ((char *)f == c->data) {
        /* the chunk is empty again: return to the previous one */
        vt->chunk = c->prev;
        vt->top = c->prev_top;
        if (vt->spare == NULL) vt->spare = c;
        else free(c);
    } else {
        vt->top = (char *)f;
    }
    DECREF((Obj *)co);
}

int frame_lineno(const Frame *f) {
    return code_line_at(f->code, (size_t)(f->instr - f->code->code));
}
