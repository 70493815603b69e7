/* type.c: the `type` type.
 *
 * type_ready() turns a static C description (slots, MethodDef, GetSetDef)
 * into a live class: base and MRO, a dict holding method descriptors and
 * slot wrappers (so int.__add__(1, 2) and dir(list) work), and the slots a
 * type leaves empty inherited from its base.  type_lookup() searches the
 * MRO, through a global cache keyed by (type, interned name).
 *
 * Classes written in Python (TF_HEAPTYPE) reuse all of this: the class
 * machinery builds the Type, fills mro/dict, and installs TypeType.new_ for
 * type(name, bases, dict); its slot functions call the dunder methods. */
#include <string.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "args.h"
#include "builtin_func.h"
#include "type_internal.h"
#include "module.h"
#include "ident.h"

/* ---- lookup and its cache ----------------------------------------------- */
enum { CACHE_SIZE = 4096 };
typedef struct CacheEntry {
    Type *type;
    Obj *name;
    Obj *value;             /* borrowed; NULL caches a miss */
    uint64_t epoch;
} CacheEntry;
static CacheEntry lookup_cache[CACHE_SIZE];
uint64_t type_epoch = 1;

void type_modified(Type *t) {
    type_epoch++;
}

static Obj *mro_lookup(Type *t, Obj *name) {
    /* a static type nobody readied yet (an iterator type, say) is readied
     * on its first lookup, as CPython does */
    if (!(t->flags & TF_READY) && type_ready(t) < 0) {
        err_clear();
        return NULL;
    }
    Obj *mro = t->mro;
    if (mro == NULL) {
        for (; t != NULL; t = t->base)
            if (t->dict != NULL) {
                Obj *v = dict_get_str(t->dict, name);
                if (v != NULL) return v;
            }
        return NULL;
    }
    size_t n = tuple_size(mro);
    for (size_t i = 0; i < n; i++) {
        Obj *d = ((Type *)tuple_get(mro, i))->dict;
        if (d == NULL) continue;
        Obj *v = dict_get_str(d, name);
        if (v != NULL) return v;
    }
    return NULL;
}

Obj *type_lookup(Type *t, Obj *name) {
    if (!((StrObj *)name)->interned) return mro_lookup(t, name);
    size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3)) & (CACHE_SIZE - 1);
    CacheEntry *e = &lookup_cache[h];
    if (e->type == t && e->name == name && e->epoch == type_epoch) return e->value;
    Obj *v = mro_lookup(t, name);
    e->type = t;
    e->name = name;
    e->value = v;
    e->epoch = type_epoch;
    return v;
}

/* ---- readying static types ---------------------------------------------- */
static int add_methods(Type *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Obj *d;
        if (m->flags & METH_CLASS) d = classmethod_descr_new(t, m);
        else if (m->flags & METH_STATIC) d = builtin_func_new(m, (Obj *)t, NULL);
        else d = method_descr_new(t, m);
        if (d == NULL) return -1;
        int rc = dict_set(t->dict, str_intern_cstr(m->name), d);
        DECREF(d);
        if (rc < 0) return -1;
    }
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        Obj *d = getset_descr_new(t, g);
        if (d == NULL) return -1;
        int rc = dict_set(t->dict, str_intern_cstr(g->name), d);
        DECREF(d);
        if (rc < 0) return -1;
    }
    return 0;
}

/* Copies the slots t leaves empty from its base, as CPython's inherit_slots.
 * hash and richcompare go together: a type defining == without hash stays
 * unhashable. */
