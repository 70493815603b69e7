/* select_epoll.c: select.epoll, Linux's edge- or level-triggered readiness
 * interface: register/modify/unregister (epoll_ctl), poll (epoll_wait with
 * the GIL released, retried after signals with the time left), close,
 * closed, fileno, fromfd, and use as a context manager; CPython 3.11's
 * arguments and errors. */
#include <errno.h>
#include <gmp.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>
#include "select_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "clinic_args.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "tuple.h"

typedef struct EpollObj {
    Obj ob;
    int epfd;    /* -1 once closed */
    /* The event buffer of large polls (the default maxevents is 1023),
     * kept between calls; a poll() running concurrently in another thread
     * (`buf_busy`) uses a buffer of its own. */
    struct epoll_event *buf;
    int buf_cap;
    bool buf_busy;
} EpollObj;

#define EPFD(o) (((EpollObj *)(o))->epfd)

static Obj *epoll_make(int epfd) {
    EpollObj *e = (EpollObj *)obj_alloc(&SelectEpollType, sizeof(EpollObj));
    if (e == NULL) {
        if (epfd >= 0) close(epfd);
        return NULL;
    }
    e->epfd = epfd;
    return (Obj *)e;
}

/* A new epoll descriptor wrapped in an object. */
static Obj *epoll_create_obj(void) {
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return epoll_make(fd);
}

static void epoll_dealloc(Obj *o) {
    if (EPFD(o) >= 0) close(EPFD(o));
    free(((EpollObj *)o)->buf);
    obj_free(o);
}

static int closed_error(void) {
    err_set_str(&Exc_ValueError, "I/O operation on closed epoll object");
    return -1;
}

static Obj *epoll_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"sizehint", "flags", NULL};
    Obj *a[2];
    int sizehint = -1, flags = 0;
    if (args_bind("epoll", args, nargs, kwnames, names, 0, a) < 0 ||
        (a[0] != NULL && clinic_int(a[0], &sizehint) < 0) ||
        (a[1] != NULL && clinic_int(a[1], &flags) < 0))
        return NULL;
    if (sizehint != -1 && sizehint <= 0) {
        err_set_str(&Exc_ValueError, "negative sizehint");
        return NULL;
    }
    if (flags != 0 && flags != EPOLL_CLOEXEC) {
        err_set_str(&Exc_OSError, "invalid flags");
        return NULL;
    }
    return epoll_create_obj();
}

/* fromfd(fd): wraps an existing epoll descriptor (-1: makes a new one, as
 * CPython does). */
static Obj *epoll_fromfd(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    int fd;
    if (args_no_kwargs("epoll.fromfd", kwnames) < 0 ||
        args_count("epoll.fromfd", nargs, 1, 1) < 0 || clinic_int(args[0], &fd) < 0)
        return NULL;
    return fd == -1 ? epoll_create_obj() : epoll_make(fd);
}

static Obj *epoll_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("close", nargs, 0, 0) < 0) return NULL;
    int fd = EPFD(self);
    EPFD(self) = -1;
    if (fd >= 0 && close(fd) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return NEWREF(NONE);
}

static Obj *epoll_fileno(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("fileno", nargs, 0, 0) < 0) return NULL;
    if (EPFD(self) < 0) {
        closed_error();
        return NULL;
    }
    return small_new(EPFD(self));
}

static Obj *epoll_get_closed(Obj *self) { return NEWREF(bool_from(EPFD(self) < 0)); }

/* epoll_ctl(op) on the descriptor in args[0] with the mask in args[1]
 * (`default_mask` when absent; ignored for EPOLL_CTL_DEL). */
