/* seq_iter_state.c: __reduce__ and __setstate__ of the iterators over
 * lists, tuples and strs (seq_internal.h), which pickle and copy use to
 * save an iterator's position. */
#include "seq_internal.h"
#include "api.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "tuple.h"

Obj *seq_iter_reduce(const char *builtin, Obj *seq, Obj *empty, intptr_t index) {
    Obj *f = dict_get_cstr(builtins_dict(), seq != NULL ? builtin : "iter");
    if (f == NULL) {
        err_format(&Exc_AttributeError, "module 'builtins' has no attribute '%s'", builtin);
        return NULL;
    }
    if (seq == NULL) {   /* exhausted: iter() of an empty sequence */
        Obj *args = tuple_pack(1, empty);
        Obj *r = args ? tuple_pack(2, f, args) : NULL;
        XDECREF(args);
        return r;
    }
    Obj *args = tuple_pack(1, seq);
    Obj *pos = args ? int_from_i64(index) : NULL;
    Obj *r = pos ? tuple_pack(3, f, args, pos) : NULL;
    XDECREF(args);
    XDECREF(pos);
    return r;
}

int seq_iter_setstate(Obj *state, intptr_t lo, intptr_t hi, intptr_t *out) {
    if (!is_int(state)) {
        err_set_str(&Exc_TypeError, "an integer is required");
        return -1;
    }
    intptr_t v = is_small(state) ? small_value(state) : int_as_ssize(state);
    if (v == -1 && err_occurred()) return -1;
    *out = v < lo ? lo : v > hi ? hi : v;
    return 0;
}
