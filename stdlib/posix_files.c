/* posix_files.c: more file-system calls for the posix module: lstat,
 * readlink, symlink, link, chmod/fchmod, replace, truncate/ftruncate,
 * fsync/fdatasync, utime, statvfs, confstr, and uname, abort, sched_yield. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "posix_internal.h"
#include "args.h"
#include "blocking.h"
#include "bytes.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "structseq.h"
#include "tuple.h"

static Obj *p_lstat(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", NULL};
    Obj *o;
    if (args_bind("lstat", args, nargs, kwnames, names, 1, &o) < 0) return NULL;
    const char *path = posix_path_arg("lstat", "path", o);
    struct stat st;
    if (path == NULL) return NULL;
    if (lstat(path, &st) < 0) {
        err_set_from_errno(o);
        return NULL;
    }
    return posix_stat_result(&st);
}

static Obj *p_readlink(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", NULL};
    Obj *o;
    if (args_bind("readlink", args, nargs, kwnames, names, 1, &o) < 0) return NULL;
    const char *path = posix_path_arg("readlink", "path", o);
    if (path == NULL) return NULL;
    char buf[PATH_MAX];
    ssize_t n = readlink(path, buf, sizeof buf);
    if (n < 0) {
        err_set_from_errno(o);
        return NULL;
    }
    return is_bytes(o) ? bytes_from(buf, (size_t)n) : str_decode_utf8(buf, (size_t)n, "surrogateescape");
}

void posix_error2(Obj *src, Obj *dst) {
    int e = errno;
    Obj *msg = str_from_cstr(strerror(e));
    if (msg == NULL) return;
    Obj *exc_args[5] = {small_new(e), msg, oserror_filename(src), NONE, oserror_filename(dst)};
    Obj *exc = obj_call((Obj *)&Exc_OSError, exc_args, 5, NULL);
    DECREF(msg);
    XDECREF(exc_args[2]);
    XDECREF(exc_args[4]);
    if (exc != NULL) err_set_obj(exc);
}

/* The calls of two paths that return None: symlink, link, replace. */
static Obj *two_paths(const char *fname, const char *n1, const char *n2, int (*call)(const char *, const char *),
                      Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *const names[] = {n1, n2, NULL};
    Obj *a[2];
    if (args_bind(fname, args, nargs, kwnames, names, 2, a) < 0) return NULL;
    const char *p1 = posix_path_arg(fname, n1, a[0]);
    const char *p2 = p1 ? posix_path_arg(fname, n2, a[1]) : NULL;
    if (p2 == NULL) return NULL;
    if (call(p1, p2) < 0) {
        posix_error2(a[0], a[1]);
        return NULL;
    }
    return NEWREF(NONE);
}

static Obj *p_symlink(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return two_paths("symlink", "src", "dst", symlink, args, nargs, kwnames);
}

static Obj *p_link(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return two_paths("link", "src", "dst", link, args, nargs, kwnames);
}

static Obj *p_replace(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return two_paths("replace", "src", "dst", rename, args, nargs, kwnames);
}

static Obj *p_chmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "mode", NULL};
    Obj *a[2];
    int mode;
    if (args_bind("chmod", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    const char *path = posix_path_arg("chmod", "path", a[0]);
    if (path == NULL || posix_int_arg(a[1], &mode) < 0) return NULL;
    return posix_none_or_error(chmod(path, (mode_t)mode), a[0]);
}

static Obj *p_fchmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "mode", NULL};
    Obj *a[2];
    int fd, mode;
    if (args_bind("fchmod", args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &fd) < 0 ||
        posix_int_arg(a[1], &mode) < 0)
        return NULL;
    return posix_none_or_error(fchmod(fd, (mode_t)mode), NULL);
}

static Obj *p_truncate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "length", NULL};
    Obj *a[2];
    intptr_t length;
    if (args_bind("truncate", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    const char *path = posix_path_arg("truncate", "path", a[0]);
    if (path == NULL || intarg_ssize(a[1], &length) < 0) return NULL;
    return posix_none_or_error(truncate(path, (off_t)length), a[0]);
}

static Obj *p_ftruncate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "length", "/", NULL};
    Obj *a[2];
    int fd;
    intptr_t length;
    if (args_bind("ftruncate", args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &fd) < 0 ||
        intarg_ssize(a[1], &length) < 0)
        return NULL;
    return posix_none_or_error(ftruncate(fd, (off_t)length), NULL);
}

