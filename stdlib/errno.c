/* errno.c: the errno module: every E* error number of Linux as a constant,
 * and errorcode, the dict from numbers to names (for numbers with two names,
 * such as EAGAIN and EWOULDBLOCK, the later name of the table wins, as in
 * CPython, whose order this table keeps). */
#include <errno.h>
#include "modules.h"
#include "dict.h"
#include "str.h"

#define E(name) {#name, name},
static const struct { const char *name; int value; } codes[] = {
    E(ENODEV) E(ENOCSI) E(EHOSTUNREACH) E(ENOMSG) E(EUCLEAN) E(EL2NSYNC) E(EL2HLT) E(ENODATA)
    E(ENOTBLK) E(ENOSYS) E(EPIPE) E(EINVAL) E(EOVERFLOW) E(EADV) E(EINTR) E(EUSERS) E(ENOTEMPTY)
    E(ENOBUFS) E(EPROTO) E(EREMOTE) E(ENAVAIL) E(ECHILD) E(ELOOP) E(EXDEV) E(E2BIG) E(ESRCH)
    E(EMSGSIZE) E(EAFNOSUPPORT) E(EBADR) E(EHOSTDOWN) E(EPFNOSUPPORT) E(ENOPROTOOPT) E(EBUSY)
    E(EWOULDBLOCK) E(EBADFD) E(EDOTDOT) E(EISCONN) E(ENOANO) E(ESHUTDOWN) E(ECHRNG) E(ELIBBAD)
    E(ENONET) E(EBADE) E(EBADF) E(EMULTIHOP) E(EIO) E(EUNATCH) E(EPROTOTYPE) E(ENOSPC) E(ENOEXEC)
    E(EALREADY) E(ENETDOWN) E(ENOTNAM) E(EACCES) E(ELNRNG) E(EILSEQ) E(ENOTDIR) E(ENOTUNIQ)
    E(EPERM) E(EDOM) E(EXFULL) E(ECONNREFUSED) E(EISDIR) E(EPROTONOSUPPORT) E(EROFS)
    E(EADDRNOTAVAIL) E(EIDRM) E(ECOMM) E(ESRMNT) E(EREMOTEIO) E(EL3RST) E(EBADMSG) E(ENFILE)
    E(ELIBMAX) E(ESPIPE) E(ENOLINK) E(ENETRESET) E(ETIMEDOUT) E(ENOENT) E(EEXIST) E(EDQUOT)
    E(ENOSTR) E(EBADSLT) E(EBADRQC) E(ELIBACC) E(EFAULT) E(EFBIG) E(EDEADLK) E(ENOTCONN)
    E(EDESTADDRREQ) E(ELIBSCN) E(ENOLCK) E(EISNAM) E(ECONNABORTED) E(ENETUNREACH) E(ESTALE)
    E(ENOSR) E(ENOMEM) E(ENOTSOCK) E(ESTRPIPE) E(EMLINK) E(ERANGE) E(ELIBEXEC) E(EL3HLT)
    E(ECONNRESET) E(EADDRINUSE) E(EOPNOTSUPP) E(EREMCHG) E(EAGAIN) E(ENAMETOOLONG) E(ENOTTY)
    E(ERESTART) E(ESOCKTNOSUPPORT) E(ETIME) E(EBFONT) E(EDEADLOCK) E(ETOOMANYREFS) E(EMFILE)
    E(ETXTBSY) E(EINPROGRESS) E(ENXIO) E(ENOPKG) E(ENOMEDIUM) E(EMEDIUMTYPE) E(ECANCELED) E(ENOKEY)
    E(EKEYEXPIRED) E(EKEYREVOKED) E(EKEYREJECTED) E(EOWNERDEAD) E(ENOTRECOVERABLE) E(ERFKILL)
    E(ENOTSUP)
    {NULL, 0},
};
#undef E

Obj *errno_module_init(void) {
    Obj *m = module_new("errno"), *errorcode = dict_new();
    if (m == NULL || errorcode == NULL || module_add_obj(m, "errorcode", errorcode) < 0) goto fail;
    for (size_t i = 0; codes[i].name != NULL; i++) {
        Obj *name = str_from_cstr(codes[i].name);
        if (name == NULL) goto fail;
        int rc = dict_set(errorcode, small_new(codes[i].value), name);
        DECREF(name);
        if (rc < 0 || module_add_int(m, codes[i].name, codes[i].value) < 0) goto fail;
    }
    DECREF(errorcode);
    return m;
fail:
    XDECREF(m);
    XDECREF(errorcode);
    return NULL;
}
