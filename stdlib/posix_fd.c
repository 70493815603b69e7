/* posix_fd.c: file descriptors for the posix module: open, pipe, read,
 * write, close, dup/dup2, lseek, fstat, isatty, get_terminal_size,
 * openpty, pidfd_open, the blocking and inheritable flags, umask, access, and the
 * O_* / SEEK_* constants.  New
 * descriptors are non-inheritable (close-on-exec), as PEP 446 says; read
 * and write give up the GIL and retry after a signal (PEP 475). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <unistd.h>
#include "posix_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "structseq.h"
#include "tuple.h"

/* Binds `count` int parameters named by `names` (as args_bind). */
static int int_args(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                    const char *const *names, size_t count, int *out) {
    Obj *o[4];
    if (args_bind(fname, args, nargs, kwnames, names, count, o) < 0) return -1;
    for (size_t i = 0; i < count; i++)
        if (posix_int_arg(o[i], &out[i]) < 0) return -1;
    return 0;
}

static Obj *fd_pair(int fds[2]) {
    return tuple_pack(2, small_new(fds[0]), small_new(fds[1]));
}

static Obj *p_pipe(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("pipe", kwnames) < 0 || args_count("pipe", nargs, 0, 0) < 0) return NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return fd_pair(fds);
}

static Obj *p_pipe2(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"flags", "/", NULL};
    int flags, fds[2];
    if (int_args("pipe2", args, nargs, kwnames, names, 1, &flags) < 0) return NULL;
    if (pipe2(fds, flags) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return fd_pair(fds);
}

/* openpty(): a pseudo-terminal pair (master, slave), both non-inheritable. */
static Obj *p_openpty(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("openpty", kwnames) < 0 || args_count("openpty", nargs, 0, 0) < 0)
        return NULL;
    int fds[2] = {posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC), -1};
    if (fds[0] >= 0 && grantpt(fds[0]) == 0 && unlockpt(fds[0]) == 0) {
        const char *name = ptsname(fds[0]);
        if (name != NULL) fds[1] = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    }
    if (fds[1] < 0) {
        int e = errno;
        if (fds[0] >= 0) close(fds[0]);
        errno = e;
        err_set_from_errno(NULL);
        return NULL;
    }
    return fd_pair(fds);
}

static Obj *p_read(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "length", "/", NULL};
    Obj *a[2];
    int fd;
    intptr_t length;
    if (args_bind("read", args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &fd) < 0 ||
        intarg_ssize(a[1], &length) < 0)
        return NULL;
    if (length < 0) {
        errno = EINVAL;
        err_set_from_errno(NULL);
        return NULL;
    }
    /* read straight into the bytes object; a short read shrinks it (or
     * copies it, when most of it would be wasted) */
    Obj *b = bytes_new_raw((size_t)length);
    if (b == NULL) return NULL;
    BytesObj *bo = (BytesObj *)b;
    ssize_t n;
    for (;;) {
        BLOCKING_BEGIN("read");
        n = read(fd, bo->data, (size_t)length);
        BLOCKING_END();
        if (n >= 0 || errno != EINTR || signals_check() < 0) break;
    }
    if (n < 0) {
        if (!err_occurred()) err_set_from_errno(NULL);
        DECREF(b);
        return NULL;
    }
    if (n == length) return b;
    if (n < length / 2) {
        Obj *copy = bytes_from(bo->data, (size_t)n);
        DECREF(b);
        return copy;
    }
    Obj *r = obj_resize(b, sizeof(BytesObj) + (size_t)n + 1);
    if (r == NULL) {
        DECREF(b);
        return NULL;
    }
    bo = (BytesObj *)r;
    bo->size = (size_t)n;
    bo->data[n] = 0;
    return r;
}

static Obj *p_write(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "data", "/", NULL};
    Obj *a[2];
    int fd;
    const unsigned char *data;
    size_t size;
    if (args_bind("write", args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &fd) < 0 ||
        byteslike_view(a[1], &data, &size) < 0)
        return NULL;
    ssize_t n;
    INCREF(a[1]);
    for (;;) {
        BLOCKING_BEGIN("write");
        n = write(fd, data, size);
        BLOCKING_END();
        if (n >= 0 || errno != EINTR || signals_check() < 0) break;
    }
    DECREF(a[1]);
    if (n < 0) {
        if (!err_occurred()) err_set_from_errno(NULL);
        return NULL;
    }
    return int_from_i64(n);
}

