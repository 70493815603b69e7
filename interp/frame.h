/* frame.h: execution frames of Python code and the per-thread stack arena
 * they live in.
 *
 * A frame is carved from its thread's arena by a bump pointer and released in
 * LIFO order, so a Python call costs no malloc.  One allocation holds the
 * header, then `localsplus` (fast locals, cells of cellvars, cells of
 * freevars), then the value stack, then the block stack.
 */
#ifndef GILPY_FRAME_H
#define GILPY_FRAME_H

#include "object.h"
#include "code.h"
#include "tstate.h"
#include "tuple.h"

enum BlockKind { BLOCK_FINALLY, BLOCK_EXCEPT_HANDLER };

typedef struct Block {
    int kind;                /* BlockKind */
    int handler;             /* instruction index of the handler */
    int level;               /* value-stack depth when the block was pushed */
} Block;

typedef struct Frame {
    struct Frame *back;      /* the caller, or NULL */
    CodeObj *code;           /* owned */
    Obj *func;               /* owned FunctionObj, or NULL for module/class code */
    Obj *globals;            /* borrowed from func or owned when func is NULL */
    Obj *builtins;           /* borrowed dict */
    Obj *locals;             /* owned mapping for module/class bodies, else NULL */
    const uint32_t *ip;      /* next instruction to run */
    const uint32_t *instr;   /* the instruction being run (for tracebacks) */
    Obj **stack;             /* value stack base */
    Obj **sp;                /* saved stack top while a callee runs */
    Block *blocks;
    int nblocks;
    bool is_entry;           /* returning from it returns from the C eval call */
    bool gen_throw;          /* resume by raising the current exception (throw()) */
    Obj *gen;                /* the generator owning this heap frame (borrowed), or NULL */
    Obj *localsplus[];       /* nlocals + ncells + nfree, then the stack */
} Frame;

/* The interp-side part of a ThreadState (ThreadState.interp). */
typedef struct ArenaChunk ArenaChunk;
typedef struct VMThread {
    Frame *current;          /* innermost running frame */
    ArenaChunk *chunk;       /* chunk holding the top of the arena */
    char *top;               /* first free byte in `chunk` */
    char *limit;             /* end of `chunk` (NULL before the first) */
    char *chunk_data;        /* first frame byte of `chunk` */
    ArenaChunk *spare;       /* one emptied chunk kept for reuse */
    char *stack_limit;       /* C stack addresses below this are too deep (NULL: unknown) */
} VMThread;

/* What the VM works out once per code object (vm_prepare_code) and keeps at
 * the start of CodeObj.vm_cache, so pushing a frame computes nothing. */
typedef struct CodeLayout {
    size_t frame_bytes;      /* header + localsplus + stack + blocks, rounded */
    size_t nplus;            /* nlocals + ncells + nfree */
} CodeLayout;
static inline const CodeLayout *code_layout(const CodeObj *co) { return (const CodeLayout *)co->vm_cache; }
/* Fills a layout for co (called by vm_prepare_code). */
void code_layout_init(CodeLayout *l, const CodeObj *co);

static inline Obj **frame_cells(Frame *f) { return f->localsplus + f->code->nlocals; }
static inline size_t code_ncells(const CodeObj *co) { return co->cellvars ? tuple_size(co->cellvars) : 0; }
static inline size_t code_nfree(const CodeObj *co) { return co->freevars ? tuple_size(co->freevars) : 0; }

/* The VMThread of ts, made on first use (NULL with MemoryError). */
VMThread *vm_thread(ThreadState *ts);
void vm_thread_free(ThreadState *ts);

/* Slow paths of frame_push/frame_pop: moving to another chunk. */
Frame *frame_alloc_slow(VMThread *vt, size_t bytes);
void frame_release_chunk(VMThread *vt);

/* Fills a fresh frame for `code` (prepared by the VM: it has a
 * CodeLayout) with every local slot NULL.  func (stolen) may be NULL;
 * globals is borrowed unless func is NULL (then a reference is taken);
 * locals (a new reference is taken) may be NULL. */
static inline void frame_init(Frame *f, CodeObj *code, Obj *func, Obj *globals,
                              Obj *builtins, Obj *locals) {
    size_t nplus = code_layout(code)->nplus;
    /* volatile: a few stores, not a call to memset */
    for (size_t i = 0; i < nplus; i++) ((Obj *volatile *)f->localsplus)[i] = NULL;
    INCREF((Obj *)code);
    f->code = code;
    f->func = func;
    f->globals = globals;
    if (func == NULL) INCREF(globals);
    f->builtins = builtins;
    f->locals = locals;
    if (locals) INCREF(locals);
    f->ip = f->instr = code->code;
    f->stack = f->sp = f->localsplus + nplus;
    f->blocks = (Block *)(f->stack + code->stacksize);
    f->nblocks = 0;
    f->is_entry = false;
    f->gen_throw = false;
    f->gen = NULL;
    f->back = NULL;
}

/* Pushes a frame for `code` on the thread's arena (see frame_init). */
static inline Frame *frame_push(VMThread *vt, CodeObj *code, Obj *func, Obj *globals,
                                Obj *builtins, Obj *locals) {
    size_t bytes = code_layout(code)->frame_bytes;
    Frame *f;
    if (__builtin_expect((size_t)(vt->limit - vt->top) >= bytes, 1)) {
        f = (Frame *)vt->top;
        vt->top += bytes;
    } else if ((f = frame_alloc_slow(vt, bytes)) == NULL) {
        XDECREF(func);
        return NULL;
    }
    frame_init(f, code, func, globals, builtins, locals);
    f->back = vt->current;
    return f;
}

/* A frame outside the arena, for a generator (see frame_init); freed with
 * frame_free_heap. */
Frame *frame_new_heap(CodeObj *code, Obj *func, Obj *globals, Obj *builtins);
/* Releases what the frame holds (up to f->sp) and frees it. */
void frame_free_heap(Frame *f);

/* Releases the references a frame holds (locals, cells, the value stack up
 * to f->sp, function, namespaces) but not its code. */
static inline void frame_clear(Frame *f) {
    for (Obj **p = f->localsplus; p < f->sp; p++) XDECREF(*p);
    f->sp = f->localsplus;
    if (f->func == NULL) DECREF(f->globals);
    else DECREF(f->func);
    if (f->locals) DECREF(f->locals);
}

/* Releases everything the frame holds and gives its arena memory back. */
static inline void frame_pop(VMThread *vt, Frame *f) {
    CodeObj *co = f->code;
    frame_clear(f);
    if (__builtin_expect((char *)f == vt->chunk_data, 0)) frame_release_chunk(vt);
    else vt->top = (char *)f;
    DECREF((Obj *)co);
}

/* The source line the frame is executing. */
int frame_lineno(const Frame *f);

#endif
