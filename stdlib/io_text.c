/* io_text.c: TextIOWrapper.reconfigure(): changing a text file's encoding,
 * errors, newline, line_buffering and write_through after it was opened
 * (sys.stdout.reconfigure(line_buffering=True) and the like). */
#include "io_internal.h"
#include "args.h"
#include "err.h"
#include "intarg.h"
#include "str.h"
#include "tuple.h"

/* A str-or-None keyword argument of reconfigure(). */
static int check_str_arg(const char *name, Obj *v) {
    if (v == NULL || v == NONE || is_str(v)) return 0;
    err_format(&Exc_TypeError, "reconfigure() argument '%s' must be str or None, not %T", name, v);
    return -1;
}

Obj *io_m_reconfigure(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"$encoding", "$errors", "$newline", "$line_buffering",
                                        "$write_through", NULL};
    FileObj *f = (FileObj *)self;
    Obj *a[5];
    if (nargs > 0) {
        err_set_str(&Exc_TypeError, "reconfigure() takes no positional arguments");
        return NULL;
    }
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Obj *k = tuple_get(kwnames, i);
        bool known = false;
        for (int j = 0; names[j]; j++) known |= str_equal_cstr(k, names[j] + 1);
        if (!known) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for reconfigure()", k);
            return NULL;
        }
    }
    if (args_bind("reconfigure", args, nargs, kwnames, names, 0, a) < 0 ||
        check_str_arg("encoding", a[0]) < 0 || check_str_arg("errors", a[1]) < 0 ||
        check_str_arg("newline", a[2]) < 0)
        return NULL;
    int codec = f->codec, nl = f->newline;
    if (a[0] && a[0] != NONE && (codec = io_codec_of(a[0])) < 0) return NULL;
    if (a[2] && (nl = io_newline_of(a[2])) < 0) return NULL;
    intptr_t line = f->line_buffering, through = f->unbuffered;
    if ((a[3] && a[3] != NONE && intarg_ssize(a[3], &line) < 0) ||
        (a[4] && a[4] != NONE && intarg_ssize(a[4], &through) < 0))
        return NULL;
    /* what was written so far goes out under the old settings */
    if (io_check_open(f) < 0 || io_flush(f) < 0) return NULL;
    if (a[0] && a[0] != NONE) {
        SETREF(f->encoding, NEWREF(a[0]));
        f->codec = (uint8_t)codec;
        if (a[1] == NULL || a[1] == NONE) SETREF(f->errors, NEWREF(str_intern_cstr("strict")));
    }
    if (a[1] && a[1] != NONE) SETREF(f->errors, NEWREF(a[1]));
    f->newline = (uint8_t)nl;
    f->line_buffering = line != 0;
    f->unbuffered = through != 0;
    return NEWREF(NONE);
}
