/* modules.c: the table of built-in modules written in C.  Adding a module is
 * one line here plus its `<name>_module_init` function. */
#include <string.h>
#include "modules.h"

const BuiltinModule builtin_modules[] = {
    {"builtins", builtins_module_init},
    {"sys", sys_module_init},
    {"time", time_module_init},
    {"math", math_module_init},
    {"cmath", cmath_module_init},
    {"posix", posix_module_init},
    {"_random", random_module_init},
    {"_frameinfo", frameinfo_module_init},
    {"_thread", thread_module_init},
    {"gil", gil_module_init},
    {"atexit", atexit_module_init},
    {"_socket", socket_module_init},
    {"errno", errno_module_init},
    {"select", select_module_init},
    {"_signal", signal_module_init},
    {"_traceback", traceback_c_module_init},
    {"_io", io_module_init},
    {"_collections", collections_module_init},
    {"_json", json_c_module_init},
    /* Modules being written: weak until their file defines the init, and
     * skipped while the init is missing (see modules.h). */
    {"_re", re_module_init},
    {"_pickle", pickle_c_module_init},
    {"_asyncio_c", asyncio_c_module_init},
    {"_contextvars", contextvars_module_init},
    {"_hashlib", hashlib_module_init},
    {"binascii", binascii_module_init},
    {"_struct", struct_module_init},
    {"zlib", zlib_module_init},
    {"array", array_module_init},
    {"_weakref", weakref_module_init},
    {"gc", gc_module_init},
    {"termios", termios_module_init},
    {"fcntl", fcntl_module_init},
    {"resource", resource_module_init},
    {"unicodedata", unicodedata_module_init},
    {"_imp", imp_module_init},
    {"_opcode", opcode_module_init},
    {"faulthandler", faulthandler_module_init},
    {"_multiprocessing", multiprocessing_c_module_init},
    {NULL, NULL},
};

const BuiltinModule *builtin_module_find(const char *name) {
    for (const BuiltinModule *m = builtin_modules; m->name != NULL; m++)
        if (m->init != NULL && strcmp(m->name, name) == 0) return m;
    return NULL;
}
