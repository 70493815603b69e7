/* modules.h: the built-in modules written in C, and the entry points of the
 * ones gilpy's start-up code creates itself (builtins, sys, io). */
#ifndef GILPY_MODULES_H
#define GILPY_MODULES_H

#include <stdbool.h>
#include "object.h"
#include "module.h"

/* The sys.path entry that stands for the modules embedded from stdlib/lib. */
#define EMBEDDED_STDLIB_MARKER "<gilpy-embedded-stdlib>"

/* The table of built-in C modules; NULL-terminated. */
extern const BuiltinModule builtin_modules[];
/* The entry named `name`, or NULL. */
const BuiltinModule *builtin_module_find(const char *name);

/* Each returns a NEW reference to its module (builtins and sys are made
 * once by gilpy_init; later calls return the same module). */
Obj *builtins_module_init(void);
Obj *sys_module_init(void);
Obj *time_module_init(void);
Obj *math_module_init(void);   /* stdlib/math.c */
Obj *cmath_module_init(void);  /* stdlib/cmath.c */
Obj *posix_module_init(void);  /* stdlib/posix.c, the C half of os */
Obj *random_module_init(void); /* stdlib/random.c: _random, the Mersenne Twister */
Obj *frameinfo_module_init(void); /* stdlib/frameinfo.c: callers' file and line, for warnings */
Obj *thread_module_init(void);  /* stdlib/thread.c: _thread */
Obj *gil_module_init(void);     /* stdlib/gilmod.c: gil, the GIL's statistics */
Obj *atexit_module_init(void);  /* stdlib/atexit.c */
/* Runs the atexit callbacks, last registered first (interpreter exit). */
void atexit_run(void);
Obj *socket_module_init(void);  /* stdlib/socket_mod.c: _socket */
Obj *errno_module_init(void);   /* stdlib/errno.c */
Obj *select_module_init(void);  /* stdlib/select.c: select, poll, epoll */
Obj *signal_module_init(void);  /* stdlib/signal.c: _signal */
Obj *traceback_c_module_init(void); /* stdlib/traceback_c.c: _traceback, caret anchors */
Obj *io_module_init(void);      /* stdlib/io_module.c: _io */
Obj *collections_module_init(void); /* stdlib/collections_deque.c: _collections.deque */
/* Weak: a module whose file is not written yet has a NULL init and does not
 * exist for import or sys.builtin_module_names. */
#define MODULE_INIT_WEAK __attribute__((weak))
MODULE_INIT_WEAK Obj *re_module_init(void);          /* _re: PCRE2 behind re */
MODULE_INIT_WEAK Obj *pickle_c_module_init(void);    /* _pickle */
MODULE_INIT_WEAK Obj *asyncio_c_module_init(void);   /* _asyncio_c: Future, Task */
MODULE_INIT_WEAK Obj *contextvars_module_init(void); /* _contextvars */
MODULE_INIT_WEAK Obj *hashlib_module_init(void);     /* _hashlib: OpenSSL digests */
MODULE_INIT_WEAK Obj *binascii_module_init(void);
MODULE_INIT_WEAK Obj *struct_module_init(void);      /* _struct */
MODULE_INIT_WEAK Obj *zlib_module_init(void);
MODULE_INIT_WEAK Obj *array_module_init(void);
MODULE_INIT_WEAK Obj *weakref_module_init(void);     /* _weakref */
MODULE_INIT_WEAK Obj *gc_module_init(void);
MODULE_INIT_WEAK Obj *termios_module_init(void);
MODULE_INIT_WEAK Obj *fcntl_module_init(void);
MODULE_INIT_WEAK Obj *resource_module_init(void);
MODULE_INIT_WEAK Obj *unicodedata_module_init(void); /* stdlib/unicodedata.c: utf8proc + tables */
MODULE_INIT_WEAK Obj *imp_module_init(void);    /* stdlib/imp.c: _imp, for importlib */
MODULE_INIT_WEAK Obj *opcode_module_init(void); /* stdlib/opcode_mod.c: _opcode, gilpy's instruction set */
MODULE_INIT_WEAK Obj *faulthandler_module_init(void); /* stdlib/faulthandler.c */
MODULE_INIT_WEAK Obj *multiprocessing_c_module_init(void); /* _multiprocessing: SemLock */
Obj *json_c_module_init(void);        /* stdlib/json_module.c: _json, the json accelerator */

/* builtins.__import__ itself (the VM calls the import machinery directly
 * unless a script replaced it). */
Obj *builtins_import(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* sys.c: start-up helpers used by interp/init.c and interp/main.c. */
int sys_setup(int argc, char **argv);     /* makes sys; argv -> sys.argv */
/* Inserts `dir` at the front of sys.path (the script's folder, or ""). */
int sys_path_insert0(const char *dir);
/* Records `-X name[=value]` in sys._xoptions. */
int sys_add_xoption(const char *opt);

/* The command line's flags (sys.flags); main.c sets them before gilpy_init. */
typedef struct SysFlags {
    int debug, inspect, interactive, optimize, dont_write_bytecode, no_user_site, no_site,
        ignore_environment, verbose, bytes_warning, quiet, isolated;
    bool safe_path;
} SysFlags;
void sys_set_flags(const SysFlags *flags);
/* The whole command line (sys.orig_argv) and the warning filters of
 * PYTHONWARNINGS and -W (sys.warnoptions); the arrays must outlive sys_setup. */
void sys_set_command_line(int argc, char **argv, const char *const *warnoptions, int nwarnoptions);

#endif
