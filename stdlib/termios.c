/* termios.c: the termios module: terminal attributes (tcgetattr,
 * tcsetattr), line control (tcsendbreak, tcdrain, tcflush, tcflow), window
 * size (tcgetwinsize, tcsetwinsize), termios.error and the constants of
 * <termios.h> and the tty ioctls, with CPython 3.11's checks and messages. */
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/ttydefaults.h>
#include <termios.h>
#include <unistd.h>
#include "modules.h"
#include "module_parts.h"
#include "blocking.h"
#include "bytes.h"
#include "clinic_args.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "select_internal.h"
#include "str.h"
#include "tuple.h"

static Obj *termios_error;

/* Raises termios.error(errno, strerror(errno)); returns NULL. */
static Obj *raise_errno(void) {
    int e = errno;
    Obj *args[2] = {small_new(e), str_from_cstr(strerror(e))};
    if (args[1] == NULL) return NULL;
    Obj *exc = obj_call(termios_error, args, 2, NULL);
    DECREF(args[1]);
    if (exc != NULL) err_set_obj(exc);
    return NULL;
}

/* ---- attributes ------------------------------------------------------------ */

static Obj *t_tcgetattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    struct termios mode;
    if (clinic_positional("termios", "tcgetattr", nargs, kwnames, 1, 1) < 0 ||
        select_fd_arg(args[0], &fd) < 0)
        return NULL;
    if (tcgetattr(fd, &mode) < 0) return raise_errno();
    Obj *cc = list_new(NCCS);
    if (cc == NULL) return NULL;
    for (size_t i = 0; i < NCCS; i++) {
        unsigned char c = mode.c_cc[i];
        list_set_new(cc, i, bytes_from(&c, 1));
    }
    /* In non-canonical mode VMIN and VTIME are counts, not characters. */
    if ((mode.c_lflag & ICANON) == 0) {
        DECREF(list_get(cc, VMIN));
        list_set_new(cc, VMIN, small_new(mode.c_cc[VMIN]));
        DECREF(list_get(cc, VTIME));
        list_set_new(cc, VTIME, small_new(mode.c_cc[VTIME]));
    }
    Obj *items[7] = {int_from_u64(mode.c_iflag), int_from_u64(mode.c_oflag),
                     int_from_u64(mode.c_cflag), int_from_u64(mode.c_lflag),
                     int_from_u64(cfgetispeed(&mode)), int_from_u64(cfgetospeed(&mode)), cc};
    Obj *r = list_new(7);
    for (size_t i = 0; i < 7; i++) list_set_new(r, i, items[i]);
    return r;
}

/* One entry of attributes[6]: a bytes of length 1 or an int. */
static int cc_item(Obj *o, cc_t *out) {
    if (is_bytes(o) && byteslike_size(o) == 1) {
        *out = byteslike_data(o)[0];
        return 0;
    }
    if (is_int(o)) {
        long v;
        if (clinic_long(o, &v) < 0) return -1;
        *out = (cc_t)v;
        return 0;
    }
    err_set_str(&Exc_TypeError, "tcsetattr: elements of attributes must be characters or integers");
    return -1;
}

static Obj *t_tcsetattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd, when;
    if (clinic_positional("termios", "tcsetattr", nargs, kwnames, 3, 3) < 0 ||
        select_fd_arg(args[0], &fd) < 0 || clinic_int(args[1], &when) < 0)
        return NULL;
    Obj *term = args[2];
    if (!is_list(term) || list_size(term) != 7) {
        err_set_str(&Exc_TypeError, "tcsetattr, arg 3: must be 7 element list");
        return NULL;
    }
    struct termios mode;
    if (tcgetattr(fd, &mode) < 0) return raise_errno();
    long v[6];
    for (size_t i = 0; i < 6; i++)
        if (clinic_long(list_get(term, i), &v[i]) < 0) return NULL;
    mode.c_iflag = (tcflag_t)v[0];
    mode.c_oflag = (tcflag_t)v[1];
    mode.c_cflag = (tcflag_t)v[2];
    mode.c_lflag = (tcflag_t)v[3];
    Obj *cc = list_get(term, 6);
    if (!is_list(cc) || list_size(cc) != NCCS) {
        err_format(&Exc_TypeError, "tcsetattr: attributes[6] must be %d element list", NCCS);
        return NULL;
    }
    for (size_t i = 0; i < NCCS; i++)
        if (cc_item(list_get(cc, i), &mode.c_cc[i]) < 0) return NULL;
    if (cfsetispeed(&mode, (speed_t)v[4]) < 0 || cfsetospeed(&mode, (speed_t)v[5]) < 0 ||
        tcsetattr(fd, when, &mode) < 0)
        return raise_errno();
    return NEWREF(NONE);
}

/* ---- line control ---------------------------------------------------------- */

