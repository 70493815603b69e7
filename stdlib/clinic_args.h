/* clinic_args.h: argument-count checks worded like CPython's argument
 * clinic for module functions whose parameters are all positional-only
 * (termios, fcntl, resource): "termios.tcdrain() takes exactly one argument
 * (0 given)", "fcntl expected at least 2 arguments, got 1",
 * "fcntl.flock() takes no keyword arguments". */
#ifndef GILPY_CLINIC_ARGS_H
#define GILPY_CLINIC_ARGS_H

#include <stddef.h>
#include "object.h"

/* 0 when nargs is within [min, max] and there are no keywords; else raises
 * TypeError naming `module`.`fname` and returns -1. */
int clinic_positional(const char *module, const char *fname, size_t nargs, Obj *kwnames,
                      size_t min, size_t max);
/* A C int argument through __index__ ("'float' object cannot be interpreted
 * as an integer"; OverflowError "Python int too large to convert to C int"). */
int clinic_int(Obj *o, int *out);
/* A C long argument, likewise ("... to convert to C long"). */
int clinic_long(Obj *o, long *out);
/* An unsigned int taken as a bit mask: any int, reduced modulo 2**32. */
int clinic_uint_mask(Obj *o, unsigned int *out);

#endif
