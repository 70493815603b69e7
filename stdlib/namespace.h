/* namespace.h: types.SimpleNamespace (stdlib/namespace.c). */
#ifndef GILPY_NAMESPACE_H
#define GILPY_NAMESPACE_H

#include "object.h"

extern Type NamespaceType;
/* A namespace holding the items of the mapping `attrs` (may be NULL). */
Obj *namespace_new(Obj *attrs);

#endif
