/* socket_names.c: the _socket functions about names and addresses:
 * gethostname, gethostbyname(_ex), gethostbyaddr, getaddrinfo,
 * getnameinfo, getprotobyname, getservbyname, getservbyport, and the
 * inet_aton/inet_ntoa/inet_pton/inet_ntop conversions. */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "socket_internal.h"
#include "args.h"
#include "blocking.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* An "s" argument: a str without NUL characters, as a C string. */
static const char *cstr_arg(Obj *o, const char *fname, int pos) {
    if (!is_str(o)) {
        err_format(&Exc_TypeError, "%s() argument %d must be str, not %s", fname, pos, type_name(o));
        return NULL;
    }
    if (memchr(str_data(o), '\0', str_size(o)) != NULL) {
        err_set_str(&Exc_ValueError, "embedded null character");
        return NULL;
    }
    return str_data(o);
}

static Obj *f_gethostname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("gethostname", nargs, 0, 0) < 0) return NULL;
    char buf[1025];
    if (gethostname(buf, sizeof buf - 1) < 0) return sock_raise_errno(errno);
    buf[sizeof buf - 1] = '\0';
    return str_from_cstr(buf);
}

/* sethostname(name): needs the privilege to change it */
static Obj *f_sethostname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("sethostname", kwnames) < 0 || sock_nargs("sethostname", nargs, 1, 1) < 0)
        return NULL;
    Obj *o = args[0];
    const char *name;
    size_t size;
    if (is_str(o)) {
        name = str_data(o);
        size = str_size(o);
    } else if (is_bytes(o)) {
        name = (const char *)byteslike_data(o);
        size = byteslike_size(o);
    } else {
        err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(o));
        return NULL;
    }
    if (sethostname(name, size) < 0) return sock_raise_errno(errno);
    return NEWREF(NONE);
}

/* One host argument resolved for `family` (gethostbyname, gethostbyaddr). */
static int resolve_arg(Obj *const *args, size_t nargs, Obj *kwnames, const char *fname, int family,
                       SockAddr *addr, socklen_t *len) {
    if (args_no_kwargs(fname, kwnames) < 0 || sock_nargs(fname, nargs, 1, 1) < 0) return -1;
    char *name = host_arg(args[0], fname);
    if (name == NULL) return -1;
    int rc = host_resolve(name, family, addr, len);
    free(name);
    return rc;
}

static Obj *f_gethostbyname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    SockAddr addr;
    socklen_t len;
    if (resolve_arg(args, nargs, kwnames, "gethostbyname", AF_INET, &addr, &len) < 0) return NULL;
    return sock_ip_str(&addr, len);
}

/* ---- the gethostby* family: (name, aliases, addresses), errors as herror */

static Obj *raise_herror(int code) {
    Obj *args[2] = {small_new(code), str_from_cstr(hstrerror(code))};
    if (args[1] == NULL) return NULL;
    Obj *exc = obj_call(sock_herror, args, 2, NULL);
    DECREF(args[1]);
    if (exc != NULL) err_set_obj(exc);
    return NULL;
}

static Obj *str_list(char **items, int family) {
    Obj *l = list_new(0);
    for (char **p = items; l != NULL && *p != NULL; p++) {
        Obj *s;
        if (family < 0) {
            s = str_from_cstr(*p);
        } else {
            char buf[INET6_ADDRSTRLEN];
            s = str_from_cstr(inet_ntop(family, *p, buf, sizeof buf) ? buf : "");
        }
        if (s == NULL || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return NULL;
        }
        DECREF(s);
    }
    return l;
}

static Obj *hostent_obj(const struct hostent *h) {
    Obj *name = str_from_cstr(h->h_name), *aliases = str_list(h->h_aliases, -1),
        *addrs = str_list(h->h_addr_list, h->h_addrtype);
    Obj *res = name && aliases && addrs ? tuple_pack(3, name, aliases, addrs) : NULL;
    XDECREF(name);
    XDECREF(aliases);
    XDECREF(addrs);
    return res;
}

/* Runs gethostbyname_r or gethostbyaddr_r (GIL released) and builds the result. */
typedef struct HostQuery {
    const char *name;        /* by name, or */
    const void *addr;        /* by address */
    socklen_t addrlen;
    int family;
} HostQuery;

