/* object_attr.c: the attribute protocol.
 *
 * obj_getattr dispatches to the type's getattr slot; obj_generic_getattr is
 * the default (object.__getattribute__): data descriptors in the type's MRO
 * win over the instance __dict__, which wins over other class attributes. */
#include "object.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "ident.h"
#include "type_internal.h"

static inline Obj **instance_dict_slot(Obj *o, bool create) {
    Type *t = TYPE(o);
    size_t off = t->dictoffset;
    if (off) return (Obj **)((char *)o + off);
    return (t->flags & TF_SIDE_DICT) ? side_dict_slot(o, create) : NULL;
}

Obj **obj_instance_dict_slot(Obj *o, bool create) {
    return is_small(o) ? NULL : instance_dict_slot(o, create);
}

static int check_name(Obj *name) {
    if (is_str(name)) return 0;
    err_format(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return -1;
}

/* Raises AttributeError with its name/obj attributes set (for 3.11's
 * "Did you mean" hints in tracebacks). */
void err_no_attribute(Obj *o, Obj *name) {
    err_format(&Exc_AttributeError, "'%s' object has no attribute '%U'", type_name(o), name);
    exc_attribute_error_set_context(o, name);
}

/* The generic lookup; `raise` false: missing gives NULL with no exception. */
static Obj *generic_getattr(Obj *o, Obj *name, bool raise) {
    Type *t = TYPE(o);
    Obj *descr = type_lookup(t, name);
    Obj *(*get)(Obj *, Obj *, Obj *) = NULL;
    if (descr != NULL) {
        Type *dt = TYPE(descr);
        get = dt->descr_get;
        if (get != NULL && dt->descr_set != NULL) return get(descr, o, (Obj *)t);
    }
    Obj **dslot = is_small(o) ? NULL : instance_dict_slot(o, false);
    if (dslot == NULL && err_occurred() != NULL) return NULL;
    if (dslot != NULL && *dslot != NULL) {
        Obj *v = dict_get_str(*dslot, name);
        if (v != NULL) return NEWREF(v);
    }
    if (get != NULL) return get(descr, o, (Obj *)t);
    if (descr != NULL) return NEWREF(descr);
    if (raise) err_no_attribute(o, name);
    return NULL;
}

Obj *obj_generic_getattr(Obj *o, Obj *name) {
    if (check_name(name) < 0) return NULL;
    return generic_getattr(o, name, true);
}

Obj *obj_getattr(Obj *o, Obj *name) {
    Type *t = TYPE(o);
    if (t->getattr == NULL || t->getattr == obj_generic_getattr) {
        if (check_name(name) < 0) return NULL;
        return generic_getattr(o, name, true);
    }
    if (check_name(name) < 0) return NULL;
    return t->getattr(o, name);
}

Obj *obj_getattr_cstr(Obj *o, const char *name) {
    Obj *n = str_from_cstr(name);
    if (n == NULL) return NULL;
    Obj *res = obj_getattr(o, n);
    DECREF(n);
    return res;
}

Obj *obj_lookup_attr(Obj *o, Obj *name) {
    Type *t = TYPE(o);
    if (t->getattr == NULL || t->getattr == obj_generic_getattr) {
        if (check_name(name) < 0) return NULL;
        return generic_getattr(o, name, false);
    }
    Obj *res = obj_getattr(o, name);
    if (res == NULL && err_matches(&Exc_AttributeError)) err_clear();
    return res;
}

int obj_generic_setattr(Obj *o, Obj *name, Obj *value) {
    if (check_name(name) < 0) return -1;
    Type *t = TYPE(o);
    Obj *descr = type_lookup(t, name);
    if (descr != NULL && TYPE(descr)->descr_set != NULL)
        return TYPE(descr)->descr_set(descr, o, value);
    Obj **dslot = is_small(o) ? NULL : instance_dict_slot(o, true);
    if (dslot == NULL) {
        if (err_occurred() != NULL) return -1;
        if (descr == NULL) err_no_attribute(o, name);
        else err_format(&Exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        return -1;
    }
    if (value == NULL) {
        if (*dslot == NULL || dict_get_str(*dslot, name) == NULL) {
            err_no_attribute(o, name);
            return -1;
        }
        return dict_del(*dslot, name);
    }
    if (*dslot == NULL && (*dslot = dict_new()) == NULL) return -1;
    return dict_set(*dslot, name, value);
}

int obj_setattr(Obj *o, Obj *name, Obj *value) {
    if (check_name(name) < 0) return -1;
    Type *t = TYPE(o);
    if (t->setattr != NULL) return t->setattr(o, name, value);
    return obj_generic_setattr(o, name, value);
}
