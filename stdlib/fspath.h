/* fspath.h: os.fspath() for C code: the path of a str, bytes or os.PathLike
 * object, so the file functions (os.*, open) take pathlib paths. */
#ifndef GILPY_FSPATH_H
#define GILPY_FSPATH_H

#include "object.h"

/* A new reference to o itself (str or bytes) or to o.__fspath__()'s result;
 * NULL with CPython's TypeError otherwise. */
Obj *fspath(Obj *o);
/* As fspath(), but borrowed, and NULL with no exception when o is not
 * PathLike (the caller words that error): a converted result stays alive
 * until eight more conversions on the same thread (enough for any one call). */
Obj *fspath_borrowed(Obj *o);

#endif
