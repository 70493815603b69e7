/* exceptions_os.c: OSError: OSError(errno, strerror[, filename[, winerror,
 * filename2]]) sets errno/strerror/filename/filename2, picks the subclass
 * matching errno (OSError(2, ...) is a FileNotFoundError), and prints as
 * "[Errno 2] No such file or directory: 'x'".  Also err_set_from_errno. */
#include <errno.h>
#include <string.h>
#include "exceptions_internal.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "int.h"
#include "args.h"
#include "bytes.h"
#include "fspath.h"

static const struct { int err; Type *type; } errno_map[] = {
    {EAGAIN, &Exc_BlockingIOError}, {EALREADY, &Exc_BlockingIOError},
    {EINPROGRESS, &Exc_BlockingIOError}, {EWOULDBLOCK, &Exc_BlockingIOError},
    {EPIPE, &Exc_BrokenPipeError}, {ESHUTDOWN, &Exc_BrokenPipeError},
    {ECHILD, &Exc_ChildProcessError}, {ECONNABORTED, &Exc_ConnectionAbortedError},
    {ECONNREFUSED, &Exc_ConnectionRefusedError}, {ECONNRESET, &Exc_ConnectionResetError},
    {EEXIST, &Exc_FileExistsError}, {ENOENT, &Exc_FileNotFoundError},
    {EISDIR, &Exc_IsADirectoryError}, {ENOTDIR, &Exc_NotADirectoryError},
    {EINTR, &Exc_InterruptedError}, {EACCES, &Exc_PermissionError},
    {EPERM, &Exc_PermissionError}, {ESRCH, &Exc_ProcessLookupError},
    {ETIMEDOUT, &Exc_TimeoutError},
};

Type *oserror_subclass_for(int err) {
    for (size_t i = 0; i < sizeof errno_map / sizeof errno_map[0]; i++)
        if (errno_map[i].err == err) return errno_map[i].type;
    return NULL;
}

/* Fills the fields from the arguments; returns how many of them args keeps
 * (CPython drops the filename part from args). */
static size_t oserror_parse(OSErrorObj *e, Type *t, Obj *const *args, size_t nargs) {
    if (nargs < 2 || nargs > 5) return nargs;
    SETREF(e->myerrno, NEWREF(args[0]));
    SETREF(e->strerror, NEWREF(args[1]));
    if (nargs == 2) return 2;
    if (type_is_subtype(t, &Exc_BlockingIOError) && nargs == 3 && is_int(args[2])) {
        SETREF(e->written, NEWREF(args[2]));
        return 3;
    }
    SETREF(e->filename, NEWREF(args[2]));
    if (nargs >= 5) SETREF(e->filename2, NEWREF(args[4]));
    return 2;
}

Obj *oserror_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (t == &Exc_OSError && nargs >= 2 && nargs <= 5 && is_int(args[0])) {
        int overflow = 0;
        int64_t err = int_as_i64(args[0], &overflow);
        Type *sub = overflow ? NULL : oserror_subclass_for((int)err);
        if (sub != NULL) t = sub;
    }
    if (kw_count(kwnames) != 0 && t->init == NULL) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", t->name);
        return NULL;
    }
    Obj *self = obj_alloc(t, t->size);
    if (self == NULL) return NULL;
    size_t keep = oserror_parse((OSErrorObj *)self, t, args, nargs);
    if (exc_set_args(self, args, keep) < 0) {
        DECREF(self);
        return NULL;
    }
    return self;
}

/* Everything happened in oserror_new; only reject keywords here. */
int oserror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kw_count(kwnames) != 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    return 0;
}

Obj *oserror_str(Obj *self) {
    OSErrorObj *e = (OSErrorObj *)self;
    if (e->filename != NULL) {
        if (e->filename2 != NULL)
            return str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                   e->filename, e->filename2);
        return str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL)
        return str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return exc_base_str(self);
}

#define MEMBER(field) \
    static Obj *get_##field(Obj *o) { Obj *v = ((OSErrorObj *)o)->field; return NEWREF(v ? v : NONE); } \
    static int set_##field(Obj *o, Obj *v) { SETREF(((OSErrorObj *)o)->field, v ? NEWREF(v) : NULL); return 0; }
MEMBER(myerrno)
MEMBER(strerror)
MEMBER(filename)
MEMBER(filename2)

static Obj *get_written(Obj *o) {
    Obj *v = ((OSErrorObj *)o)->written;
    if (v == NULL) {
        err_set_str(&Exc_AttributeError, "characters_written");
        return NULL;
    }
    return NEWREF(v);
}

static int set_written(Obj *o, Obj *v) {
    SETREF(((OSErrorObj *)o)->written, v ? NEWREF(v) : NULL);
    return 0;
}

const GetSetDef oserror_getset[] = {
    {"errno", get_myerrno, set_myerrno},
    {"strerror", get_strerror, set_strerror},
    {"filename", get_filename, set_filename},
    {"filename2", get_filename2, set_filename2},
    {"characters_written", get_written, set_written},
    {NULL},
};

Obj *oserror_filename(Obj *path) {
    if (path == NULL || is_str(path) || is_bytes(path) || is_int(path) || path == NONE)
        return path ? NEWREF(path) : NULL;
    Obj *r = fspath(path);
    if (r == NULL) {
        err_clear();
        return NEWREF(path);
    }
    return r;
}

void err_set_from_errno(Obj *filename) {
    int err = errno;
    Obj *args[3];
    args[0] = small_new(err);
    args[1] = str_from_cstr(strerror(err));
    if (args[1] == NULL) return;
    args[2] = oserror_filename(filename);
    Obj *exc = exc_new(&Exc_OSError, args, filename ? 3 : 2);
    DECREF(args[1]);
    XDECREF(args[2]);
    if (exc != NULL) err_set_obj(exc);
}
