/* repl.h: the interactive prompt (interp/repl.c). */
#ifndef GILPY_REPL_H
#define GILPY_REPL_H

#include <stdbool.h>
#include "object.h"

/* Reads, runs and echoes statements in the __main__ module's dict until end
 * of input or SystemExit; returns the exit status.  `banner`: print the
 * version lines first (not with -q, nor after -i's program). */
int repl_run(Obj *main_module, bool banner);

#endif
