/* repl.h: the interactive prompt (interp/repl.c). */
#ifndef GILPY_REPL_H
#define GILPY_REPL_H

#include "object.h"

/* Reads, runs and echoes statements in the __main__ module's dict until end
 * of input or SystemExit; returns the exit status. */
int repl_run(Obj *main_module);

#endif
