/* socket_addr.c: socket addresses between Python and C, as CPython's
 * getsockaddrarg/makesockaddr: (host, port) pairs for AF_INET, (host, port,
 * flowinfo, scope_id) for AF_INET6, paths for AF_UNIX; and host names:
 * checked like the idna codec checks ASCII names, resolved with
 * getaddrinfo(3) (the GIL released meanwhile) unless numeric. */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include "socket_internal.h"
#include "blocking.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "tuple.h"

/* ---- host names ---------------------------------------------------------- */

/* The idna codec's checks of an ASCII name (getaddrinfo encodes its host
 * with it): labels of 1 to 63 characters, the last one may be empty. */
int host_idna_check(const char *name, size_t size) {
    const char *end = name + size, *p = name;
    if (size == 0) return 0;
    for (;;) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        size_t n = (size_t)((dot ? dot : end) - p);
        if (dot == NULL) {
            if (n < 64) return 0;
            err_set_str(&Exc_UnicodeError,
                        "encoding with 'idna' codec failed (UnicodeError: label too long)");
            return -1;
        }
        if (n == 0 || n >= 64) {
            err_set_str(&Exc_UnicodeError,
                        "encoding with 'idna' codec failed (UnicodeError: label empty or too long)");
            return -1;
        }
        p = dot + 1;
    }
}

char *host_arg(Obj *o, const char *fname) {
    const char *data;
    size_t size;
    if (is_str(o)) {
        data = str_data(o);
        size = str_size(o);
        /* the gethostby* functions encode a str host with the idna codec */
        if (fname != NULL && host_idna_check(data, size) < 0) return NULL;
    } else if (is_byteslike(o)) {
        data = (const char *)byteslike_data(o);
        size = byteslike_size(o);
    } else {
        if (fname != NULL)
            err_format(&Exc_TypeError, "%s() argument 1 must be str, bytes or bytearray, not %s",
                       fname, type_name(o));
        else
            err_format(&Exc_TypeError, "str, bytes or bytearray expected, not %s", type_name(o));
        return NULL;
    }
    if (memchr(data, '\0', size) != NULL) {
        if (fname != NULL)
            err_format(&Exc_TypeError, "%s() argument 1 must be encoded string without null "
                       "bytes, not %s", fname, type_name(o));
        else
            err_set_str(&Exc_TypeError, "host name must not contain null character");
        return NULL;
    }
    char *copy = malloc(size + 1);
    if (copy == NULL) {
        err_no_memory();
        return NULL;
    }
    memcpy(copy, data, size);
    copy[size] = '\0';
    return copy;
}

/* getaddrinfo(3) without the GIL; 0 or the EAI_* code. */
int sock_getaddrinfo(const char *host, const char *port, const struct addrinfo *hints,
                     struct addrinfo **res) {
    BLOCKING_BEGIN("getaddrinfo");
    int rc = getaddrinfo(host, port, hints, res);
    int err = errno;
    BLOCKING_END();
    errno = err;
    return rc;
}

static void copy_addr(SockAddr *out, socklen_t *len, const struct sockaddr *sa, socklen_t salen) {
    if (salen > sizeof *out) salen = sizeof *out;
    memcpy(out, sa, salen);
    *len = salen;
}

int host_resolve(const char *name, int family, SockAddr *out, socklen_t *len) {
    memset(out, 0, sizeof *out);
    struct addrinfo hints = {.ai_family = family}, *res;
    if (name[0] == '\0') {
        /* the wildcard address of the family */
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_PASSIVE;
        int rc = sock_getaddrinfo(NULL, "0", &hints, &res);
        if (rc != 0) {
            sock_raise_gai(rc);
            return -1;
        }
        if (res->ai_next != NULL) {
            freeaddrinfo(res);
            err_set_str(&Exc_OSError, "wildcard resolved to multiple address");
            return -1;
        }
        copy_addr(out, len, res->ai_addr, res->ai_addrlen);
        freeaddrinfo(res);
        return 0;
    }
    if (strcmp(name, "<broadcast>") == 0 || strcmp(name, "255.255.255.255") == 0) {
        if (family != AF_INET && family != AF_UNSPEC) {
            err_set_str(&Exc_OSError, "address family mismatched");
            return -1;
        }
        out->in4.sin_family = AF_INET;
        out->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        *len = sizeof out->in4;
        return 0;
    }
    /* numeric addresses need no resolver */
    if ((family == AF_INET || family == AF_UNSPEC) && inet_pton(AF_INET, name, &out->in4.sin_addr) == 1) {
        out->in4.sin_family = AF_INET;
        *len = sizeof out->in4;
        return 0;
    }
    if ((family == AF_INET6 || family == AF_UNSPEC) &&
        inet_pton(AF_INET6, name, &out->in6.sin6_addr) == 1) {
        out->in6.sin6_family = AF_INET6;
        *len = sizeof out->in6;
        return 0;
    }
    int rc = sock_getaddrinfo(name, NULL, &hints, &res);
    if (rc != 0) {
        sock_raise_gai(rc);
        return -1;
    }
    copy_addr(out, len, res->ai_addr, res->ai_addrlen);
    freeaddrinfo(res);
    return 0;
}

/* ---- Python -> C ---------------------------------------------------------- */

static int port_error(const char *caller) {
    err_format(&Exc_OverflowError, "%s(): port must be 0-65535.", caller);
    return -1;
}

