/* socket.c: the _socket.socket object: creation (a new socket or an
 * existing descriptor), closing, timeouts and blocking mode, options, names,
 * and sock_call, the one loop every call that can block goes through
 * (poll() for the timeout, EINTR retried as PEP 475, the GIL released).
 * The data-moving methods are in socket_io.c, addresses in socket_addr.c,
 * the module's functions and constants in socket_mod.c. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "socket_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "bytes.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "str.h"

/* ---- waiting ----------------------------------------------------------- */

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int sock_fd_set_blocking(int fd, bool blocking) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return -1;
    int want = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    return want == flags ? 0 : fcntl(fd, F_SETFL, want);
}

/* poll()s fd until it can be read (written); ms < 0: no limit.  1 ready,
 * 0 timed out, -1 with errno. */
static int wait_ready(int fd, bool writing, bool connect, int ms, const char *what) {
    struct pollfd p = {.fd = fd, .events = writing ? POLLOUT : POLLIN};
    /* a failed connect() reports POLLERR, maybe without POLLOUT */
    if (connect) p.events |= POLLERR;
    BLOCKING_BEGIN(what);
    int n = poll(&p, 1, ms);
    int err = errno;
    BLOCKING_END();
    errno = err;
    return n < 0 ? -1 : n > 0;
}

int sock_call(SockObj *s, bool writing, SockFn fn, void *data, const char *what, bool connect,
              int *errp, double timeout) {
    int fd = s->fd, err;
    bool has_timeout = timeout > 0;
    /* (timeouts past a century count as a century: no overflow) */
    double ns = timeout < 3.2e9 ? timeout * 1e9 : 3.2e18;
    int64_t deadline = has_timeout ? now_ns() + (int64_t)ns : 0;
    for (;;) {
        /* A closed socket (fd -1) is "ready": the call itself fails with EBADF. */
        if ((has_timeout || connect) && fd >= 0) {
            int ms = -1;
            if (has_timeout) {
                int64_t left = deadline - now_ns();
                if (left < 0) left = 0;
                int64_t m = (left + 999999) / 1000000;
                ms = m > INT_MAX ? INT_MAX : (int)m;
            }
            int r = wait_ready(fd, writing, connect, ms, what);
            if (r < 0) {
                err = errno;
                if (err == EINTR) {
                    if (signals_check() < 0) return -1;
                    continue;
                }
                goto failed;
            }
            if (r == 0) {
                if (errp != NULL) {
                    *errp = EWOULDBLOCK;
                    return 0;
                }
                err_set_str(&Exc_TimeoutError, "timed out");
                return -1;
            }
        }
        for (;;) {
            BLOCKING_BEGIN(what);
            ssize_t r = fn(fd, data);
            err = errno;
            BLOCKING_END();
            if (r >= 0) return 0;
            if (err != EINTR) break;
            if (signals_check() < 0) return -1;
        }
        /* another thread (or process) took the data first: wait again */
        if (has_timeout && (err == EWOULDBLOCK || err == EAGAIN)) continue;
        goto failed;
    }
failed:
    if (errp != NULL) {
        *errp = err;
        return 0;
    }
    sock_raise_errno(err);
    return -1;
}

/* ---- creation ---------------------------------------------------------- */

int sock_setup(SockObj *s, int fd, int family, int type, int proto) {
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    if (type & SOCK_NONBLOCK) {
        s->timeout = 0.0;
        return 0;
    }
    s->timeout = sock_default_timeout;
    if (s->timeout >= 0 && sock_fd_set_blocking(fd, false) < 0) {
        sock_raise_errno(errno);
        return -1;
    }
    return 0;
}

static Obj *sock_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    SockObj *s = (SockObj *)obj_alloc(t, t->size);
    if (s == NULL) return NULL;
    s->fd = -1;
    s->timeout = -1.0;
    return (Obj *)s;
}

/* The value of one of the descriptor's SOL_SOCKET options (SO_DOMAIN...). */
static int fd_option(int fd, int opt, int *out) {
    socklen_t len = sizeof *out;
    if (getsockopt(fd, SOL_SOCKET, opt, out, &len) == 0) return 0;
    sock_raise_errno(errno);
    return -1;
}