/* The (fd, int) functions: tcsendbreak, tcflush, tcflow. */
static Obj *fd_int_call(const char *name, Obj *const *args, size_t nargs, Obj *kwnames,
                        int (*fn)(int, int)) {
    int fd, arg;
    if (clinic_positional("termios", name, nargs, kwnames, 2, 2) < 0 ||
        select_fd_arg(args[0], &fd) < 0 || clinic_int(args[1], &arg) < 0)
        return NULL;
    if (fn(fd, arg) < 0) return raise_errno();
    return NEWREF(NONE);
}

static Obj *t_tcsendbreak(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    return fd_int_call("tcsendbreak", args, nargs, kwnames, tcsendbreak);
}

static Obj *t_tcflush(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    return fd_int_call("tcflush", args, nargs, kwnames, tcflush);
}

static Obj *t_tcflow(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    return fd_int_call("tcflow", args, nargs, kwnames, tcflow);
}

static Obj *t_tcdrain(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd, rc;
    if (clinic_positional("termios", "tcdrain", nargs, kwnames, 1, 1) < 0 ||
        select_fd_arg(args[0], &fd) < 0)
        return NULL;
    BLOCKING_BEGIN("tcdrain");
    rc = tcdrain(fd);
    BLOCKING_END();
    if (rc < 0) return raise_errno();
    return NEWREF(NONE);
}

/* ---- window size ----------------------------------------------------------- */

static Obj *t_tcgetwinsize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    struct winsize w;
    if (clinic_positional("termios", "tcgetwinsize", nargs, kwnames, 1, 1) < 0 ||
        select_fd_arg(args[0], &fd) < 0)
        return NULL;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return raise_errno();
    Obj *r = tuple_new(2);
    if (r == NULL) return NULL;
    tuple_set(r, 0, small_new(w.ws_row));
    tuple_set(r, 1, small_new(w.ws_col));
    return r;
}

/* winsize[i] as an unsigned short (OverflowError beyond). */
static int winsize_item(Obj *ws, size_t i, unsigned short *out) {
    Obj *idx = small_new((intptr_t)i), *item = obj_getitem(ws, idx);
    if (item == NULL) return -1;
    Obj *n = obj_index(item);
    DECREF(item);
    if (n == NULL) return -1;
    long v;
    int rc = clinic_long(n, &v);
    DECREF(n);
    if (rc < 0) return -1;
    if (v < 0 || v > 65535) {
        err_set_str(&Exc_OverflowError, "winsize value(s) out of range.");
        return -1;
    }
    *out = (unsigned short)v;
    return 0;
}

static Obj *t_tcsetwinsize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int fd;
    if (clinic_positional("termios", "tcsetwinsize", nargs, kwnames, 2, 2) < 0 ||
        select_fd_arg(args[0], &fd) < 0)
        return NULL;
    Obj *ws = args[1];
    intptr_t n = -1;
    if (!is_dict(ws)) {
        n = obj_len(ws);
        if (n < 0) err_clear();
    }
    if (n != 2) {
        err_set_str(&Exc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
        return NULL;
    }
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return raise_errno();
    if (winsize_item(ws, 0, &w.ws_row) < 0 || winsize_item(ws, 1, &w.ws_col) < 0) return NULL;
    if (ioctl(fd, TIOCSWINSZ, &w) < 0) return raise_errno();
    return NEWREF(NONE);
}

/* ---- the module ------------------------------------------------------------ */

static const MethodDef termios_methods[] = {
    {"tcgetattr", t_tcgetattr, 0},     {"tcsetattr", t_tcsetattr, 0},
    {"tcsendbreak", t_tcsendbreak, 0}, {"tcdrain", t_tcdrain, 0},
    {"tcflush", t_tcflush, 0},         {"tcflow", t_tcflow, 0},
    {"tcgetwinsize", t_tcgetwinsize, 0}, {"tcsetwinsize", t_tcsetwinsize, 0},
    {NULL, NULL, 0},
};

