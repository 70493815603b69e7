/* import.c: the import system: sys.modules, finding a module by name, and the
 * `import` statement's semantics (dotted names, fromlist, relative imports).
 *
 * A module is a built-in C module, or is found along sys.path (a package's
 * submodules along its __path__): a .py file or a package folder, or, at the
 * "<gilpy-embedded-stdlib>" entry, a module embedded from stdlib/lib
 * (import_path.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "api.h"
#include "dict.h"
#include "embedded.h"
#include "import_internal.h"
#include "err.h"
#include "list.h"
#include "modules.h"
#include "str.h"
#include "tuple.h"

static Obj *modules_dict;   /* sys.modules */

Obj *sys_modules(void) {
    if (modules_dict == NULL) modules_dict = dict_new();
    return modules_dict;
}

/* ---- finders ----------------------------------------------------------- */

static Obj *load_builtin(const ModuleSpec *spec, const char *fullname) {
    const BuiltinModule *bm = spec->data;
    Obj *m = bm->init();
    if (m == NULL) return NULL;
    if (dict_set_cstr(sys_modules(), fullname, m) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}

static int find_builtin(const char *fullname, ModuleSpec *spec) {
    const BuiltinModule *bm = builtin_module_find(fullname);
    if (bm == NULL) return 0;
    *spec = (ModuleSpec){ .kind = SPEC_BUILTIN, .load = load_builtin, .data = bm };
    return 1;
}

/* __package__, and for a package the __path__ its submodules are found on
 * (a list holding `pkgdir`). */
static int set_package_attrs(Obj *dict, const char *fullname, const char *pkgdir) {
    Obj *pkg;
    if (pkgdir != NULL) {
        pkg = str_from_cstr(fullname);
        Obj *dir = pkg ? str_from_cstr(pkgdir) : NULL;
        Obj *path = dir ? list_new(0) : NULL;
        int rc = path && list_append(path, dir) == 0 ? dict_set_cstr(dict, "__path__", path) : -1;
        XDECREF(dir);
        XDECREF(path);
        if (rc < 0) { XDECREF(pkg); return -1; }
    } else {
        const char *dot = strrchr(fullname, '.');
        pkg = str_from(fullname, dot ? (size_t)(dot - fullname) : 0);
    }
    if (pkg == NULL) return -1;
    int rc = dict_set_cstr(dict, "__package__", pkg);
    DECREF(pkg);
    return rc;
}

/* __file__ and __cached__ of a module read from a file. */
static int set_file_attrs(Obj *dict, const char *file) {
    Obj *f = str_from_cstr(file);
    int rc = f && dict_set_cstr(dict, "__file__", f) == 0 ? dict_set_cstr(dict, "__cached__", NONE) : -1;
    XDECREF(f);
    return rc;
}

Obj *exec_module_source(const char *fullname, const char *src, size_t len, const char *filename,
                        const char *file, const char *pkgdir) {
    Obj *m = module_new(fullname);
    if (m == NULL) return NULL;
    Obj *dict = module_dict(m);
    if (dict_set_cstr(dict, "__builtins__", dict_get_cstr(sys_modules(), "builtins")) < 0 ||
        set_package_attrs(dict, fullname, pkgdir) < 0 ||
        (file != NULL && set_file_attrs(dict, file) < 0) ||
        dict_set_cstr(sys_modules(), fullname, m) < 0) {
        DECREF(m);
        return NULL;
    }
    Obj *res = run_source(src, len, filename, dict);
    if (res == NULL) {
        Obj *exc = err_fetch();
        Obj *key = str_from_cstr(fullname);
        if (key && dict_contains(sys_modules(), key) == 1) dict_del(sys_modules(), key);
        XDECREF(key);
        err_clear();
        err_set_obj(exc);
        DECREF(m);
        return NULL;
    }
    DECREF(res);
    /* the module may have replaced itself in sys.modules, as CPython allows */
    Obj *final = dict_get_cstr(sys_modules(), fullname);
    if (final != NULL && final != m) {
        DECREF(m);
        return NEWREF(final);
    }
    return m;
}

static Obj *load_embedded(const ModuleSpec *spec, const char *fullname) {
    const EmbeddedModule *em = spec->data;
    size_t n = strlen(fullname) + sizeof "<frozen >";
    char *filename = malloc(n);
    if (filename == NULL) { err_no_memory(); return NULL; }
    snprintf(filename, n, "<frozen %s>", fullname);
    Obj *m = exec_module_source(fullname, em->source, em->size, filename, NULL,
                                em->is_package ? EMBEDDED_STDLIB_MARKER : NULL);
    free(filename);
    return m;
}

int find_embedded(const char *fullname, ModuleSpec *spec) {
    for (const EmbeddedModule *em = embedded_modules; em->name != NULL; em++) {
        if (strcmp(em->name, fullname) == 0) {
            *spec = (ModuleSpec){ .kind = SPEC_EMBEDDED, .load = load_embedded, .data = em,
                                  .is_package = em->is_package };
            return 1;
        }
    }
    return 0;
}

/* Finds `fullname`: a built-in C module, else along sys.path (or the parent
 * package's __path__), where the embedded library is one of the entries. */
int import_find_spec(const char *fullname, ModuleSpec *spec) {
    int found = find_builtin(fullname, spec);
    return found != 0 ? found : find_on_path(fullname, spec);
}

/* Finds and loads `fullname`.  NULL without an exception: not found. */
static Obj *find_and_load(const char *fullname) {
    ModuleSpec spec;
    int found = import_find_spec(fullname, &spec);
    if (found <= 0) return NULL;
    Obj *m = spec.load(&spec, fullname);
    module_spec_clear(&spec);
    return m;
}

/* ---- dotted names ------------------------------------------------------ */

static Obj *cached_module(const char *name) {
    Obj *m = dict_get_cstr(sys_modules(), name);
    return m ? NEWREF(m) : NULL;
}

/* "No module named 'a.b'", or with the parent's name (its first parent_len
 * bytes of fullname) when that parent is not a package. */
static void raise_not_found(const char *fullname, size_t parent_len) {
    char *parent = parent_len ? strndup(fullname, parent_len) : NULL;
    Obj *msg = parent_len == 0 ? str_from_format("No module named '%s'", fullname)
             : parent ? str_from_format("No module named '%s'; '%s' is not a package", fullname, parent)
             : NULL;
    free(parent);
    Obj *name = msg ? str_from_cstr(fullname) : NULL;
    Obj *exc = name ? exc_new(&Exc_ModuleNotFoundError, &msg, 1) : NULL;
    /* ModuleNotFoundError.name: the module that was looked for */
    if (exc != NULL && obj_setattr(exc, str_intern_cstr("name"), name) < 0) CLEAR(exc);
    if (exc != NULL) err_set_obj(exc);
    else if (!err_occurred()) err_no_memory();
    XDECREF(msg);
    XDECREF(name);
}

/* Imports one more component: `fullname` whose parent (NULL for a top-level
 * name; the first parent_len bytes of fullname) is already imported.
 * *missing is set when the module does not exist. */
static Obj *import_one(const char *fullname, Obj *parent, size_t parent_len, bool *missing) {
    Obj *m = cached_module(fullname);
    if (m != NULL) return m;
    if (parent != NULL && (!is_module(parent) ||
                           dict_get_cstr(module_dict(parent), "__path__") == NULL)) {
        raise_not_found(fullname, parent_len);
        *missing = true;
        return NULL;
    }
    m = find_and_load(fullname);
    if (m == NULL) {
        if (err_occurred()) return NULL;
        raise_not_found(fullname, 0);
        *missing = true;
        return NULL;
    }
    if (parent != NULL) {
        Obj *attr = str_intern(str_from_cstr(fullname + parent_len + 1));
        int rc = attr ? obj_setattr(parent, attr, m) : -1;
        XDECREF(attr);
        if (rc < 0) { DECREF(m); return NULL; }
    }
    return m;
}

/* Imports every prefix of the dotted `fullname`; returns the last module.
 * *missing tells a caller that the failure is "no such module". */
static Obj *import_dotted(const char *fullname, bool *missing) {
    *missing = false;
    Obj *m = cached_module(fullname);
    if (m != NULL) return m;
    char *buf = strdup(fullname);
    if (buf == NULL) { err_no_memory(); return NULL; }
    Obj *parent = NULL;
    size_t parent_len = 0;
    for (char *p = buf;; p++) {
        if (*p != '.' && *p != '\0') continue;
        char saved = *p;
        *p = '\0';
        m = import_one(buf, parent, parent_len, missing);
        XDECREF(parent);
        if (m == NULL || saved == '\0') break;
        *p = saved;
        parent = m;
        parent_len = (size_t)(p - buf);
    }
    free(buf);
    return m;
}

Obj *import_module_cstr(const char *name) {
    bool missing;
    return import_dotted(name, &missing);
}

/* ---- the import statement ---------------------------------------------- */

/* The package a relative import in a module with these globals starts from
 * (new reference, a str). */
static Obj *importing_package(Obj *globals) {
    Obj *pkg = globals && is_dict(globals) ? dict_get_cstr(globals, "__package__") : NULL;
    if (pkg != NULL && is_str(pkg)) return NEWREF(pkg);
    Obj *name = globals && is_dict(globals) ? dict_get_cstr(globals, "__name__") : NULL;
    if (name == NULL || !is_str(name)) return NULL;
    if (dict_get_cstr(globals, "__path__") != NULL) return NEWREF(name);
    const char *s = str_data(name), *dot = strrchr(s, '.');
    return str_from(s, dot ? (size_t)(dot - s) : 0);
}

/* The absolute name of `name` imported with `level` leading dots (a str). */
static Obj *resolve_name(Obj *name, Obj *globals, int level) {
    if (level == 0) return NEWREF(name);
    Obj *pkg = importing_package(globals);
    if (pkg == NULL && err_occurred()) return NULL;
    if (pkg == NULL || str_size(pkg) == 0) {
        XDECREF(pkg);
        err_set_str(&Exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    const char *base = str_data(pkg);
    size_t len = str_size(pkg);
    for (int i = 1; i < level; i++) {
        while (len > 0 && base[len - 1] != '.') len--;
        if (len == 0) {
            DECREF(pkg);
            err_set_str(&Exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        len--;
    }
    Obj *res = str_from(base, len);
    if (res != NULL && str_size(name) != 0) {
        Obj *dotted = str_concat(res, str_intern_cstr("."));
        DECREF(res);
        res = dotted ? str_concat(dotted, name) : NULL;
        XDECREF(dotted);
    }
    DECREF(pkg);
    return res;
}

/* `from pkg import a, b`: names that are not attributes yet may be
 * submodules of a package; import those, ignoring the ones that don't exist
 * (the statement then reports them as ImportError). */
static int import_fromlist(Obj *m, const char *fullname, Obj *fromlist) {
    if (!is_module(m) || dict_get_cstr(module_dict(m), "__path__") == NULL) return 0;
    Obj *it = obj_iter(fromlist);
    if (it == NULL) return -1;
    Obj *item;
    while ((item = obj_next(it)) != NULL) {
        int rc = 0;
        if (is_str(item) && strcmp(str_data(item), "*") != 0 &&
            dict_get_str(module_dict(m), item) == NULL) {
            Obj *sub = str_from_format("%s.%U", fullname, item);
            bool missing = false;
            Obj *sm = sub ? import_dotted(str_data(sub), &missing) : NULL;
            if (sm == NULL && missing) err_clear();
            else if (sm == NULL) rc = -1;
            XDECREF(sm);
            XDECREF(sub);
        }
        DECREF(item);
        if (rc < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* The module `import a.b.c` binds: the first component's. */
static Obj *top_level_module(Obj *full, Obj *name, int level) {
    const char *s = str_data(name);
    const char *dot = strchr(s, '.');
    if (dot == NULL && level == 0) return cached_module(s);
    if (dot == NULL) return cached_module(str_data(full));
    /* full ends with name; keep full up to name's first dot */
    size_t cut = str_size(full) - (str_size(name) - (size_t)(dot - s));
    char *head = strndup(str_data(full), cut);
    if (head == NULL) { err_no_memory(); return NULL; }
    Obj *m = cached_module(head);
    free(head);
    return m;
}

Obj *import_module_level(Obj *name, Obj *globals, Obj *fromlist, int level) {
    if (!is_str(name)) {
        err_format(&Exc_TypeError, "module name must be str, not %T", name);
        return NULL;
    }
    if (level < 0) {
        err_set_str(&Exc_ValueError, "level must be >= 0");
        return NULL;
    }
    if (level == 0 && str_size(name) == 0) {
        err_set_str(&Exc_ValueError, "Empty module name");
        return NULL;
    }
    Obj *full = resolve_name(name, globals, level);
    if (full == NULL) return NULL;
    bool missing;
    Obj *m = import_dotted(str_data(full), &missing);
    if (m == NULL) { DECREF(full); return NULL; }
    int has_fromlist = fromlist && fromlist != NONE ? obj_is_true(fromlist) : 0;
    if (has_fromlist < 0) { DECREF(m); DECREF(full); return NULL; }
    if (has_fromlist) {
        if (import_fromlist(m, str_data(full), fromlist) < 0) CLEAR(m);
    } else if (str_size(name) != 0) {
        Obj *top = top_level_module(full, name, level);
        DECREF(m);
        m = top;
    }
    DECREF(full);
    return m;
}