/* socket(family=-1, type=-1, proto=-1, fileno=None) */
static int sock_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"family", "type", "proto", "fileno", NULL};
    Obj *a[4];
    if (args_bind("socket", args, nargs, kwnames, names, 0, a) < 0) return -1;
    int family = -1, type = -1, proto = -1, fd;
    if ((a[0] && sock_int_arg(a[0], &family) < 0) || (a[1] && sock_int_arg(a[1], &type) < 0) ||
        (a[2] && sock_int_arg(a[2], &proto) < 0))
        return -1;
    if (a[3] != NULL && a[3] != NONE) {
        if (sock_int_arg(a[3], &fd) < 0) return -1;
        if (fd < 0) {
            err_set_str(&Exc_ValueError, "negative file descriptor");
            return -1;
        }
        if ((family == -1 && fd_option(fd, SO_DOMAIN, &family) < 0) ||
            (type == -1 && fd_option(fd, SO_TYPE, &type) < 0) ||
            (proto == -1 && fd_option(fd, SO_PROTOCOL, &proto) < 0))
            return -1;
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) {
            sock_raise_errno(errno);
            return -1;
        }
    }
    return sock_setup((SockObj *)self, fd, family, type, proto);
}

static void sock_dealloc(Obj *o) {
    SockObj *s = (SockObj *)o;
    if (s->fd >= 0) close(s->fd);
    obj_free(o);
}

static Obj *sock_repr(Obj *o) {
    SockObj *s = (SockObj *)o;
    return str_from_format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd,
                           s->family, s->type, s->proto);
}

static Obj *get_family(Obj *o) { return small_new(((SockObj *)o)->family); }
static Obj *get_type(Obj *o) { return small_new(((SockObj *)o)->type); }
static Obj *get_proto(Obj *o) { return small_new(((SockObj *)o)->proto); }
static Obj *timeout_obj(double t) { return t < 0 ? NEWREF(NONE) : float_new(t); }
static Obj *get_timeout(Obj *o) { return timeout_obj(((SockObj *)o)->timeout); }

/* ---- closing ----------------------------------------------------------- */

static Obj *m_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("close", nargs, 0, 0) < 0) return NULL;
    SockObj *s = (SockObj *)self;
    int fd = s->fd;
    if (fd >= 0) {
        s->fd = -1;
        /* close() can wait (SO_LINGER): without the GIL */
        BLOCKING_BEGIN("close");
        int rc = close(fd), err = errno;
        BLOCKING_END();
        /* the peer's reset already ended the connection: not an error */
        if (rc < 0 && err != ECONNRESET) return sock_raise_errno(err);
    }
    return NEWREF(NONE);
}

static Obj *m_detach(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("detach", nargs, 0, 0) < 0) return NULL;
    SockObj *s = (SockObj *)self;
    int fd = s->fd;
    s->fd = -1;
    return small_new(fd);
}

static Obj *m_fileno(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("fileno", nargs, 0, 0) < 0) return NULL;
    return small_new(((SockObj *)self)->fd);
}

/* ---- timeouts and blocking mode ---------------------------------------- */

/* The descriptor is non-blocking whenever there is a timeout (or 0). */
static Obj *set_timeout(SockObj *s, double t) {
    s->timeout = t;
    if (sock_fd_set_blocking(s->fd, t < 0) < 0) return sock_raise_errno(errno);
    return NEWREF(NONE);
}

static Obj *m_settimeout(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double t;
    if (args_count("settimeout", nargs, 1, 1) < 0 || sock_timeout_arg(args[0], &t) < 0) return NULL;
    return set_timeout((SockObj *)self, t);
}

static Obj *m_gettimeout(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("gettimeout", nargs, 0, 0) < 0) return NULL;
    return timeout_obj(((SockObj *)self)->timeout);
}

static Obj *m_setblocking(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t flag;
    if (args_count("setblocking", nargs, 1, 1) < 0 || int_index_ssize(args[0], &flag) < 0)
        return NULL;
    return set_timeout((SockObj *)self, flag ? -1.0 : 0.0);
}

static Obj *m_getblocking(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getblocking", nargs, 0, 0) < 0) return NULL;
    return NEWREF(bool_from(((SockObj *)self)->timeout != 0.0));
}

/* ---- options ----------------------------------------------------------- */

/* setsockopt(level, optname, value: int | bytes-like)
 * setsockopt(level, optname, None, optlen) */
static Obj *m_setsockopt(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("socket.setsockopt", kwnames) < 0) return NULL;
    if (nargs == 4 && args[2] != NONE) {
        err_format(&Exc_TypeError, "setsockopt() argument 3 must be None, not %s", type_name(args[2]));
        return NULL;
    }
    if (nargs != 4 && sock_nargs("setsockopt", nargs, 3, 3) < 0) return NULL;
    int level, opt, ival, rc;
    if (sock_int_arg(args[0], &level) < 0 || sock_int_arg(args[1], &opt) < 0) return NULL;
    int fd = ((SockObj *)self)->fd;
    if (nargs == 4) {
        int len;
        if (sock_int_arg(args[3], &len) < 0) return NULL;
        rc = setsockopt(fd, level, opt, NULL, (socklen_t)len);
    } else if (is_int(args[2])) {
        if (sock_int_arg(args[2], &ival) < 0) return NULL;
        rc = setsockopt(fd, level, opt, &ival, sizeof ival);
    } else {
        const unsigned char *data;
        size_t size;
        if (byteslike_view(args[2], &data, &size) < 0) return NULL;
        rc = setsockopt(fd, level, opt, data, (socklen_t)size);
    }
    if (rc < 0) return sock_raise_errno(errno);
    return NEWREF(NONE);
}

