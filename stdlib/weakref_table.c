/* weakref_table.c: which weak references point to which object.
 *
 * An open-addressing table (linear probing, deletion by backward shift, so
 * no tombstones) maps a referent's address to the head of its list of weak
 * references.  Only objects with the OBJF_WEAKREFS flag are in it; the
 * deallocator sees the flag and calls weakref_clear_all(), which takes the
 * object out, marks its references dead and runs their callbacks.
 * Everything here runs with the GIL held. */
#include <stdlib.h>
#include "weakref_internal.h"
#include "err.h"
#include "tstate.h"

typedef struct Entry {
    Obj *key;
    WeakrefObj *head;
} Entry;

static Entry *table;
static size_t mask;      /* capacity - 1 (capacity a power of two), or 0 */
static size_t used;

static size_t slot_of(const Obj *key) {
    uintptr_t x = (uintptr_t)key >> 4;
    return (size_t)((x * 0x9E3779B97F4A7C15ull) >> 17) & mask;
}

static Entry *find(const Obj *key) {
    if (table == NULL) return NULL;
    for (size_t i = slot_of(key);; i = (i + 1) & mask) {
        if (table[i].key == key) return &table[i];
        if (table[i].key == NULL) return NULL;
    }
}

static int grow(void) {
    size_t oldcap = table ? mask + 1 : 0, cap = oldcap ? 2 * oldcap : 64;
    Entry *old = table, *fresh = calloc(cap, sizeof *fresh);
    if (fresh == NULL) {
        err_no_memory();
        return -1;
    }
    table = fresh;
    mask = cap - 1;
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i].key == NULL) continue;
        size_t j = slot_of(old[i].key);
        while (table[j].key != NULL) j = (j + 1) & mask;
        table[j] = old[i];
    }
    free(old);
    return 0;
}

/* The entry for key, made (empty head) if missing; NULL on MemoryError. */
static Entry *find_or_add(Obj *key) {
    Entry *e = find(key);
    if (e != NULL) return e;
    if (table == NULL || 4 * (used + 1) > 3 * (mask + 1)) {
        if (grow() < 0) return NULL;
    }
    size_t i = slot_of(key);
    while (table[i].key != NULL) i = (i + 1) & mask;
    table[i].key = key;
    table[i].head = NULL;
    used++;
    return &table[i];
}

/* Removes e, moving later entries of its probe run back into the hole. */
static void remove_entry(Entry *e) {
    size_t i = (size_t)(e - table);
    table[i].key = NULL;
    used--;
    for (size_t j = (i + 1) & mask; table[j].key != NULL; j = (j + 1) & mask) {
        size_t home = slot_of(table[j].key);
        /* entry j may move to i if i lies cyclically in [home, j) */
        if (((j - home) & mask) >= ((j - i) & mask)) {
            table[i] = table[j];
            table[j].key = NULL;
            i = j;
        }
    }
}

WeakrefObj *weakref_list(Obj *o) {
    if (is_small(o)) return NULL;
    if (!obj_is_static(o) && !(*obj_flag_byte(o) & OBJF_WEAKREFS)) return NULL;
    Entry *e = find(o);
    return e ? e->head : NULL;
}

/* The basic (callback-less, exact type) ref and proxy at the list's head. */
static void basic_refs(WeakrefObj *head, WeakrefObj **ref, WeakrefObj **proxy) {
    *ref = *proxy = NULL;
    if (head != NULL && head->callback == NULL && head->ob.type == &WeakrefType) {
        *ref = head;
        head = head->next;
    }
    if (head != NULL && head->callback == NULL && is_proxy((Obj *)head)) *proxy = head;
}

static void insert_after(WeakrefObj *w, WeakrefObj *prev) {
    w->prev = prev;
    w->next = prev->next;
    if (prev->next) prev->next->prev = w;
    prev->next = w;
}

Obj *weakref_make(Type *type, Obj *ob, Obj *callback) {
    if (!type_has(TYPE(ob), TF_WEAKREFABLE)) {
        err_format(&Exc_TypeError, "cannot create weak reference to '%s' object", type_name(ob));
        return NULL;
    }
    Entry *e = find_or_add(ob);
    if (e == NULL) return NULL;
    WeakrefObj *ref, *proxy;
    basic_refs(e->head, &ref, &proxy);
    bool basic = callback == NULL && (type == &WeakrefType || type == &ProxyType ||
                                      type == &CallableProxyType);
    if (basic && type == &WeakrefType && ref != NULL) return NEWREF((Obj *)ref);
    if (basic && type != &WeakrefType && proxy != NULL) return NEWREF((Obj *)proxy);
    WeakrefObj *w = (WeakrefObj *)obj_alloc(type, type->size);
    if (w == NULL) {
        if (e->head == NULL) remove_entry(e);
        return NULL;
    }
    w->referent = ob;
    w->callback = callback ? NEWREF(callback) : NULL;
    w->hash = -1;
    WeakrefObj *after = basic && type != &WeakrefType ? ref : (proxy ? proxy : ref);
    if (basic && type == &WeakrefType) after = NULL;
    if (after == NULL) {
        w->next = e->head;
        if (e->head) e->head->prev = w;
        e->head = w;
    } else {
        insert_after(w, after);
    }
    if (!obj_is_static(ob)) *obj_flag_byte(ob) |= OBJF_WEAKREFS;
    return (Obj *)w;
}

void weakref_unlink(WeakrefObj *w) {
    Obj *ob = w->referent;
    if (ob == NULL) return;
    w->referent = NULL;
    if (w->prev != NULL) {
        w->prev->next = w->next;
    } else {
        Entry *e = find(ob);
        if (e != NULL) e->head = w->next;
        if (e != NULL && e->head == NULL) {
            remove_entry(e);
            if (!obj_is_static(ob)) *obj_flag_byte(ob) &= (unsigned char)~OBJF_WEAKREFS;
        }
    }
    if (w->next != NULL) w->next->prev = w->prev;
    w->prev = w->next = NULL;
}

void weakref_clear_all(Obj *o) {
    *obj_flag_byte(o) &= (unsigned char)~OBJF_WEAKREFS;
    Entry *e = find(o);
    if (e == NULL) return;
    WeakrefObj *head = e->head;
    remove_entry(e);
    size_t n = 0;
    for (WeakrefObj *w = head; w != NULL; w = w->next)
        if (w->callback != NULL) n++;
    /* mark every reference dead first: a callback sees them all dead */
    WeakrefObj **pending = n ? malloc(n * sizeof *pending) : NULL;
    Obj **callbacks = n ? malloc(n * sizeof *callbacks) : NULL;
    size_t k = 0;
    for (WeakrefObj *w = head, *next; w != NULL; w = next) {
        next = w->next;
        w->referent = NULL;
        w->prev = w->next = NULL;
        if (w->callback != NULL && pending != NULL && callbacks != NULL) {
            INCREF((Obj *)w);
            pending[k] = w;
            callbacks[k++] = w->callback;
        } else {
            CLEAR(w->callback);
        }
        w->callback = NULL;
    }
    if (k > 0) {
        Obj *saved = err_fetch();
        for (size_t i = 0; i < k; i++) {
            Obj *r = obj_call1(callbacks[i], (Obj *)pending[i]);
            if (r == NULL) err_write_unraisable(callbacks[i]);
            XDECREF(r);
            DECREF(callbacks[i]);
            DECREF((Obj *)pending[i]);
        }
        if (saved != NULL) SETREF(tstate_get()->cur_exc, saved);
    }
    free(pending);
    free(callbacks);
}
