/* io_memory.c: what the two in-memory streams, BytesIO (io_bytesio.c) and
 * StringIO (io_stringio.c), do alike: their growable buffer, the checks of
 * their size, seek and state arguments with CPython's messages, and the
 * methods that behave the same in both (writelines, fileno, detach). */
#include <stdlib.h>
#include "io_internal.h"
#include "clinic_args.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "str.h"

int io_mem_grow(char **buf, size_t *cap, size_t need) {
    size_t c = *cap ? *cap : 64;
    while (c < need) c *= 2;
    char *p = realloc(*buf, c);
    if (p == NULL) {
        err_no_memory();
        return -1;
    }
    *buf = p;
    *cap = c;
    return 0;
}

int io_mem_size_arg(const char *cls, const char *fname, Obj *const *args, size_t nargs,
                    Obj *kwnames, intptr_t *size) {
    *size = -1;
    if (clinic_positional(cls, fname, nargs, kwnames, 0, 1) < 0) return -1;
    if (nargs == 0 || args[0] == NONE) return 0;
    if (!is_int(args[0])) {
        err_format(&Exc_TypeError, "argument should be integer or None, not '%T'", args[0]);
        return -1;
    }
    return intarg_ssize(args[0], size) < 0 ? -1 : 1;
}

int io_mem_seek_args(const char *cls, Obj *const *args, size_t nargs, Obj *kwnames,
                     intptr_t *pos, intptr_t *whence) {
    *whence = 0;
    if (clinic_positional(cls, "seek", nargs, kwnames, 1, 2) < 0 ||
        intarg_ssize(args[0], pos) < 0 || (nargs > 1 && intarg_ssize(args[1], whence) < 0))
        return -1;
    return 0;
}

int io_mem_state_pos(Obj *pos, intptr_t *at) {
    if (intarg_ssize(pos, at) < 0) return -1;
    if (*at < 0) {
        err_set_str(&Exc_ValueError, "position value cannot be negative");
        return -1;
    }
    return 0;
}

int io_mem_state_dict(Obj **slot, Obj *d) {
    if (d == NONE) return 0;
    if (*slot == NULL && (*slot = dict_new()) == NULL) return -1;
    return dict_update(*slot, d);
}

Obj *io_mem_writelines(Obj *self, Obj *lines, IoWriteFn write, bool direct) {
    Obj *it = obj_iter(lines), *item;
    if (it == NULL) return NULL;
    while ((item = obj_next(it)) != NULL) {
        Obj *r = direct ? write(self, &item, 1, NULL)
                        : obj_call_method(self, str_intern_cstr("write"), &item, 1);
        DECREF(item);
        if (r == NULL) {
            DECREF(it);
            return NULL;
        }
        DECREF(r);
    }
    DECREF(it);
    return err_occurred() ? NULL : NEWREF(NONE);
}

Obj *io_mem_fileno(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&UnsupportedOperationType, "fileno");
    return NULL;
}

Obj *io_mem_detach(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&UnsupportedOperationType, "detach");
    return NULL;
}
