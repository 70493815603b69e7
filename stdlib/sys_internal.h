/* sys_internal.h: what the stdlib/sys*.c files share. */
#ifndef GILPY_SYS_INTERNAL_H
#define GILPY_SYS_INTERNAL_H

#include "object.h"

/* sys_version.c: version, version_info, hexversion, implementation. */
int sys_add_version(Obj *sys);
/* sys_funcs.c: the module's functions. */
extern const MethodDef sys_methods[];
/* sys_frame.c: sys._getframe([depth]) and its frame snapshots. */
Obj *sys_getframe(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *sys_current_frames(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* sys_numinfo.c: sys.float_info, sys.int_info, sys.hash_info. */
int sys_add_numinfo(Obj *sys);
/* sys_flags.c: sys.flags, and whether -E/-I asked to ignore PYTHON* variables. */
Obj *sys_make_flags(void);
bool sys_ignore_environment(void);
/* The errors handler of sys.stdin/stdout: CPython's choice for the locale. */
const char *sys_stdio_errors(void);

#endif
