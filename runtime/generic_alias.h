/* generic_alias.h: types.GenericAlias (PEP 585), what cls[args] makes for
 * dict, set, frozenset (and any type listing __class_getitem__ below). */
#ifndef GILPY_GENERIC_ALIAS_H
#define GILPY_GENERIC_ALIAS_H

#include "object.h"

extern Type GenericAliasType;
/* origin[args]: args a tuple, or a single item. */
Obj *generic_alias_new(Obj *origin, Obj *args);
/* A METH_CLASS method: {"__class_getitem__", generic_alias_class_getitem, METH_CLASS}. */
Obj *generic_alias_class_getitem(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
