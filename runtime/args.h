/* args.h: unpacking the arguments of a vector call in built-in functions. */
#ifndef GILPY_ARGS_H
#define GILPY_ARGS_H

#include "object.h"
#include "tuple.h"

/* Number of keyword arguments in a vector call (kwnames may be NULL). */
static inline size_t kw_count(Obj *kwnames) { return kwnames ? tuple_size(kwnames) : 0; }

/* Binds a vector call to parameters, the way a def with these names would:
 *   names:   parameter names, NULL-terminated; a name starting with '$' is
 *            keyword-only, and positional-only parameters are listed before
 *            a "/" entry (e.g. {"x", "/", "base", NULL}).
 *   nrequired: how many leading parameters are required.
 *   out:     one borrowed slot per parameter (excluding "/"), NULL when not given.
 * Raises CPython's TypeError messages ("f() takes at most 2 arguments (3 given)",
 * "f() got an unexpected keyword argument 'x'", "f() missing required argument
 * 'x' (pos 1)", ...) naming `fname`.  Returns 0 or -1. */
int args_bind(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
              const char *const *names, size_t nrequired, Obj **out);

/* Shorthands for built-ins that take positional arguments only. */
int args_no_kwargs(const char *fname, Obj *kwnames);
int args_count(const char *fname, size_t nargs, size_t min, size_t max);

#endif
