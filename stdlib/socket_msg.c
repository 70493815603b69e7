/* socket_msg.c: messages with ancillary data (sendmsg, recvmsg,
 * recvmsg_into, and the CMSG_LEN/CMSG_SPACE sizes) -- what passing file
 * descriptors over AF_UNIX sockets needs -- and the network interface
 * names (if_nameindex, if_nametoindex, if_indextoname).  The data is
 * gathered into (or scattered from) private buffers, so the system call
 * runs without the GIL on memory no other thread can change. */
#include <errno.h>
#include <limits.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>
#include "socket_internal.h"
#include "args.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef struct MsgCall {
    struct msghdr msg;
    struct iovec iov;
    SockAddr addr;
    int flags;
    ssize_t result;
} MsgCall;

static ssize_t do_sendmsg(int fd, void *d) {
    MsgCall *c = d;
    return c->result = sendmsg(fd, &c->msg, c->flags | MSG_NOSIGNAL);
}

static ssize_t do_recvmsg(int fd, void *d) {
    MsgCall *c = d;
    c->msg.msg_namelen = sizeof c->addr;
    return c->result = recvmsg(fd, &c->msg, c->flags);
}

/* The items of an iterable as a new list; TypeError `message` otherwise. */
static Obj *items_of(Obj *o, const char *message) {
    Obj *it = obj_iter(o);
    if (it == NULL) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_set_str(&Exc_TypeError, message);
        }
        return NULL;
    }
    Obj *l = list_from_iterable(it);
    DECREF(it);
    return l;
}

/* ---- sendmsg ------------------------------------------------------------ */

/* All the buffers' bytes in one malloc'd block (one iovec does for both
 * stream and datagram sockets). */
static unsigned char *gather(Obj *buffers, size_t *size) {
    size_t n = list_size(buffers), total = 0;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *data;
        size_t len;
        if (byteslike_view(list_get(buffers, i), &data, &len) < 0) return NULL;
        total += len;
    }
    unsigned char *block = malloc(total ? total : 1), *p = block;
    if (block == NULL) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *b = list_get(buffers, i);
        memcpy(p, byteslike_data(b), byteslike_size(b));
        p += byteslike_size(b);
    }
    *size = total;
    return block;
}

static Obj *item_field(Obj *item, size_t i) {
    return is_tuple(item) ? tuple_get(item, i) : list_get(item, i);
}

/* The control block for a list of (level, type, data) items; NULL with
 * an exception (or with *size 0 and no exception when the list is empty).
 * The ints are converted first (their __index__ may run Python code); the
 * sizes and the copy then run with no Python code in between. */
static unsigned char *control_block(Obj *items, size_t *size) {
    static const char what[] = "[sendmsg() ancillary data items]()";
    size_t n = list_size(items), total = 0;
    *size = 0;
    if (n == 0) return NULL;
    int *ints = malloc(2 * n * sizeof *ints);
    if (ints == NULL) {
        err_no_memory();
        return NULL;
    }
    unsigned char *block = NULL;
    for (size_t i = 0; i < n; i++) {
        Obj *item = list_get(items, i);
        if (!is_tuple(item) && !is_list(item)) {
            err_format(&Exc_TypeError, "%s argument must be 3-item sequence, not %s", what,
                       type_name(item));
            goto done;
        }
        size_t len = is_tuple(item) ? tuple_size(item) : list_size(item);
        if (len != 3) {
            err_format(&Exc_TypeError, "%s argument must be sequence of length 3, not %zu", what, len);
            goto done;
        }
        if (sock_int_arg(item_field(item, 0), &ints[2 * i]) < 0 ||
            sock_int_arg(item_field(item, 1), &ints[2 * i + 1]) < 0)
            goto done;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *item = list_get(items, i);
        const unsigned char *bytes;
        size_t len;
        if ((!is_tuple(item) && !is_list(item)) || (is_tuple(item) ? tuple_size(item) : list_size(item)) != 3) {
            err_set_str(&Exc_RuntimeError, "ancillary data items changed during sendmsg()");
            goto done;
        }
        if (byteslike_view(item_field(item, 2), &bytes, &len) < 0) goto done;
        total += CMSG_SPACE(len);
    }
    if ((block = calloc(1, total)) == NULL) {
        err_no_memory();
        goto done;
    }
    struct msghdr msg = {.msg_control = block, .msg_controllen = total};
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    for (size_t i = 0; i < n; i++, cm = CMSG_NXTHDR(&msg, cm)) {
        Obj *data = item_field(list_get(items, i), 2);
        cm->cmsg_level = ints[2 * i];
        cm->cmsg_type = ints[2 * i + 1];
        cm->cmsg_len = CMSG_LEN(byteslike_size(data));
        memcpy(CMSG_DATA(cm), byteslike_data(data), byteslike_size(data));
    }
    *size = total;
done:
    free(ints);
    return block;
}

