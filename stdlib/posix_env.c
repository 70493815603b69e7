/* posix_env.c: the process environment for the posix module: posix.environ
 * (a dict of str made at start-up; os.environ wraps it) and putenv/unsetenv,
 * which change the environment that exec'd children inherit. */
#include <stdlib.h>
#include <string.h>
#include "posix_internal.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "str.h"

extern char **environ;

Obj *posix_environ_dict(void) {
    Obj *d = dict_new();
    for (char **e = environ; d != NULL && e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) continue;
        Obj *k = str_decode_utf8(*e, (size_t)(eq - *e), "surrogateescape");
        Obj *v = k ? str_decode_utf8(eq + 1, strlen(eq + 1), "surrogateescape") : NULL;
        if (v == NULL || dict_set(d, k, v) < 0) CLEAR(d);
        XDECREF(k);
        XDECREF(v);
    }
    return d;
}

/* putenv's variable name: without '=' (ValueError as CPython; an empty
 * one is setenv's EINVAL). */
static const char *env_name(Obj *o) {
    const char *name = posix_fs_cstr(o);
    if (name == NULL) return NULL;
    if (strchr(name, '=') != NULL) {
        err_set_str(&Exc_ValueError, "illegal environment variable name");
        return NULL;
    }
    return name;
}

static Obj *p_putenv(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("putenv", kwnames) < 0 || args_count("putenv", nargs, 2, 2) < 0) return NULL;
    const char *name = env_name(args[0]);
    const char *value = name ? posix_fs_cstr(args[1]) : NULL;
    if (value == NULL) return NULL;
    return posix_none_or_error(setenv(name, value, 1), NULL);
}

static Obj *p_unsetenv(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("unsetenv", kwnames) < 0 || args_count("unsetenv", nargs, 1, 1) < 0)
        return NULL;
    const char *name = posix_fs_cstr(args[0]);
    if (name == NULL) return NULL;
    return posix_none_or_error(unsetenv(name), NULL);
}

const MethodDef posix_env_methods[] = {
    {"putenv", p_putenv}, {"unsetenv", p_unsetenv},
    {NULL},
};