/* getsockopt(level, optname[, buflen]): an int, or buflen bytes at most */
static Obj *m_getsockopt(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int level, opt, buflen = 0;
    if (args_no_kwargs("socket.getsockopt", kwnames) < 0 || sock_nargs("getsockopt", nargs, 2, 3) < 0 ||
        sock_int_arg(args[0], &level) < 0 || sock_int_arg(args[1], &opt) < 0 ||
        (nargs > 2 && sock_int_arg(args[2], &buflen) < 0))
        return NULL;
    int fd = ((SockObj *)self)->fd;
    if (buflen == 0) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(fd, level, opt, &v, &len) < 0) return sock_raise_errno(errno);
        return small_new(v);
    }
    if (buflen < 0 || buflen > 1024) {
        err_set_str(&Exc_OSError, "getsockopt buflen out of range");
        return NULL;
    }
    unsigned char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(fd, level, opt, buf, &len) < 0) return sock_raise_errno(errno);
    return bytes_from(buf, len);
}

/* ---- names, listen, shutdown ------------------------------------------- */

static Obj *name_of(SockObj *s, int (*get)(int, struct sockaddr *, socklen_t *)) {
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    socklen_t len = sizeof addr;
    if (get(s->fd, &addr.sa, &len) < 0) return sock_raise_errno(errno);
    return sockaddr_to_obj(&addr, len);
}

static Obj *m_getsockname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getsockname", nargs, 0, 0) < 0) return NULL;
    return name_of((SockObj *)self, getsockname);
}

static Obj *m_getpeername(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getpeername", nargs, 0, 0) < 0) return NULL;
    return name_of((SockObj *)self, getpeername);
}

static Obj *m_listen(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (args_no_kwargs("socket.listen", kwnames) < 0 || sock_nargs("listen", nargs, 0, 1) < 0 ||
        (nargs == 1 && sock_int_arg(args[0], &backlog) < 0))
        return NULL;
    if (listen(((SockObj *)self)->fd, backlog < 0 ? 0 : backlog) < 0) return sock_raise_errno(errno);
    return NEWREF(NONE);
}

static Obj *m_shutdown(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int how;
    if (args_count("socket.shutdown", nargs, 1, 1) < 0 || sock_int_arg(args[0], &how) < 0)
        return NULL;
    if (shutdown(((SockObj *)self)->fd, how) < 0) return sock_raise_errno(errno);
    return NEWREF(NONE);
}

static const MethodDef sock_methods[] = {
    {"close", m_close}, {"detach", m_detach}, {"fileno", m_fileno},
    {"settimeout", m_settimeout}, {"gettimeout", m_gettimeout},
    {"setblocking", m_setblocking}, {"getblocking", m_getblocking},
    {"setsockopt", m_setsockopt}, {"getsockopt", m_getsockopt},
    {"getsockname", m_getsockname}, {"getpeername", m_getpeername},
    {"listen", m_listen}, {"shutdown", m_shutdown},
    {"_accept", sock_m_accept}, {"bind", sock_m_bind}, {"connect", sock_m_connect},
    {"connect_ex", sock_m_connect_ex}, {"send", sock_m_send}, {"sendall", sock_m_sendall},
    {"sendto", sock_m_sendto}, {"recv", sock_m_recv}, {"recv_into", sock_m_recv_into},
    {"recvfrom", sock_m_recvfrom}, {"recvfrom_into", sock_m_recvfrom_into},
    {"sendmsg", sock_m_sendmsg}, {"recvmsg", sock_m_recvmsg}, {"recvmsg_into", sock_m_recvmsg_into},
    {NULL},
};

static const GetSetDef sock_getset[] = {
    {"family", get_family}, {"type", get_type}, {"proto", get_proto}, {"timeout", get_timeout},
    {NULL},
};

Type SockType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_socket.socket",
    .size = sizeof(SockObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = sock_dealloc,
    .repr = sock_repr,
    .new_ = sock_new,
    .init = sock_init,
    .methods = sock_methods,
    .getset = sock_getset,
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
           "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
           "Open a socket of the given type.",
};
