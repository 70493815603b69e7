/* posix_internal.h: what the files of the posix module share: argument
 * helpers, the stat_result builder, and each file's function table and
 * constants (posix.c assembles the module). */
#ifndef GILPY_POSIX_INTERNAL_H
#define GILPY_POSIX_INTERNAL_H

#include <sys/stat.h>
#include "object.h"
#include "module.h"

/* A path argument (str, or bytes), as a NUL-terminated C string borrowed
 * from `o`; NULL with CPython's TypeError/ValueError naming fname/param. */
const char *posix_path_arg(const char *fname, const char *param, Obj *o);
/* An argument of exec*: str or bytes without NUL, as a C string borrowed
 * from `o`; NULL with "expected str, bytes or os.PathLike object, not T". */
const char *posix_fs_cstr(Obj *o);
/* A C int argument (file descriptor, flags, signal...): -1 with TypeError
 * or OverflowError as CPython's converters. */
int posix_int_arg(Obj *o, int *out);
/* None, or NULL with OSError from errno when rc < 0 (filename may be NULL). */
Obj *posix_none_or_error(int rc, Obj *filename);
/* Raises OSError from errno naming two paths ("'a' -> 'b'"). */
void posix_error2(Obj *src, Obj *dst);
/* os.stat_result of a struct stat (posix_stat.c), and the type's addition
 * to the module. */
Obj *posix_stat_result(const struct stat *st);
int posix_stat_add_type(Obj *m);

/* The groups of functions, each in its own file. */
extern const MethodDef posix_fd_methods[];    /* posix_fd.c: descriptors */
extern const MethodDef posix_proc_methods[];  /* posix_proc.c: fork, wait, exec, kill */
extern const MethodDef posix_env_methods[];   /* posix_env.c: putenv, unsetenv */
extern const MethodDef posix_spawn_methods[]; /* posix_spawn.c: _fork_exec for subprocess */
extern const MethodDef posix_files_methods[]; /* posix_files.c: lstat, links, chmod, uname... */
extern const MethodDef posix_shm_methods[];   /* posix_shm.c: _shared_memory for Value/Array */
extern const MethodDef posix_ids_methods[];   /* posix_ids.c: uid/gid, groups, sessions, times */
int posix_ids_add_types(Obj *m);
int posix_files_add_types(Obj *m);
/* Adds a group's constants and types to the module; -1 on error. */
int posix_fd_add_constants(Obj *m);
int posix_proc_add_constants(Obj *m);
/* posix.environ: the environment at start-up, a dict of str (new ref). */
Obj *posix_environ_dict(void);

#endif
