/* init.c: start-up and shut-down of the interpreter: readies every built-in
 * type, then makes the builtins and sys modules; at exit flushes the
 * standard streams. */
#include <stdio.h>
#include "api.h"
#include "gil.h"
#include "builtin_func.h"
#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "io.h"
#include "list.h"
#include "module.h"
#include "modules.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "complex.h"
#include "traceback.h"
#include "tstate.h"
#include "tuple.h"
#include "vm.h"
#include "vm_internal.h"

/* The built-in types the headers declare; their owners' private types
 * (iterators, views) are readied by their own code. */
static int ready_types(void) {
    static Type *const types[] = {
        &BoolType, &IntType, &FloatType, &StrType, &BytesType, &ByteArrayType, &ListType,
        &TupleType, &DictType, &SetType, &FrozenSetType, &RangeType, &SliceType, &CodeType,
        &FunctionType, &CellType, &GenType, &TracebackType, &ComplexType,
    };
    if (runtime_core_init() < 0) return -1;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return -1;
    return 0;
}

/* builtins.__build_class__ is the VM's (class bodies run in the VM). */
static int install_build_class(Obj *builtins_module) {
    static const MethodDef def = {"__build_class__", vm_build_class, 0};
    Obj *name = dict_get_cstr(module_dict(builtins_module), "__name__");
    Obj *fn = builtin_func_new(&def, builtins_module, name);
    if (fn == NULL) return -1;
    int rc = dict_set_cstr(module_dict(builtins_module), "__build_class__", fn);
    DECREF(fn);
    return rc;
}

int gilpy_init(int argc, char **argv) {
    tstate_init_main();
    gil_init();
    Obj *b = NULL;
    if (ready_types() < 0 || sys_modules() == NULL || (b = builtins_module_init()) == NULL ||
        install_build_class(b) < 0 || sys_setup(argc, argv) < 0) {
        Obj *exc = err_fetch();
        fprintf(stderr, "gilpy: start-up failed%s%s\n", exc ? ": " : "", exc ? type_name(exc) : "");
        XDECREF(exc);
        return -1;
    }
    DECREF(b);
    return 0;
}

/* Flushes one stream; a failure (a closed pipe) makes the exit status 120
 * as in CPython. */
static int flush_stream(const char *name, int status) {
    Obj *f = sys_get_object(name);
    if (f == NULL || f == NONE) return status;
    if (io_flush_obj(f) < 0) {
        err_clear();
        return status == 0 ? 120 : status;
    }
    return status;
}

/* As CPython at exit: threading._shutdown() joins the non-daemon threads
 * (if threading was ever imported). */
static void wait_for_threads(void) {
    Obj *threading = dict_get_cstr(sys_modules(), "threading");
    if (threading == NULL) return;
    INCREF(threading);
    Obj *r = obj_call_method(threading, str_intern_cstr("_shutdown"), NULL, 0);
    if (r != NULL) DECREF(r);
    else err_write_unraisable(threading);
    DECREF(threading);
}

int gilpy_finalize(int status) {
    if (err_occurred()) status = handle_uncaught();
    wait_for_threads();
    atexit_run();
    gil_at_exit();
    status = flush_stream("stdout", status);
    status = flush_stream("__stdout__", status);
    status = flush_stream("stderr", status);
    status = flush_stream("__stderr__", status);
    return status;
}
