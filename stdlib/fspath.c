/* fspath.c: os.fspath() in C (see fspath.h). */
#include "fspath.h"
#include "bytes.h"
#include "err.h"
#include "str.h"

/* o.__fspath__()'s str or bytes; NULL with no exception when o has none. */
static Obj *call_fspath(Obj *o) {
    Obj *meth = obj_lookup_attr((Obj *)TYPE(o), str_intern_cstr("__fspath__"));
    if (meth == NULL) return NULL;
    Obj *r = obj_call(meth, &o, 1, NULL);
    DECREF(meth);
    if (r != NULL && !is_str(r) && !is_bytes(r)) {
        err_format(&Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                   type_name(o), type_name(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

Obj *fspath(Obj *o) {
    if (is_str(o) || is_bytes(o)) return NEWREF(o);
    Obj *r = call_fspath(o);
    if (r == NULL && !err_occurred())
        err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                   type_name(o));
    return r;
}

#define KEEP 8
static _Thread_local Obj *kept[KEEP];
static _Thread_local unsigned next_kept;

Obj *fspath_borrowed(Obj *o) {
    if (is_str(o) || is_bytes(o)) return o;
    Obj *r = call_fspath(o);
    if (r == NULL) return NULL;
    unsigned i = next_kept++ % KEEP;
    Obj *old = kept[i];
    kept[i] = r;
    XDECREF(old);
    return r;
}
