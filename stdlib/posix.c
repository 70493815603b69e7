/* posix.c: the `posix` module, the C half of `os` (stdlib/lib/os.py):
 * process ids, the working directory, files and directories, stat; the
 * module's assembly from the other posix_*.c files (descriptors, processes,
 * the environment).  Errors are OSError subclasses with errno text and the file
 * name, as CPython's. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include "modules.h"
#include "posix_internal.h"
#include "args.h"
#include "bytes.h"
#include "float.h"
#include "fspath.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "str.h"
#include "structseq.h"

/* A path argument: a str or bytes (no NUL inside), or NULL with CPython's
 * TypeError. */
const char *posix_path_arg(const char *fname, const char *param, Obj *o) {
    if (o != NULL && !is_str(o) && !is_bytes(o)) {
        Obj *p = fspath_borrowed(o);    /* os.PathLike: its path */
        if (p == NULL && err_occurred()) return NULL;
        if (p != NULL) o = p;
    }
    if (o != NULL && (is_str(o) || is_bytes(o))) {
        const char *data = is_str(o) ? str_data(o) : (const char *)byteslike_data(o);
        size_t size = is_str(o) ? str_size(o) : byteslike_size(o);
        if (memchr(data, '\0', size) != NULL) {
            err_format(&Exc_ValueError, "%s: embedded null character in %s", fname, param);
            return NULL;
        }
        return data;
    }
    err_format(&Exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname,
               param, o ? type_name(o) : "NoneType");
    return NULL;
}

const char *posix_fs_cstr(Obj *o) {
    if (!is_str(o) && !is_bytes(o)) {
        Obj *p = fspath_borrowed(o);
        if (p == NULL && err_occurred()) return NULL;
        if (p != NULL) o = p;
    }
    if (!is_str(o) && !is_bytes(o)) {
        err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(o));
        return NULL;
    }
    const char *data = is_str(o) ? str_data(o) : (const char *)byteslike_data(o);
    size_t size = is_str(o) ? str_size(o) : byteslike_size(o);
    if (memchr(data, '\0', size) != NULL) {
        err_set_str(&Exc_ValueError, "embedded null byte");
        return NULL;
    }
    return data;
}

int posix_int_arg(Obj *o, int *out) {
    intptr_t v;
    if (is_float(o)) {
        err_set_str(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (intarg_ssize(o, &v) < 0) {
        if (err_matches(&Exc_OverflowError)) {
            err_clear();
            err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (v > INT_MAX || v < INT_MIN) {
        err_set_str(&Exc_OverflowError, v > 0 ? "signed integer is greater than maximum"
                                              : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Binds one required path parameter named `param`. */
static const char *one_path(const char *fname, const char *param, Obj *const *args,
                            size_t nargs, Obj *kwnames, Obj **obj) {
    const char *const names[] = {param, NULL};
    if (args_bind(fname, args, nargs, kwnames, names, 1, obj) < 0) return NULL;
    return posix_path_arg(fname, param, *obj);
}

Obj *posix_none_or_error(int rc, Obj *filename) {
    if (rc < 0) {
        err_set_from_errno(filename);
        return NULL;
    }
    return NEWREF(NONE);
}

static Obj *p_getpid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("getpid", kwnames) < 0 || args_count("getpid", nargs, 0, 0) < 0) return NULL;
    return int_from_i64(getpid());
}

static Obj *p_getppid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("getppid", kwnames) < 0 || args_count("getppid", nargs, 0, 0) < 0) return NULL;
    return int_from_i64(getppid());
}

static Obj *p_getcwd(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("getcwd", kwnames) < 0 || args_count("getcwd", nargs, 0, 0) < 0) return NULL;
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) == NULL) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return str_from_cstr(buf);
}

/* The functions that take one path and return None: fname(path). */
static Obj *one_path_call(const char *fname, int (*call)(const char *), Obj *const *args,
                          size_t nargs, Obj *kwnames) {
    Obj *o;
    const char *path = one_path(fname, "path", args, nargs, kwnames, &o);
    return path ? posix_none_or_error(call(path), o) : NULL;
}

static Obj *p_chdir(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return one_path_call("chdir", chdir, args, nargs, kwnames);
}

static Obj *p_rmdir(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return one_path_call("rmdir", rmdir, args, nargs, kwnames);
}

static Obj *p_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return one_path_call("remove", unlink, args, nargs, kwnames);
}

static Obj *p_unlink(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return one_path_call("unlink", unlink, args, nargs, kwnames);
}