#define C(n) {#n, (long)(n)}
static const IntConstant constants[] = {
    C(B0), C(B1000000), C(B110), C(B115200), C(B1152000), C(B1200), C(B134), C(B150),
    C(B1500000), C(B1800), C(B19200), C(B200), C(B2000000), C(B230400), C(B2400), C(B2500000),
    C(B300), C(B3000000), C(B3500000), C(B38400), C(B4000000), C(B460800), C(B4800), C(B50),
    C(B500000), C(B57600), C(B576000), C(B600), C(B75), C(B921600), C(B9600), C(BRKINT), C(BS0),
    C(BS1), C(BSDLY), C(CBAUD), C(CBAUDEX), C(CDSUSP), C(CEOF), C(CEOL), C(CEOT), C(CERASE),
    C(CFLUSH), C(CIBAUD), C(CINTR), C(CKILL), C(CLNEXT), C(CLOCAL), C(CQUIT), C(CR0), C(CR1),
    C(CR2), C(CR3), C(CRDLY), C(CREAD), C(CRPRNT), C(CRTSCTS), C(CS5), C(CS6), C(CS7), C(CS8),
    C(CSIZE), C(CSTART), C(CSTOP), C(CSTOPB), C(CSUSP), C(CWERASE), C(ECHO), C(ECHOCTL),
    C(ECHOE), C(ECHOK), C(ECHOKE), C(ECHONL), C(ECHOPRT), C(EXTA), C(EXTB), C(FF0), C(FF1),
    C(FFDLY), C(FIOASYNC), C(FIOCLEX), C(FIONBIO), C(FIONCLEX), C(FIONREAD), C(FLUSHO),
    C(HUPCL), C(ICANON), C(ICRNL), C(IEXTEN), C(IGNBRK), C(IGNCR), C(IGNPAR), C(IMAXBEL),
    C(INLCR), C(INPCK), C(IOCSIZE_MASK), C(IOCSIZE_SHIFT), C(ISIG), C(ISTRIP), C(IUCLC),
    C(IXANY), C(IXOFF), C(IXON), C(NCC), C(NCCS), C(NL0), C(NL1), C(NLDLY), C(NOFLSH),
    C(N_MOUSE), C(N_PPP), C(N_SLIP), C(N_STRIP), C(N_TTY), C(OCRNL), C(OFDEL), C(OFILL),
    C(OLCUC), C(ONLCR), C(ONLRET), C(ONOCR), C(OPOST), C(PARENB), C(PARMRK), C(PARODD),
    C(PENDIN), C(TAB0), C(TAB1), C(TAB2), C(TAB3), C(TABDLY), C(TCFLSH), C(TCGETA), C(TCGETS),
    C(TCIFLUSH), C(TCIOFF), C(TCIOFLUSH), C(TCION), C(TCOFLUSH), C(TCOOFF), C(TCOON),
    C(TCSADRAIN), C(TCSAFLUSH), C(TCSANOW), C(TCSBRK), C(TCSBRKP), C(TCSETA), C(TCSETAF),
    C(TCSETAW), C(TCSETS), C(TCSETSF), C(TCSETSW), C(TCXONC), C(TIOCCONS), C(TIOCEXCL),
    C(TIOCGETD), C(TIOCGICOUNT), C(TIOCGLCKTRMIOS), C(TIOCGPGRP), C(TIOCGSERIAL),
    C(TIOCGSOFTCAR), C(TIOCGWINSZ), C(TIOCINQ), C(TIOCLINUX), C(TIOCMBIC), C(TIOCMBIS),
    C(TIOCMGET), C(TIOCMIWAIT), C(TIOCMSET), C(TIOCM_CAR), C(TIOCM_CD), C(TIOCM_CTS),
    C(TIOCM_DSR), C(TIOCM_DTR), C(TIOCM_LE), C(TIOCM_RI), C(TIOCM_RNG), C(TIOCM_RTS),
    C(TIOCM_SR), C(TIOCM_ST), C(TIOCNOTTY), C(TIOCNXCL), C(TIOCOUTQ), C(TIOCPKT),
    C(TIOCPKT_DATA), C(TIOCPKT_DOSTOP), C(TIOCPKT_FLUSHREAD), C(TIOCPKT_FLUSHWRITE),
    C(TIOCPKT_NOSTOP), C(TIOCPKT_START), C(TIOCPKT_STOP), C(TIOCSCTTY), C(TIOCSERCONFIG),
    C(TIOCSERGETLSR), C(TIOCSERGETMULTI), C(TIOCSERGSTRUCT), C(TIOCSERGWILD),
    C(TIOCSERSETMULTI), C(TIOCSERSWILD), C(TIOCSER_TEMT), C(TIOCSETD), C(TIOCSLCKTRMIOS),
    C(TIOCSPGRP), C(TIOCSSERIAL), C(TIOCSSOFTCAR), C(TIOCSTI), C(TIOCSWINSZ), C(TOSTOP),
    C(VDISCARD), C(VEOF), C(VEOL), C(VEOL2), C(VERASE), C(VINTR), C(VKILL), C(VLNEXT), C(VMIN),
    C(VQUIT), C(VREPRINT), C(VSTART), C(VSTOP), C(VSUSP), C(VSWTC), C(VT0), C(VT1), C(VTDLY),
    C(VTIME), C(VWERASE), C(XCASE), C(XTABS),
    {"VSWTCH", VSWTC},
    {NULL, 0},
};
#undef C

Obj *termios_module_init(void) {
    /* termios.error: a plain Exception subclass, raised as error(errno, strerror). */
    if (termios_error == NULL &&
        (termios_error = module_new_exception("termios", "error", (Obj *)&Exc_Exception)) == NULL)
        return NULL;
    Obj *m = module_new("termios");
    if (m == NULL) return NULL;
    if (module_add_functions(m, termios_methods) < 0 ||
        module_add_obj(m, "error", termios_error) < 0 || module_add_constants(m, constants) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
