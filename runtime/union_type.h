/* union_type.h: types.UnionType, what `int | None` makes (PEP 604). */
#ifndef GILPY_UNION_TYPE_H
#define GILPY_UNION_TYPE_H

#include "object.h"

extern Type UnionType;
static inline bool is_union(const Obj *o) { return !is_small(o) && o->type == &UnionType; }
/* The member types, a tuple (borrowed). */
Obj *union_args(Obj *u);
/* a | b for types, None, GenericAlias and unions: the union of both
 * (a single member is returned as it is); NotImplemented for anything
 * else.  The `|` slot of type and GenericAlias. */
Obj *union_type_or(Obj *a, Obj *b);

#endif
