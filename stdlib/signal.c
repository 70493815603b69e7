/* signal.c: the _signal module, the C half of `signal` (stdlib/lib/signal.py):
 * the table of Python-level handlers, signal/getsignal, default_int_handler,
 * alarm, setitimer/getitimer, pause, raise_signal, strsignal, set_wakeup_fd
 * and the signal numbers (the masks and waits are in signal_mask.c).  The recording C handler and
 * the moment handlers run belong to interp/interrupt.c; this file gives it
 * the function that calls a handler. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <fcntl.h>
#include <unistd.h>
#include "modules.h"
#include "signal_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "intarg.h"
#include "set.h"
#include "str.h"
#include "sys_internal.h"
#include "tuple.h"


/* The Python handler of each signal: a callable, the int SIG_DFL (0) or
 * SIG_IGN (1), or NULL when it was set outside Python (getsignal: None). */
static Obj *handlers[NSIGNALS];
static Obj *default_int_handler;   /* the module's default_int_handler */
static Obj *itimer_error;          /* signal.ItimerError, an OSError subclass */

int signal_int_arg(Obj *o, int *out) {
    intptr_t v;
    if (is_float(o)) {
        err_set_str(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (intarg_ssize(o, &v) < 0) return -1;
    if (v > 0x7fffffff || v < -0x7fffffff - 1) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A signal number in 1..NSIG-1 (ValueError "signal number out of range"). */
static int signum_arg(Obj *o, int *sig) {
    if (signal_int_arg(o, sig) < 0) return -1;
    if (*sig < 1 || *sig >= NSIGNALS) {
        err_set_str(&Exc_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

/* The frame the signal interrupted, the handler's second argument (None
 * when no Python code runs). */
static Obj *interrupted_frame(void) {
    Obj *f = sys_getframe(NULL, NULL, 0, NULL);
    if (f != NULL) return f;
    err_clear();
    return NEWREF(NONE);
}

/* Runs sig's Python handler: interrupt.c calls it from signals_check(). */
static int dispatch(int sig) {
    Obj *h = handlers[sig];
    if (h == NULL || is_small(h) || TYPE(h)->call == NULL) return 0;
    INCREF(h);
    Obj *frame = interrupted_frame();
    Obj *r = obj_call2(h, small_new(sig), frame);
    DECREF(frame);
    DECREF(h);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

/* handler is SIG_DFL (0) or SIG_IGN (1) as an exact int. */
static bool is_handler_const(Obj *h, intptr_t which) {
    return is_small(h) && small_value(h) == which;
}

static Obj *s_signal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"signalnum", "handler", "/", NULL};
    Obj *a[2];
    int sig;
    if (args_bind("signal", args, nargs, kwnames, names, 2, a) < 0 || signal_int_arg(a[0], &sig) < 0)
        return NULL;
    if (!signals_is_main_thread()) {
        err_set_str(&Exc_ValueError, "signal only works in main thread of the main interpreter");
        return NULL;
    }
    if (sig < 1 || sig >= NSIGNALS) {
        err_set_str(&Exc_ValueError, "signal number out of range");
        return NULL;
    }
    Obj *h = a[1];
    bool callable = TYPE(h)->call != NULL;
    if (!callable && !is_handler_const(h, 0) && !is_handler_const(h, 1)) {
        err_set_str(&Exc_TypeError,
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return NULL;
    }
    if (signals_check() < 0) return NULL;
    int rc = callable ? signals_catch(sig)
                      : (signal(sig, is_handler_const(h, 1) ? SIG_IGN : SIG_DFL) == SIG_ERR ? -1 : 0);
    if (rc < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    Obj *old = handlers[sig];
    handlers[sig] = NEWREF(h);
    return old != NULL ? old : NEWREF(NONE);
}

static Obj *s_getsignal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"signalnum", "/", NULL};
    Obj *o;
    int sig;
    if (args_bind("getsignal", args, nargs, kwnames, names, 1, &o) < 0 || signum_arg(o, &sig) < 0)
        return NULL;
    return NEWREF(handlers[sig] != NULL ? handlers[sig] : NONE);
}

static Obj *s_default_int_handler(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("default_int_handler", kwnames) < 0 ||
        args_count("default_int_handler", nargs, 2, 2) < 0)
        return NULL;
    int sig;
    if (signal_int_arg(args[0], &sig) < 0) return NULL;
    err_set_none(&Exc_KeyboardInterrupt);
    return NULL;
}

/* Runs the handlers of signals that arrived during a call (e.g. the one
 * just raised), as CPython does before such calls return. */
Obj *signal_none_after_signals(void) {
    return signals_check() < 0 ? NULL : NEWREF(NONE);
}

static Obj *s_raise_signal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"signalnum", "/", NULL};
    Obj *o;
    int sig;
    if (args_bind("raise_signal", args, nargs, kwnames, names, 1, &o) < 0 || signal_int_arg(o, &sig) < 0)
        return NULL;
    if (raise(sig) != 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return signal_none_after_signals();
}

static Obj *s_strsignal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"signalnum", "/", NULL};
    Obj *o;
    int sig;
    if (args_bind("strsignal", args, nargs, kwnames, names, 1, &o) < 0 || signum_arg(o, &sig) < 0)
        return NULL;
    const char *s = strsignal(sig);
    if (s == NULL || strstr(s, "Unknown signal") != NULL)
        return NEWREF(NONE);
    return str_from_cstr(s);
}

static Obj *s_alarm(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"seconds", "/", NULL};
    Obj *o;
    int secs;
    if (args_bind("alarm", args, nargs, kwnames, names, 1, &o) < 0 || signal_int_arg(o, &secs) < 0)
        return NULL;
    return int_from_i64(alarm((unsigned)secs));
}

