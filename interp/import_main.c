/* import_main.c: `gilpy -m NAME`: finding the module to run as __main__ the
 * way CPython's runpy does (see import.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "import.h"
#include "import_internal.h"
#include "api.h"
#include "dict.h"
#include "embedded.h"
#include "err.h"
#include "exceptions.h"
#include "module.h"
#include "source.h"
#include "str.h"

void main_source_clear(MainSource *ms) {
    free(ms->filename);
    free(ms->file);
    free(ms->text);
    free(ms->package);
    *ms = (MainSource){0};
}

/* Raises the ImportError runpy reports, with a message made by printf. */
__attribute__((format(printf, 1, 2)))
static int runpy_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    int n = vasprintf(&msg, fmt, ap);
    va_end(ap);
    if (n < 0) { err_no_memory(); return -1; }
    err_set_str(&Exc_ImportError, msg);
    free(msg);
    return -1;
}

/* Imports the package part of `name`; "Error while finding module
 * specification" when that fails with an ImportError. */
static int import_parent(const char *name) {
    const char *dot = strrchr(name, '.');
    if (dot == NULL) return 0;
    char *parent = strndup(name, (size_t)(dot - name));
    if (parent == NULL) { err_no_memory(); return -1; }
    Obj *m = import_module_cstr(parent);
    int rc = 0;
    if (m == NULL) {
        rc = -1;
        if (err_matches(&Exc_ImportError)) {
            Obj *exc = err_fetch();
            Obj *text = obj_str(exc);
            char *inner = NULL;
            if (text && asprintf(&inner, "%s: %s", type_name(exc), str_data(text)) >= 0) {
                runpy_error("Error while finding module specification for '%s' (%s)", name, inner);
                free(inner);
            }
            XDECREF(text);
            DECREF(exc);
        }
    } else if (!is_module(m) || dict_get_cstr(module_dict(m), "__path__") == NULL) {
        rc = runpy_error("Error while finding module specification for '%s' "
                         "(ModuleNotFoundError: __path__ attribute not found on '%s' while "
                         "trying to find '%s')", name, parent, name);
    }
    XDECREF(m);
    free(parent);
    return rc;
}

/* The source a spec found, decoded, into *out. */
static int take_source(const char *name, ModuleSpec *spec, MainSource *out) {
    if (spec->kind == SPEC_BUILTIN) return runpy_error("No code object available for %s", name);
    if (spec->kind == SPEC_FILE) {
        size_t len, n;
        char *raw = import_read_file(spec->file, &len), *decoded = NULL;
        if (raw == NULL) return -1;
        const char *text = source_to_utf8(raw, len, spec->file, &n, &decoded);
        if (text == NULL) { free(raw); return -1; }
        out->text = decoded ? decoded : strndup(text, n);
        free(raw);
        out->len = n;
        out->file = strdup(spec->file);
        out->filename = strdup(spec->file);
    } else {
        const EmbeddedModule *em = spec->data;
        out->text = strndup(em->source, em->size);
        out->len = em->size;
        if (asprintf(&out->filename, "<frozen %s>", name) < 0) out->filename = NULL;
    }
    const char *dot = strrchr(name, '.');
    out->package = strndup(name, dot ? (size_t)(dot - name) : 0);
    if (out->text == NULL || out->filename == NULL || out->package == NULL) {
        err_no_memory();
        return -1;
    }
    return 0;
}

int import_find_main(const char *name, MainSource *out) {
    *out = (MainSource){0};
    if (name[0] == '.') return runpy_error("Relative module names not supported");
    if (import_parent(name) < 0) return -1;
    ModuleSpec spec = {0};
    int found = import_find_spec(name, &spec);
    if (found < 0) return -1;
    if (found == 0) return runpy_error("No module named %s", name);
    if (spec.is_package) {
        /* a package runs its __main__ submodule, once the package is imported */
        module_spec_clear(&spec);
        char *sub = NULL;
        if (asprintf(&sub, "%s.__main__", name) < 0) { err_no_memory(); return -1; }
        Obj *pkg = import_module_cstr(name);
        int rc = -1;
        if (pkg != NULL) {
            DECREF(pkg);
            found = import_find_spec(sub, &spec);
            if (found == 0)
                runpy_error("No module named %s; '%s' is a package and cannot be directly executed", sub, name);
            else if (found > 0 && spec.is_package)
                runpy_error("Cannot use package as __main__ module");
            else if (found > 0)
                rc = take_source(sub, &spec, out);
        }
        free(sub);
        module_spec_clear(&spec);
        return rc;
    }
    int rc = take_source(name, &spec, out);
    module_spec_clear(&spec);
    return rc;
}
