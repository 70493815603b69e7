/* fcntl.c: the fcntl module: fcntl() and ioctl() with an int or a buffer
 * argument, flock(), lockf(), and the F_* / LOCK_* / FD_* / DN_* constants,
 * as CPython 3.11.  Calls that may wait for a lock give up the GIL and are
 * retried after a signal (PEP 475). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "modules.h"
#include "module_parts.h"
#include "api.h"
#include "blocking.h"
#include "bytes.h"
#include "clinic_args.h"
#include "err.h"
#include "int.h"
#include "select_internal.h"
#include "str.h"

/* The largest buffer argument copied into a local buffer (CPython's limit). */
#define ARG_MAX_COPY 1024

static Obj *raise_errno(void) {
    if (!err_occurred()) err_set_from_errno(NULL);
    return NULL;
}

/* A read-only buffer argument (str as UTF-8, or bytes): its data, or false. */
static bool readonly_buffer(Obj *o, const char **data, size_t *size) {
    if (is_str(o)) {
        *data = str_data(o);
        *size = str_size(o);
        return true;
    }
    if (is_bytes(o)) {
        *data = (const char *)byteslike_data(o);
        *size = byteslike_size(o);
        return true;
    }
    return false;
}

/* fcntl(fd, cmd) with an int or pointer argument, releasing the GIL and
 * retrying after signals; -1 with an exception set. */
static int fcntl_retry(int fd, int cmd, void *ptr, unsigned int iarg, bool use_ptr) {
    int rc;
    for (;;) {
        BLOCKING_BEGIN("fcntl");
        rc = use_ptr ? fcntl(fd, cmd, ptr) : fcntl(fd, cmd, iarg);
        BLOCKING_END();
        if (rc >= 0 || errno != EINTR || signals_check() < 0) break;
    }
    if (rc < 0) raise_errno();
    return rc;
}

static Obj *f_fcntl(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd, cmd;
    if (clinic_positional("fcntl", "fcntl", nargs, kwnames, 2, 3) < 0 ||
        select_fd_arg(args[0], &fd) < 0 || clinic_int(args[1], &cmd) < 0)
        return NULL;
    unsigned int iarg = 0;
    if (nargs > 2) {
        const char *data;
        size_t size;
        if (readonly_buffer(args[2], &data, &size)) {
            char buf[ARG_MAX_COPY];
            if (size > ARG_MAX_COPY) {
                err_set_str(&Exc_ValueError, "fcntl string arg too long");
                return NULL;
            }
            memcpy(buf, data, size);
            if (fcntl_retry(fd, cmd, buf, 0, true) < 0) return NULL;
            return bytes_from(buf, size);
        }
        if (clinic_uint_mask(args[2], &iarg) < 0) return NULL;
    }
    int rc = fcntl_retry(fd, cmd, NULL, iarg, false);
    return rc < 0 ? NULL : small_new(rc);
}

static Obj *f_ioctl(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd, rc;
    unsigned int request;
    if (clinic_positional("fcntl", "ioctl", nargs, kwnames, 2, 4) < 0 ||
        select_fd_arg(args[0], &fd) < 0 || clinic_uint_mask(args[1], &request) < 0)
        return NULL;
    bool mutate = true;
    if (nargs > 3) {
        int t = obj_is_true(args[3]);
        if (t < 0) return NULL;
        mutate = t;
    }
    char buf[ARG_MAX_COPY + 1];
    if (nargs > 2 && is_bytearray(args[2])) {
        ByteArrayObj *ba = (ByteArrayObj *)args[2];
        size_t size = ba->size;
        if (mutate && size > ARG_MAX_COPY) {
            /* Large buffers are handed to the kernel as they are. */
            rc = ioctl(fd, request, ba->data);
            return rc < 0 ? raise_errno() : small_new(rc);
        }
        if (size > ARG_MAX_COPY) {
            err_set_str(&Exc_ValueError, "ioctl string arg too long");
            return NULL;
        }
        memcpy(buf, ba->data, size);
        buf[size] = 0;
        rc = ioctl(fd, request, buf);
        if (rc < 0) return raise_errno();
        if (!mutate) return bytes_from(buf, size);
        memcpy(ba->data, buf, size);
        return small_new(rc);
    }
    const char *data;
    size_t size;
    if (nargs > 2 && readonly_buffer(args[2], &data, &size)) {
        if (size > ARG_MAX_COPY) {
            err_set_str(&Exc_ValueError, "ioctl string arg too long");
            return NULL;
        }
        memcpy(buf, data, size);
        buf[size] = 0;
        if (ioctl(fd, request, buf) < 0) return raise_errno();
        return bytes_from(buf, size);
    }
    unsigned int iarg = 0;
    if (nargs > 2 && clinic_uint_mask(args[2], &iarg) < 0) return NULL;
    rc = ioctl(fd, request, (unsigned long)iarg);
    return rc < 0 ? raise_errno() : small_new(rc);
}

