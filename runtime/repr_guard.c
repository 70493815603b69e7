/* repr_guard.c: the per-thread stack of containers whose repr is being
 * built (see repr_guard.h).  Nesting is shallow in practice, so a linear
 * search of a small array is the fastest structure. */
#include <stdlib.h>
#include "repr_guard.h"
#include "err.h"

typedef struct ReprStack {
    Obj **items;
    size_t size, cap;
} ReprStack;

static _Thread_local ReprStack repr_stack;

int repr_enter(Obj *o) {
    ReprStack *s = &repr_stack;
    for (size_t i = s->size; i-- > 0;)
        if (s->items[i] == o) return 1;
    if (s->size == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        Obj **items = realloc(s->items, cap * sizeof *items);
        if (items == NULL) {
            err_no_memory();
            return -1;
        }
        s->items = items;
        s->cap = cap;
    }
    s->items[s->size++] = o;
    return 0;
}

void repr_leave(Obj *o) {
    ReprStack *s = &repr_stack;
    /* normally the top; search in case of an unbalanced leave */
    for (size_t i = s->size; i-- > 0;)
        if (s->items[i] == o) {
            s->items[i] = s->items[--s->size];
            return;
        }
}
