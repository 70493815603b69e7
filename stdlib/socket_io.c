/* socket_io.c: the socket methods that make connections and move data:
 * bind, connect, connect_ex, _accept, send, sendall, sendto, recv,
 * recv_into, recvfrom, recvfrom_into.  Each system call runs through
 * sock_call (socket.c) with the GIL released; the C functions it runs see
 * only the IoCall below, never a Python object. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "socket_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "tuple.h"

/* What one system call needs, and what it gives back. */
typedef struct IoCall {
    void *buf;
    size_t len;
    int flags;
    SockAddr addr;          /* sendto: the destination; recvfrom/accept: the peer */
    socklen_t addrlen;
    ssize_t result;
} IoCall;

/* Writes never raise SIGPIPE: a closed peer is a BrokenPipeError, as in
 * CPython (which ignores the signal). */
static ssize_t do_send(int fd, void *d) {
    IoCall *c = d;
    return c->result = send(fd, c->buf, c->len, c->flags | MSG_NOSIGNAL);
}

static ssize_t do_sendto(int fd, void *d) {
    IoCall *c = d;
    return c->result = sendto(fd, c->buf, c->len, c->flags | MSG_NOSIGNAL, &c->addr.sa, c->addrlen);
}

static ssize_t do_recv(int fd, void *d) {
    IoCall *c = d;
    return c->result = recv(fd, c->buf, c->len, c->flags);
}

static ssize_t do_recvfrom(int fd, void *d) {
    IoCall *c = d;
    c->addrlen = sizeof c->addr;
    return c->result = recvfrom(fd, c->buf, c->len, c->flags, &c->addr.sa, &c->addrlen);
}

static ssize_t do_accept(int fd, void *d) {
    IoCall *c = d;
    c->addrlen = sizeof c->addr;
    return c->result = accept4(fd, &c->addr.sa, &c->addrlen, SOCK_CLOEXEC);
}

/* After poll() says a connecting socket is ready: how the connect ended. */
static ssize_t do_connect_outcome(int fd, void *d) {
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) return -1;
    if (err == 0 || err == EISCONN) return 0;
    errno = err;
    return -1;
}

/* ---- arguments ----------------------------------------------------------- */

/* Data to send: a bytes object's own memory (immutable), or a copy of a
 * bytearray's (another thread could resize it while the GIL is away). */
typedef struct OutData {
    const unsigned char *data;
    size_t size;
    unsigned char *copy;
} OutData;

static int out_data(Obj *o, OutData *d) {
    d->copy = NULL;
    if (byteslike_view(o, &d->data, &d->size) < 0) return -1;
    if (is_bytes(o) || d->size == 0) return 0;
    if ((d->copy = malloc(d->size)) == NULL) {
        err_no_memory();
        return -1;
    }
    memcpy(d->copy, d->data, d->size);
    d->data = d->copy;
    return 0;
}

/* A buffer size argument ("n" format) that must not be negative. */
static int size_arg(Obj *o, const char *fname, size_t *out) {
    intptr_t n;
    if (intarg_ssize(o, &n) < 0) return -1;
    if (n < 0) {
        err_format(&Exc_ValueError, "negative buffersize in %s", fname);
        return -1;
    }
    *out = (size_t)n;
    return 0;
}

/* ---- connections ---------------------------------------------------------- */

SOCK_METHOD(bind) {
    SockObj *s = (SockObj *)self;
    SockAddr addr;
    socklen_t len;
    if (args_count("socket.bind", nargs, 1, 1) < 0 ||
        sockaddr_from_obj(s->family, args[0], "bind", &addr, &len) < 0)
        return NULL;
    if (bind(s->fd, &addr.sa, len) < 0) return sock_raise_errno(errno);
    return NEWREF(NONE);
}

/* connect(2) as CPython does it: a socket with a timeout (or a connect
 * interrupted by a signal) waits in poll() for the outcome.  Returns 0, an
 * errno (raise false), or -1 with an exception. */
static int connect_to(SockObj *s, const SockAddr *addr, socklen_t len, bool raise) {
    int fd = s->fd;
    BLOCKING_BEGIN("connect");
    int rc = connect(fd, &addr->sa, len), err = errno;
    BLOCKING_END();
    if (rc == 0) return 0;
    bool wait;
    if (err == EINTR) {
        if (signals_check() < 0) return -1;
        wait = s->timeout != 0;
    } else {
        wait = s->timeout > 0 && err == EINPROGRESS;
    }
    if (!wait) {
        if (!raise) return err;
        sock_raise_errno(err);
        return -1;
    }
    int outcome = 0;
    if (sock_call(s, true, do_connect_outcome, NULL, "connect", true, raise ? NULL : &outcome,
                  s->timeout) < 0)
        return -1;
    return outcome;
}

/* The one address argument of connect/connect_ex (qualname: "socket.connect"). */
static int connect_arg(SockObj *s, const char *qualname, const char *name, Obj *const *args,
                       size_t nargs, SockAddr *addr, socklen_t *len) {
    if (args_count(qualname, nargs, 1, 1) < 0) return -1;
    return sockaddr_from_obj(s->family, args[0], name, addr, len);
}

