/* sys.c: the sys module: made once at start-up by sys_setup() with argv,
 * path, modules, the standard streams, version and platform facts. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sys_internal.h"
#include "api.h"
#include "dict.h"
#include "err.h"
#include "io.h"
#include "list.h"
#include "modules.h"
#include "str.h"
#include "tuple.h"

static Obj *sys_module;

static struct {
    int argc, nwarn;
    char **argv;
    const char *const *warn;
} command_line;

void sys_set_command_line(int argc, char **argv, const char *const *warnoptions, int nwarnoptions) {
    command_line.argc = argc;
    command_line.argv = argv;
    command_line.warn = warnoptions;
    command_line.nwarn = nwarnoptions;
}

Obj *sys_get_object(const char *name) {
    return sys_module ? dict_get_cstr(module_dict(sys_module), name) : NULL;
}

Obj *sys_module_init(void) {
    if (sys_module == NULL) {
        err_set_str(&Exc_ImportError, "sys is not initialised");
        return NULL;
    }
    return NEWREF(sys_module);
}

static Obj *list_of_cstrs(int n, char **items) {
    Obj *l = list_new(0);
    for (int i = 0; l != NULL && i < n; i++) {
        Obj *s = str_decode_utf8(items[i], strlen(items[i]), "strict");
        if (s == NULL || list_append(l, s) < 0) CLEAR(l);
        XDECREF(s);
    }
    return l;
}

static int add_str(Obj *m, const char *name, const char *value) {
    Obj *s = str_from_cstr(value);
    int rc = s ? module_add_obj(m, name, s) : -1;
    XDECREF(s);
    return rc;
}

/* A new reference to the value, added under `name` (the reference is used up). */
static int add_new(Obj *m, const char *name, Obj *value) {
    int rc = value ? module_add_obj(m, name, value) : -1;
    XDECREF(value);
    return rc;
}

/* sys.path before the script's folder is known: PYTHONPATH, then the
 * embedded library. */
static Obj *initial_path(void) {
    Obj *path = list_new(0);
    const char *env = sys_ignore_environment() ? NULL : getenv("PYTHONPATH");
    while (path != NULL && env != NULL && *env != '\0') {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        Obj *s = n ? str_from(env, n) : NULL;
        if (n && (s == NULL || list_append(path, s) < 0)) CLEAR(path);
        XDECREF(s);
        env = colon ? colon + 1 : NULL;
    }
    Obj *marker = path ? str_from_cstr(EMBEDDED_STDLIB_MARKER) : NULL;
    if (marker == NULL || list_append(path, marker) < 0) CLEAR(path);
    XDECREF(marker);
    return path;
}

int sys_path_insert0(const char *dir) {
    Obj *path = sys_get_object("path");
    if (path == NULL || !is_list(path)) return 0;
    Obj *s = str_from_cstr(dir);
    if (s == NULL) return -1;
    Obj *res = obj_call_method(path, str_intern_cstr("insert"), (Obj *[]){small_new(0), s}, 2);
    DECREF(s);
    if (res == NULL) return -1;
    DECREF(res);
    return 0;
}

int sys_add_xoption(const char *opt) {
    Obj *x = sys_get_object("_xoptions");
    const char *eq = strchr(opt, '=');
    Obj *key = str_from(opt, eq ? (size_t)(eq - opt) : strlen(opt));
    Obj *val = eq ? str_from_cstr(eq + 1) : NEWREF(TRUE_);
    int rc = x && key && val ? dict_set(x, key, val) : -1;
    XDECREF(key);
    XDECREF(val);
    return rc;
}

