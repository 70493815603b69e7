/* args.c: binding vector-call arguments to the parameters of built-in
 * functions, with CPython's error messages. */
#include <string.h>
#include "args.h"
#include "err.h"
#include "str.h"

int args_no_kwargs(const char *fname, Obj *kwnames) {
    if (kw_count(kwnames) == 0) return 0;
    err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int args_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    err_bad_argument_count(fname, min, max, nargs);
    return -1;
}

/* The parameter list, digested: where "/" sits and where keyword-only
 * parameters ('$' prefix) start. */
typedef struct Params {
    const char *const *names;   /* as given, "/" included */
    size_t count;               /* parameters, "/" excluded */
    size_t posonly;             /* parameters before "/" */
    size_t maxpos;              /* parameters that may be given by position */
} Params;

static void params_digest(const char *const *names, Params *p) {
    p->names = names;
    p->count = p->posonly = 0;
    p->maxpos = (size_t)-1;
    for (size_t i = 0; names[i]; i++) {
        if (strcmp(names[i], "/") == 0) { p->posonly = p->count; continue; }
        if (names[i][0] == '$' && p->maxpos == (size_t)-1) p->maxpos = p->count;
        p->count++;
    }
    if (p->maxpos == (size_t)-1) p->maxpos = p->count;
}

/* The i-th parameter's name, without '$'. */
static const char *param_name(const Params *p, size_t i) {
    for (size_t k = 0, j = 0; p->names[k]; k++) {
        if (strcmp(p->names[k], "/") == 0) continue;
        if (j++ == i) return p->names[k] + (p->names[k][0] == '$');
    }
    return "?";
}

static int too_many_positional(const char *fname, const Params *p, size_t nrequired, size_t nargs) {
    err_format(&Exc_TypeError, "%s() takes %s %zu %sargument%s (%zu given)", fname,
               nrequired < p->maxpos ? "at most" : "exactly", p->maxpos,
               p->maxpos < p->count ? "positional " : "", p->maxpos == 1 ? "" : "s", nargs);
    return -1;
}

/* Places one keyword argument; -1 with CPython's message when it fits no
 * parameter or duplicates a positional one. */
static int bind_keyword(const char *fname, const Params *p, Obj *key, Obj *value,
                        size_t nargs, Obj **out) {
    for (size_t i = p->posonly; i < p->count; i++) {
        if (!str_equal_cstr(key, param_name(p, i))) continue;
        if (out[i] != NULL) {
            err_format(&Exc_TypeError, "argument for %s() given by name ('%U') and position (%zu)",
                       fname, key, i + 1);
            return -1;
        }
        out[i] = value;
        return 0;
    }
    err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
    return -1;
}

int args_bind(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
              const char *const *names, size_t nrequired, Obj **out) {
    Params p;
    params_digest(names, &p);
    for (size_t i = 0; i < p.count; i++) out[i] = NULL;
    if (nargs > p.maxpos) return too_many_positional(fname, &p, nrequired, nargs);
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t nkw = kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++)
        if (bind_keyword(fname, &p, tuple_get(kwnames, k), args[nargs + k], nargs, out) < 0)
            return -1;
    for (size_t i = 0; i < nrequired; i++) {
        if (out[i] != NULL) continue;
        if (i < p.posonly && nkw == 0 && p.count == p.posonly)
            err_format(&Exc_TypeError, "%s() takes at least %zu argument%s (%zu given)",
                       fname, nrequired, nrequired == 1 ? "" : "s", nargs);
        else
            err_format(&Exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                       fname, param_name(&p, i), i + 1);
        return -1;
    }
    return 0;
}
