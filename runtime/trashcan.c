/* trashcan.c: deferred deallocation of deeply nested containers (see trashcan.h). */
#include <stdlib.h>
#include "trashcan.h"

enum { TRASHCAN_DEPTH = 50 };

static _Thread_local int depth;
static _Thread_local bool draining;
static _Thread_local Obj **later;
static _Thread_local size_t nlater, caplater;

bool trashcan_begin(Obj *o) {
    if (depth >= TRASHCAN_DEPTH && !type_has(o->type, TF_HEAPTYPE)) {
        if (nlater == caplater) {
            size_t ncap = caplater ? caplater * 2 : 64;
            Obj **p = realloc(later, ncap * sizeof *p);
            if (p == NULL) goto now;   /* no room: free it recursively after all */
            later = p;
            caplater = ncap;
        }
        later[nlater++] = o;
        return false;
    }
now:
    depth++;
    return true;
}

void trashcan_end(void) {
    if (--depth > 0 || draining || nlater == 0) return;
    draining = true;
    while (nlater > 0) obj_dealloc(later[--nlater]);
    draining = false;
}