SOCK_METHOD(connect) {
    SockObj *s = (SockObj *)self;
    SockAddr addr;
    socklen_t len;
    if (connect_arg(s, "socket.connect", "connect", args, nargs, &addr, &len) < 0 ||
        connect_to(s, &addr, len, true) < 0)
        return NULL;
    return NEWREF(NONE);
}

SOCK_METHOD(connect_ex) {
    SockObj *s = (SockObj *)self;
    SockAddr addr;
    socklen_t len;
    if (connect_arg(s, "socket.connect_ex", "connect_ex", args, nargs, &addr, &len) < 0) return NULL;
    int err = connect_to(s, &addr, len, false);
    return err < 0 ? NULL : small_new(err);
}

/* _accept() -> (fd, address): socket.py makes the socket object. */
SOCK_METHOD(accept) {
    if (args_count("_accept", nargs, 0, 0) < 0) return NULL;
    SockObj *s = (SockObj *)self;
    IoCall c;
    memset(&c.addr, 0, sizeof c.addr);
    if (sock_call(s, false, do_accept, &c, "accept", false, NULL, s->timeout) < 0) return NULL;
    int fd = (int)c.result;
    Obj *addr = sockaddr_to_obj(&c.addr, c.addrlen);
    if (addr == NULL) {
        close(fd);
        return NULL;
    }
    Obj *res = tuple_pack(2, small_new(fd), addr);
    DECREF(addr);
    if (res == NULL) close(fd);
    return res;
}

/* ---- sending ----------------------------------------------------------- */

/* send(data[, flags]) -> the number of bytes sent */
SOCK_METHOD(send) {
    SockObj *s = (SockObj *)self;
    IoCall c = {.flags = 0};
    OutData d;
    if (args_no_kwargs("socket.send", kwnames) < 0 || sock_nargs("send", nargs, 1, 2) < 0 ||
        (nargs > 1 && sock_int_arg(args[1], &c.flags) < 0) || out_data(args[0], &d) < 0)
        return NULL;
    c.buf = (void *)d.data;
    c.len = d.size;
    int rc = sock_call(s, true, do_send, &c, "send", false, NULL, s->timeout);
    free(d.copy);
    return rc < 0 ? NULL : int_from_i64(c.result);
}

/* sendall(data[, flags]): sends everything; with a timeout, the whole
 * operation must end within it. */
SOCK_METHOD(sendall) {
    SockObj *s = (SockObj *)self;
    IoCall c = {.flags = 0};
    OutData d;
    if (args_no_kwargs("socket.sendall", kwnames) < 0 || sock_nargs("sendall", nargs, 1, 2) < 0 ||
        (nargs > 1 && sock_int_arg(args[1], &c.flags) < 0) || out_data(args[0], &d) < 0)
        return NULL;
    const unsigned char *p = d.data;
    size_t left = d.size;
    double timeout = s->timeout;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    Obj *res = NULL;
    do {
        if (s->timeout > 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            timeout = s->timeout - ((double)(now.tv_sec - start.tv_sec) +
                                    (double)(now.tv_nsec - start.tv_nsec) * 1e-9);
            if (timeout <= 0) {
                err_set_str(&Exc_TimeoutError, "timed out");
                goto done;
            }
        }
        c.buf = (void *)p;
        c.len = left;
        if (sock_call(s, true, do_send, &c, "sendall", false, NULL, timeout) < 0) goto done;
        p += c.result;
        left -= (size_t)c.result;
        /* a send cut short by a signal succeeds partially: look at Ctrl-C */
        if (signals_check() < 0) goto done;
    } while (left > 0);
    res = NEWREF(NONE);
done:
    free(d.copy);
    return res;
}

