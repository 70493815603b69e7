/* frameinfo.c: the _frameinfo module, which tells Python code where its
 * callers are (file, line, globals), as warnings.warn needs for stacklevel,
 * and marks generator code as an "iterable coroutine" for types.coroutine. */
#include "modules.h"
#include "api.h"
#include "args.h"
#include "err.h"
#include "int.h"
#include "tuple.h"
#include "tstate.h"
#include "frame.h"
#include "code.h"

/* caller(depth=0): (filename, lineno, globals) of the frame `depth` levels
 * above the Python function that calls caller(). */
static Obj *fi_caller(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("caller", kwnames) < 0 || args_count("caller", nargs, 0, 1) < 0) return NULL;
    long depth = 0;
    if (nargs == 1) {
        if (!is_small(args[0])) {
            err_set_str(&Exc_TypeError, "caller() depth must be a small int");
            return NULL;
        }
        depth = small_value(args[0]);
    }
    ThreadState *ts = tstate_get();
    VMThread *vt = ts ? ts->interp : NULL;
    Frame *f = vt ? vt->current : NULL;
    for (; f != NULL && depth > 0; depth--) f = f->back;
    if (f == NULL) {
        err_set_str(&Exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    /* ip (saved at each call) is past the calling instruction */
    size_t at = (size_t)(f->ip - f->code->code);
    Obj *line = small_new(code_line_at(f->code, at ? at - 1 : 0));
    Obj *t = tuple_pack(3, f->code->filename, line, f->globals);
    DECREF(line);
    return t;
}

/* mark_iterable_coroutine(code): sets CO_ITERABLE_COROUTINE on a
 * generator's code, so `await` accepts its generators (types.coroutine). */
static Obj *fi_mark_iterable_coroutine(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("mark_iterable_coroutine", kwnames) < 0 ||
        args_count("mark_iterable_coroutine", nargs, 1, 1) < 0)
        return NULL;
    if (!is_code(args[0])) {
        err_format(&Exc_TypeError, "expected a code object, not %s", type_name(args[0]));
        return NULL;
    }
    ((CodeObj *)args[0])->flags |= CO_ITERABLE_COROUTINE;
    return NEWREF(NONE);
}

static const MethodDef frameinfo_methods[] = {
    {"caller", fi_caller, 0},
    {"mark_iterable_coroutine", fi_mark_iterable_coroutine, 0},
    {NULL},
};

Obj *frameinfo_module_init(void) {
    Obj *m = module_new("_frameinfo");
    if (m == NULL) return NULL;
    if (module_add_functions(m, frameinfo_methods) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
