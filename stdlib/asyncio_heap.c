/* asyncio_heap.c: the event loop's timer heap in C.
 *
 * loop._scheduled stays a list ordered as a binary min-heap, so code that
 * reads it (the -X looptrace probe, user loops) and heapq keep working.
 * The sift steps are heapq's (same comparisons in the same order), so
 * timers due at the same time come out in CPython's order; comparing two
 * TimerHandles is a comparison of two doubles (timer_less).  A comparison
 * that runs Python code and changes the list's size is an error, as in
 * heapq.
 */
#include "asyncio_loop.h"
#include "args.h"
#include "err.h"
#include "list.h"

static int check_size(ListObj *l, size_t size) {
    if (l->size == size) return 0;
    err_set_str(&Exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* l[a] < l[b], with both items kept alive across a Python comparison. */
static int item_less(ListObj *l, size_t a, size_t b) {
    Obj *x = l->items[a], *y = l->items[b];
    INCREF(x);
    INCREF(y);
    size_t size = l->size;
    int r = timer_less(x, y);
    DECREF(x);
    DECREF(y);
    if (r >= 0 && check_size(l, size) < 0) return -1;
    return r;
}

static void swap(ListObj *l, size_t a, size_t b) {
    Obj *t = l->items[a];
    l->items[a] = l->items[b];
    l->items[b] = t;
}

/* Moves l[pos] up towards start while it is less than its parent. */
static int sift_down(ListObj *l, size_t start, size_t pos) {
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        int lt = item_less(l, pos, parent);
        if (lt < 0) return -1;
        if (!lt) break;
        swap(l, pos, parent);
        pos = parent;
    }
    return 0;
}

/* Moves the smaller child up until a leaf is reached, then sifts the item
 * that was at pos back down from there. */
static int sift_up(ListObj *l, size_t pos) {
    size_t end = l->size, start = pos, limit = end >> 1;
    while (pos < limit) {
        size_t child = 2 * pos + 1;
        if (child + 1 < end) {
            int lt = item_less(l, child, child + 1);
            if (lt < 0) return -1;
            if (!lt) child++;
        }
        swap(l, pos, child);
        pos = child;
    }
    return sift_down(l, start, pos);
}

int heap_push(Obj *list, Obj *item) {
    if (list_append(list, item) < 0) return -1;
    ListObj *l = (ListObj *)list;
    return sift_down(l, 0, l->size - 1);
}

Obj *heap_pop(Obj *list) {
    ListObj *l = (ListObj *)list;
    if (l->size == 0) {
        err_set_str(&Exc_IndexError, "index out of range");
        return NULL;
    }
    Obj *last = l->items[--l->size];
    if (l->size == 0) return last;
    Obj *top = l->items[0];
    l->items[0] = last;
    if (sift_up(l, 0) < 0) {
        DECREF(top);
        return NULL;
    }
    return top;
}

int heap_heapify(Obj *list) {
    ListObj *l = (ListObj *)list;
    for (size_t i = l->size / 2; i-- > 0;)
        if (sift_up(l, i) < 0) return -1;
    return 0;
}

/* ---- the module functions (heapq's interface, lists only) ----------------- */

static int check_list(Obj *heap, const char *fname, bool numbered) {
    if (is_list(heap)) return 0;
    err_format(&Exc_TypeError, "%s() argument%s must be list, not %T", fname,
               numbered ? " 1" : "", heap);
    return -1;
}

static Obj *fn_heappush(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("heappush", kwnames) < 0 || args_count("heappush", nargs, 2, 2) < 0 ||
        check_list(args[0], "heappush", true) < 0 || heap_push(args[0], args[1]) < 0)
        return NULL;
    return NEWREF(NONE);
}

static Obj *fn_heappop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("heappop", kwnames) < 0 || args_count("heappop", nargs, 1, 1) < 0 ||
        check_list(args[0], "heappop", false) < 0)
        return NULL;
    return heap_pop(args[0]);
}

static Obj *fn_heapify(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("heapify", kwnames) < 0 || args_count("heapify", nargs, 1, 1) < 0 ||
        check_list(args[0], "heapify", false) < 0 || heap_heapify(args[0]) < 0)
        return NULL;
    return NEWREF(NONE);
}

const MethodDef heap_functions[] = {
    {"_heappush", fn_heappush}, {"_heappop", fn_heappop}, {"_heapify", fn_heapify}, {NULL},
};