/* sendmsg(buffers[, ancdata[, flags[, address]]]) -> bytes sent */
SOCK_METHOD(sendmsg) {
    SockObj *s = (SockObj *)self;
    if (args_no_kwargs("socket.sendmsg", kwnames) < 0 || sock_nargs("sendmsg", nargs, 1, 4) < 0)
        return NULL;
    MsgCall c;
    memset(&c, 0, sizeof c);
    Obj *buffers = items_of(args[0], "sendmsg() argument 1 must be an iterable"), *anc = NULL;
    if (buffers == NULL) return NULL;
    unsigned char *data = NULL, *control = NULL;
    Obj *res = NULL;
    size_t size, csize = 0;
    if (nargs > 1 &&
        (anc = items_of(args[1], "sendmsg() argument 2 must be an iterable")) == NULL)
        goto done;
    if ((nargs > 2 && sock_int_arg(args[2], &c.flags) < 0) || (data = gather(buffers, &size)) == NULL)
        goto done;
    if (anc != NULL && (control = control_block(anc, &csize)) == NULL && err_occurred()) goto done;
    if (nargs > 3 && args[3] != NONE) {
        socklen_t alen;
        if (sockaddr_from_obj(s->family, args[3], "sendmsg", &c.addr, &alen) < 0) goto done;
        c.msg.msg_name = &c.addr;
        c.msg.msg_namelen = alen;
    }
    c.iov.iov_base = data;
    c.iov.iov_len = size;
    c.msg.msg_iov = &c.iov;
    c.msg.msg_iovlen = 1;
    c.msg.msg_control = control;
    c.msg.msg_controllen = csize;
    if (sock_call(s, true, do_sendmsg, &c, "sendmsg", false, NULL, s->timeout) == 0)
        res = int_from_i64(c.result);
done:
    free(data);
    free(control);
    DECREF(buffers);
    XDECREF(anc);
    return res;
}

/* ---- recvmsg ------------------------------------------------------------ */

/* [(level, type, data), ...] from a received control block. */
static Obj *ancillary_list(struct msghdr *msg) {
    Obj *l = list_new(0);
    if (l == NULL || msg->msg_controllen == 0) return l;
    const unsigned char *end = (const unsigned char *)msg->msg_control + msg->msg_controllen;
    for (struct cmsghdr *cm = CMSG_FIRSTHDR(msg); cm != NULL; cm = CMSG_NXTHDR(msg, cm)) {
        const unsigned char *p = CMSG_DATA(cm);
        if (p > end) break;
        size_t len = cm->cmsg_len > CMSG_LEN(0) ? cm->cmsg_len - CMSG_LEN(0) : 0;
        if (len > (size_t)(end - p)) len = (size_t)(end - p);   /* truncated (MSG_CTRUNC) */
        Obj *data = bytes_from(p, len);
        Obj *item = data ? tuple_pack(3, small_new(cm->cmsg_level), small_new(cm->cmsg_type), data) : NULL;
        XDECREF(data);
        if (item == NULL || list_append(l, item) < 0) {
            XDECREF(item);
            DECREF(l);
            return NULL;
        }
        DECREF(item);
    }
    return l;
}

/* recvmsg(2) into buf (len bytes), with the ancbufsize and flags arguments
 * of args[1..]: returns the byte count and sets *anc (the ancillary data
 * list), *flags and *addr (the sender or None); -1 with an exception. */
