/* frame.c: frames and the per-thread stack arena they are carved from.
 *
 * The arena is a list of large chunks used as a stack: pushing a frame bumps
 * `top`, popping moves it back (both inline in frame.h; this file holds the
 * chunk changes and the frame layout).  A chunk is only malloc'd when a frame does
 * not fit in the current one, and one emptied chunk is kept as a spare so a
 * call depth oscillating across a chunk boundary does not malloc each time.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "frame.h"
#include "err.h"
#include "dict.h"

enum { CHUNK_BYTES = 256 * 1024, C_STACK_MARGIN = 1024 * 1024 };

struct ArenaChunk {
    ArenaChunk *prev;
    char *prev_top;          /* `top` of prev when this chunk was entered */
    char *end;
    _Alignas(16) char data[];
};

/* The lowest safe C stack address of the calling thread: its stack's end
 * plus a margin for the C code a Python call may still run. */
static char *c_stack_limit(void) {
    pthread_attr_t attr;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return NULL;
    int rc = pthread_attr_getstack(&attr, &lo, &size);
    pthread_attr_destroy(&attr);
    if (rc != 0 || lo == NULL) return NULL;
    size_t margin = size / 4 < C_STACK_MARGIN ? size / 4 : C_STACK_MARGIN;
    return (char *)lo + margin;
}

VMThread *vm_thread(ThreadState *ts) {
    if (ts->interp == NULL) {
        VMThread *vt = calloc(1, sizeof(VMThread));
        if (vt == NULL) {
            err_no_memory();
            return NULL;
        }
        vt->stack_limit = c_stack_limit();
        ts->interp = vt;
        tstate_link(ts);   /* made by its own thread: for sys._current_frames */
    }
    return ts->interp;
}

void vm_thread_free(ThreadState *ts) {
    VMThread *vt = ts->interp;
    if (vt == NULL) return;
    tstate_unlink(ts);
    while (vt->chunk != NULL) {
        ArenaChunk *prev = vt->chunk->prev;
        free(vt->chunk);
        vt->chunk = prev;
    }
    free(vt->spare);
    free(vt);
    ts->interp = NULL;
}

Frame *frame_alloc_slow(VMThread *vt, size_t size) {
    size_t bytes = size + sizeof(ArenaChunk) > CHUNK_BYTES ? size + sizeof(ArenaChunk) : CHUNK_BYTES;
    ArenaChunk *c = NULL;
    if (vt->spare != NULL && (size_t)(vt->spare->end - (char *)vt->spare) >= bytes) {
        c = vt->spare;
        vt->spare = NULL;
    } else {
        c = malloc(bytes);
        if (c == NULL) {
            err_no_memory();
            return NULL;
        }
        c->end = (char *)c + bytes;
    }
    c->prev = vt->chunk;
    c->prev_top = vt->top;
    vt->chunk = c;
    vt->chunk_data = c->data;
    vt->limit = c->end;
    vt->top = c->data + size;
    return (Frame *)c->data;
}

/* The frame at the start of the current chunk was popped: return to the
 * previous chunk, keeping this one as the spare. */
void frame_release_chunk(VMThread *vt) {
    ArenaChunk *c = vt->chunk;
    vt->chunk = c->prev;
    vt->top = c->prev_top;
    vt->chunk_data = vt->chunk ? vt->chunk->data : NULL;
    vt->limit = vt->chunk ? vt->chunk->end : NULL;
    if (vt->spare == NULL) vt->spare = c;
    else free(c);
}

void code_layout_init(CodeLayout *l, const CodeObj *co) {
    size_t nplus = (size_t)co->nlocals + code_ncells(co) + code_nfree(co);
    size_t bytes = sizeof(Frame) + (nplus + (size_t)co->stacksize) * sizeof(Obj *) +
                   (size_t)co->maxblocks * sizeof(Block);
    l->nplus = nplus;
    l->frame_bytes = (bytes + 15) & ~(size_t)15;
}

Frame *frame_new_heap(CodeObj *code, Obj *func, Obj *globals, Obj *builtins) {
    Frame *f = malloc(code_layout(code)->frame_bytes);
    if (f == NULL) {
        XDECREF(func);
        err_no_memory();
        return NULL;
    }
    frame_init(f, code, func, globals, builtins, NULL);
    return f;
}

void frame_free_heap(Frame *f) {
    CodeObj *co = f->code;
    frame_clear(f);
    free(f);
    DECREF((Obj *)co);
}

int frame_lineno(const Frame *f) {
    return code_line_at(f->code, (size_t)(f->instr - f->code->code));
}