static void inherit_slots(Type *t, Type *b) {
#define INHERIT(f) if (t->f == NULL) t->f = b->f
    INHERIT(dealloc); INHERIT(repr); INHERIT(str);
    INHERIT(getattr); INHERIT(setattr);
    INHERIT(descr_get); INHERIT(descr_set);
    INHERIT(call); INHERIT(iter); INHERIT(iternext);
    INHERIT(init);
    /* a built-in type straight over object with no constructor of its own
     * (an iterator, a dict view) cannot be instantiated, as in CPython */
    if (t->new_ == NULL && (b != &ObjectType || type_has(t, TF_HEAPTYPE))) t->new_ = b->new_;
    INHERIT(number); INHERIT(mapping); INHERIT(buffer);
#undef INHERIT
    if (t->hash == NULL && t->richcompare == NULL) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    if (t->dictoffset == 0) t->dictoffset = b->dictoffset;
    if (t->size < b->size) t->size = b->size;
}

/* __name__ is tp_name after its last dot ("collections.deque" -> "deque"). */
void type_set_name_obj(Type *t) {
    const char *dot = strrchr(t->name, '.');
    t->name_obj = NEWREF(str_intern_cstr(dot ? dot + 1 : t->name));
}

static int build_mro(Type *t) {
    if (t->bases == NULL) {
        t->bases = t->base ? tuple_pack(1, (Obj *)t->base) : tuple_empty();
        if (t->bases == NULL) return -1;
    }
    if (t->mro != NULL) return 0;
    size_t nbase = t->base ? tuple_size(t->base->mro) : 0;
    Obj *mro = tuple_new(nbase + 1);
    if (mro == NULL) return -1;
    tuple_set(mro, 0, NEWREF((Obj *)t));
    for (size_t i = 0; i < nbase; i++) tuple_set(mro, i + 1, NEWREF(tuple_get(t->base->mro, i)));
    t->mro = mro;
    return 0;
}

static int fill_dict(Type *t) {
    if (t->dict == NULL && (t->dict = dict_new()) == NULL) return -1;
    if (add_methods(t) < 0) return -1;
    /* a class statement's dict already holds its dunders */
    if (!type_has(t, TF_HEAPTYPE) && type_add_slot_wrappers(t) < 0) return -1;
    if (dict_get_str(t->dict, IDENT(__doc__)) == NULL) {
        Obj *doc = t->doc ? str_from_cstr(t->doc) : NEWREF(NONE);
        if (doc == NULL) return -1;
        int rc = dict_set(t->dict, IDENT(__doc__), doc);
        DECREF(doc);
        if (rc < 0) return -1;
    }
    return 0;
}

int type_ready(Type *t) {
    if (t->flags & TF_READY) return 0;
    /* whoever readies the first type readies the core ones (descriptor
     * types, exceptions) with it, so start-up order cannot go wrong */
    static bool core_started;
    if (!core_started) {
        core_started = true;
        if (runtime_core_init() < 0) return -1;
        if (t->flags & TF_READY) return 0;
    }
    t->flags |= TF_READY;
    if (t->base == NULL && t != &ObjectType) t->base = &ObjectType;
    if (t->base != NULL && type_ready(t->base) < 0) return -1;
    if (t->ob.type == NULL) t->ob.type = &TypeType;
    if (t->name_obj == NULL) type_set_name_obj(t);
    if (t->base != NULL) t->flags |= t->base->flags & TF_INHERITED_MASK;
    if (build_mro(t) < 0 || fill_dict(t) < 0) return -1;
    if (t->base != NULL) inherit_slots(t, t->base);
    type_modified(t);
    return 0;
}

/* ---- start-up ------------------------------------------------------------- */
extern Type SeqIterType, SlotWrapperType, MethodWrapperType;

int runtime_core_init(void) {
    static Type *const core[] = {
        &ObjectType, &TypeType, &NoneType, &NotImplementedType, &EllipsisType,
        &BuiltinFuncType, &MethodDescrType, &ClassMethodDescrType, &GetSetDescrType,
        &SlotWrapperType, &MethodWrapperType, &SeqIterType, &ModuleType,
    };
    for (size_t i = 0; i < sizeof core / sizeof core[0]; i++)
        if (type_ready(core[i]) < 0) return -1;
    return exceptions_init();
}
