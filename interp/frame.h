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
    Obj *localsplus[];       /* nlocals + ncells + nfree, then the stack */
} Frame;

/* The interp-side part of a ThreadState (ThreadState.interp). */
typedef struct ArenaChunk ArenaChunk;
typedef struct VMThread {
    Frame *current;          /* innermost running frame */
    ArenaChunk *chunk;       /* chunk holding the top of the arena */
    char *top;               /* first free byte in `chunk` */
    ArenaChunk *spare;       /* one emptied chunk kept for reuse */
} VMThread;

static inline Obj **frame_cells(Frame *f) { return f->localsplus + f->code->nlocals; }
static inline size_t code_ncells(const CodeObj *co) { return co->cellvars ? tuple_size(co->cellvars) : 0; }
static inline size_t code_nfree(const CodeObj *co) { return co->freevars ? tuple_size(co->freevars) : 0; }

/* The VMThread of ts, made on first use (NULL with MemoryError). */
VMThread *vm_thread(ThreadState *ts);
void vm_thread_free(ThreadState *ts);

/* Pushes a frame for `code` with every local slot NULL.  func (stolen) may
 * be NULL; globals is borrowed unless func is NULL (then a reference is
 * taken); locals (a new reference is taken) may be NULL. */
Frame *frame_push(VMThread *vt, CodeObj *code, Obj *func, Obj *globals,
                  Obj *builtins, Obj *locals);
/* Releases everything the frame holds and gives its memory back. */
void frame_pop(VMThread *vt, Frame *f);
/* The source line the frame is executing. */
int frame_lineno(const Frame *f);

#endif
