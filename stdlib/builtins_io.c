/* builtins_io.c: the built-ins that talk to the outside: print, input, open,
 * the REPL's exit/quit objects and the display hook's work. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "builtins.h"
#include "api.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "io.h"
#include "str.h"
#include "tuple.h"

/* ---- print ------------------------------------------------------------- */

typedef struct PrintArgs { Obj *sep, *end, *file, *flush; } PrintArgs;

static int print_kwargs(Obj *const *kwvals, Obj *kwnames, PrintArgs *pa) {
    *pa = (PrintArgs){0};
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Obj *name = tuple_get(kwnames, i), *v = kwvals[i];
        if (str_equal_cstr(name, "sep")) pa->sep = v;
        else if (str_equal_cstr(name, "end")) pa->end = v;
        else if (str_equal_cstr(name, "file")) pa->file = v;
        else if (str_equal_cstr(name, "flush")) pa->flush = v;
        else {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for print()", name);
            return -1;
        }
    }
    if (pa->sep == NONE) pa->sep = NULL;
    if (pa->end == NONE) pa->end = NULL;
    if (pa->sep && !is_str(pa->sep)) {
        err_format(&Exc_TypeError, "sep must be None or a string, not %T", pa->sep);
        return -1;
    }
    if (pa->end && !is_str(pa->end)) {
        err_format(&Exc_TypeError, "end must be None or a string, not %T", pa->end);
        return -1;
    }
    return 0;
}

/* Writes str(o) without making a new object when o is already a str. */
static int write_str_of(Obj *file, Obj *o) {
    if (TYPE(o) == &StrType) return io_write_str(file, o);
    Obj *s = obj_str(o);
    if (s == NULL) return -1;
    int rc = io_write_str(file, s);
    DECREF(s);
    return rc;
}

static int write_sep(Obj *file, Obj *sep, const char *dflt) {
    return sep ? io_write_str(file, sep) : io_write_cstr(file, dflt);
}

static Obj *b_print(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    PrintArgs pa;
    if (print_kwargs(args + nargs, kwnames, &pa) < 0) return NULL;
    Obj *file = pa.file && pa.file != NONE ? pa.file : sys_get_object("stdout");
    if (file == NULL || file == NONE) return NEWREF(NONE);
    INCREF(file);   /* a write may replace sys.stdout */
    int rc = 0;
    for (size_t i = 0; i < nargs && rc == 0; i++) {
        if (i > 0) rc = write_sep(file, pa.sep, " ");
        if (rc == 0) rc = write_str_of(file, args[i]);
    }
    if (rc == 0) rc = write_sep(file, pa.end, "\n");
    if (rc == 0 && pa.flush) {
        int f = obj_is_true(pa.flush);
        rc = f < 0 ? -1 : f ? io_flush_obj(file) : 0;
    }
    DECREF(file);
    return rc < 0 ? NULL : NEWREF(NONE);
}

/* ---- input ------------------------------------------------------------- */

static bool is_std_file(Obj *o, int fd) {
    return o != NULL && is_file(o) && ((FileObj *)o)->fd == fd;
}

/* input() on a terminal: libedit edits the line and remembers it. */
static Obj *input_interactive(Obj *prompt) {
    Obj *p = prompt ? obj_str(prompt) : NULL;
    if (prompt && p == NULL) return NULL;
    char *line = terminal_readline(p ? str_data(p) : "");
    XDECREF(p);
    if (line == NULL) {
        if (!err_occurred()) err_set_none(&Exc_EOFError);   /* else Ctrl-C */
        return NULL;
    }
    Obj *s = str_decode_utf8(line, strlen(line), "strict");
    free(line);
    return s;
}

/* Strips the newline of a line read from a file; EOFError at end of file. */
static Obj *input_from_line(Obj *line) {
    if (!is_str(line)) {
        err_format(&Exc_TypeError, "object.readline() returned non-string");
        DECREF(line);
        return NULL;
    }
    size_t n = str_size(line);
    if (n == 0) {
        DECREF(line);
        err_set_str(&Exc_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (str_data(line)[n - 1] != '\n') return line;
    Obj *s = str_from(str_data(line), n - 1);
    DECREF(line);
    return s;
}

static Obj *b_input(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("input", kwnames) < 0 || args_count("input", nargs, 0, 1) < 0) return NULL;
    Obj *prompt = nargs ? args[0] : NULL;
    Obj *in = sys_get_object("stdin"), *out = sys_get_object("stdout"), *err = sys_get_object("stderr");
    if (in == NULL || in == NONE) { err_set_str(&Exc_RuntimeError, "input(): lost sys.stdin"); return NULL; }
    if (out == NULL || out == NONE) { err_set_str(&Exc_RuntimeError, "input(): lost sys.stdout"); return NULL; }
    if (err && err != NONE && io_flush_obj(err) < 0) return NULL;
    if (is_std_file(in, 0) && is_std_file(out, 1) && isatty(0) && isatty(1)) {
        if (io_flush_obj(out) < 0) return NULL;
        return input_interactive(prompt);
    }
    if (prompt && (write_str_of(out, prompt) < 0)) return NULL;
    if (io_flush_obj(out) < 0) return NULL;
    Obj *line = is_file(in) && ((FileObj *)in)->readable && !((FileObj *)in)->closed
                ? io_readline((FileObj *)in, -1)
                : obj_call_method(in, str_intern_cstr("readline"), NULL, 0);
    return line ? input_from_line(line) : NULL;
}

/* ---- open -------------------------------------------------------------- */

static Obj *b_open(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    Obj *a[8];
    if (args_bind("open", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    return io_open(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
}

/* ---- exit and quit ----------------------------------------------------- */

typedef struct QuitterObj { Obj ob; const char *name; } QuitterObj;

static Obj *quitter_repr(Obj *o) {
    return str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObj *)o)->name);
}

static Obj *quitter_call(Obj *o, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"code", NULL};
    Obj *a[1];
    if (args_bind(((QuitterObj *)o)->name, args, nargs, kwnames, names, 0, a) < 0) return NULL;
    Obj *exc = exc_new(&Exc_SystemExit, a, a[0] ? 1 : 0);
    if (exc != NULL) err_set_obj(exc);
    return NULL;
}

static void quitter_dealloc(Obj *o) { obj_free(o); }

static Type QuitterType = {
    .ob = STATIC_HEAD(&TypeType), .name = "_sitebuiltins.Quitter", .size = sizeof(QuitterObj),
    .base = &ObjectType, .dealloc = quitter_dealloc, .repr = quitter_repr, .call = quitter_call,
};

Obj *quitter_new(const char *name) {
    QuitterObj *q = (QuitterObj *)obj_alloc(&QuitterType, sizeof *q);
    if (q != NULL) q->name = name;
    return (Obj *)q;
}

int builtins_io_init(void) {
    return type_ready(&QuitterType);
}

/* ---- the display hook -------------------------------------------------- */

int builtins_display(Obj *value) {
    if (value == NONE) return 0;
    Obj *b = builtins_dict();
    if (dict_set_cstr(b, "_", NONE) < 0) return -1;
    Obj *out = sys_get_object("stdout");
    if (out == NULL || out == NONE) {
        err_set_str(&Exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    Obj *r = obj_repr(value);
    if (r == NULL) return -1;
    int rc = io_write_str(out, r);
    DECREF(r);
    if (rc < 0 || io_write_cstr(out, "\n") < 0) return -1;
    return dict_set_cstr(b, "_", value);
}

const MethodDef builtins_io_methods[] = {
    {"print", b_print, 0},
    {"input", b_input, 0},
    {"open", b_open, 0},
    {NULL},
};
