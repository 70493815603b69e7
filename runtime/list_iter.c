/* list_iter.c: list_iterator and list_reverseiterator.  Both read the
 * list's live size at every step, so a list changed while iterated never
 * makes them read past its end. */
#include <stdio.h>
#include "list_internal.h"
#include "args.h"

/* ---- iterators ------------------------------------------------------------------------------ */
typedef struct ListIterObj {
    Obj ob;
    Obj *seq;               /* NULL once exhausted */
    intptr_t index;         /* next item; the reversed iterator counts down */
} ListIterObj;

static void listiter_dealloc(Obj *o) {
    XDECREF(((ListIterObj *)o)->seq);
    obj_free(o);
}

static Obj *listiter_self(Obj *o) { return NEWREF(o); }

static Obj *listiter_next(Obj *o) {
    ListIterObj *it = (ListIterObj *)o;
    Obj *seq = it->seq;
    if (seq == NULL) return NULL;
    if ((size_t)it->index < as_list(seq)->size) return NEWREF(as_list(seq)->items[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static Obj *listreviter_next(Obj *o) {
    ListIterObj *it = (ListIterObj *)o;
    Obj *seq = it->seq;
    if (seq == NULL) return NULL;
    if (it->index >= 0 && (size_t)it->index < as_list(seq)->size)
        return NEWREF(as_list(seq)->items[it->index--]);
    it->index = -1;
    CLEAR(it->seq);
    return NULL;
}

static Obj *listiter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListIterObj *it = (ListIterObj *)self;
    char fname[48];
    snprintf(fname, sizeof fname, "%s.__length_hint__", TYPE(self)->name);
    if (args_count(fname, nargs, 0, 0) < 0) return NULL;
    if (it->seq == NULL) return small_new(0);
    if (TYPE(self)->iternext == listiter_next) {
        intptr_t left = (intptr_t)as_list(it->seq)->size - it->index;
        return small_new(left > 0 ? left : 0);
    }
    return small_new((size_t)it->index < as_list(it->seq)->size ? it->index + 1 : 0);
}

/* "list_iterator.__reduce__" and the like */
static const char *method_name(Obj *self, const char *method, char *buf, size_t size) {
    snprintf(buf, size, "%s.%s", TYPE(self)->name, method);
    return buf;
}

static Obj *listiter_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListIterObj *it = (ListIterObj *)self;
    char fname[48];
    method_name(self, "__reduce__", fname, sizeof fname);
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 0) < 0) return NULL;
    bool forward = TYPE(self)->iternext == listiter_next;
    Obj *empty = it->seq ? NULL : list_new(0);
    if (it->seq == NULL && empty == NULL) return NULL;
    Obj *r = seq_iter_reduce(forward ? "iter" : "reversed", it->seq, empty, it->index);
    XDECREF(empty);
    return r;
}

static Obj *listiter_setstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListIterObj *it = (ListIterObj *)self;
    char fname[48];
    method_name(self, "__setstate__", fname, sizeof fname);
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    intptr_t index;
    if (seq_iter_setstate(args[0], INTPTR_MIN, INTPTR_MAX, &index) < 0) return NULL;
    if (it->seq != NULL) {
        intptr_t n = (intptr_t)as_list(it->seq)->size;
        if (TYPE(self)->iternext == listiter_next)
            it->index = index < 0 ? 0 : index > n ? n : index;
        else
            it->index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
    }
    return NEWREF(NONE);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint},
    {"__reduce__", listiter_reduce},
    {"__setstate__", listiter_setstate},
    {NULL},
};

#define LIST_ITER_TYPE(var, tname, next) \
    Type var = { \
        .ob = STATIC_HEAD(&TypeType), .name = tname, .size = sizeof(ListIterObj), \
        .base = &ObjectType, .dealloc = listiter_dealloc, .iter = listiter_self, \
        .iternext = next, .methods = listiter_methods, \
    }
LIST_ITER_TYPE(ListIterType, "list_iterator", listiter_next);
LIST_ITER_TYPE(ListRevIterType, "list_reverseiterator", listreviter_next);

static Obj *make_iter(Type *t, Obj *l, intptr_t index) {
    if (!(t->flags & TF_READY) && type_ready(t) < 0) return NULL;
    ListIterObj *it = (ListIterObj *)obj_alloc(t, sizeof *it);
    if (it == NULL) return NULL;
    it->seq = NEWREF(l);
    it->index = index;
    return (Obj *)it;
}

Obj *list_iter(Obj *l) { return make_iter(&ListIterType, l, 0); }

Obj *list_reversed_iter(Obj *l) {
    return make_iter(&ListRevIterType, l, (intptr_t)as_list(l)->size - 1);
}
