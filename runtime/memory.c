/* memory.c: object allocation and deallocation.
 *
 * Small objects (most ints, floats, tuples, bound methods, frames' helpers)
 * come from per-size-class free lists carved out of large arenas: a freed
 * block is pushed on its class's list and the next allocation of that class
 * pops it, which is much cheaper than malloc/free.  Every block carries an
 * 8-byte prefix holding its size class, so obj_free() needs no size argument
 * and large objects (class LARGE_CLASS) go straight to malloc/free.
 *
 * The free lists are process-wide and unsynchronised: only the GIL holder
 * allocates or frees objects (DESIGN.md §2, §5).  Under AddressSanitizer the
 * lists are bypassed so use-after-free stays detectable.
 */
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "err.h"

#if defined(__SANITIZE_ADDRESS__)
#define USE_FREELISTS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define USE_FREELISTS 0
#endif
#endif
#ifndef USE_FREELISTS
#define USE_FREELISTS 1
#endif

enum {
    PREFIX = OBJ_ALLOC_PREFIX,   /* keeps objects 16-byte aligned like malloc */
    CLASS_STEP = 16,
    NCLASSES = 32,               /* blocks of up to 512 bytes, prefix included */
    LARGE_CLASS = 0xff,
    ARENA_BYTES = 256 * 1024,
};

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

static FreeBlock *free_lists[NCLASSES];
static char *arena_next, *arena_end;   /* the unused tail of the current arena */

/* Carves a fresh block of class `cls` from the arena, starting a new one when
 * the tail is too short (the tail is simply abandoned: at most 512 bytes). */
static void *arena_carve(size_t cls) {
    size_t bytes = (cls + 1) * CLASS_STEP;
    if (arena_next == NULL || (size_t)(arena_end - arena_next) < bytes) {
        char *arena = malloc(ARENA_BYTES);
        if (arena == NULL) return NULL;
        arena_next = arena;
        arena_end = arena + ARENA_BYTES;
    }
    void *p = arena_next;
    arena_next += bytes;
    return p;
}

static void *block_alloc(size_t total) {
    size_t cls = (total - 1) / CLASS_STEP;
    unsigned char *p;
    if (USE_FREELISTS && cls < NCLASSES) {
        FreeBlock *b = free_lists[cls];
        if (b != NULL) {
            free_lists[cls] = b->next;
            p = (unsigned char *)b;
        } else if ((p = arena_carve(cls)) == NULL) {
            return NULL;
        }
    } else {
        if ((p = malloc(total)) == NULL) return NULL;
        cls = LARGE_CLASS;
    }
    p[0] = (unsigned char)cls;
    p[1] = 0;                          /* the object's flags (obj_flag_byte) */
    return p + PREFIX;
}

Obj *obj_alloc(Type *type, size_t size) {
    return obj_alloc_partly_zeroed(type, size, size);
}

Obj *obj_alloc_partly_zeroed(Type *type, size_t head, size_t size) {
    if (size < sizeof(Obj)) size = sizeof(Obj);
    if (head < sizeof(Obj)) head = sizeof(Obj);
    unsigned char *mem = block_alloc(size + PREFIX);
    if (mem == NULL) {
        err_no_memory();
        return NULL;
    }
    memset(mem, 0, head < size ? head : size);
    Obj *o = (Obj *)mem;
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TF_HEAPTYPE) INCREF((Obj *)type);   /* the instance keeps its class alive */
    return o;
}

void obj_free(Obj *o) {
    if (o == NULL) return;
    unsigned char *p = (unsigned char *)o - PREFIX;
    unsigned cls = p[0];
    if (cls == LARGE_CLASS) {
        free(p);
        return;
    }
    FreeBlock *b = (FreeBlock *)p;
    b->next = free_lists[cls];
    free_lists[cls] = b;
}

Obj *obj_resize(Obj *o, size_t size) {
    unsigned char *p = (unsigned char *)o - PREFIX;
    unsigned cls = p[0];
    size_t room = (cls + 1) * CLASS_STEP - PREFIX;     /* usable bytes of a class block */
    if (cls != LARGE_CLASS && size <= room) return o;
    if (cls == LARGE_CLASS) {
        unsigned char *q = realloc(p, size + PREFIX);
        if (q == NULL) {
            err_no_memory();
            return NULL;
        }
        return (Obj *)(q + PREFIX);
    }
    unsigned char *mem = block_alloc(size + PREFIX);
    if (mem == NULL) {
        err_no_memory();
        return NULL;
    }
    memcpy(mem, o, room);
    obj_free(o);
    return (Obj *)mem;
}

void (*weakref_clear_hook)(Obj *o);
Obj *(*weakref_first_hook)(Obj *o);

Obj *obj_first_weakref(Obj *o) {
    if (!obj_is_static(o) && (*obj_flag_byte(o) & OBJF_WEAKREFS) && weakref_first_hook != NULL)
        return weakref_first_hook(o);
    return NEWREF(NONE);
}

void obj_dealloc(Obj *o) {
    Type *t = o->type;
    /* heap instances clear theirs after __del__ (type_new.c), as CPython */
    if ((t->flags & (TF_WEAKREFABLE | TF_HEAPTYPE)) == TF_WEAKREFABLE &&
        (*obj_flag_byte(o) & OBJF_WEAKREFS))
        weakref_clear_hook(o);
    if (t->dealloc != NULL) t->dealloc(o);
    else obj_free(o);
}