static int add_streams(Obj *m) {
    static const struct { const char *name, *dunder, *label, *mode; int fd; } streams[] = {
        {"stdin", "__stdin__", "<stdin>", "r", 0},
        {"stdout", "__stdout__", "<stdout>", "w", 1},
        {"stderr", "__stderr__", "<stderr>", "w", 2},
    };
    if (io_init() < 0) return -1;
    for (size_t i = 0; i < 3; i++) {
        if (fcntl(streams[i].fd, F_GETFD) < 0 && errno == EBADF) {
            /* a descriptor closed by the parent: the stream is None, as in CPython */
            if (module_add_obj(m, streams[i].name, NONE) < 0 ||
                module_add_obj(m, streams[i].dunder, NONE) < 0)
                return -1;
            continue;
        }
        /* stderr is always line buffered; stdout only on a terminal */
        bool line = streams[i].fd == 2 || isatty(streams[i].fd);
        /* stderr escapes what it cannot encode; the others follow the locale */
        const char *errors = streams[i].fd == 2 ? "backslashreplace" : sys_stdio_errors();
        Obj *f = io_from_fd(streams[i].fd, streams[i].label, streams[i].mode, errors, line);
        int rc = f && module_add_obj(m, streams[i].name, f) == 0 &&
                 module_add_obj(m, streams[i].dunder, f) == 0 ? 0 : -1;
        XDECREF(f);
        if (rc < 0) return -1;
    }
    return 0;
}

static Obj *builtin_module_names(void) {
    size_t n = 0;   /* modules whose init exists (see modules.h) */
    for (const BuiltinModule *m = builtin_modules; m->name != NULL; m++)
        n += m->init != NULL;
    Obj *t = tuple_new(n);
    const BuiltinModule *m = builtin_modules;
    for (size_t i = 0; t != NULL && i < n; i++, m++) {
        while (m->init == NULL) m++;
        Obj *s = str_from_cstr(m->name);
        if (s == NULL) {
            for (size_t j = i; j < n; j++) tuple_set(t, j, NEWREF(NONE));
            CLEAR(t);
            break;
        }
        tuple_set(t, i, s);
    }
    return t;
}

static int add_facts(Obj *m) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    union { uint16_t u; uint8_t b[2]; } probe = { .u = 1 };
    if (add_str(m, "platform", "linux") < 0 ||
        add_str(m, "byteorder", probe.b[0] ? "little" : "big") < 0 ||
        add_str(m, "executable", exe) < 0 ||
        add_str(m, "_base_executable", exe) < 0 ||
        module_add_int(m, "maxsize", INT64_MAX) < 0 ||
        module_add_int(m, "maxunicode", 0x10FFFF) < 0 ||
        module_add_obj(m, "dont_write_bytecode", TRUE_) < 0 ||
        add_new(m, "builtin_module_names", builtin_module_names()) < 0 ||
        add_new(m, "_xoptions", dict_new()) < 0 ||
        add_new(m, "flags", sys_make_flags()) < 0)
        return -1;
    return sys_add_version(m) < 0 ? -1 : sys_add_numinfo(m);
}

/* sys.__displayhook__ and sys.__excepthook__: the original hooks. */
static int add_original_hooks(Obj *m) {
    Obj *d = module_dict(m);
    return dict_set_cstr(d, "__displayhook__", dict_get_cstr(d, "displayhook")) < 0 ||
           dict_set_cstr(d, "__excepthook__", dict_get_cstr(d, "excepthook")) < 0 ? -1 : 0;
}

int sys_setup(int argc, char **argv) {
    if (sys_module != NULL) return 0;
    Obj *m = module_new("sys");
    if (m == NULL) return -1;
    sys_module = m;
    if (module_add_functions(m, sys_methods) < 0 || add_original_hooks(m) < 0 ||
        module_add_obj(m, "modules", sys_modules()) < 0 ||
        add_new(m, "argv", list_of_cstrs(argc, argv)) < 0 ||
        add_new(m, "orig_argv", list_of_cstrs(command_line.argc, command_line.argv)) < 0 ||
        add_new(m, "warnoptions", list_of_cstrs(command_line.nwarn, (char **)command_line.warn)) < 0 ||
        add_new(m, "path", initial_path()) < 0 ||
        add_facts(m) < 0 || add_streams(m) < 0 ||
        dict_set_cstr(sys_modules(), "sys", m) < 0)
        return -1;
    return 0;
}