static ssize_t recv_message(SockObj *s, void *buf, size_t len, Obj *const *args, size_t nargs,
                            Obj **anc, int *flags, Obj **addr) {
    intptr_t ancbufsize = 0;
    MsgCall c;
    memset(&c, 0, sizeof c);
    if ((nargs > 1 && intarg_ssize(args[1], &ancbufsize) < 0) ||
        (nargs > 2 && sock_int_arg(args[2], &c.flags) < 0))
        return -1;
    if (ancbufsize < 0 || ancbufsize > INT_MAX) {
        err_set_str(&Exc_ValueError, "invalid ancillary data buffer length");
        return -1;
    }
    void *control = ancbufsize ? malloc((size_t)ancbufsize) : NULL;
    if (ancbufsize && control == NULL) {
        err_no_memory();
        return -1;
    }
    c.iov.iov_base = buf;
    c.iov.iov_len = len;
    c.msg.msg_name = &c.addr;
    c.msg.msg_iov = &c.iov;
    c.msg.msg_iovlen = 1;
    c.msg.msg_control = control;
    c.msg.msg_controllen = (size_t)ancbufsize;
    ssize_t got = -1;
    if (sock_call(s, false, do_recvmsg, &c, "recvmsg", false, NULL, s->timeout) == 0) {
        *anc = ancillary_list(&c.msg);
        *addr = *anc == NULL ? NULL : c.msg.msg_namelen ? sockaddr_to_obj(&c.addr, c.msg.msg_namelen)
                                                         : NEWREF(NONE);
        if (*addr == NULL) CLEAR(*anc);
        else got = c.result;
        *flags = c.msg.msg_flags;
    }
    free(control);
    return got;
}

static Obj *message_result(Obj *first, Obj *anc, int flags, Obj *addr) {
    Obj *res = first ? tuple_pack(4, first, anc, small_new(flags), addr) : NULL;
    XDECREF(first);
    DECREF(anc);
    DECREF(addr);
    return res;
}

/* recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address) */
SOCK_METHOD(recvmsg) {
    intptr_t bufsize;
    if (args_no_kwargs("socket.recvmsg", kwnames) < 0 || sock_nargs("recvmsg", nargs, 1, 3) < 0 ||
        intarg_ssize(args[0], &bufsize) < 0)
        return NULL;
    if (bufsize < 0) {
        err_set_str(&Exc_ValueError, "negative buffer size in recvmsg()");
        return NULL;
    }
    Obj *b = bytes_new_raw((size_t)bufsize), *anc, *addr;
    if (b == NULL) return NULL;
    int flags;
    /* the new bytes object is ours alone until it is returned */
    ssize_t got = recv_message((SockObj *)self, ((BytesObj *)b)->data, (size_t)bufsize, args, nargs,
                               &anc, &flags, &addr);
    if (got < 0) {
        DECREF(b);
        return NULL;
    }
    if (got != bufsize) {
        Obj *part = bytes_from(((BytesObj *)b)->data, (size_t)got);
        DECREF(b);
        b = part;
    }
    return message_result(b, anc, flags, addr);
}

/* recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address) */
SOCK_METHOD(recvmsg_into) {
    if (args_no_kwargs("socket.recvmsg_into", kwnames) < 0 || sock_nargs("recvmsg_into", nargs, 1, 3) < 0)
        return NULL;
    Obj *buffers = items_of(args[0], "recvmsg_into() argument 1 must be an iterable");
    if (buffers == NULL) return NULL;
    size_t total = 0, n = list_size(buffers);
    for (size_t i = 0; i < n; i++) {
        if (!is_bytearray(list_get(buffers, i))) {
            err_set_str(&Exc_TypeError, "recvmsg_into() argument 1 must be an iterable of "
                                        "single-segment read-write buffers");
            DECREF(buffers);
            return NULL;
        }
        total += ((ByteArrayObj *)list_get(buffers, i))->size;
    }
    unsigned char *block = malloc(total ? total : 1);
    if (block == NULL) {
        DECREF(buffers);
        err_no_memory();
        return NULL;
    }
    Obj *anc, *addr, *res = NULL;
    int flags;
    ssize_t got = recv_message((SockObj *)self, block, total, args, nargs, &anc, &flags, &addr);
    if (got >= 0) {
        /* scatter into the bytearrays as they are now */
        const unsigned char *p = block;
        size_t left = (size_t)got;
        for (size_t i = 0; i < n && left > 0; i++) {
            ByteArrayObj *ba = (ByteArrayObj *)list_get(buffers, i);
            size_t k = ba->size < left ? ba->size : left;
            memcpy(ba->data, p, k);
            p += k;
            left -= k;
        }
        res = message_result(int_from_i64(got), anc, flags, addr);
    }
    free(block);
    DECREF(buffers);
    return res;
}