static Obj *host_query(const HostQuery *q) {
    struct hostent h, *res = NULL;
    char buf[16384];
    int herr = 0;
    BLOCKING_BEGIN(q->name ? "gethostbyname" : "gethostbyaddr");
    if (q->name)
        gethostbyname_r(q->name, &h, buf, sizeof buf, &res, &herr);
    else
        gethostbyaddr_r(q->addr, q->addrlen, q->family, &h, buf, sizeof buf, &res, &herr);
    BLOCKING_END();
    if (res == NULL) return raise_herror(herr ? herr : HOST_NOT_FOUND);
    return hostent_obj(res);
}

/* The name is checked by resolving it first, then looked up as it is. */
static Obj *f_gethostbyname_ex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("gethostbyname_ex", kwnames) < 0 || sock_nargs("gethostbyname_ex", nargs, 1, 1) < 0)
        return NULL;
    char *name = host_arg(args[0], "gethostbyname_ex");
    if (name == NULL) return NULL;
    SockAddr addr;
    socklen_t len;
    Obj *res = NULL;
    if (host_resolve(name, AF_INET, &addr, &len) == 0) {
        HostQuery q = {.name = name};
        res = host_query(&q);
    }
    free(name);
    return res;
}

static Obj *f_gethostbyaddr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    SockAddr addr;
    socklen_t len;
    if (resolve_arg(args, nargs, kwnames, "gethostbyaddr", AF_UNSPEC, &addr, &len) < 0) return NULL;
    HostQuery q = {.family = addr.sa.sa_family};
    if (q.family == AF_INET6) {
        q.addr = &addr.in6.sin6_addr;
        q.addrlen = sizeof addr.in6.sin6_addr;
    } else {
        q.addr = &addr.in4.sin_addr;
        q.addrlen = sizeof addr.in4.sin_addr;
    }
    return host_query(&q);
}

/* ---- getaddrinfo / getnameinfo ------------------------------------------- */

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) -> list of
 * (family, type, proto, canonname, sockaddr) */