static Obj *epoll_control(const char *fname, int op, Obj *self, Obj *const *args, size_t nargs,
                          Obj *kwnames, size_t nrequired, uint32_t default_mask) {
    static const char *const names[] = {"fd", "eventmask", NULL};
    static const char *const fd_only[] = {"fd", NULL};
    Obj *a[2] = {NULL, NULL};
    int fd;
    unsigned int mask = default_mask;
    if (args_bind(fname, args, nargs, kwnames, op == EPOLL_CTL_DEL ? fd_only : names,
                  nrequired, a) < 0 ||
        select_fd_arg(a[0], &fd) < 0 || (a[1] != NULL && clinic_uint_mask(a[1], &mask) < 0))
        return NULL;
    if (EPFD(self) < 0) {
        closed_error();
        return NULL;
    }
    struct epoll_event ev = { .events = mask, .data.fd = fd };
    if (epoll_ctl(EPFD(self), op, fd, &ev) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return NEWREF(NONE);
}

static Obj *epoll_register(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return epoll_control("register", EPOLL_CTL_ADD, self, args, nargs, kwnames, 1,
                         EPOLLIN | EPOLLPRI | EPOLLOUT);
}

static Obj *epoll_modify(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return epoll_control("modify", EPOLL_CTL_MOD, self, args, nargs, kwnames, 2, 0);
}

static Obj *epoll_unregister(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return epoll_control("unregister", EPOLL_CTL_DEL, self, args, nargs, kwnames, 1, 0);
}

/* One epoll_wait (for select_wait_retry). */
typedef struct EpollWait {
    int epfd, maxevents;
    struct epoll_event *evs;
} EpollWait;

static int epoll_wait_once(void *ctx, int ms) {
    EpollWait *w = ctx;
    return epoll_wait(w->epfd, w->evs, w->maxevents, ms);
}

static Obj *events_list(const struct epoll_event *evs, int n) {
    Obj *res = list_new((size_t)n);
    if (res == NULL) return NULL;
    for (int i = 0; i < n; i++) {
        Obj *t = tuple_pack(2, small_new(evs[i].data.fd), small_new((intptr_t)evs[i].events));
        if (t == NULL) {
            for (int k = i; k < n; k++) list_set_new(res, (size_t)k, NEWREF(NONE));
            DECREF(res);
            return NULL;
        }
        list_set_new(res, (size_t)i, t);
    }
    return res;
}

enum { EVENTS_ON_STACK = 256 };

static Obj *epoll_poll(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"timeout", "maxevents", NULL};
    Obj *a[2];
    int maxevents = -1, ms = -1;
    int64_t timeout = -1;
    if (args_bind("poll", args, nargs, kwnames, names, 0, a) < 0 ||
        (a[1] != NULL && clinic_int(a[1], &maxevents) < 0))
        return NULL;
    if (EPFD(self) < 0) {
        closed_error();
        return NULL;
    }
    if (a[0] != NULL && a[0] != NONE) {
        if (select_timeout_ns(a[0], 1000000000, "timeout must be an integer or None", &timeout) < 0 ||
            select_ns_to_ms(timeout, 1, &ms) < 0)
            return NULL;
        if (ms < 0) ms = -1;
    }
    if (maxevents == -1) {
        maxevents = FD_SETSIZE - 1;
    } else if (maxevents < 1) {
        err_format(&Exc_ValueError, "maxevents must be greater than 0, got %d", maxevents);
        return NULL;
    }
    EpollObj *e = (EpollObj *)self;
    struct epoll_event stack_evs[EVENTS_ON_STACK], *evs = stack_evs;
    bool kept = false;
    if (maxevents > EVENTS_ON_STACK) {
        kept = !e->buf_busy;
        if (kept && e->buf_cap < maxevents) {
            free(e->buf);
            e->buf_cap = 0;
            e->buf = malloc((size_t)maxevents * sizeof *evs);
            if (e->buf != NULL) e->buf_cap = maxevents;
        }
        evs = kept ? e->buf : malloc((size_t)maxevents * sizeof *evs);
        if (evs == NULL) {
            err_no_memory();
            return NULL;
        }
        if (kept) e->buf_busy = true;
    }
    EpollWait w = {e->epfd, maxevents, evs};
    int n = select_wait_retry("epoll_wait", epoll_wait_once, &w, ms, timeout);
    Obj *res = n < 0 ? NULL : events_list(evs, n);
    if (kept)
        e->buf_busy = false;
    else if (evs != stack_evs)
        free(evs);
    return res;
}

static Obj *epoll_enter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__enter__", nargs, 0, 0) < 0) return NULL;
    if (EPFD(self) < 0) {
        closed_error();
        return NULL;
    }
    return NEWREF(self);
}

static Obj *epoll_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__exit__", kwnames) < 0 || args_count("__exit__", nargs, 0, 3) < 0)
        return NULL;
    return epoll_close(self, NULL, 0, NULL);
}

static const MethodDef epoll_methods[] = {
    {"close", epoll_close}, {"fileno", epoll_fileno}, {"fromfd", epoll_fromfd, METH_CLASS},
    {"register", epoll_register}, {"modify", epoll_modify}, {"unregister", epoll_unregister},
    {"poll", epoll_poll}, {"__enter__", epoll_enter}, {"__exit__", epoll_exit}, {NULL},
};

static const GetSetDef epoll_getset[] = {
    {"closed", epoll_get_closed, NULL}, {NULL},
};

Type SelectEpollType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "select.epoll",
    .size = sizeof(EpollObj),
    .base = &ObjectType,
    .dealloc = epoll_dealloc,
    .new_ = epoll_new,
    .methods = epoll_methods,
    .getset = epoll_getset,
    .doc = "select.epoll(sizehint=-1, flags=0)\n\n"
           "An epoll object: register file descriptors with the events to watch,\n"
           "then poll() for the ones that are ready.  sizehint is -1 or a positive\n"
           "number (a hint only); flags is 0 or EPOLL_CLOEXEC.",
};