/* ---- module functions ------------------------------------------------- */

static Obj *cmsg_size(const char *fname, Obj *const *args, size_t nargs, bool space) {
    intptr_t len;
    if (args_count(fname, nargs, 1, 1) < 0 || intarg_ssize(args[0], &len) < 0) return NULL;
    intptr_t limit = INT_MAX - (intptr_t)(space ? CMSG_SPACE(1) : CMSG_LEN(0));
    if (len < 0 || len > limit) {
        err_format(&Exc_OverflowError, "%s() argument out of range", fname);
        return NULL;
    }
    return small_new((intptr_t)(space ? CMSG_SPACE((size_t)len) : CMSG_LEN((size_t)len)));
}

static Obj *f_cmsg_len(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return cmsg_size("CMSG_LEN", args, nargs, false);
}

static Obj *f_cmsg_space(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return cmsg_size("CMSG_SPACE", args, nargs, true);
}

static Obj *f_if_nameindex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("_socket.if_nameindex", nargs, 0, 0) < 0) return NULL;
    struct if_nameindex *ni = if_nameindex();
    if (ni == NULL) return sock_raise_errno(errno);
    Obj *l = list_new(0);
    for (struct if_nameindex *p = ni; l != NULL && p->if_index != 0; p++) {
        Obj *name = str_from_cstr(p->if_name);
        Obj *item = name ? tuple_pack(2, int_from_i64(p->if_index), name) : NULL;
        XDECREF(name);
        if (item == NULL || list_append(l, item) < 0) CLEAR(l);
        XDECREF(item);
    }
    if_freenameindex(ni);
    return l;
}

static Obj *f_if_nametoindex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("if_nametoindex", nargs, 1, 1) < 0) return NULL;
    Obj *o = args[0];
    const char *name;
    if (is_str(o)) {
        name = str_data(o);
    } else if (is_bytes(o)) {
        name = (const char *)byteslike_data(o);
    } else {
        err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(o));
        return NULL;
    }
    unsigned index = if_nametoindex(name);
    if (index == 0) {
        err_set_str(&Exc_OSError, "no interface with this name");
        return NULL;
    }
    return int_from_i64(index);
}

static Obj *f_if_indextoname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("if_indextoname", nargs, 1, 1) < 0) return NULL;
    if (!is_int(args[0])) {
        err_set_str(&Exc_TypeError, "an integer is required");
        return NULL;
    }
    int overflow = 0;
    int64_t index = int_as_i64(args[0], &overflow);
    if (overflow || index < 0) {
        err_set_str(&Exc_OverflowError, index < 0 || int_sign(args[0]) < 0
                    ? "can't convert negative value to unsigned int"
                    : "Python int too large to convert to C unsigned long");
        return NULL;
    }
    char name[IF_NAMESIZE + 1];
    if (if_indextoname((unsigned)index, name) == NULL) return sock_raise_errno(errno);
    return str_from_cstr(name);
}

const MethodDef sock_msg_functions[] = {
    {"CMSG_LEN", f_cmsg_len}, {"CMSG_SPACE", f_cmsg_space}, {"if_nameindex", f_if_nameindex},
    {"if_nametoindex", f_if_nametoindex}, {"if_indextoname", f_if_indextoname}, {NULL},
};
