/* import_path.c: finding modules along sys.path (or a package's __path__):
 * in each folder, a package (NAME/__init__.py) and then a module (NAME.py);
 * the "<gilpy-embedded-stdlib>" entry stands for the modules compiled into
 * gilpy from stdlib/lib.  Source files are decoded as PEP 263 says. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "import_internal.h"
#include "api.h"
#include "dict.h"
#include "err.h"
#include "list.h"
#include "module.h"
#include "modules.h"
#include "source.h"
#include "str.h"
#include "tuple.h"

void module_spec_clear(ModuleSpec *spec) {
    free(spec->file);
    free(spec->pkgdir);
    spec->file = spec->pkgdir = NULL;
}

static bool is_regular_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *import_read_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    char *buf = NULL;
    if (fd >= 0 && fstat(fd, &st) == 0 && (buf = malloc((size_t)st.st_size + 1)) != NULL) {
        size_t n = 0;
        for (;;) {
            ssize_t r = read(fd, buf + n, (size_t)st.st_size - n);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) break;
            n += (size_t)r;
            if (n == (size_t)st.st_size) break;
        }
        buf[n] = '\0';
        *len = n;
    }
    if (buf == NULL) {
        Obj *name = str_from_cstr(path);
        err_set_from_errno(name);
        XDECREF(name);
    }
    if (fd >= 0) close(fd);
    return buf;
}

static Obj *load_file(const ModuleSpec *spec, const char *fullname) {
    size_t len, n;
    char *raw = import_read_file(spec->file, &len), *decoded = NULL;
    if (raw == NULL) return NULL;
    const char *text = source_to_utf8(raw, len, spec->file, &n, &decoded);
    Obj *m = text ? exec_module_source(fullname, text, n, spec->file, spec->file, spec->pkgdir) : NULL;
    free(decoded);
    free(raw);
    return m;
}

/* A folder of the search path as a C string ("" is the working folder). */
static char *folder_of(Obj *entry) {
    if (str_size(entry) > 0) return strdup(str_data(entry));
    char cwd[PATH_MAX];
    return strdup(getcwd(cwd, sizeof cwd) ? cwd : ".");
}

/* Looks for `name` (the last component of fullname) in one folder. */
static int find_in_folder(const char *dir, const char *name, ModuleSpec *spec) {
    char *pkgdir = NULL, *file = NULL;
    if (asprintf(&pkgdir, "%s/%s", dir, name) < 0) pkgdir = NULL;
    if (pkgdir && asprintf(&file, "%s/__init__.py", pkgdir) >= 0 && is_regular_file(file)) {
        *spec = (ModuleSpec){ .kind = SPEC_FILE, .load = load_file, .file = file, .pkgdir = pkgdir,
                              .is_package = true };
        return 1;
    }
    free(file);
    file = NULL;
    if (pkgdir && asprintf(&file, "%s.py", pkgdir) >= 0 && is_regular_file(file)) {
        free(pkgdir);
        *spec = (ModuleSpec){ .kind = SPEC_FILE, .load = load_file, .file = file };
        return 1;
    }
    free(file);
    if (pkgdir == NULL) { err_no_memory(); return -1; }
    free(pkgdir);
    return 0;
}

/* The folders to search: the parent package's __path__ for a submodule,
 * else sys.path (borrowed; NULL when there are none). */
static Obj *search_path(const char *fullname) {
    const char *dot = strrchr(fullname, '.');
    if (dot == NULL) return sys_get_object("path");
    char *parent_name = strndup(fullname, (size_t)(dot - fullname));
    Obj *parent = parent_name ? dict_get_cstr(sys_modules(), parent_name) : NULL;
    free(parent_name);
    return parent && is_module(parent) ? dict_get_cstr(module_dict(parent), "__path__") : NULL;
}

int find_on_path(const char *fullname, ModuleSpec *spec) {
    Obj *dirs = search_path(fullname);
    if (dirs == NULL || (!is_list(dirs) && !is_tuple(dirs))) return 0;
    const char *dot = strrchr(fullname, '.');
    const char *name = dot ? dot + 1 : fullname;
    INCREF(dirs);
    int found = 0;
    for (size_t i = 0; found == 0; i++) {
        size_t n = is_list(dirs) ? list_size(dirs) : tuple_size(dirs);
        if (i >= n) break;
        Obj *entry = is_list(dirs) ? list_get(dirs, i) : tuple_get(dirs, i);
        if (!is_str(entry)) continue;
        if (str_equal_cstr(entry, EMBEDDED_STDLIB_MARKER)) {
            found = find_embedded(fullname, spec);
            continue;
        }
        char *dir = folder_of(entry);
        found = dir ? find_in_folder(dir, name, spec) : (err_no_memory(), -1);
        free(dir);
    }
    DECREF(dirs);
    return found;
}