/* fsync / fdatasync: fd is an int or an object with fileno(). */
static Obj *sync_call(const char *fname, int (*call)(int), Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", NULL};
    Obj *o;
    int fd, rc;
    if (args_bind(fname, args, nargs, kwnames, names, 1, &o) < 0) return NULL;
    if (!is_int(o)) {
        Obj *no = obj_call_method(o, str_intern_cstr("fileno"), NULL, 0);
        if (no == NULL) return NULL;
        rc = posix_int_arg(no, &fd);
        DECREF(no);
        if (rc < 0) return NULL;
    } else if (posix_int_arg(o, &fd) < 0) {
        return NULL;
    }
    BLOCKING_BEGIN("fsync");
    rc = call(fd);
    BLOCKING_END();
    return posix_none_or_error(rc, NULL);
}

static Obj *p_fsync(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return sync_call("fsync", fsync, args, nargs, kwnames);
}

static Obj *p_fdatasync(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return sync_call("fdatasync", fdatasync, args, nargs, kwnames);
}

/* A (seconds, seconds) or (ns, ns) pair of utime into timespecs. */
static int utime_pair(Obj *t, bool ns, struct timespec ts[2]) {
    for (int i = 0; i < 2; i++) {
        Obj *v = tuple_get(t, (size_t)i);
        if (ns) {
            if (!is_int(v)) {
                err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                           type_name(v));
                return -1;
            }
            int overflow = 0;
            int64_t n = int_as_i64(v, &overflow);
            if (overflow) {
                err_set_str(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
                return -1;
            }
            ts[i].tv_sec = (time_t)(n / 1000000000);
            ts[i].tv_nsec = (long)(n % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_sec--;
                ts[i].tv_nsec += 1000000000L;
            }
        } else {
            double d;
            if (is_float(v)) {
                d = float_value(v);
            } else {
                Obj *iv = obj_index(v);
                if (iv == NULL) return -1;
                d = int_as_double(iv);
                DECREF(iv);
                if (d == -1.0 && err_occurred()) return -1;
            }
            double whole = floor(d);
            ts[i].tv_sec = (time_t)whole;
            ts[i].tv_nsec = (long)((d - whole) * 1e9);
        }
    }
    return 0;
}

