/* module_parts.h: pieces the init functions of C modules share: an
 * exception class of the module's own (termios.error, struct.error,
 * binascii.Error, ...) and a table of int constants added in one call. */
#ifndef GILPY_MODULE_PARTS_H
#define GILPY_MODULE_PARTS_H

#include "object.h"

/* A new class `name` deriving from base, made as a class statement in
 * module `module` would make it (so its __module__ and repr name the
 * module); NULL with an exception set on failure. */
Obj *module_new_exception(const char *module, const char *name, Obj *base);

/* One int constant of a module; a table of them ends with {NULL, 0}. */
typedef struct IntConstant {
    const char *name;
    long value;
} IntConstant;

/* Adds every constant of the table to module m: 0, or -1 with an
 * exception set. */
int module_add_constants(Obj *m, const IntConstant *table);

#endif
