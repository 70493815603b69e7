/* socket_internal.h: what the files of the _socket module share:
 * the socket object (socket.c, socket_io.c), addresses between Python and
 * C (socket_addr.c), and the module's errors and functions (socket_mod.c). */
#ifndef GILPY_SOCKET_INTERNAL_H
#define GILPY_SOCKET_INTERNAL_H

#include <stdbool.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include "object.h"

typedef struct SockObj {
    Obj ob;
    int fd;                     /* -1 once closed or detached */
    int family, type, proto;    /* type without SOCK_NONBLOCK/SOCK_CLOEXEC */
    double timeout;             /* seconds; < 0: blocking without limit (None) */
} SockObj;

extern Type SockType;           /* _socket.socket */

/* Any socket address the module handles. */
typedef union SockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
} SockAddr;

/* ---- errors (socket_mod.c) ---------------------------------------------- */
extern Obj *sock_gaierror, *sock_herror;   /* socket.gaierror, socket.herror */
/* Raises socket.gaierror(code, gai_strerror(code)) (OSError from errno for
 * EAI_SYSTEM); returns NULL. */
Obj *sock_raise_gai(int code);
/* Raises OSError from `err` (an errno value); returns NULL. */
Obj *sock_raise_errno(int err);
/* PyArg_ParseTuple's messages: "f() takes at least 1 argument (0 given)". */
int sock_nargs(const char *fname, size_t nargs, size_t min, size_t max);
/* A C int argument ("i" format): TypeError for non-integers, OverflowError
 * past the C int range. */
int sock_int_arg(Obj *o, int *out);

/* The default timeout for new sockets (socket.setdefaulttimeout); < 0: None. */
extern double sock_default_timeout;
/* A timeout argument: None -> -1, else non-negative seconds (CPython's
 * messages for NaN, negative and too large values); -1 on error. */
int sock_timeout_arg(Obj *o, double *out);

/* ---- addresses (socket_addr.c) -------------------------------------- */
/* A Python address (a (host, port) tuple, a path...) for a socket of
 * `family` as a C address; `caller` names the method in messages
 * ("bind", "connect"...).  Resolves host names (the GIL released meanwhile). */
int sockaddr_from_obj(int family, Obj *addr, const char *caller, SockAddr *out, socklen_t *len);
/* The Python form of a C address: (host, port), (host, port, flowinfo,
 * scope_id), a path str (bytes for Linux's abstract names), None when empty. */
Obj *sockaddr_to_obj(const SockAddr *addr, socklen_t len);
/* A host name argument (str, bytes or bytearray) as a malloc'd C string;
 * NULL with CPython's TypeError.  With fname (the gethostby* functions) the
 * messages name it and a str gets the idna codec's checks. */
char *host_arg(Obj *o, const char *fname);
/* The checks the idna codec makes of an ASCII host name (label lengths);
 * -1 with its UnicodeError. */
int host_idna_check(const char *name, size_t size);
/* Resolves a host name (numeric, "", "<broadcast>", or a name through
 * getaddrinfo) for `family` into *out; -1 with socket.gaierror or OSError. */
int host_resolve(const char *name, int family, SockAddr *out, socklen_t *len);

struct addrinfo;
/* getaddrinfo(3) with the GIL released; 0 or an EAI_* code. */
int sock_getaddrinfo(const char *host, const char *port, const struct addrinfo *hints,
                     struct addrinfo **res);
/* The numeric host of an IPv4 or IPv6 address as a str. */
Obj *sock_ip_str(const SockAddr *addr, socklen_t len);

/* ---- module functions (socket_names.c) ----------------------------------- */
extern const MethodDef sock_name_functions[];
extern const MethodDef sock_msg_functions[];   /* socket_msg.c: CMSG_*, if_* */

/* ---- the socket object (socket.c, socket_io.c) ------------------------ */
/* Fills a socket object for descriptor fd (the timeout is the default
 * one unless type has SOCK_NONBLOCK); -1 with OSError. */
int sock_setup(SockObj *s, int fd, int family, int type, int proto);
/* The methods of socket_io.c: connections and data. */
#define SOCK_METHOD(name) Obj *sock_m_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
SOCK_METHOD(accept);
SOCK_METHOD(bind);
SOCK_METHOD(connect);
SOCK_METHOD(connect_ex);
SOCK_METHOD(send);
SOCK_METHOD(sendall);
SOCK_METHOD(sendto);
SOCK_METHOD(recv);
SOCK_METHOD(recv_into);
SOCK_METHOD(recvfrom);
SOCK_METHOD(recvfrom_into);
/* socket_msg.c */
SOCK_METHOD(sendmsg);
SOCK_METHOD(recvmsg);
SOCK_METHOD(recvmsg_into);
/* Sets or clears O_NONBLOCK on fd; -1 with errno. */
int sock_fd_set_blocking(int fd, bool blocking);
/* Waits for `fn(fd, data)` to succeed as CPython's sock_call does: with a
 * timeout, poll()s for readiness first (until the deadline); retries on
 * EINTR (PEP 475); raises TimeoutError("timed out") or OSError.  When errp
 * is not NULL, an OS failure is stored there instead of raised (connect_ex).
 * connect: poll even without timeout (waiting for an interrupted connect).
 * timeout: seconds (< 0 none).  Returns 0 or -1 with an exception. */
typedef ssize_t (*SockFn)(int fd, void *data);
int sock_call(SockObj *s, bool writing, SockFn fn, void *data, const char *what, bool connect,
              int *errp, double timeout);

#endif
