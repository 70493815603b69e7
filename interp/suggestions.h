/* suggestions.h: CPython 3.11's "Did you mean: 'upper'?" hints for
 * uncaught AttributeError and NameError (interp/suggestions.c). */
#ifndef GILPY_SUGGESTIONS_H
#define GILPY_SUGGESTIONS_H

#include "object.h"

/* The closest name to the missing one, as CPython picks it: for an
 * AttributeError from dir(obj), for a NameError from the failing frame's
 * local names, then its globals, then the builtins.  A new reference, or
 * NULL (never with an exception set) when nothing is close enough. */
Obj *suggestion_for(Obj *exc);

/* The edit distance the choice uses: moves cost 2, a change of case 1;
 * above max_cost it answers max_cost + 1.  Exposed for the unit tests. */
size_t suggestion_distance(const char *a, size_t a_size, const char *b, size_t b_size,
                           size_t max_cost);

#endif
