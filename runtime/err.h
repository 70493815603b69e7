/* err.h: raising, testing and clearing the current exception.
 *
 * C functions report failure by returning NULL (or -1) after storing an
 * exception instance in the current thread state; callers propagate by
 * returning NULL/-1 in turn.  There is no longjmp anywhere.
 */
#ifndef GILPY_ERR_H
#define GILPY_ERR_H

#include "object.h"
#include "exceptions.h"

/* Sets the current exception to `exc` (an exception instance, reference
 * stolen), replacing any current one. */
void err_set_obj(Obj *exc);
/* Raises type(msg) with a plain C message. */
void err_set_str(Type *type, const char *msg);
/* Raises type(message) where message is built by str_from_format (see str.h):
 * %s C string, %d int, %ld long, %zd ssize_t, %zu size_t, %c char (code point),
 * %R repr(obj), %S str(obj), %T type name of obj, %U str object, %% percent. */
void err_format(Type *type, const char *fmt, ...);
/* Raises `type` with no arguments (e.g. StopIteration). */
void err_set_none(Type *type);
/* Raises OSError (or the errno's subclass) from errno; filename may be NULL. */
void err_set_from_errno(Obj *filename);
/* The file name an OSError reports for a path argument: a PathLike object
 * (pathlib.Path) as its os.fspath() str/bytes, as CPython's os functions
 * do; anything else (or a failing __fspath__) as it is.  New reference. */
Obj *oserror_filename(Obj *path);
/* Reports the pending exception that nobody can catch (a __del__ or a
 * generator's finally code that failed) as CPython does: "Exception ignored
 * in: <repr(where)>" and the traceback, to sys.stderr; clears it. */
void err_write_unraisable(Obj *where);
/* The same report with another first line: "<prefix>: <repr(where)>". */
void err_write_unraisable_msg(const char *prefix, Obj *where);
void err_no_memory(void);

/* The current exception (borrowed) or NULL. */
Obj *err_occurred(void);
/* Removes and returns the current exception (new reference) or NULL. */
Obj *err_fetch(void);
void err_clear(void);
/* 1 if the current exception is an instance of `type` (or a subclass). */
bool err_matches(Type *type);
/* Chains: sets exc.__context__ = the exception being handled (if any). */
void err_set_context(Obj *exc);

/* Raises AttributeError "'T' object has no attribute 'x'" (with the
 * exception's name/obj attributes set, as 3.11's hints need them). */
void err_no_attribute(Obj *o, Obj *name);

/* Common messages, shared so they read the same everywhere. */
void err_bad_argument_count(const char *fname, size_t min, size_t max, size_t given);

#endif
