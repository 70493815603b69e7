/* builtins_code.c: built-ins that deal with code and namespaces: exec, eval,
 * compile, globals, locals, vars, dir. */
#include <string.h>
#include "builtins.h"
#include "api.h"
#include "args.h"
#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "err.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

/* ---- compiling --------------------------------------------------------- */

/* Source text of a str or bytes argument; NULL (no exception) otherwise. */
static const char *source_text(Obj *src, size_t *len) {
    if (is_str(src)) { *len = str_size(src); return str_data(src); }
    if (is_bytes(src)) { *len = ((BytesObj *)src)->size; return (const char *)((BytesObj *)src)->data; }
    if (is_bytearray(src)) { *len = ((ByteArrayObj *)src)->size; return (const char *)((ByteArrayObj *)src)->data; }
    return NULL;
}

/* The code object exec/eval run: a code object as is, or compiled source. */
static Obj *code_of(const char *fname, Obj *src, ParseMode mode) {
    if (is_code(src)) return NEWREF(src);
    size_t len;
    const char *text = source_text(src, &len);
    if (text == NULL) {
        err_format(&Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        return NULL;
    }
    if (mode == PARSE_EVAL) {
        /* eval() ignores leading blanks, so "  1 + 1" works */
        while (len > 0 && (*text == ' ' || *text == '\t')) { text++; len--; }
    }
    return compile_source(text, len, "<string>", mode);
}

static Obj *b_compile(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "$_feature_version", NULL};
    static const struct { const char *name; ParseMode mode; } modes[] = {
        {"exec", PARSE_FILE}, {"eval", PARSE_EVAL}, {"single", PARSE_SINGLE},
    };
    Obj *a[7];
    if (args_bind("compile", args, nargs, kwnames, names, 3, a) < 0) return NULL;
    size_t len;
    const char *text = source_text(a[0], &len);
    if (text == NULL) {
        err_set_str(&Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
        return NULL;
    }
    if (!is_str(a[1])) {
        err_format(&Exc_TypeError, "compile() argument 'filename' must be str, not %T", a[1]);
        return NULL;
    }
    if (!is_str(a[2])) {
        err_format(&Exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
        return NULL;
    }
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (str_equal_cstr(a[2], modes[i].name))
            return compile_source(text, len, str_data(a[1]), modes[i].mode);
    err_set_str(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return NULL;
}

/* ---- namespaces -------------------------------------------------------- */

/* Resolves exec/eval's globals and locals the way CPython does; *globals is
 * borrowed, *locals a new reference. */
static int namespaces(const char *fname, Obj **globals, Obj **locals) {
    if (*globals == NONE) *globals = NULL;
    if (*locals == NONE) *locals = NULL;
    if (*globals == NULL) {
        *globals = frame_current_globals();
        if (*globals == NULL) {
            err_set_str(&Exc_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        if (*locals == NULL) {
            *locals = frame_current_locals();
            return *locals == NULL && err_occurred() ? -1 : 0;
        }
    } else if (!is_dict(*globals)) {
        if (strcmp(fname, "exec") == 0)
            err_format(&Exc_TypeError, "exec() globals must be a dict, not %T", *globals);
        else
            err_set_str(&Exc_TypeError, "globals must be a dict");
        return -1;
    }
    if (*locals != NULL && TYPE(*locals)->mapping == NULL) {
        if (strcmp(fname, "exec") == 0)
            err_format(&Exc_TypeError, "locals must be a mapping or None, not %T", *locals);
        else
            err_set_str(&Exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (*locals == NULL) *locals = *globals;
    INCREF(*locals);
    if (dict_get_cstr(*globals, "__builtins__") == NULL &&
        dict_set_cstr(*globals, "__builtins__", builtins_dict()) < 0) {
        CLEAR(*locals);
        return -1;
    }
    return 0;
}

/* exec and eval: run source or code in the given namespaces. */
static Obj *run_in(const char *fname, ParseMode mode, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"source", "globals", "locals", "/", "$closure", NULL};
    Obj *a[4];
    if (strcmp(fname, "eval") == 0) {
        if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 3) < 0) return NULL;
        for (size_t i = 0; i < 3; i++) a[i] = i < nargs ? args[i] : NULL;
    } else if (nargs == 0) {
        err_format(&Exc_TypeError, "%s() takes at least 1 positional argument (0 given)", fname);
        return NULL;
    } else if (args_bind(fname, args, nargs, kwnames, names, 1, a) < 0) {
        return NULL;
    }
    Obj *globals = a[1], *locals = a[2];
    if (globals == NULL) globals = NONE;
    if (locals == NULL) locals = NONE;
    Obj *code = code_of(fname, a[0], mode);
    if (code == NULL) return NULL;
    if (namespaces(fname, &globals, &locals) < 0) { DECREF(code); return NULL; }
    Obj *res = eval_code(code, globals, locals);
    DECREF(code);
    XDECREF(locals);
    if (res != NULL && mode == PARSE_FILE) SETREF(res, NEWREF(NONE));
    return res;
}

static Obj *b_exec(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return run_in("exec", PARSE_FILE, args, nargs, kwnames);
}

static Obj *b_eval(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return run_in("eval", PARSE_EVAL, args, nargs, kwnames);
}

static Obj *b_globals(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("globals", kwnames) < 0 || args_count("globals", nargs, 0, 0) < 0) return NULL;
    Obj *g = frame_current_globals();
    return g ? NEWREF(g) : NEWREF(NONE);
}

static Obj *current_locals(void) {
    Obj *l = frame_current_locals();
    return l || err_occurred() ? l : NEWREF(NONE);
}

static Obj *b_locals(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("locals", kwnames) < 0 || args_count("locals", nargs, 0, 0) < 0) return NULL;
    return current_locals();
}

static Obj *b_vars(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("vars", kwnames) < 0 || args_count("vars", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return current_locals();
    Obj *d = obj_lookup_attr(args[0], str_intern_cstr("__dict__"));
    if (d == NULL && !err_occurred())
        err_set_str(&Exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* ---- dir --------------------------------------------------------------- */

/* Adds the keys of mapping d to the dict used as a set of names. */
static int add_keys(Obj *names, Obj *d) {
    if (d == NULL || !is_dict(d)) return 0;
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(d, &pos, &k, &v))
        if (dict_set(names, k, NONE) < 0) return -1;
    return 0;
}

/* Adds the names defined along a type's MRO. */
static int add_type_names(Obj *names, Type *t) {
    Obj *mro = t->mro;
    if (mro == NULL) return add_keys(names, t->dict);
    for (size_t i = 0; i < tuple_size(mro); i++)
        if (add_keys(names, ((Type *)tuple_get(mro, i))->dict) < 0) return -1;
    return 0;
}

/* The attribute names dir(o) lists when o's class has no __dir__. */
static Obj *default_dir(Obj *o) {
    Obj *names = dict_new();
    if (names == NULL) return NULL;
    int rc;
    if (is_module(o)) {
        rc = add_keys(names, module_dict(o));
    } else if (type_has(TYPE(o), TF_TYPE_SUBCLASS)) {
        rc = add_type_names(names, (Type *)o);
    } else {
        Obj *d = obj_lookup_attr(o, str_intern_cstr("__dict__"));
        rc = d == NULL && err_occurred() ? -1 : add_keys(names, d);
        XDECREF(d);
        if (rc == 0) rc = add_type_names(names, TYPE(o));
    }
    Obj *list = rc < 0 ? NULL : dict_keys_list(names);
    DECREF(names);
    return list;
}

static Obj *b_dir(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("dir", kwnames) < 0 || args_count("dir", nargs, 0, 1) < 0) return NULL;
    Obj *list;
    if (nargs == 0) {
        Obj *l = current_locals();
        list = l == NULL ? NULL : l == NONE ? list_new(0) : list_from_iterable(l);
        XDECREF(l);
    } else {
        Obj *fn = type_lookup(TYPE(args[0]), str_intern_cstr("__dir__"));
        Obj *res = fn ? obj_call_unbound(fn, args[0], NULL, 0) : default_dir(args[0]);
        list = res ? list_from_iterable(res) : NULL;
        XDECREF(res);
    }
    if (list != NULL && list_sort(list, NULL, false) < 0) CLEAR(list);
    return list;
}

const MethodDef builtins_code_methods[] = {
    {"compile", b_compile, 0},
    {"exec", b_exec, 0},
    {"eval", b_eval, 0},
    {"globals", b_globals, 0},
    {"locals", b_locals, 0},
    {"vars", b_vars, 0},
    {"dir", b_dir, 0},
    {NULL},
};