static Obj *f_getaddrinfo(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    Obj *a[6];
    if (args_bind("getaddrinfo", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    struct addrinfo hints = {0}, *res = NULL;
    if ((a[2] && sock_int_arg(a[2], &hints.ai_family) < 0) ||
        (a[3] && sock_int_arg(a[3], &hints.ai_socktype) < 0) ||
        (a[4] && sock_int_arg(a[4], &hints.ai_protocol) < 0) ||
        (a[5] && sock_int_arg(a[5], &hints.ai_flags) < 0))
        return NULL;
    char *host = NULL, port[32];
    const char *portp = NULL;
    if (a[0] != NONE) {
        if (!is_str(a[0]) && !is_bytes(a[0])) {
            err_set_str(&Exc_TypeError, "getaddrinfo() argument 1 must be string or None");
            return NULL;
        }
        if (is_str(a[0]) && host_idna_check(str_data(a[0]), str_size(a[0])) < 0) return NULL;
        if ((host = host_arg(a[0], NULL)) == NULL) return NULL;
    }
    Obj *portobj = a[1], *result = NULL;
    if (is_int(portobj)) {
        int overflow = 0;
        long long v = int_as_i64(portobj, &overflow);
        if (overflow) {
            err_set_str(&Exc_OverflowError, "Python int too large to convert to C long");
            goto done;
        }
        snprintf(port, sizeof port, "%lld", v);
        portp = port;
    } else if (is_str(portobj) || is_bytes(portobj)) {
        portp = is_str(portobj) ? str_data(portobj) : (const char *)byteslike_data(portobj);
    } else if (portobj != NONE) {
        err_set_str(&Exc_OSError, "Int or String expected");
        goto done;
    }
    int rc = sock_getaddrinfo(host, portp, &hints, &res);
    if (rc != 0) {
        sock_raise_gai(rc);
        goto done;
    }
    if ((result = list_new(0)) == NULL) goto done;
    for (struct addrinfo *r = res; r != NULL; r = r->ai_next) {
        SockAddr sa;
        memset(&sa, 0, sizeof sa);
        memcpy(&sa, r->ai_addr, r->ai_addrlen < sizeof sa ? r->ai_addrlen : sizeof sa);
        Obj *addr = sockaddr_to_obj(&sa, r->ai_addrlen);
        Obj *canon = addr ? str_from_cstr(r->ai_canonname ? r->ai_canonname : "") : NULL;
        Obj *item = canon ? tuple_pack(5, small_new(r->ai_family), small_new(r->ai_socktype),
                                       small_new(r->ai_protocol), canon, addr) : NULL;
        XDECREF(addr);
        XDECREF(canon);
        if (item == NULL || list_append(result, item) < 0) {
            XDECREF(item);
            CLEAR(result);
            goto done;
        }
        DECREF(item);
    }
done:
    if (res != NULL) freeaddrinfo(res);
    free(host);
    return result;
}

static Obj *illegal_sockaddr(void) {
    err_set_str(&Exc_TypeError, "getnameinfo(): illegal sockaddr argument");
    return NULL;
}

/* getnameinfo((host, port[, flowinfo[, scope_id]]), flags) -> (host, port) */
static Obj *f_getnameinfo(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int flags, port;
    if (args_no_kwargs("getnameinfo", kwnames) < 0 || sock_nargs("getnameinfo", nargs, 2, 2) < 0)
        return NULL;
    Obj *sa = args[0];
    if (sock_int_arg(args[1], &flags) < 0) return NULL;
    if (!is_tuple(sa)) {
        err_set_str(&Exc_TypeError, "getnameinfo() argument 1 must be a tuple");
        return NULL;
    }
    size_t n = tuple_size(sa);
    if (n < 2 || n > 4 || !is_str(tuple_get(sa, 0))) return illegal_sockaddr();
    int64_t extra[2] = {0, 0};
    if (sock_int_arg(tuple_get(sa, 1), &port) < 0) return NULL;
    for (size_t i = 2; i < n; i++) {
        Obj *v = obj_index(tuple_get(sa, i));
        if (v == NULL) return NULL;
        int overflow;
        extra[i - 2] = (uint32_t)int_as_i64(v, &overflow);
        DECREF(v);
    }
    if (extra[0] > 0xfffff) {
        err_set_str(&Exc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        return NULL;
    }
    char portbuf[32];
    snprintf(portbuf, sizeof portbuf, "%d", port);
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM,
                             .ai_flags = AI_NUMERICHOST}, *res;
    char *host = host_arg(tuple_get(sa, 0), NULL);
    if (host == NULL) return NULL;
    int rc = sock_getaddrinfo(host, portbuf, &hints, &res);
    free(host);
    if (rc != 0) return sock_raise_gai(rc);
    Obj *result = NULL;
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    socklen_t len = res->ai_addrlen < sizeof addr ? res->ai_addrlen : sizeof addr;
    memcpy(&addr, res->ai_addr, len);
    if (res->ai_next != NULL) {
        err_set_str(&Exc_OSError, "sockaddr resolved to multiple addresses");
    } else if (addr.sa.sa_family == AF_INET && n != 2) {
        err_set_str(&Exc_OSError, "IPv4 sockaddr must be 2 tuple");
    } else {
        if (addr.sa.sa_family == AF_INET6) {
            addr.in6.sin6_flowinfo = htonl((uint32_t)extra[0]);
            addr.in6.sin6_scope_id = (uint32_t)extra[1];
        }
        char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
        BLOCKING_BEGIN("getnameinfo");
        rc = getnameinfo(&addr.sa, len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags);
        BLOCKING_END();
        if (rc != 0) {
            sock_raise_gai(rc);
        } else {
            Obj *h = str_from_cstr(hbuf), *s = h ? str_from_cstr(sbuf) : NULL;
            if (s != NULL) result = tuple_pack(2, h, s);
            XDECREF(h);
            XDECREF(s);
        }
    }
    freeaddrinfo(res);
    return result;
}

/* ---- protocols and services ----------------------------------------------- */

static Obj *f_getprotobyname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name;
    if (args_no_kwargs("getprotobyname", kwnames) < 0 || sock_nargs("getprotobyname", nargs, 1, 1) < 0 ||
        (name = cstr_arg(args[0], "getprotobyname", 1)) == NULL)
        return NULL;
    struct protoent *p = getprotobyname(name);
    if (p == NULL) {
        err_set_str(&Exc_OSError, "protocol not found");
        return NULL;
    }
    return small_new(p->p_proto);
}

static Obj *f_getservbyname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *name, *proto = NULL;
    if (args_no_kwargs("getservbyname", kwnames) < 0 || sock_nargs("getservbyname", nargs, 1, 2) < 0 ||
        (name = cstr_arg(args[0], "getservbyname", 1)) == NULL ||
        (nargs > 1 && (proto = cstr_arg(args[1], "getservbyname", 2)) == NULL))
        return NULL;
    struct servent *sp = getservbyname(name, proto);
    if (sp == NULL) {
        err_set_str(&Exc_OSError, "service/proto not found");
        return NULL;
    }
    return small_new(ntohs((uint16_t)sp->s_port));
}