/* An "I" (unsigned int, masked) item of an address tuple. */
static int uint_item(Obj *o, uint32_t *out) {
    int64_t v = 0;
    int overflow;
    if (intarg_i64(o, &v, &overflow) < 0) return -1;
    *out = (uint32_t)v;
    return 0;
}

static int inet_from_obj(int family, Obj *addr, const char *caller, SockAddr *out, socklen_t *len) {
    bool v6 = family == AF_INET6;
    const char *fam = v6 ? "AF_INET6" : "AF_INET";
    if (!is_tuple(addr)) {
        err_format(&Exc_TypeError, "%s(): %s address must be tuple, not %s", caller, fam,
                   type_name(addr));
        return -1;
    }
    size_t n = tuple_size(addr);
    if (v6 ? n < 2 || n > 4 : n != 2) {
        err_set_str(&Exc_TypeError, v6 ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                                       : "AF_INET address must be a pair (host, port)");
        return -1;
    }
    int port, rc = -1;
    uint32_t flowinfo = 0, scope_id = 0;
    /* the items are converted in order, as the argument parser does; the
     * host is resolved once all are valid */
    char *name = host_arg(tuple_get(addr, 0), NULL);
    if (name == NULL) return -1;
    if (sock_int_arg(tuple_get(addr, 1), &port) < 0) {
        if (err_matches(&Exc_OverflowError)) {
            err_clear();
            port_error(caller);
        }
    } else if ((n <= 2 || uint_item(tuple_get(addr, 2), &flowinfo) == 0) &&
               (n <= 3 || uint_item(tuple_get(addr, 3), &scope_id) == 0)) {
        rc = host_resolve(name, family, out, len);
    }
    free(name);
    if (rc < 0) return -1;
    if (port < 0 || port > 0xffff) return port_error(caller);
    if (!v6) {
        out->in4.sin_port = htons((uint16_t)port);
        return 0;
    }
    if (flowinfo > 0xfffff) {
        err_format(&Exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        return -1;
    }
    out->in6.sin6_port = htons((uint16_t)port);
    out->in6.sin6_flowinfo = htonl(flowinfo);
    out->in6.sin6_scope_id = scope_id;
    return 0;
}

/* A path (str or bytes-like); a leading NUL byte is Linux's abstract name. */
static int unix_from_obj(Obj *addr, SockAddr *out, socklen_t *len) {
    const unsigned char *path;
    size_t size;
    if (is_str(addr)) {
        path = (const unsigned char *)str_data(addr);
        size = str_size(addr);
    } else if (byteslike_view(addr, &path, &size) < 0) {
        return -1;
    }
    memset(out, 0, sizeof *out);
    bool abstract = size > 0 && path[0] == '\0';
    if (abstract ? size > sizeof out->un.sun_path : size >= sizeof out->un.sun_path) {
        err_set_str(&Exc_OSError, "AF_UNIX path too long");
        return -1;
    }
    out->un.sun_family = AF_UNIX;
    memcpy(out->un.sun_path, path, size);
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + size + !abstract);
    return 0;
}

int sockaddr_from_obj(int family, Obj *addr, const char *caller, SockAddr *out, socklen_t *len) {
    switch (family) {
    case AF_INET:
    case AF_INET6:
        return inet_from_obj(family, addr, caller, out, len);
    case AF_UNIX:
        return unix_from_obj(addr, out, len);
    default:
        err_format(&Exc_OSError, "%s(): bad family", caller);
        return -1;
    }
}

/* ---- C -> Python ------------------------------------------------------- */

Obj *sock_ip_str(const SockAddr *addr, socklen_t len) {
    char host[NI_MAXHOST];
    int rc = getnameinfo(&addr->sa, len, host, sizeof host, NULL, 0, NI_NUMERICHOST);
    if (rc != 0) return sock_raise_gai(rc);
    return str_from_cstr(host);
}

Obj *sockaddr_to_obj(const SockAddr *addr, socklen_t len) {
    if (len == 0) return NEWREF(NONE);
    switch (addr->sa.sa_family) {
    case AF_INET: {
        char host[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &addr->in4.sin_addr, host, sizeof host);
        Obj *h = str_from_cstr(host);
        if (h == NULL) return NULL;
        Obj *res = tuple_pack(2, h, small_new(ntohs(addr->in4.sin_port)));
        DECREF(h);
        return res;
    }
    case AF_INET6: {
        Obj *h = sock_ip_str(addr, len);
        if (h == NULL) return NULL;
        Obj *res = tuple_pack(4, h, small_new(ntohs(addr->in6.sin6_port)),
                              small_new(ntohl(addr->in6.sin6_flowinfo)),
                              small_new(addr->in6.sin6_scope_id));
        DECREF(h);
        return res;
    }
    case AF_UNIX: {
        size_t n = len > offsetof(struct sockaddr_un, sun_path)
                       ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n > sizeof addr->un.sun_path) n = sizeof addr->un.sun_path;
        if (n > 0 && addr->un.sun_path[0] == '\0') return bytes_from(addr->un.sun_path, n);
        return str_decode_utf8(addr->un.sun_path, strnlen(addr->un.sun_path, n), "surrogateescape");
    }
    default: {
        Obj *data = bytes_from(addr->sa.sa_data, sizeof addr->sa.sa_data);
        if (data == NULL) return NULL;
        Obj *res = tuple_pack(2, small_new(addr->sa.sa_family), data);
        DECREF(data);
        return res;
    }
    }
}
