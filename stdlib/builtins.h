/* builtins.h: what the stdlib/builtins*.c files share: the functions each
 * file contributes to the builtins module and the iterator types. */
#ifndef GILPY_BUILTINS_H
#define GILPY_BUILTINS_H

#include "object.h"

/* builtins_iter.c */
extern Type EnumerateType, ZipType, MapType, FilterType, ReversedType, CallableIterType;
Obj *callable_iter_new(Obj *callable, Obj *sentinel);

/* Each file's MethodDef table, added to the module by builtins.c. */
extern const MethodDef builtins_num_methods[];     /* builtins_num.c */
extern const MethodDef builtins_reduce_methods[];  /* builtins_reduce.c */
extern const MethodDef builtins_io_methods[];      /* builtins_io.c */
extern const MethodDef builtins_code_methods[];    /* builtins_code.c */

/* builtins_io.c: the exit/quit objects of the REPL. */
Obj *quitter_new(const char *name);
int builtins_io_init(void);

/* sys.displayhook's work, shared with the REPL. */
int builtins_display(Obj *value);

#endif