static Obj *s_pause(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("pause", kwnames) < 0 || args_count("pause", nargs, 0, 0) < 0) return NULL;
    BLOCKING_BEGIN("pause");
    pause();
    BLOCKING_END();
    return signal_none_after_signals();
}

/* ---- interval timers ---------------------------------------------------- */

static void raise_itimer_error(void) {
    int e = errno;
    Obj *code = small_new(e), *msg = str_from_cstr(strerror(e));
    Obj *exc = msg ? obj_call2(itimer_error, code, msg) : NULL;
    XDECREF(msg);
    if (exc != NULL) err_set_obj(exc);
}

/* Seconds into a timeval, rounding up as CPython does (through whole
 * nanoseconds, so 0.05 stays 50000 microseconds). */
static void timeval_set(struct timeval *tv, double secs) {
    double ns = secs > 0 ? ceil(secs * 1e9) : 0;
    if (ns > 1e18) ns = 1e18;
    int64_t us = ((int64_t)ns + 999) / 1000;
    tv->tv_sec = (time_t)(us / 1000000);
    tv->tv_usec = (suseconds_t)(us % 1000000);
}

static double timeval_seconds(const struct timeval *tv) {
    return (double)((int64_t)tv->tv_sec * 1000000000 + (int64_t)tv->tv_usec * 1000) / 1e9;
}

static Obj *itimer_tuple(const struct itimerval *v) {
    Obj *a = float_new(timeval_seconds(&v->it_value));
    Obj *b = float_new(timeval_seconds(&v->it_interval));
    Obj *t = a && b ? tuple_pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Obj *s_setitimer(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"which", "seconds", "interval", "/", NULL};
    Obj *a[3];
    int which;
    double secs, interval = 0.0;
    if (args_bind("setitimer", args, nargs, kwnames, names, 2, a) < 0 || signal_int_arg(a[0], &which) < 0 ||
        intarg_seconds(a[1], &secs) < 0 || (a[2] && intarg_seconds(a[2], &interval) < 0))
        return NULL;
    struct itimerval nv, old;
    timeval_set(&nv.it_value, secs);
    timeval_set(&nv.it_interval, interval);
    if (setitimer(which, &nv, &old) != 0) {
        raise_itimer_error();
        return NULL;
    }
    return itimer_tuple(&old);
}

static Obj *s_getitimer(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"which", "/", NULL};
    Obj *o;
    int which;
    if (args_bind("getitimer", args, nargs, kwnames, names, 1, &o) < 0 || signal_int_arg(o, &which) < 0)
        return NULL;
    struct itimerval v;
    if (getitimer(which, &v) != 0) {
        raise_itimer_error();
        return NULL;
    }
    return itimer_tuple(&v);
}

/* ---- wakeup descriptor, interruption ------------------------------------ */

