/* object_item.c: the container protocols (len, subscription, `in`) and
 * iteration, including the old sequence protocol: an object with
 * __getitem__ but no __iter__ is iterated by indexing 0, 1, 2... until
 * IndexError. */
#include "object.h"
#include "err.h"
#include "ident.h"
#include "generic_alias.h"

intptr_t obj_len(Obj *o) {
    const MappingSlots *m = TYPE(o)->mapping;
    if (m == NULL || m->len == NULL) {
        err_format(&Exc_TypeError, "object of type '%s' has no len()", type_name(o));
        return -1;
    }
    return m->len(o);
}

/* type[key] calls __class_getitem__ (list[int] and friends). */
static Obj *class_getitem(Obj *type, Obj *key) {
    if (type == (Obj *)&TypeType) return generic_alias_new(type, key);   /* type[int], as CPython */
    Obj *meth = obj_lookup_attr(type, IDENT(__class_getitem__));
    if (meth == NULL) {
        if (err_occurred() == NULL)
            err_format(&Exc_TypeError, "type '%s' is not subscriptable", ((Type *)type)->name);
        return NULL;
    }
    Obj *res = obj_call1(meth, key);
    DECREF(meth);
    return res;
}

Obj *obj_getitem(Obj *o, Obj *key) {
    const MappingSlots *m = TYPE(o)->mapping;
    if (m != NULL && m->getitem != NULL) return m->getitem(o, key);
    if (type_has(TYPE(o), TF_TYPE_SUBCLASS)) return class_getitem(o, key);
    err_format(&Exc_TypeError, "'%s' object is not subscriptable", type_name(o));
    return NULL;
}

int obj_setitem(Obj *o, Obj *key, Obj *value) {
    const MappingSlots *m = TYPE(o)->mapping;
    if (m == NULL || m->setitem == NULL) {
        err_format(&Exc_TypeError, "'%s' object does not support item assignment", type_name(o));
        return -1;
    }
    return m->setitem(o, key, value);
}

int obj_delitem(Obj *o, Obj *key) {
    const MappingSlots *m = TYPE(o)->mapping;
    if (m == NULL || m->setitem == NULL) {
        /* CPython words it "doesn't" on its sequence path (a container
         * given an index), "does not" otherwise */
        const NumberSlots *kn = TYPE(key)->number;
        bool index = is_small(key) || (kn != NULL && kn->index != NULL);
        err_format(&Exc_TypeError, m != NULL && index ? "'%s' object doesn't support item deletion"
                                                      : "'%s' object does not support item deletion",
                   type_name(o));
        return -1;
    }
    return m->setitem(o, key, NULL);
}

/* `item in container` without __contains__: compare against each element. */
static int contains_by_iteration(Obj *container, Obj *item) {
    Type *t = TYPE(container);
    if (t->iter == NULL && (t->mapping == NULL || t->mapping->getitem == NULL)) {
        err_format(&Exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Obj *it = obj_iter(container);
    if (it == NULL) return -1;
    int found = 0;
    Obj *x;
    while (found == 0 && (x = obj_next(it)) != NULL) {
        found = obj_richcompare_bool(x, item, CMP_EQ);
        DECREF(x);
    }
    DECREF(it);
    if (found == 0 && err_occurred()) return -1;
    return found;
}

int obj_contains(Obj *container, Obj *item) {
    const MappingSlots *m = TYPE(container)->mapping;
    if (m != NULL && m->contains != NULL) return m->contains(container, item);
    return contains_by_iteration(container, item);
}

/* ---- the sequence iterator ---------------------------------------------- */
typedef struct SeqIterObj {
    Obj ob;
    Obj *seq;           /* NULL once exhausted */
    intptr_t index;
} SeqIterObj;

static void seqiter_dealloc(Obj *o) {
    XDECREF(((SeqIterObj *)o)->seq);
    obj_free(o);
}

static Obj *seqiter_next(Obj *o) {
    SeqIterObj *it = (SeqIterObj *)o;
    if (it->seq == NULL) return NULL;
    Obj *v = obj_getitem(it->seq, small_new(it->index));
    if (v != NULL) {
        it->index++;
        return v;
    }
    if (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration)) {
        err_clear();
        CLEAR(it->seq);
    }
    return NULL;
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

Type SeqIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "iterator",
    .size = sizeof(SeqIterObj),
    .base = &ObjectType,
    .dealloc = seqiter_dealloc,
    .iter = iter_self,
    .iternext = seqiter_next,
};

Obj *obj_iter(Obj *o) {
    Type *t = TYPE(o);
    if (t->iter != NULL) {
        Obj *it = t->iter(o);
        if (it != NULL && TYPE(it)->iternext == NULL) {
            err_format(&Exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
            DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->mapping != NULL && t->mapping->getitem != NULL) {
        SeqIterObj *it = (SeqIterObj *)obj_alloc(&SeqIterType, sizeof(SeqIterObj));
        if (it == NULL) return NULL;
        it->seq = NEWREF(o);
        return (Obj *)it;
    }
    err_format(&Exc_TypeError, "'%s' object is not iterable", t->name);
    return NULL;
}

Obj *obj_next(Obj *it) {
    unaryfunc next = TYPE(it)->iternext;
    if (next == NULL) {
        err_format(&Exc_TypeError, "'%s' object is not an iterator", type_name(it));
        return NULL;
    }
    Obj *v = next(it);
    /* iterators written in Python signal the end with StopIteration */
    if (v == NULL && err_matches(&Exc_StopIteration)) err_clear();
    return v;
}
