/* member_descr.c: __slots__.  A class listing __slots__ stores those
 * attributes in fixed places after its base's layout instead of a __dict__;
 * each one is reached through a member_descriptor in the class dict. */
#include <string.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "type_internal.h"
#include "ident.h"

typedef struct MemberDescrObj {
    Obj ob;
    Type *owner;        /* borrowed: the owner's dict holds the descriptor */
    Obj *name;          /* str */
    size_t offset;
} MemberDescrObj;

Type MemberDescrType;

static int check_owner(MemberDescrObj *d, Obj *obj) {
    if (type_is_subtype(TYPE(obj), d->owner)) return 0;
    err_format(&Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
               d->name, d->owner->name, type_name(obj));
    return -1;
}

static Obj *member_get(Obj *self, Obj *obj, Obj *type) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    if (obj == NULL) return NEWREF(self);
    if (check_owner(d, obj) < 0) return NULL;
    Obj *v = *(Obj **)((char *)obj + d->offset);
    if (v == NULL) {
        err_no_attribute(obj, d->name);
        return NULL;
    }
    return NEWREF(v);
}

static int member_set(Obj *self, Obj *obj, Obj *value) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    if (check_owner(d, obj) < 0) return -1;
    Obj **slot = (Obj **)((char *)obj + d->offset);
    if (value == NULL && *slot == NULL) {
        err_format(&Exc_AttributeError, "%U", d->name);
        return -1;
    }
    XINCREF(value);
    SETREF(*slot, value);
    return 0;
}

static Obj *member_repr(Obj *o) {
    MemberDescrObj *d = (MemberDescrObj *)o;
    return str_from_format("<member %R of '%s' objects>", d->name, d->owner->name);
}

static void member_dealloc(Obj *o) {
    DECREF(((MemberDescrObj *)o)->name);
    obj_free(o);
}

static Obj *member_name(Obj *o) { return NEWREF(((MemberDescrObj *)o)->name); }
static Obj *member_objclass(Obj *o) { return NEWREF((Obj *)((MemberDescrObj *)o)->owner); }

static const GetSetDef member_getset[] = {
    {"__name__", member_name},
    {"__objclass__", member_objclass},
    {NULL},
};

Type MemberDescrType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "member_descriptor",
    .size = sizeof(MemberDescrObj),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};

/* "__x" in class "_Foo" is stored as "_Foo__x", as the compiler mangles. */
static Obj *mangle(Type *t, Obj *name) {
    const char *s = str_data(name);
    size_t n = str_size(name);
    if (n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_'))
        return NEWREF(name);
    const char *cls = t->name;
    while (*cls == '_') cls++;
    if (*cls == '\0') return NEWREF(name);
    return str_from_format("_%s%U", cls, name);
}

static int add_member(Type *t, Obj *name, size_t offset) {
    if (dict_get_str(t->dict, name) != NULL) {
        err_format(&Exc_ValueError, "%R in __slots__ conflicts with class variable", name);
        return -1;
    }
    MemberDescrObj *d = (MemberDescrObj *)obj_alloc(&MemberDescrType, sizeof *d);
    if (d == NULL) return -1;
    d->owner = t;
    d->name = NEWREF(name);
    d->offset = offset;
    int rc = dict_set(t->dict, name, (Obj *)d);
    DECREF((Obj *)d);
    return rc;
}

int heap_slots_layout(HeapType *h, Obj *slots, bool variable_base, bool *want_dict, bool *want_weakref) {
    Type *t = &h->type;
    Obj *names = is_str(slots) ? tuple_pack(1, slots) : tuple_from_iterable(slots);
    if (names == NULL) return -1;
    size_t n = tuple_size(names), count = 0;
    *want_dict = *want_weakref = false;
    Obj *mangled[n + 1];
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        Obj *name = tuple_get(names, i);
        if (!is_str(name)) {
            err_format(&Exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(name));
            rc = -1;
        } else if (str_equal_cstr(name, "__dict__")) {
            *want_dict = true;
        } else if (str_equal_cstr(name, "__weakref__")) {
            *want_weakref = true;
        } else if ((mangled[count] = mangle(t, name)) == NULL) {
            rc = -1;
        } else {
            mangled[count] = str_intern(mangled[count]);
            count++;
        }
    }
    if (rc == 0 && count > 0 && variable_base) {
        err_format(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", t->base->name);
        rc = -1;
    }
    h->slot_offset = t->size;
    h->nslots = count;
    t->size += count * sizeof(Obj *);
    for (size_t i = 0; i < count; i++) {
        if (rc == 0) rc = add_member(t, mangled[i], h->slot_offset + i * sizeof(Obj *));
        DECREF(mangled[i]);
    }
    DECREF(names);
    return rc;
}

void heap_slots_clear(Obj *o) {
    for (Type *t = TYPE(o); t != NULL && type_has(t, TF_HEAPTYPE); t = t->base) {
        HeapType *h = (HeapType *)t;
        Obj **slots = (Obj **)((char *)o + h->slot_offset);
        for (size_t i = 0; i < h->nslots; i++) CLEAR(slots[i]);
    }
}