static Obj *s_set_wakeup_fd(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"fd", "/", "$warn_on_full_buffer", NULL};
    Obj *a[2];
    int fd;
    if (args_bind("set_wakeup_fd", args, nargs, kwnames, names, 1, a) < 0 || signal_int_arg(a[0], &fd) < 0)
        return NULL;
    if (!signals_is_main_thread()) {
        err_set_str(&Exc_ValueError,
                    "set_wakeup_fd only works in main thread of the main interpreter");
        return NULL;
    }
    if (fd != -1) {
        struct stat st;
        int flags;
        if (fstat(fd, &st) != 0 || (flags = fcntl(fd, F_GETFL)) < 0) {
            err_set_from_errno(NULL);
            return NULL;
        }
        if (!(flags & O_NONBLOCK)) {
            err_format(&Exc_ValueError, "the fd %d must be in non-blocking mode", fd);
            return NULL;
        }
    }
    return small_new(signals_set_wakeup_fd(fd));
}

static Obj *s_siginterrupt(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"signalnum", "flag", "/", NULL};
    Obj *a[2];
    int sig, flag;
    if (args_bind("siginterrupt", args, nargs, kwnames, names, 2, a) < 0 || signum_arg(a[0], &sig) < 0 ||
        signal_int_arg(a[1], &flag) < 0)
        return NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) == 0) {
        if (flag)
            sa.sa_flags &= ~SA_RESTART;
        else
            sa.sa_flags |= SA_RESTART;
        if (sigaction(sig, &sa, NULL) == 0) return NEWREF(NONE);
    }
    err_set_from_errno(NULL);
    return NULL;
}

static const MethodDef signal_methods[] = {
    {"signal", s_signal}, {"getsignal", s_getsignal},
    {"default_int_handler", s_default_int_handler}, {"raise_signal", s_raise_signal},
    {"strsignal", s_strsignal}, {"alarm", s_alarm}, {"pause", s_pause},
    {"setitimer", s_setitimer}, {"getitimer", s_getitimer},
    {"set_wakeup_fd", s_set_wakeup_fd}, {"siginterrupt", s_siginterrupt},
    {NULL},
};

static const struct { const char *name; int value; } signal_numbers[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIGNALS},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
};

/* The handler table as the process has it now: SIG_DFL/SIG_IGN as ints,
 * SIGINT's recording handler as default_int_handler, others unknown. */
static void read_handlers(void) {
    for (int sig = 1; sig < NSIGNALS; sig++) {
        struct sigaction sa;
        if (handlers[sig] != NULL || sigaction(sig, NULL, &sa) != 0) continue;
        if (sig == SIGINT && signals_is_caught(sig))
            handlers[sig] = NEWREF(default_int_handler);
        else if (!(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_DFL)
            handlers[sig] = small_new(0);
        else if (!(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_IGN)
            handlers[sig] = small_new(1);
    }
}

static Obj *make_itimer_error(void) {
    Obj *name = str_from_cstr("itimer_error"), *bases = tuple_pack(1, (Obj *)&Exc_OSError);
    Obj *ns = dict_new(), *modname = str_from_cstr("signal");
    Obj *cls = NULL;
    if (name && bases && ns && modname && dict_set(ns, str_intern_cstr("__module__"), modname) == 0) {
        Obj *targs[3] = {name, bases, ns};
        cls = obj_call((Obj *)&TypeType, targs, 3, NULL);
    }
    XDECREF(name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(modname);
    return cls;
}

Obj *signal_module_init(void) {
    Obj *m = module_new("_signal");
    if (m == NULL || module_add_functions(m, signal_methods) < 0 ||
        module_add_functions(m, signal_mask_methods) < 0 || signal_mask_add_types(m) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof signal_numbers / sizeof signal_numbers[0]; i++)
        if (module_add_int(m, signal_numbers[i].name, signal_numbers[i].value) < 0) goto fail;
    if (module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 || module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0)
        goto fail;
    if (default_int_handler == NULL) {
        default_int_handler = dict_get(module_dict(m), str_intern_cstr("default_int_handler"));
        if (default_int_handler == NULL) goto fail;
        INCREF(default_int_handler);
        if ((itimer_error = make_itimer_error()) == NULL) goto fail;
        read_handlers();
        signals_set_dispatch(dispatch);
    }
    if (module_add_obj(m, "ItimerError", itimer_error) < 0) goto fail;
    return m;
fail:
    XDECREF(m);
    return NULL;
}