static Obj *p_mkdir(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "mode", NULL};
    Obj *a[2];
    if (args_bind("mkdir", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    const char *path = posix_path_arg("mkdir", "path", a[0]);
    intptr_t mode = 0777;
    if (path == NULL || (a[1] != NULL && intarg_ssize(a[1], &mode) < 0)) return NULL;
    return posix_none_or_error(mkdir(path, (mode_t)mode), a[0]);
}

static Obj *p_rename(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"src", "dst", NULL};
    Obj *a[2];
    if (args_bind("rename", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    const char *src = posix_path_arg("rename", "src", a[0]), *dst = src ? posix_path_arg("rename", "dst", a[1]) : NULL;
    if (dst == NULL) return NULL;
    if (rename(src, dst) < 0) {
        posix_error2(a[0], a[1]);
        return NULL;
    }
    return NEWREF(NONE);
}

/* listdir(path='.'): the names in a directory, in the order the system
 * gives them, without '.' and '..'. */
static Obj *p_listdir(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", NULL};
    Obj *a[1];
    if (args_bind("listdir", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    const char *path = a[0] == NULL || a[0] == NONE ? "." : posix_path_arg("listdir", "path", a[0]);
    if (path == NULL) return NULL;
    DIR *dir = opendir(path);
    if (dir == NULL) {
        err_set_from_errno(a[0] && a[0] != NONE ? a[0] : NULL);
        return NULL;
    }
    Obj *list = list_new(0);
    struct dirent *e;
    while (list != NULL && (e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        Obj *name = a[0] != NULL && is_bytes(a[0])
                        ? bytes_from(e->d_name, strlen(e->d_name))
                        : str_decode_utf8(e->d_name, strlen(e->d_name), "surrogateescape");
        if (name == NULL || list_append(list, name) < 0) CLEAR(list);
        XDECREF(name);
    }
    closedir(dir);
    return list;
}

static Obj *p_stat(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *o;
    const char *path = one_path("stat", "path", args, nargs, kwnames, &o);
    if (path == NULL) return NULL;
    struct stat st;
    if (stat(path, &st) < 0) {
        err_set_from_errno(o);
        return NULL;
    }
    return posix_stat_result(&st);
}

static Obj *p_cpu_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("cpu_count", kwnames) < 0 || args_count("cpu_count", nargs, 0, 0) < 0) return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? NEWREF(NONE) : int_from_i64(n);
}

static Obj *p_strerror(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t code;
    if (args_no_kwargs("strerror", kwnames) < 0 || args_count("strerror", nargs, 1, 1) < 0 ||
        intarg_ssize(args[0], &code) < 0)
        return NULL;
    return str_from_cstr(strerror((int)code));
}

static Obj *p_urandom(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t n;
    if (args_no_kwargs("urandom", kwnames) < 0 || args_count("urandom", nargs, 1, 1) < 0 ||
        intarg_ssize(args[0], &n) < 0)
        return NULL;
    if (n < 0) {
        err_set_str(&Exc_ValueError, "negative argument not allowed");
        return NULL;
    }
    Obj *b = bytes_new_raw((size_t)n);
    if (b == NULL) return NULL;
    unsigned char *data = ((BytesObj *)b)->data;
    for (size_t got = 0; got < (size_t)n;) {
        ssize_t r = getrandom(data + got, (size_t)n - got, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            err_set_from_errno(NULL);
            DECREF(b);
            return NULL;
        }
        got += (size_t)r;
    }
    return b;
}

static const MethodDef posix_methods[] = {
    {"getpid", p_getpid}, {"getppid", p_getppid}, {"getcwd", p_getcwd}, {"chdir", p_chdir},
    {"listdir", p_listdir}, {"mkdir", p_mkdir}, {"rmdir", p_rmdir}, {"remove", p_remove},
    {"unlink", p_unlink}, {"rename", p_rename}, {"stat", p_stat}, {"cpu_count", p_cpu_count},
    {"strerror", p_strerror}, {"urandom", p_urandom},
    {NULL},
};

Obj *posix_module_init(void) {
    Obj *m = module_new("posix");
    Obj *env = m ? posix_environ_dict() : NULL;
    if (env == NULL || posix_stat_add_type(m) < 0 ||
        module_add_functions(m, posix_methods) < 0 || module_add_functions(m, posix_fd_methods) < 0 ||
        module_add_functions(m, posix_proc_methods) < 0 ||
        module_add_functions(m, posix_env_methods) < 0 ||
        module_add_functions(m, posix_spawn_methods) < 0 ||
        module_add_functions(m, posix_files_methods) < 0 || posix_files_add_types(m) < 0 ||
        module_add_functions(m, posix_ids_methods) < 0 || posix_ids_add_types(m) < 0 ||
        module_add_functions(m, posix_shm_methods) < 0 || module_add_obj(m, "environ", env) < 0 ||
        posix_fd_add_constants(m) < 0 || posix_proc_add_constants(m) < 0) {
        XDECREF(env);
        XDECREF(m);
        return NULL;
    }
    DECREF(env);
    return m;
}
