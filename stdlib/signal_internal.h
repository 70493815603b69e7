/* signal_internal.h: what the two files of the _signal module share
 * (signal.c: handlers, timers, the module; signal_mask.c: masks and waits). */
#ifndef GILPY_SIGNAL_INTERNAL_H
#define GILPY_SIGNAL_INTERNAL_H

#include "object.h"

#define NSIGNALS 65   /* NSIG on Linux: signal numbers 1..64 */

/* A C int argument: -1 with CPython's TypeError or OverflowError. */
int signal_int_arg(Obj *o, int *out);
/* Runs the handlers of signals that arrived during a call; None, or NULL
 * if one raised. */
Obj *signal_none_after_signals(void);

extern const MethodDef signal_mask_methods[];
/* Adds struct_siginfo to the module; -1 on error. */
int signal_mask_add_types(Obj *m);

#endif
