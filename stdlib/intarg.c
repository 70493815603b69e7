/* intarg.c: integer arguments of built-in functions (see intarg.h). */
#include "intarg.h"
#include "err.h"
#include "int.h"

int intarg_ssize(Obj *o, intptr_t *out) {
    if (is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    *out = int_as_ssize(i);
    DECREF(i);
    return *out == -1 && err_occurred() ? -1 : 0;
}
