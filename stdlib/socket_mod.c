/* socket_mod.c: the _socket module itself: its errors (socket.gaierror,
 * socket.herror, OSError from errno), the argument helpers the socket
 * files share, the default timeout, socketpair/dup/close, byte-order
 * conversions, the constants of <sys/socket.h> and friends, and the
 * module's creation. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "socket_internal.h"
#include "modules.h"
#include "module_parts.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "intarg.h"

Obj *sock_gaierror, *sock_herror;
double sock_default_timeout = -1.0;

/* ---- errors and arguments ------------------------------------------------- */

Obj *sock_raise_errno(int err) {
    errno = err;
    err_set_from_errno(NULL);
    return NULL;
}

Obj *sock_raise_gai(int code) {
    if (code == EAI_SYSTEM) return sock_raise_errno(errno);
    Obj *args[2] = {small_new(code), str_from_cstr(gai_strerror(code))};
    if (args[1] == NULL) return NULL;
    Obj *exc = obj_call(sock_gaierror, args, 2, NULL);
    DECREF(args[1]);
    if (exc != NULL) err_set_obj(exc);
    return NULL;
}

int sock_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    size_t n = nargs < min ? min : max;
    err_format(&Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
               min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s",
               nargs);
    return -1;
}

int sock_int_arg(Obj *o, int *out) {
    int64_t v = 0;
    int overflow;
    if (intarg_i64(o, &v, &overflow) < 0) return -1;
    if (overflow) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (v > INT32_MAX || v < INT32_MIN) {
        err_set_str(&Exc_OverflowError, v > 0 ? "signed integer is greater than maximum"
                                              : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* As CPython's _PyTime_FromSecondsObject, then "Timeout value out of range"
 * for negative values. */
int sock_timeout_arg(Obj *o, double *out) {
    if (o == NONE) {
        *out = -1.0;
        return 0;
    }
    double t;
    if (is_float(o)) {
        t = float_value(o);
        if (isnan(t)) {
            err_set_str(&Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (fabs(t) * 1e9 >= 9.2e18) {
            err_set_str(&Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        /* whole nanoseconds, rounded away from zero, as CPython keeps it */
        double ns = t * 1e9;
        ns = ns < 0 ? floor(ns) : ns > 0 ? ceil(ns) : 0.0;
        t = ns / 1e9;
    } else {
        int64_t v = 0;
        int overflow;
        if (intarg_i64(o, &v, &overflow) < 0) return -1;
        if (overflow) {
            err_set_str(&Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        if (v > INT64_MAX / 1000000000 || v < INT64_MIN / 1000000000) {
            err_set_str(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        t = (double)v;
    }
    if (t < 0) {
        err_set_str(&Exc_ValueError, "Timeout value out of range");
        return -1;
    }
    *out = t;
    return 0;
}

/* ---- module functions ------------------------------------------------------ */

static Obj *f_getdefaulttimeout(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getdefaulttimeout", nargs, 0, 0) < 0) return NULL;
    return sock_default_timeout < 0 ? NEWREF(NONE) : float_new(sock_default_timeout);
}

static Obj *f_setdefaulttimeout(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double t;
    if (args_count("setdefaulttimeout", nargs, 1, 1) < 0 || sock_timeout_arg(args[0], &t) < 0)
        return NULL;
    sock_default_timeout = t;
    return NEWREF(NONE);
}

/* socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) -> two sockets */
static Obj *f_socketpair(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0, fds[2];
    if (args_no_kwargs("socketpair", kwnames) < 0 || sock_nargs("socketpair", nargs, 0, 3) < 0 ||
        (nargs > 0 && sock_int_arg(args[0], &family) < 0) ||
        (nargs > 1 && sock_int_arg(args[1], &type) < 0) ||
        (nargs > 2 && sock_int_arg(args[2], &proto) < 0))
        return NULL;
    if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return sock_raise_errno(errno);
    Obj *socks[2];
    for (int i = 0; i < 2; i++) {
        socks[i] = obj_alloc(&SockType, sizeof(SockObj));
        if (socks[i] == NULL || sock_setup((SockObj *)socks[i], fds[i], family, type, proto) < 0) {
            if (socks[i] == NULL) close(fds[i]);
            else DECREF(socks[i]);
            if (i == 0) close(fds[1]);
            else DECREF(socks[0]);
            return NULL;
        }
    }
    Obj *res = tuple_pack(2, socks[0], socks[1]);
    DECREF(socks[0]);
    DECREF(socks[1]);
    return res;
}

static Obj *f_dup(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int fd;
    if (args_count("dup", nargs, 1, 1) < 0 || sock_int_arg(args[0], &fd) < 0) return NULL;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0) return sock_raise_errno(errno);
    return small_new(nfd);
}

static Obj *f_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int fd;
    if (args_count("close", nargs, 1, 1) < 0 || sock_int_arg(args[0], &fd) < 0) return NULL;
    if (close(fd) < 0 && errno != ECONNRESET) return sock_raise_errno(errno);
    return NEWREF(NONE);
}

/* htons/ntohs: a C int that must fit 16 bits */
static Obj *swap16(const char *fname, Obj *const *args, size_t nargs) {
    int x;
    if (args_count(fname, nargs, 1, 1) < 0 || sock_int_arg(args[0], &x) < 0) return NULL;
    if (x < 0 || x > 0xffff) {
        err_format(&Exc_OverflowError, x < 0
                   ? "%s: can't convert negative Python int to C 16-bit unsigned integer"
                   : "%s: Python int too large to convert to C 16-bit unsigned integer", fname);
        return NULL;
    }
    return small_new(htons((uint16_t)x));
}

/* htonl/ntohl: an int (no __index__) that must fit 32 bits */
static Obj *swap32(const char *fname, Obj *const *args, size_t nargs) {
    if (args_count(fname, nargs, 1, 1) < 0) return NULL;
    if (!is_int(args[0])) {
        err_format(&Exc_TypeError, "expected int, %s found", type_name(args[0]));
        return NULL;
    }
    int overflow = 0;
    int64_t v = int_as_i64(args[0], &overflow);
    if (!overflow && v < 0) {
        err_set_str(&Exc_OverflowError, "can't convert negative value to unsigned int");
        return NULL;
    }
    if (overflow || v > 0xffffffffLL) {
        err_set_str(&Exc_OverflowError, int_sign(args[0]) < 0
                    ? "can't convert negative value to unsigned int" : "int larger than 32 bits");
        return NULL;
    }
    return small_new(htonl((uint32_t)v));
}

static Obj *f_htons(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return swap16("htons", args, nargs);
}
static Obj *f_ntohs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return swap16("ntohs", args, nargs);
}
static Obj *f_htonl(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return swap32("htonl", args, nargs);
}
static Obj *f_ntohl(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return swap32("ntohl", args, nargs);
}

static const MethodDef module_functions[] = {
    {"getdefaulttimeout", f_getdefaulttimeout}, {"setdefaulttimeout", f_setdefaulttimeout},
    {"socketpair", f_socketpair}, {"dup", f_dup}, {"close", f_close},
    {"htons", f_htons}, {"ntohs", f_ntohs}, {"htonl", f_htonl}, {"ntohl", f_ntohl}, {NULL},
};

/* ---- constants ----------------------------------------------------------------- */

#define K(name) {#name, name},
static const IntConstant constants[] = {
    K(AF_ALG) K(AF_APPLETALK) K(AF_ASH) K(AF_ATMPVC) K(AF_ATMSVC) K(AF_AX25) K(AF_BRIDGE) K(AF_CAN)
    K(AF_DECnet) K(AF_ECONET) K(AF_INET) K(AF_INET6) K(AF_IPX) K(AF_IRDA) K(AF_KEY) K(AF_LLC)
    K(AF_NETBEUI) K(AF_NETLINK) K(AF_NETROM) K(AF_PACKET) K(AF_PPPOX) K(AF_QIPCRTR) K(AF_RDS)
    K(AF_ROSE) K(AF_ROUTE) K(AF_SECURITY) K(AF_SNA) K(AF_TIPC) K(AF_UNIX) K(AF_UNSPEC) K(AF_VSOCK)
    K(AF_WANPIPE) K(AF_X25)
    K(AI_ADDRCONFIG) K(AI_ALL) K(AI_CANONNAME) K(AI_NUMERICHOST) K(AI_NUMERICSERV) K(AI_PASSIVE)
    K(AI_V4MAPPED)
    K(EAI_ADDRFAMILY) K(EAI_AGAIN) K(EAI_BADFLAGS) K(EAI_FAIL) K(EAI_FAMILY) K(EAI_MEMORY)
    K(EAI_NODATA) K(EAI_NONAME) K(EAI_OVERFLOW) K(EAI_SERVICE) K(EAI_SOCKTYPE) K(EAI_SYSTEM)
    K(INADDR_ALLHOSTS_GROUP) K(INADDR_ANY) K(INADDR_BROADCAST) K(INADDR_LOOPBACK)
    K(INADDR_MAX_LOCAL_GROUP) K(INADDR_NONE) K(INADDR_UNSPEC_GROUP)
    K(IPPORT_RESERVED) K(IPPORT_USERRESERVED)
    K(IPPROTO_AH) K(IPPROTO_DSTOPTS) K(IPPROTO_EGP) K(IPPROTO_ESP) K(IPPROTO_FRAGMENT)
    K(IPPROTO_GRE) K(IPPROTO_HOPOPTS) K(IPPROTO_ICMP) K(IPPROTO_ICMPV6) K(IPPROTO_IDP)
    K(IPPROTO_IGMP) K(IPPROTO_IP) K(IPPROTO_IPIP) K(IPPROTO_IPV6) K(IPPROTO_MPTCP) K(IPPROTO_NONE)
    K(IPPROTO_PIM) K(IPPROTO_PUP) K(IPPROTO_RAW) K(IPPROTO_ROUTING) K(IPPROTO_RSVP) K(IPPROTO_SCTP)
    K(IPPROTO_TCP) K(IPPROTO_TP) K(IPPROTO_UDP) K(IPPROTO_UDPLITE)
    K(IPV6_CHECKSUM) K(IPV6_DONTFRAG) K(IPV6_DSTOPTS) K(IPV6_HOPLIMIT) K(IPV6_HOPOPTS)
    K(IPV6_JOIN_GROUP) K(IPV6_LEAVE_GROUP) K(IPV6_MULTICAST_HOPS) K(IPV6_MULTICAST_IF)
    K(IPV6_MULTICAST_LOOP) K(IPV6_NEXTHOP) K(IPV6_PATHMTU) K(IPV6_PKTINFO) K(IPV6_RECVDSTOPTS)
    K(IPV6_RECVHOPLIMIT) K(IPV6_RECVHOPOPTS) K(IPV6_RECVPATHMTU) K(IPV6_RECVPKTINFO)
    K(IPV6_RECVRTHDR) K(IPV6_RECVTCLASS) K(IPV6_RTHDR) K(IPV6_RTHDRDSTOPTS) K(IPV6_RTHDR_TYPE_0)
    K(IPV6_TCLASS) K(IPV6_UNICAST_HOPS) K(IPV6_V6ONLY)
    K(IP_ADD_MEMBERSHIP) K(IP_BIND_ADDRESS_NO_PORT) K(IP_DEFAULT_MULTICAST_LOOP)
    K(IP_DEFAULT_MULTICAST_TTL) K(IP_DROP_MEMBERSHIP) K(IP_HDRINCL) K(IP_MAX_MEMBERSHIPS)
    K(IP_MULTICAST_IF) K(IP_MULTICAST_LOOP) K(IP_MULTICAST_TTL) K(IP_OPTIONS) K(IP_RECVOPTS)
    K(IP_RECVRETOPTS) K(IP_RECVTOS) K(IP_RETOPTS) K(IP_TOS) K(IP_TRANSPARENT) K(IP_TTL)
    K(MSG_CMSG_CLOEXEC) K(MSG_CONFIRM) K(MSG_CTRUNC) K(MSG_DONTROUTE) K(MSG_DONTWAIT) K(MSG_EOR)
    K(MSG_ERRQUEUE) K(MSG_FASTOPEN) K(MSG_MORE) K(MSG_NOSIGNAL) K(MSG_OOB) K(MSG_PEEK) K(MSG_TRUNC)
    K(MSG_WAITALL)
    K(NI_DGRAM) K(NI_MAXHOST) K(NI_MAXSERV) K(NI_NAMEREQD) K(NI_NOFQDN) K(NI_NUMERICHOST)
    K(NI_NUMERICSERV)
    K(SCM_CREDENTIALS) K(SCM_RIGHTS)
    K(SHUT_RD) K(SHUT_RDWR) K(SHUT_WR)
    K(SOCK_CLOEXEC) K(SOCK_DGRAM) K(SOCK_NONBLOCK) K(SOCK_RAW) K(SOCK_RDM) K(SOCK_SEQPACKET)
    K(SOCK_STREAM)
    K(SOL_IP) K(SOL_SOCKET) K(SOL_TCP)
    K(SOMAXCONN) K(SO_ACCEPTCONN) K(SO_BINDTODEVICE) K(SO_BROADCAST) K(SO_DEBUG) K(SO_DOMAIN)
    K(SO_DONTROUTE) K(SO_ERROR) K(SO_INCOMING_CPU) K(SO_KEEPALIVE) K(SO_LINGER) K(SO_MARK)
    K(SO_OOBINLINE) K(SO_PASSCRED) K(SO_PASSSEC) K(SO_PEERCRED) K(SO_PEERSEC) K(SO_PRIORITY)
    K(SO_PROTOCOL) K(SO_RCVBUF) K(SO_RCVLOWAT) K(SO_RCVTIMEO) K(SO_REUSEADDR) K(SO_REUSEPORT)
    K(SO_SNDBUF) K(SO_SNDLOWAT) K(SO_SNDTIMEO) K(SO_TYPE)
    K(TCP_CONGESTION) K(TCP_CORK) K(TCP_DEFER_ACCEPT) K(TCP_FASTOPEN) K(TCP_INFO) K(TCP_KEEPCNT)
    K(TCP_KEEPIDLE) K(TCP_KEEPINTVL) K(TCP_LINGER2) K(TCP_MAXSEG) K(TCP_NODELAY)
    K(TCP_NOTSENT_LOWAT) K(TCP_QUICKACK) K(TCP_SYNCNT) K(TCP_USER_TIMEOUT) K(TCP_WINDOW_CLAMP)
    {"SOL_UDP", IPPROTO_UDP},
    {NULL, 0},
};
#undef K

/* ---- the module -------------------------------------------------------------- */

/* A new exception class socket.<name> deriving from OSError. */
static Obj *new_error(const char *name) {
    return module_new_exception("socket", name, (Obj *)&Exc_OSError);
}

Obj *socket_module_init(void) {
    if (type_ready(&SockType) < 0) return NULL;
    if (sock_gaierror == NULL && (sock_gaierror = new_error("gaierror")) == NULL) return NULL;
    if (sock_herror == NULL && (sock_herror = new_error("herror")) == NULL) return NULL;
    Obj *m = module_new("_socket");
    if (m == NULL) return NULL;
    if (module_add_functions(m, module_functions) < 0 ||
        module_add_functions(m, sock_name_functions) < 0 ||
        module_add_functions(m, sock_msg_functions) < 0 ||
        module_add_obj(m, "socket", (Obj *)&SockType) < 0 ||
        module_add_obj(m, "SocketType", (Obj *)&SockType) < 0 ||
        module_add_obj(m, "error", (Obj *)&Exc_OSError) < 0 ||
        module_add_obj(m, "timeout", (Obj *)&Exc_TimeoutError) < 0 ||
        module_add_obj(m, "gaierror", sock_gaierror) < 0 ||
        module_add_obj(m, "herror", sock_herror) < 0 ||
        module_add_obj(m, "has_ipv6", TRUE_) < 0 || module_add_constants(m, constants) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