static Obj *f_getservbyport(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int port;
    const char *proto = NULL;
    if (args_no_kwargs("getservbyport", kwnames) < 0 || sock_nargs("getservbyport", nargs, 1, 2) < 0 ||
        sock_int_arg(args[0], &port) < 0 ||
        (nargs > 1 && (proto = cstr_arg(args[1], "getservbyport", 2)) == NULL))
        return NULL;
    if (port < 0 || port > 0xffff) {
        err_set_str(&Exc_OverflowError, "getservbyport: port must be 0-65535.");
        return NULL;
    }
    struct servent *sp = getservbyport(htons((uint16_t)port), proto);
    if (sp == NULL) {
        err_set_str(&Exc_OSError, "port/proto not found");
        return NULL;
    }
    return str_from_cstr(sp->s_name);
}

/* ---- address conversions ------------------------------------------------ */

static Obj *f_inet_aton(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *s;
    if (args_no_kwargs("inet_aton", kwnames) < 0 || sock_nargs("inet_aton", nargs, 1, 1) < 0 ||
        (s = cstr_arg(args[0], "inet_aton", 1)) == NULL)
        return NULL;
    struct in_addr a;
    if (inet_aton(s, &a) == 0) {
        err_set_str(&Exc_OSError, "illegal IP address string passed to inet_aton");
        return NULL;
    }
    return bytes_from(&a, sizeof a);
}

static Obj *f_inet_ntoa(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const unsigned char *data;
    size_t size;
    if (args_no_kwargs("inet_ntoa", kwnames) < 0 || sock_nargs("inet_ntoa", nargs, 1, 1) < 0 ||
        byteslike_view(args[0], &data, &size) < 0)
        return NULL;
    if (size != 4) {
        err_set_str(&Exc_OSError, "packed IP wrong length for inet_ntoa");
        return NULL;
    }
    char buf[INET_ADDRSTRLEN];
    return str_from_cstr(inet_ntop(AF_INET, data, buf, sizeof buf));
}

static Obj *f_inet_pton(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int af;
    const char *s;
    if (args_no_kwargs("inet_pton", kwnames) < 0 || sock_nargs("inet_pton", nargs, 2, 2) < 0 ||
        sock_int_arg(args[0], &af) < 0 || (s = cstr_arg(args[1], "inet_pton", 2)) == NULL)
        return NULL;
    unsigned char buf[sizeof(struct in6_addr)];
    int rc = inet_pton(af, s, buf);
    if (rc < 0) return sock_raise_errno(errno);
    if (rc == 0) {
        err_set_str(&Exc_OSError, "illegal IP address string passed to inet_pton");
        return NULL;
    }
    return bytes_from(buf, af == AF_INET ? sizeof(struct in_addr) : sizeof(struct in6_addr));
}

static Obj *f_inet_ntop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int af;
    const unsigned char *data;
    size_t size;
    if (args_no_kwargs("inet_ntop", kwnames) < 0 || sock_nargs("inet_ntop", nargs, 2, 2) < 0 ||
        sock_int_arg(args[0], &af) < 0 || byteslike_view(args[1], &data, &size) < 0)
        return NULL;
    if (af != AF_INET && af != AF_INET6) {
        err_format(&Exc_ValueError, "unknown address family %d", af);
        return NULL;
    }
    if (size != (af == AF_INET ? sizeof(struct in_addr) : sizeof(struct in6_addr))) {
        err_set_str(&Exc_ValueError, "invalid length of packed IP address string");
        return NULL;
    }
    char buf[INET6_ADDRSTRLEN];
    if (inet_ntop(af, data, buf, sizeof buf) == NULL) return sock_raise_errno(errno);
    return str_from_cstr(buf);
}

const MethodDef sock_name_functions[] = {
    {"gethostname", f_gethostname}, {"sethostname", f_sethostname},
    {"gethostbyname", f_gethostbyname},
    {"gethostbyname_ex", f_gethostbyname_ex}, {"gethostbyaddr", f_gethostbyaddr},
    {"getaddrinfo", f_getaddrinfo}, {"getnameinfo", f_getnameinfo},
    {"getprotobyname", f_getprotobyname}, {"getservbyname", f_getservbyname},
    {"getservbyport", f_getservbyport}, {"inet_aton", f_inet_aton}, {"inet_ntoa", f_inet_ntoa},
    {"inet_pton", f_inet_pton}, {"inet_ntop", f_inet_ntop}, {NULL},
};