static Obj *p_utime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "times", "$ns", "$dir_fd", "$follow_symlinks", NULL};
    Obj *a[5];
    if (args_bind("utime", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    const char *path = posix_path_arg("utime", "path", a[0]);
    if (path == NULL) return NULL;
    Obj *times = a[1] == NONE ? NULL : a[1];
    if (times != NULL && a[2] != NULL) {
        err_set_str(&Exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        return NULL;
    }
    struct timespec ts[2], *tsp = NULL;
    if (times != NULL) {
        if (!is_tuple(times) || tuple_size(times) != 2) {
            err_set_str(&Exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
            return NULL;
        }
        if (utime_pair(times, false, ts) < 0) return NULL;
        tsp = ts;
    } else if (a[2] != NULL) {
        if (!is_tuple(a[2]) || tuple_size(a[2]) != 2) {
            err_set_str(&Exc_TypeError, "utime: 'ns' must be a tuple of two ints");
            return NULL;
        }
        if (utime_pair(a[2], true, ts) < 0) return NULL;
        tsp = ts;
    }
    int dir_fd = AT_FDCWD, follow = 1;
    if (a[3] != NULL && a[3] != NONE && posix_int_arg(a[3], &dir_fd) < 0) return NULL;
    if (a[4] != NULL && (follow = obj_is_true(a[4])) < 0) return NULL;
    int rc = utimensat(dir_fd, path, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return posix_none_or_error(rc, NULL);   /* CPython names no file here */
}

static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine", NULL};
static STRUCTSEQ_TYPE(UnameResultType, "posix.uname_result", uname_fields);

static Obj *p_uname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("uname", kwnames) < 0 || args_count("uname", nargs, 0, 0) < 0) return NULL;
    struct utsname u;
    if (uname(&u) < 0) return posix_none_or_error(-1, NULL);
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Obj *items[5];
    for (size_t i = 0; i < 5; i++)
        if ((items[i] = str_decode_utf8(parts[i], strlen(parts[i]), "surrogateescape")) == NULL) {
            for (size_t j = 0; j < i; j++) DECREF(items[j]);
            return NULL;
        }
    return structseq_new(&UnameResultType, items, 5);
}

/* statvfs(path or fd): os.statvfs_result (its ten tuple fields). */
static const char *const statvfs_fields[] = {
    "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
    "f_favail", "f_flag", "f_namemax", NULL,
};
static STRUCTSEQ_TYPE(StatvfsResultType, "os.statvfs_result", statvfs_fields);

static Obj *p_statvfs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", NULL};
    Obj *a[1];
    struct statvfs st;
    int rc;
    if (args_bind("statvfs", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    if (is_int(a[0])) {
        int fd;
        if (posix_int_arg(a[0], &fd) < 0) return NULL;
        rc = fstatvfs(fd, &st);
    } else {
        const char *path = posix_path_arg("statvfs", "path", a[0]);
        if (path == NULL) return NULL;
        rc = statvfs(path, &st);
    }
    if (rc < 0) return posix_none_or_error(rc, is_int(a[0]) ? NULL : a[0]);
    const unsigned long long v[10] = {
        st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail,
        st.f_files, st.f_ffree, st.f_favail, st.f_flag, st.f_namemax,
    };
    Obj *items[10];
    for (size_t i = 0; i < 10; i++)
        if ((items[i] = int_from_u64(v[i])) == NULL) {
            for (size_t j = 0; j < i; j++) DECREF(items[j]);
            return NULL;
        }
    return structseq_new(&StatvfsResultType, items, 10);
}

/* confstr(name): a configuration string (None when the system has none);
 * name is an int or one of the names below. */
static Obj *p_confstr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const struct { const char *name; int value; } names[] = {
        {"CS_PATH", _CS_PATH},
        {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
        {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    };
    if (args_no_kwargs("confstr", kwnames) < 0 || args_count("confstr", nargs, 1, 1) < 0)
        return NULL;
    int name = -1;
    if (is_str(args[0])) {
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(str_data(args[0]), names[i].name) == 0) name = names[i].value;
        if (name < 0) {
            err_set_str(&Exc_ValueError, "unrecognized configuration name");
            return NULL;
        }
    } else if (posix_int_arg(args[0], &name) < 0) {
        return NULL;
    }
    char buf[1024];
    errno = 0;
    size_t n = confstr(name, buf, sizeof buf);
    if (n == 0) {
        if (errno != 0) return posix_none_or_error(-1, NULL);
        return NEWREF(NONE);
    }
    if (n > sizeof buf) n = sizeof buf;
    return str_from(buf, n - 1);
}

static Obj *p_abort(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("abort", kwnames) < 0 || args_count("abort", nargs, 0, 0) < 0) return NULL;
    abort();
}

static Obj *p_sched_yield(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("sched_yield", kwnames) < 0 || args_count("sched_yield", nargs, 0, 0) < 0)
        return NULL;
    BLOCKING_BEGIN("sched_yield");
    sched_yield();
    BLOCKING_END();
    return NEWREF(NONE);
}

const MethodDef posix_files_methods[] = {
    {"lstat", p_lstat}, {"readlink", p_readlink}, {"symlink", p_symlink}, {"link", p_link},
    {"replace", p_replace}, {"chmod", p_chmod}, {"fchmod", p_fchmod}, {"truncate", p_truncate},
    {"ftruncate", p_ftruncate}, {"fsync", p_fsync}, {"fdatasync", p_fdatasync},
    {"utime", p_utime}, {"uname", p_uname}, {"abort", p_abort}, {"sched_yield", p_sched_yield},
    {"statvfs", p_statvfs}, {"confstr", p_confstr}, {NULL},
};

int posix_files_add_types(Obj *m) {
    if (structseq_ready(&UnameResultType) < 0 || structseq_ready(&StatvfsResultType) < 0 ||
        module_add_obj(m, "statvfs_result", (Obj *)&StatvfsResultType) < 0)
        return -1;
    return module_add_obj(m, "uname_result", (Obj *)&UnameResultType);
}
