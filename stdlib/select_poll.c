/* select_poll.c: select.poll objects.  Registrations live in a dict
 * fd -> event mask (so poll() reports descriptors in registration order, as
 * CPython does); the pollfd array handed to poll(2) is rebuilt from it only
 * when it changed.  A poll() in progress (the GIL released) keeps that array
 * to itself: a second concurrent poll() on the object is refused. */
#include <errno.h>
#include <gmp.h>
#include <poll.h>
#include <stdbool.h>
#include <stdlib.h>
#include "select_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "tuple.h"

typedef struct PollObj {
    Obj ob;
    Obj *fds;               /* dict: fd -> event mask */
    struct pollfd *ufds;    /* what poll(2) sees; stale when `changed` */
    size_t nufds, cap;
    bool changed, running;
} PollObj;

Obj *select_poll_new(void) {
    PollObj *p = (PollObj *)obj_alloc(&SelectPollType, sizeof(PollObj));
    if (p == NULL) return NULL;
    p->fds = dict_new();
    if (p->fds == NULL) {
        obj_free((Obj *)p);
        return NULL;
    }
    p->changed = true;
    return (Obj *)p;
}

static void poll_dealloc(Obj *o) {
    PollObj *p = (PollObj *)o;
    DECREF(p->fds);
    free(p->ufds);
    obj_free(o);
}

/* An event mask as CPython's unsigned short converter reads it: ints only. */
static int ushort_arg(Obj *o, unsigned short *out) {
    if (!is_int(o)) {
        err_set_str(&Exc_TypeError, "an integer is required");
        return -1;
    }
    if (int_sign(o) < 0) {
        err_set_str(&Exc_ValueError, "value must be positive");
        return -1;
    }
    int overflow = 0;
    int64_t v = int_as_i64(o, &overflow);
    if (overflow || v > 0xffff) {
        bool beyond_ulong = false;
        if (overflow) {
            mpz_t z;
            mpz_init(z);
            int_to_mpz(o, z);
            beyond_ulong = mpz_sizeinbase(z, 2) > 64;
            mpz_clear(z);
        }
        err_set_str(&Exc_OverflowError, beyond_ulong
                    ? "Python int too large to convert to C unsigned long"
                    : "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned short)v;
    return 0;
}

static int set_mask(PollObj *p, int fd, unsigned short mask) {
    if (dict_set(p->fds, small_new(fd), small_new(mask)) < 0) return -1;
    p->changed = true;
    return 0;
}

static Obj *poll_register(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("poll.register", kwnames) < 0 || args_count("register", nargs, 1, 2) < 0)
        return NULL;
    int fd;
    unsigned short mask = POLLIN | POLLPRI | POLLOUT;
    if (select_fd_arg(args[0], &fd) < 0 || (nargs == 2 && ushort_arg(args[1], &mask) < 0) ||
        set_mask((PollObj *)self, fd, mask) < 0)
        return NULL;
    return NEWREF(NONE);
}

static Obj *poll_modify(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("poll.modify", kwnames) < 0 || args_count("modify", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    unsigned short mask;
    if (select_fd_arg(args[0], &fd) < 0 || ushort_arg(args[1], &mask) < 0) return NULL;
    PollObj *p = (PollObj *)self;
    int known = dict_contains(p->fds, small_new(fd));
    if (known == 0) {
        errno = ENOENT;
        err_set_from_errno(NULL);
    }
    if (known <= 0 || set_mask(p, fd, mask) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *poll_unregister(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("poll.unregister", kwnames) < 0 ||
        args_count("poll.unregister", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    PollObj *p = (PollObj *)self;
    if (select_fd_arg(args[0], &fd) < 0 || dict_del(p->fds, small_new(fd)) < 0) return NULL;
    p->changed = true;
    return NEWREF(NONE);
}

/* Rebuilds the pollfd array from the registrations. */
static int refresh_ufds(PollObj *p) {
    size_t n = dict_size(p->fds);
    if (n > p->cap) {
        struct pollfd *u = realloc(p->ufds, n * sizeof *u);
        if (u == NULL) {
            err_no_memory();
            return -1;
        }
        p->ufds = u;
        p->cap = n;
    }
    size_t pos = 0, i = 0;
    Obj *key, *value;
    while (dict_next(p->fds, &pos, &key, &value))
        p->ufds[i++] = (struct pollfd){ .fd = (int)small_value(key),
                                        .events = (short)small_value(value) };
    p->nufds = i;
    p->changed = false;
    return 0;
}

/* One poll(2) over the registered descriptors (for select_wait_retry). */
static int poll_once(void *ctx, int ms) {
    PollObj *p = ctx;
    return poll(p->ufds, p->nufds, ms);
}

static Obj *ready_list(const PollObj *p, int n) {
    Obj *res = list_new((size_t)n);
    if (res == NULL) return NULL;
    for (size_t i = 0, j = 0; j < (size_t)n && i < p->nufds; i++) {
        if (p->ufds[i].revents == 0) continue;
        Obj *t = tuple_pack(2, small_new(p->ufds[i].fd), small_new(p->ufds[i].revents & 0xffff));
        if (t == NULL) {
            for (size_t k = j; k < (size_t)n; k++) list_set_new(res, k, NEWREF(NONE));
            DECREF(res);
            return NULL;
        }
        list_set_new(res, j++, t);
    }
    return res;
}

static Obj *poll_poll(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("poll.poll", kwnames) < 0 || args_count("poll", nargs, 0, 1) < 0)
        return NULL;
    int64_t timeout = -1;
    int ms = -1;
    if (nargs == 1 && args[0] != NONE) {
        if (select_timeout_ns(args[0], 1000000, "timeout must be an integer or None", &timeout) < 0 ||
            select_ns_to_ms(timeout, 0, &ms) < 0)
            return NULL;
        if (ms < 0) ms = -1;
    }
    PollObj *p = (PollObj *)self;
    if (p->running) {
        err_set_str(&Exc_RuntimeError, "concurrent poll() invocation");
        return NULL;
    }
    if (p->changed && refresh_ufds(p) < 0) return NULL;
    p->running = true;
    int n = select_wait_retry("poll", poll_once, p, ms, timeout);
    p->running = false;
    return n < 0 ? NULL : ready_list(p, n);
}

/* poll objects come only from select.poll(), as in CPython. */
static Obj *poll_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
    return NULL;
}

static const MethodDef poll_methods[] = {
    {"register", poll_register}, {"modify", poll_modify},
    {"unregister", poll_unregister}, {"poll", poll_poll}, {NULL},
};

Type SelectPollType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "select.poll",
    .size = sizeof(PollObj),
    .base = &ObjectType,
    .dealloc = poll_dealloc,
    .new_ = poll_type_new,
    .methods = poll_methods,
};
