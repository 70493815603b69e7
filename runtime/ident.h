/* ident.h: IDENT(x), the interned str "x" looked up once per call site.
 * Used for the dunder names the runtime looks up on hot paths. */
#ifndef GILPY_IDENT_H
#define GILPY_IDENT_H

#include "str.h"

#define IDENT(name) ({ \
    static Obj *ident_##name##_; \
    if (ident_##name##_ == NULL) ident_##name##_ = str_intern_cstr(#name); \
    ident_##name##_; })

#endif