static Obj *p_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", NULL};
    int fd;
    if (int_args("close", args, nargs, kwnames, names, 1, &fd) < 0) return NULL;
    /* on Linux the descriptor is gone even when close reports EINTR */
    if (close(fd) < 0 && errno != EINTR) return posix_none_or_error(-1, NULL);
    return NEWREF(NONE);
}

static Obj *p_closerange(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd_low", "fd_high", "/", NULL};
    int r[2];
    if (int_args("closerange", args, nargs, kwnames, names, 2, r) < 0) return NULL;
    for (int fd = r[0] < 0 ? 0 : r[0]; fd < r[1]; fd++) close(fd);
    return NEWREF(NONE);
}

static Obj *p_dup(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "/", NULL};
    int fd;
    if (int_args("dup", args, nargs, kwnames, names, 1, &fd) < 0) return NULL;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0) return posix_none_or_error(-1, NULL);
    return small_new(nfd);
}

static Obj *p_dup2(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "fd2", "inheritable", NULL};
    Obj *a[3];
    int fd, fd2, inheritable = 1;
    if (args_bind("dup2", args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &fd) < 0 ||
        posix_int_arg(a[1], &fd2) < 0 || (a[2] != NULL && (inheritable = obj_is_true(a[2])) < 0))
        return NULL;
    int rc;
    if (inheritable || fd == fd2)
        rc = dup2(fd, fd2);
    else
        rc = dup3(fd, fd2, O_CLOEXEC);
    if (rc < 0) return posix_none_or_error(-1, NULL);
    return small_new(rc);
}

static Obj *p_lseek(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "position", "whence", "/", NULL};
    Obj *a[3];
    int fd, whence;
    intptr_t pos;
    if (args_bind("lseek", args, nargs, kwnames, names, 3, a) < 0 || posix_int_arg(a[0], &fd) < 0 ||
        intarg_ssize(a[1], &pos) < 0 || posix_int_arg(a[2], &whence) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, whence);
    if (r < 0) return posix_none_or_error(-1, NULL);
    return int_from_i64(r);
}

static Obj *p_fstat(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", NULL};
    int fd;
    if (int_args("fstat", args, nargs, kwnames, names, 1, &fd) < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) return posix_none_or_error(-1, NULL);
    return posix_stat_result(&st);
}

static Obj *p_open(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "flags", "mode", "$dir_fd", NULL};
    Obj *a[4];
    int flags, mode = 0777;
    if (args_bind("open", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    const char *path = posix_path_arg("open", "path", a[0]);
    if (path == NULL || posix_int_arg(a[1], &flags) < 0 || (a[2] && posix_int_arg(a[2], &mode) < 0))
        return NULL;
    int dir_fd = AT_FDCWD;
    if (a[3] != NULL && a[3] != NONE && posix_int_arg(a[3], &dir_fd) < 0) return NULL;
    int fd;
    for (;;) {
        BLOCKING_BEGIN("open");
        fd = openat(dir_fd, path, flags | O_CLOEXEC, (mode_t)mode);
        BLOCKING_END();
        if (fd >= 0 || errno != EINTR || signals_check() < 0) break;
    }
    if (fd < 0) {
        if (!err_occurred()) err_set_from_errno(a[0]);
        return NULL;
    }
    return small_new(fd);
}

static Obj *p_isatty(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "/", NULL};
    int fd;
    if (int_args("isatty", args, nargs, kwnames, names, 1, &fd) < 0) return NULL;
    return NEWREF(bool_from(isatty(fd)));
}

/* get_blocking / get_inheritable: one fcntl flag of a descriptor. */
static Obj *get_flag(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, int cmd,
                     int flag, bool when_set) {
    static const char *const names[] = {"fd", "/", NULL};
    int fd;
    if (int_args(fname, args, nargs, kwnames, names, 1, &fd) < 0) return NULL;
    int flags = fcntl(fd, cmd);
    if (flags < 0) return posix_none_or_error(-1, NULL);
    return NEWREF(bool_from(((flags & flag) != 0) == when_set));
}

