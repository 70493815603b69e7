/* type_internal.h: what the type.c family shares privately. */
#ifndef GILPY_TYPE_INTERNAL_H
#define GILPY_TYPE_INTERNAL_H

#include "object.h"

/* Adds __add__, __repr__, __len__... wrappers for the slots t defines
 * itself (type_slots.c). */
int type_add_slot_wrappers(Type *t);
/* object.__new__/__init__ (type_object.c), compared by type_call. */
Obj *object_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames);
int object_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
/* The module name a type reports in __module__ and repr (borrowed). */
Obj *type_module_name(Type *t);
/* Sets t->name_obj from t->name. */
void type_set_name_obj(Type *t);
/* __qualname__ (borrowed). */
Obj *type_qualname(Type *t);

/* A class made at run time: the Type and the slot tables its dunder
 * methods may need to fill (heap_slots.c). */
typedef struct HeapType {
    Type type;
    NumberSlots number;
    MappingSlots mapping;
    size_t slot_offset, nslots;   /* where this class's __slots__ values live */
} HeapType;
/* Lays out __slots__ (member_descr.c): member descriptors for the names
 * after t's current size; says whether "__dict__"/"__weakref__" were listed. */
int heap_slots_layout(HeapType *h, Obj *slots, bool variable_base, bool *want_dict, bool *want_weakref);
/* Releases the __slots__ values of o (its classes' and their heap bases'). */
void heap_slots_clear(Obj *o);
/* A private type flag: instances have a __del__ to run (heap types only). */
#define TF_HAS_DEL (1u << 30)
/* A private type flag: instances keep their __dict__ in the side table
 * (side_dict.c) because the base layout has no fixed place for it. */
#define TF_SIDE_DICT (1u << 29)
Obj **side_dict_slot(Obj *o, bool create);   /* NULL: none (or error if create) */
void side_dict_release(Obj *o);
/* Where o's __dict__ pointer lives (in the object or the side table), or
 * NULL when its class gives instances none (object_attr.c). */
Obj **obj_instance_dict_slot(Obj *o, bool create);
/* Calls o.__del__() on dealloc; 1 when that resurrected o (heap_slots.c). */
int heap_call_del(Obj *o);
/* The registry of live heap types (type_new.c): type_dealloc forgets a
 * class; a class that gained a dunder re-derives its subclasses' slots;
 * T.__subclasses__() lists the heap classes naming T as a base. */
void heap_type_forget(Type *t);
int heap_subclasses_update(Type *t);
Obj *type_subclasses(Type *t);
/* The layout pieces of type_new.c: the ancestor-or-self deciding t's
 * instance layout, the base of `bases` whose layout wins ("multiple bases
 * have instance lay-out conflict"), the C3 MRO of t over bases (TypeError
 * for an inconsistent order), and the __dict__ descriptor of t's instances. */
Type *solid_base(Type *t);
Type *best_base(Obj *bases);
Obj *c3_mro(Type *t, Obj *bases);
int heap_add_dict_getset(Type *t);
/* C.__bases__ = (...): CPython's checks, then the MRO of C and of its
 * subclasses are rebuilt (type_bases.c). */
int type_set_bases(Obj *o, Obj *value);
/* type(name, bases, dict, **kw): TypeType.new_ (type_new.c). */
Obj *type_new(Type *meta, Obj *const *args, size_t nargs, Obj *kwnames);
/* Points t's slots at the dunder-calling versions for every special method
 * a class written in Python defines along t's MRO (heap_slots.c). */
int heap_slots_update(Type *t);
/* property, staticmethod, classmethod (descr_builtins.c), super (super.c). */
extern Type PropertyType, StaticMethodType, ClassMethodType, SuperType;

#endif
