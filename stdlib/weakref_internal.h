/* weakref_internal.h: what the _weakref files share: the weak reference
 * object (refs and proxies have one layout) and the per-referent lists.
 *
 * Each referent with weak references has a doubly-linked list of them,
 * found through a side table keyed by the referent's address
 * (weakref_table.c); the referent's OBJF_WEAKREFS flag says it has one, so
 * deallocation looks the table up only for those objects.  List order is
 * CPython's: the callback-less basic ref first, then the basic proxy, then
 * the others, newest first; callbacks run in list order. */
#ifndef GILPY_WEAKREF_INTERNAL_H
#define GILPY_WEAKREF_INTERNAL_H

#include "object.h"

typedef struct WeakrefObj {
    Obj ob;
    Obj *referent;                  /* borrowed; NULL once the referent died */
    Obj *callback;                  /* owned, or NULL */
    intptr_t hash;                  /* cached hash of the referent, -1: none yet */
    struct WeakrefObj *prev, *next; /* the referent's list */
} WeakrefObj;

extern Type WeakrefType, ProxyType, CallableProxyType;

static inline bool is_weakref(const Obj *o) {
    return !is_small(o) && type_is_subtype(o->type, &WeakrefType);
}
static inline bool is_proxy(const Obj *o) {
    return !is_small(o) && (o->type == &ProxyType || o->type == &CallableProxyType);
}

/* The referent while alive (borrowed), else NULL.  A referent whose count
 * is 0 is being freed (its free may be deferred: deep chains, __del__
 * ordering) and counts as dead, as in CPython. */
static inline Obj *weakref_target(const WeakrefObj *w) {
    Obj *r = w->referent;
    return r != NULL && r->refcnt > 0 ? r : NULL;
}

/* The head of o's list, NULL when it has none (weakref_table.c). */
WeakrefObj *weakref_list(Obj *o);
/* Makes a weak reference of `type` to ob (callback NULL or callable),
 * reusing the basic ref or proxy when CPython would.  New reference. */
Obj *weakref_make(Type *type, Obj *ob, Obj *callback);
/* Takes w out of its referent's list (it died or is being freed). */
void weakref_unlink(WeakrefObj *w);
/* The referent of a live proxy (borrowed), or NULL with ReferenceError. */
Obj *proxy_referent(Obj *proxy);
/* Clears every weak reference to o and runs the callbacks: the hook
 * deallocation calls (weakref_clear_hook in object.h). */
void weakref_clear_all(Obj *o);

#endif