/* set_blocking / set_inheritable: turns one fcntl flag on or off. */
static Obj *set_flag(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, int getcmd,
                     int setcmd, int flag, bool set_when_true) {
    static const char *const names[] = {"fd", "value", "/", NULL};
    Obj *a[2];
    int fd, value;
    if (args_bind(fname, args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &fd) < 0 ||
        (value = obj_is_true(a[1])) < 0)
        return NULL;
    int flags = fcntl(fd, getcmd);
    if (flags < 0) return posix_none_or_error(-1, NULL);
    int want = (value != 0) == set_when_true ? flags | flag : flags & ~flag;
    if (want != flags && fcntl(fd, setcmd, want) < 0) return posix_none_or_error(-1, NULL);
    return NEWREF(NONE);
}

static Obj *p_get_blocking(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return get_flag("get_blocking", args, nargs, kwnames, F_GETFL, O_NONBLOCK, false);
}

static Obj *p_set_blocking(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_flag("set_blocking", args, nargs, kwnames, F_GETFL, F_SETFL, O_NONBLOCK, false);
}

static Obj *p_get_inheritable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return get_flag("get_inheritable", args, nargs, kwnames, F_GETFD, FD_CLOEXEC, false);
}

static Obj *p_set_inheritable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_flag("set_inheritable", args, nargs, kwnames, F_GETFD, F_SETFD, FD_CLOEXEC, false);
}

static Obj *p_umask(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"mask", "/", NULL};
    int mask;
    if (int_args("umask", args, nargs, kwnames, names, 1, &mask) < 0) return NULL;
    return small_new((intptr_t)umask((mode_t)mask));
}

static Obj *p_access(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "mode", NULL};
    Obj *a[2];
    int mode;
    if (args_bind("access", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    const char *path = posix_path_arg("access", "path", a[0]);
    if (path == NULL || posix_int_arg(a[1], &mode) < 0) return NULL;
    return NEWREF(bool_from(access(path, mode) == 0));
}

static const char *const terminal_size_fields[] = {"columns", "lines", NULL};
static STRUCTSEQ_TYPE(TerminalSizeType, "os.terminal_size", terminal_size_fields);

static Obj *p_get_terminal_size(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "/", NULL};
    Obj *o;
    int fd = STDOUT_FILENO;
    if (args_bind("get_terminal_size", args, nargs, kwnames, names, 0, &o) < 0 ||
        (o != NULL && posix_int_arg(o, &fd) < 0))
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return posix_none_or_error(-1, NULL);
    Obj *items[2] = {small_new(w.ws_col), small_new(w.ws_row)};
    return structseq_new(&TerminalSizeType, items, 2);
}

static Obj *p_pidfd_open(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pid", "flags", NULL};
    Obj *a[2];
    int pid, flags = 0;
    if (args_bind("pidfd_open", args, nargs, kwnames, names, 1, a) < 0 ||
        posix_int_arg(a[0], &pid) < 0 || (a[1] != NULL && posix_int_arg(a[1], &flags) < 0))
        return NULL;
    long fd = syscall(SYS_pidfd_open, pid, (unsigned)flags);
    if (fd < 0) return posix_none_or_error(-1, NULL);
    return small_new(fd);
}

const MethodDef posix_fd_methods[] = {
    {"pipe", p_pipe}, {"pipe2", p_pipe2}, {"openpty", p_openpty},
    {"read", p_read}, {"write", p_write},
    {"close", p_close}, {"closerange", p_closerange}, {"dup", p_dup}, {"dup2", p_dup2},
    {"lseek", p_lseek}, {"fstat", p_fstat}, {"open", p_open}, {"isatty", p_isatty},
    {"get_blocking", p_get_blocking}, {"set_blocking", p_set_blocking},
    {"get_inheritable", p_get_inheritable}, {"set_inheritable", p_set_inheritable},
    {"umask", p_umask}, {"access", p_access}, {"get_terminal_size", p_get_terminal_size},
    {"pidfd_open", p_pidfd_open},
    {NULL},
};

int posix_fd_add_constants(Obj *m) {
    static const struct { const char *name; int value; } consts[] = {
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_ACCMODE", O_ACCMODE}, {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT},
        {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
        {"O_NDELAY", O_NDELAY}, {"O_CLOEXEC", O_CLOEXEC}, {"O_NOCTTY", O_NOCTTY},
        {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_DIRECTORY", O_DIRECTORY},
        {"O_NOFOLLOW", O_NOFOLLOW}, {"O_TMPFILE", O_TMPFILE}, {"O_PATH", O_PATH},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add_int(m, consts[i].name, consts[i].value) < 0) return -1;
    if (structseq_ready(&TerminalSizeType) < 0) return -1;
    return module_add_obj(m, "terminal_size", (Obj *)&TerminalSizeType);
}