/* sendto(data[, flags], address) */
SOCK_METHOD(sendto) {
    SockObj *s = (SockObj *)self;
    IoCall c = {.flags = 0};
    OutData d;
    if (args_no_kwargs("socket.sendto", kwnames) < 0) return NULL;
    if (nargs != 2 && nargs != 3) {
        err_format(&Exc_TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
        return NULL;
    }
    if (out_data(args[0], &d) < 0) return NULL;
    if ((nargs == 3 && sock_int_arg(args[1], &c.flags) < 0) ||
        sockaddr_from_obj(s->family, args[nargs - 1], "sendto", &c.addr, &c.addrlen) < 0) {
        free(d.copy);
        return NULL;
    }
    c.buf = (void *)d.data;
    c.len = d.size;
    int rc = sock_call(s, true, do_sendto, &c, "sendto", false, NULL, s->timeout);
    free(d.copy);
    return rc < 0 ? NULL : int_from_i64(c.result);
}

/* ---- receiving ------------------------------------------------------------ */

/* Receives up to n bytes as a bytes object; with_addr: recvfrom. */
static Obj *recv_bytes(SockObj *s, size_t n, int flags, bool with_addr, Obj **addr) {
    Obj *b = bytes_new_unfilled(n);      /* asyncio asks for 256 KiB at a time */
    if (b == NULL) return NULL;
    /* nobody else sees the new bytes object: it can be filled without the GIL */
    IoCall c = {.buf = ((BytesObj *)b)->data, .len = n, .flags = flags};
    memset(&c.addr, 0, sizeof c.addr);
    if (sock_call(s, false, with_addr ? do_recvfrom : do_recv, &c, with_addr ? "recvfrom" : "recv",
                  false, NULL, s->timeout) < 0) {
        DECREF(b);
        return NULL;
    }
    if ((size_t)c.result != n) {
        Obj *part = bytes_from(((BytesObj *)b)->data, (size_t)c.result);
        DECREF(b);
        if ((b = part) == NULL) return NULL;
    }
    if (with_addr && (*addr = c.addrlen ? sockaddr_to_obj(&c.addr, c.addrlen) : NEWREF(NONE)) == NULL) {
        DECREF(b);
        return NULL;
    }
    return b;
}

/* recv(bufsize[, flags]) -> bytes */
SOCK_METHOD(recv) {
    size_t n;
    int flags = 0;
    if (args_no_kwargs("socket.recv", kwnames) < 0 || sock_nargs("recv", nargs, 1, 2) < 0 ||
        size_arg(args[0], "recv", &n) < 0 || (nargs > 1 && sock_int_arg(args[1], &flags) < 0))
        return NULL;
    return recv_bytes((SockObj *)self, n, flags, false, NULL);
}

/* recvfrom(bufsize[, flags]) -> (bytes, address) */
SOCK_METHOD(recvfrom) {
    size_t n;
    int flags = 0;
    if (args_no_kwargs("socket.recvfrom", kwnames) < 0 || sock_nargs("recvfrom", nargs, 1, 2) < 0 ||
        size_arg(args[0], "recvfrom", &n) < 0 || (nargs > 1 && sock_int_arg(args[1], &flags) < 0))
        return NULL;
    Obj *addr, *b = recv_bytes((SockObj *)self, n, flags, true, &addr);
    if (b == NULL) return NULL;
    Obj *res = tuple_pack(2, b, addr);
    DECREF(b);
    DECREF(addr);
    return res;
}

/* recv_into / recvfrom_into (buffer, nbytes=0, flags=0): received into a
 * private buffer, then copied into the bytearray once the GIL is back (the
 * bytearray could be resized meanwhile). */
static Obj *recv_into(SockObj *s, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                      bool with_addr) {
    static const char *const names[] = {"buffer", "nbytes", "flags", NULL};
    Obj *a[3];
    if (args_bind(fname, args, nargs, kwnames, names, 1, a) < 0) return NULL;
    if (!is_bytearray(a[0])) {
        err_format(&Exc_TypeError, "%s() argument 1 must be read-write bytes-like object, not %s",
                   fname, type_name(a[0]));
        return NULL;
    }
    intptr_t want = 0;
    int flags = 0;
    if ((a[1] && intarg_ssize(a[1], &want) < 0) || (a[2] && sock_int_arg(a[2], &flags) < 0))
        return NULL;
    size_t room = ((ByteArrayObj *)a[0])->size;
    if (want < 0) {
        err_format(&Exc_ValueError, "negative buffersize in %s", fname);
        return NULL;
    }
    if ((size_t)want > room) {
        err_set_str(&Exc_ValueError, with_addr ? "nbytes is greater than the length of the buffer"
                                               : "buffer too small for requested bytes");
        return NULL;
    }
    size_t n = want ? (size_t)want : room;
    IoCall c = {.buf = malloc(n ? n : 1), .len = n, .flags = flags};
    if (c.buf == NULL) {
        err_no_memory();
        return NULL;
    }
    memset(&c.addr, 0, sizeof c.addr);
    Obj *res = NULL;
    if (sock_call(s, false, with_addr ? do_recvfrom : do_recv, &c, with_addr ? "recvfrom" : "recv",
                  false, NULL, s->timeout) == 0) {
        ByteArrayObj *ba = (ByteArrayObj *)a[0];
        size_t got = (size_t)c.result;
        memcpy(ba->data, c.buf, got < ba->size ? got : ba->size);
        if (!with_addr) {
            res = int_from_i64(c.result);
        } else {
            Obj *addr = c.addrlen ? sockaddr_to_obj(&c.addr, c.addrlen) : NEWREF(NONE);
            if (addr != NULL) {
                res = tuple_pack(2, small_new((intptr_t)got), addr);
                DECREF(addr);
            }
        }
    }
    free(c.buf);
    return res;
}

SOCK_METHOD(recv_into) {
    return recv_into((SockObj *)self, "recv_into", args, nargs, kwnames, false);
}

SOCK_METHOD(recvfrom_into) {
    return recv_into((SockObj *)self, "recvfrom_into", args, nargs, kwnames, true);
}