static Obj *f_flock(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd, op, rc;
    if (clinic_positional("fcntl", "flock", nargs, kwnames, 2, 2) < 0 ||
        select_fd_arg(args[0], &fd) < 0 || clinic_int(args[1], &op) < 0)
        return NULL;
    for (;;) {
        BLOCKING_BEGIN("flock");
        rc = flock(fd, op);
        BLOCKING_END();
        if (rc >= 0 || errno != EINTR || signals_check() < 0) break;
    }
    return rc < 0 ? raise_errno() : NEWREF(NONE);
}

/* An off_t argument ("Python int too large to convert to C long"). */
static int off_arg(Obj *o, off_t *out) {
    long v;
    if (clinic_long(o, &v) < 0) return -1;
    *out = (off_t)v;
    return 0;
}

static Obj *f_lockf(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd, code, whence = 0;
    off_t len = 0, start = 0;
    if (clinic_positional("fcntl", "lockf", nargs, kwnames, 2, 5) < 0 ||
        select_fd_arg(args[0], &fd) < 0 || clinic_int(args[1], &code) < 0 ||
        (nargs > 2 && off_arg(args[2], &len) < 0) ||
        (nargs > 3 && off_arg(args[3], &start) < 0) ||
        (nargs > 4 && clinic_int(args[4], &whence) < 0))
        return NULL;
    struct flock l;
    memset(&l, 0, sizeof l);
    if (code == LOCK_UN)
        l.l_type = F_UNLCK;
    else if (code & LOCK_SH)
        l.l_type = F_RDLCK;
    else if (code & LOCK_EX)
        l.l_type = F_WRLCK;
    else {
        err_set_str(&Exc_ValueError, "unrecognized lockf argument");
        return NULL;
    }
    l.l_start = start;
    l.l_len = len;
    l.l_whence = (short)whence;
    if (fcntl_retry(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &l, 0, true) < 0) return NULL;
    return NEWREF(NONE);
}

static const MethodDef fcntl_methods[] = {
    {"fcntl", f_fcntl, 0}, {"ioctl", f_ioctl, 0}, {"flock", f_flock, 0}, {"lockf", f_lockf, 0},
    {NULL, NULL, 0},
};

#define C(n) {#n, (long)(n)}
static const IntConstant constants[] = {
    C(DN_ACCESS), C(DN_ATTRIB), C(DN_CREATE), C(DN_DELETE), C(DN_MODIFY), C(DN_MULTISHOT),
    C(DN_RENAME), C(FASYNC), C(FD_CLOEXEC), C(F_ADD_SEALS), C(F_DUPFD), C(F_DUPFD_CLOEXEC),
    C(F_EXLCK), C(F_GETFD), C(F_GETFL), C(F_GETLEASE), C(F_GETLK), C(F_GETLK64), C(F_GETOWN),
    C(F_GETPIPE_SZ), C(F_GETSIG), C(F_GET_SEALS), C(F_NOTIFY), C(F_OFD_GETLK), C(F_OFD_SETLK),
    C(F_OFD_SETLKW), C(F_RDLCK), C(F_SEAL_GROW), C(F_SEAL_SEAL), C(F_SEAL_SHRINK),
    C(F_SEAL_WRITE), C(F_SETFD), C(F_SETFL), C(F_SETLEASE), C(F_SETLK), C(F_SETLK64),
    C(F_SETLKW), C(F_SETLKW64), C(F_SETOWN), C(F_SETPIPE_SZ), C(F_SETSIG), C(F_SHLCK),
    C(F_UNLCK), C(F_WRLCK), C(LOCK_EX), C(LOCK_MAND), C(LOCK_NB), C(LOCK_READ), C(LOCK_RW),
    C(LOCK_SH), C(LOCK_UN), C(LOCK_WRITE),
    {NULL, 0},
};
#undef C

Obj *fcntl_module_init(void) {
    Obj *m = module_new("fcntl");
    if (m == NULL) return NULL;
    if (module_add_functions(m, fcntl_methods) < 0 || module_add_constants(m, constants) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
