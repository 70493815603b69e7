/* type_bases.c: assigning C.__bases__ as CPython does: a non-empty tuple of
 * classes, no inheritance cycle, an instance layout the old base shares;
 * then the MRO of C and of every subclass is rebuilt (all restored when
 * one cannot be linearised) and the special-method slots re-derived. */
#include "type_internal.h"
#include "err.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "ident.h"
#include "float.h"
#include "complex.h"

/* CPython frees instances of a class (garbage-collected) and of object,
 * int, str, bytes, float or complex (not collected) differently: a class
 * cannot trade one kind of base for the other. */
static bool untracked_layout(Type *t) {
    if (type_has(t, TF_HEAPTYPE)) return false;
    return t == &ObjectType || type_has(t, TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_BYTES_SUBCLASS) ||
           type_is_subtype(t, &FloatType) || type_is_subtype(t, &ComplexType);
}

/* CPython's compatible_for_assignment for the old and the new base. */
static int compatible_bases(Type *t, Type *old, Type *new) {
    if (untracked_layout(old) != untracked_layout(new)) {
        err_format(&Exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                   new->name, old->name);
        return -1;
    }
    if (solid_base(old) != solid_base(new) || ((old->flags ^ new->flags) & TF_SIDE_DICT) ||
        (new->dictoffset != 0 && new->dictoffset != t->dictoffset)) {
        err_format(&Exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                   new->name, old->name);
        return -1;
    }
    return 0;
}

static int check_bases(Type *t, Obj *value) {
    if (!type_has(t, TF_HEAPTYPE)) {
        err_format(&Exc_TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (value == NULL) {
        err_format(&Exc_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!is_tuple(value)) {
        err_format(&Exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name,
                   type_name(value));
        return -1;
    }
    if (tuple_size(value) == 0) {
        err_format(&Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (size_t i = 0; i < tuple_size(value); i++) {
        Obj *b = tuple_get(value, i);
        if (!type_has(TYPE(b), TF_TYPE_SUBCLASS)) {
            err_format(&Exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                       type_name(b));
            return -1;
        }
        if (type_is_subtype((Type *)b, t)) {
            err_set_str(&Exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

/* Rebuilds the MRO of t and of its subclasses, logging (type, old MRO)
 * pairs into `log` so a failure can put them all back. */
static int rebuild_mros(Type *t, Obj *log) {
    Obj *mro = c3_mro(t, t->bases);
    if (mro == NULL) return -1;
    Obj *entry = tuple_pack(2, (Obj *)t, t->mro);
    if (entry == NULL || list_append(log, entry) < 0) {
        XDECREF(entry);
        DECREF(mro);
        return -1;
    }
    DECREF(entry);
    SETREF(t->mro, mro);
    Obj *subs = type_subclasses(t);
    if (subs == NULL) return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < list_size(subs); i++)
        rc = rebuild_mros((Type *)list_get(subs, i), log);
    DECREF(subs);
    return rc;
}

static void restore_mros(Obj *log) {
    for (size_t i = list_size(log); i-- > 0;) {
        Obj *entry = list_get(log, i);
        Type *t = (Type *)tuple_get(entry, 0);
        SETREF(t->mro, NEWREF(tuple_get(entry, 1)));
    }
}

int type_set_bases(Obj *o, Obj *value) {
    Type *t = (Type *)o;
    if (check_bases(t, value) < 0) return -1;
    Type *base = best_base(value);
    if (base == NULL || compatible_bases(t, t->base, base) < 0) return -1;
    Obj *log = list_new(0);
    if (log == NULL) return -1;
    Obj *old_bases = t->bases;
    Type *old_base = t->base;
    t->bases = NEWREF(value);
    t->base = (Type *)NEWREF((Obj *)base);
    if (rebuild_mros(t, log) < 0) {
        restore_mros(log);
        DECREF(log);
        DECREF(t->bases);
        DECREF((Obj *)t->base);
        t->bases = old_bases;
        t->base = old_base;
        return -1;
    }
    DECREF(log);
    DECREF(old_bases);
    DECREF((Obj *)old_base);
    type_modified(t);
    /* instances keep their __dict__ where they had it */
    if (t->dictoffset != 0 && type_lookup(t, IDENT(__dict__)) == NULL && heap_add_dict_getset(t) < 0)
        return -1;
    return heap_slots_update(t) < 0 ? -1 : heap_subclasses_update(t);
}
