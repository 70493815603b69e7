/* exceptions_internal.h: what exceptions*.c share: the layouts of the
 * exception families with extra attributes, and BaseException's slots. */
#ifndef GILPY_EXCEPTIONS_INTERNAL_H
#define GILPY_EXCEPTIONS_INTERNAL_H

#include "exceptions.h"

typedef struct SystemExitObj { ExcObj base; Obj *code; } SystemExitObj;
typedef struct StopIterationObj { ExcObj base; Obj *value; } StopIterationObj;
typedef struct ImportErrorObj { ExcObj base; Obj *msg, *name, *path; } ImportErrorObj;
/* AttributeError and NameError (obj stays NULL for NameError). */
typedef struct NameErrorObj { ExcObj base; Obj *name, *obj; } NameErrorObj;
typedef struct OSErrorObj {
    ExcObj base;
    Obj *myerrno, *strerror, *filename, *filename2, *written;
} OSErrorObj;
typedef struct SyntaxErrorObj {
    ExcObj base;
    Obj *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line;
} SyntaxErrorObj;
typedef struct UnicodeErrorObj {
    ExcObj base;
    Obj *encoding, *object, *start, *end, *reason;
} UnicodeErrorObj;

/* What a family root changes from BaseException (exceptions_attrs.c). */
typedef struct ExcFamily {
    Type *type;
    size_t size;
    Obj *(*new_)(Type *, Obj *const *, size_t, Obj *);
    int (*init)(Obj *, Obj *const *, size_t, Obj *);
    unaryfunc str;
    const GetSetDef *getset;
} ExcFamily;
extern const ExcFamily exc_families[];   /* terminated by a NULL type */

Obj *exc_base_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames);
int exc_base_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *exc_base_str(Obj *self);
/* Sets self.args to the given vector (new tuple). */
int exc_set_args(Obj *self, Obj *const *args, size_t nargs);
/* OSError's errno -> subclass (exceptions_os.c); NULL when none. */
Type *oserror_subclass_for(int err);

#endif
