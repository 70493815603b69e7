/* intarg.c: integer arguments of built-in functions (see intarg.h). */
#include "intarg.h"
#include "err.h"
#include "int.h"

int intarg_ssize(Obj *o, intptr_t *out) {
    return int_index_ssize(o, out);
}
