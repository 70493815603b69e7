/* select.c: the `select` module: select.select(), the constants, and the
 * argument helpers its poll and epoll objects share (select_poll.c,
 * select_epoll.c).  Every wait gives up the GIL (BLOCKING_BEGIN) and a wait
 * interrupted by a signal resumes with what is left of its timeout (PEP 475).
 * Arguments, results and errors are CPython 3.11's. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include "modules.h"
#include "select_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "err.h"
#include "float.h"
#include "ident.h"
#include "int.h"
#include "list.h"
#include "tuple.h"

/* ---- shared argument helpers -------------------------------------------- */

/* An int object as a C int: OverflowError with CPython's message. */
static int int_obj_to_cint(Obj *i, int *out) {
    int overflow = 0;
    int64_t v = int_as_i64(i, &overflow);
    if (overflow || v < INT_MIN || v > INT_MAX) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int select_fd_arg(Obj *o, int *fd) {
    int v;
    if (is_int(o)) {
        if (int_obj_to_cint(o, &v) < 0) return -1;
    } else {
        Obj *meth = obj_lookup_attr(o, IDENT(fileno));
        if (meth == NULL) {
            if (!err_occurred())
                err_set_str(&Exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        Obj *r = obj_call0(meth);
        DECREF(meth);
        if (r == NULL) return -1;
        int rc = is_int(r) ? int_obj_to_cint(r, &v) : -2;
        DECREF(r);
        if (rc == -2) err_set_str(&Exc_TypeError, "fileno() returned a non-integer");
        if (rc < 0) return -1;
    }
    if (v < 0) {
        err_format(&Exc_ValueError, "file descriptor cannot be a negative integer (%d)", v);
        return -1;
    }
    *fd = v;
    return 0;
}

int select_timeout_ns(Obj *o, int64_t unit_ns, const char *type_msg, int64_t *out) {
    if (is_float(o)) {
        double d = float_value(o);
        if (isnan(d)) {
            err_set_str(&Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d *= (double)unit_ns;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            err_set_str(&Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (int64_t)d;
        return 0;
    }
    Obj *i = obj_index(o);
    if (i == NULL) {
        if (err_matches(&Exc_TypeError)) err_set_str(&Exc_TypeError, type_msg);
        return -1;
    }
    int overflow = 0;
    int64_t v = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow || v > INT64_MAX / unit_ns || v < INT64_MIN / unit_ns) {
        err_set_str(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = v * unit_ns;
    return 0;
}

int select_ns_to_ms(int64_t ns, int ceiling, int *ms) {
    int64_t q = ns / 1000000, r = ns % 1000000;
    if (r > 0) q++;                    /* up, for positive values */
    else if (r < 0 && !ceiling) q--;   /* away from zero, for negative ones */
    if (q < INT_MIN || q > INT_MAX) {
        err_set_str(&Exc_OverflowError, "timeout is too large");
        return -1;
    }
    *ms = (int)q;
    return 0;
}

int64_t select_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int select_wait_retry(const char *what, SelectWaitFn wait, void *ctx, int ms, int64_t timeout_ns) {
    int64_t deadline = timeout_ns >= 0 ? select_now_ns() + timeout_ns : 0;
    for (;;) {
        BLOCKING_BEGIN(what);
        int n = wait(ctx, ms);
        int saved = errno;
        BLOCKING_END();
        if (n >= 0) return n;
        if (saved != EINTR) {
            errno = saved;
            err_set_from_errno(NULL);
            return -1;
        }
        if (signals_check() < 0) return -1;
        if (timeout_ns >= 0) {
            int64_t left = deadline - select_now_ns();
            if (left < 0) return 0;
            if (select_ns_to_ms(left, 1, &ms) < 0) return -1;
        }
    }
}

/* ---- select.select ------------------------------------------------------ */

/* The objects of one of select()'s three arguments with their descriptors,
 * in argument order (duplicates kept, as CPython returns them). */
typedef struct FdList {
    size_t n, cap;
    Obj **objs;
    int *fds;
    Obj *small_objs[8];
    int small_fds[8];
} FdList;

static void fdlist_init(FdList *l) {
    l->n = 0;
    l->cap = 8;
    l->objs = l->small_objs;
    l->fds = l->small_fds;
}

static void fdlist_release(FdList *l) {
    for (size_t i = 0; i < l->n; i++) DECREF(l->objs[i]);
    if (l->objs != l->small_objs) {
        free(l->objs);
        free(l->fds);
    }
    l->n = 0;
}

/* Appends o (reference stolen). */
static int fdlist_push(FdList *l, Obj *o, int fd) {
    if (l->n == l->cap) {
        size_t cap = l->cap * 2;
        Obj **objs = malloc(cap * sizeof *objs);
        int *fds = malloc(cap * sizeof *fds);
        if (objs == NULL || fds == NULL) {
            free(objs);
            free(fds);
            DECREF(o);
            err_no_memory();
            return -1;
        }
        memcpy(objs, l->objs, l->n * sizeof *objs);
        memcpy(fds, l->fds, l->n * sizeof *fds);
        if (l->objs != l->small_objs) {
            free(l->objs);
            free(l->fds);
        }
        l->objs = objs;
        l->fds = fds;
        l->cap = cap;
    }
    l->objs[l->n] = o;
    l->fds[l->n++] = fd;
    return 0;
}

/* Fills l and set from a sequence of descriptors; raises CPython's errors.
 * Lists are read by index each time, since fileno() may change them. */
static int fdlist_fill(FdList *l, Obj *seq, fd_set *set, int *maxfd) {
    FD_ZERO(set);
    Obj *fast;
    if (TYPE(seq) == &ListType || TYPE(seq) == &TupleType) {
        fast = NEWREF(seq);
    } else {
        Obj *it = obj_iter(seq);
        if (it == NULL) {
            if (err_matches(&Exc_TypeError))
                err_set_str(&Exc_TypeError, "arguments 1-3 must be sequences");
            return -1;
        }
        fast = list_from_iterable(it);
        DECREF(it);
        if (fast == NULL) return -1;
    }
    bool is_tup = TYPE(fast) == &TupleType;
    int rc = 0;
    for (size_t i = 0; i < (is_tup ? tuple_size(fast) : list_size(fast)); i++) {
        Obj *o = NEWREF(is_tup ? tuple_get(fast, i) : list_get(fast, i));
        int fd;
        if (select_fd_arg(o, &fd) < 0) {
            DECREF(o);
            rc = -1;
            break;
        }
        if (fd >= FD_SETSIZE) {
            err_set_str(&Exc_ValueError, "filedescriptor out of range in select()");
            DECREF(o);
            rc = -1;
            break;
        }
        FD_SET(fd, set);
        if (fd > *maxfd) *maxfd = fd;
        if (l->n >= FD_SETSIZE) {
            err_set_str(&Exc_ValueError, "too many file descriptors in select()");
            DECREF(o);
            rc = -1;
            break;
        }
        if (fdlist_push(l, o, fd) < 0) {
            rc = -1;
            break;
        }
    }
    DECREF(fast);
    return rc;
}

/* The objects of l whose descriptor is in set, in argument order. */
static Obj *fdlist_ready(const FdList *l, const fd_set *set) {
    Obj *res = list_new(0);
    for (size_t i = 0; res != NULL && i < l->n; i++)
        if (FD_ISSET(l->fds[i], set) && list_append(res, l->objs[i]) < 0) CLEAR(res);
    return res;
}

static struct timeval timeval_from_ns(int64_t ns) {
    struct timeval tv = { .tv_sec = (time_t)(ns / 1000000000),
                          .tv_usec = (suseconds_t)((ns % 1000000000 + 999) / 1000) };
    if (tv.tv_usec >= 1000000) {
        tv.tv_sec++;
        tv.tv_usec -= 1000000;
    }
    return tv;
}

/* Waits in select(2) until a descriptor is ready or the timeout (ns, or -1:
 * none) passes; sets[] hold the ready descriptors afterwards.  -1 with the
 * exception set. */
static int select_wait(int nfds, fd_set sets[3], int64_t timeout) {
    int64_t deadline = timeout >= 0 ? select_now_ns() + timeout : 0;
    for (;;) {
        fd_set ready[3] = {sets[0], sets[1], sets[2]};
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            tv = timeval_from_ns(timeout);
            tvp = &tv;
        }
        BLOCKING_BEGIN("select");
        int n = select(nfds, &ready[0], &ready[1], &ready[2], tvp);
        int saved = errno;
        BLOCKING_END();
        if (n >= 0) {
            for (int i = 0; i < 3; i++) sets[i] = ready[i];
            return 0;
        }
        if (saved != EINTR) {
            errno = saved;
            err_set_from_errno(NULL);
            return -1;
        }
        if (signals_check() < 0) return -1;
        if (timeout >= 0) {
            timeout = deadline - select_now_ns();
            if (timeout < 0) {   /* time is up: nothing is ready */
                for (int i = 0; i < 3; i++) FD_ZERO(&sets[i]);
                return 0;
            }
        }
    }
}

static Obj *s_select(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("select.select", kwnames) < 0 || args_count("select", nargs, 3, 4) < 0)
        return NULL;
    int64_t timeout = -1;
    if (nargs == 4 && args[3] != NONE) {
        if (select_timeout_ns(args[3], 1000000000, "timeout must be a float or None", &timeout) < 0)
            return NULL;
        if (timeout < 0) {
            err_set_str(&Exc_ValueError, "timeout must be non-negative");
            return NULL;
        }
    }
    FdList lists[3];
    fd_set sets[3];
    int maxfd = -1;
    Obj *res = NULL;
    for (int i = 0; i < 3; i++) fdlist_init(&lists[i]);
    for (int i = 0; i < 3; i++)
        if (fdlist_fill(&lists[i], args[i], &sets[i], &maxfd) < 0) goto done;
    if (select_wait(maxfd + 1, sets, timeout) < 0) goto done;
    Obj *r = fdlist_ready(&lists[0], &sets[0]);
    Obj *w = r ? fdlist_ready(&lists[1], &sets[1]) : NULL;
    Obj *x = w ? fdlist_ready(&lists[2], &sets[2]) : NULL;
    if (x != NULL) res = tuple_pack(3, r, w, x);
    XDECREF(r);
    XDECREF(w);
    XDECREF(x);
done:
    for (int i = 0; i < 3; i++) fdlist_release(&lists[i]);
    return res;
}

static Obj *s_poll(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("select.poll", kwnames) < 0 || args_count("select.poll", nargs, 0, 0) < 0)
        return NULL;
    return select_poll_new();
}

/* ---- the module --------------------------------------------------------- */

static const MethodDef select_methods[] = {
    {"select", s_select}, {"poll", s_poll}, {NULL},
};

static const struct { const char *name; int64_t value; } select_constants[] = {
    {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
    {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM},
    {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND},
    {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
    {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI},
    {"EPOLLERR", EPOLLERR}, {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", (uint32_t)EPOLLET},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
    {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},
    {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
    {"EPOLL_CLOEXEC", EPOLL_CLOEXEC}, {"PIPE_BUF", PIPE_BUF},
};

Obj *select_module_init(void) {
    Obj *m = module_new("select");
    if (m == NULL) return NULL;
    if (type_ready(&SelectPollType) < 0 || type_ready(&SelectEpollType) < 0 ||
        module_add_functions(m, select_methods) < 0 ||
        module_add_obj(m, "epoll", (Obj *)&SelectEpollType) < 0 ||
        module_add_obj(m, "error", (Obj *)&Exc_OSError) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof select_constants / sizeof select_constants[0]; i++)
        if (module_add_int(m, select_constants[i].name, select_constants[i].value) < 0) goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
