/* repr_guard.h: recursion detection for the repr of containers, so a list
 * holding itself prints as [...] (and a dict as {...}), as CPython's
 * Py_ReprEnter/Py_ReprLeave. */
#ifndef GILPY_REPR_GUARD_H
#define GILPY_REPR_GUARD_H

#include "object.h"

/* Marks o as being repr'd by this thread: 0 when entered (call repr_leave
 * afterwards), 1 when o is already being repr'd (print the placeholder;
 * do not call repr_leave), -1 with MemoryError. */
int repr_enter(Obj *o);
void repr_leave(Obj *o);

#endif
