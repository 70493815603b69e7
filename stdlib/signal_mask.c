/* signal_mask.c: the signal masks and waits of the _signal module:
 * pthread_sigmask, sigpending, sigwait, sigwaitinfo, sigtimedwait (with
 * struct_siginfo), valid_signals, pthread_kill and pidfd_send_signal. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "signal_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "set.h"
#include "structseq.h"
#include "intarg.h"

/* ---- masks ------------------------------------------------------------- */

static Obj *set_from_sigset(const sigset_t *mask) {
    Obj *s = set_new(NULL);
    for (int sig = 1; s != NULL && sig < NSIGNALS; sig++)
        if (sigismember(mask, sig) == 1 && set_add(s, small_new(sig)) < 0) CLEAR(s);
    return s;
}

static int sigset_from_iterable(Obj *it, sigset_t *mask) {
    sigemptyset(mask);
    Obj *iter = obj_iter(it), *item;
    if (iter == NULL) return -1;
    while ((item = obj_next(iter)) != NULL) {
        int overflow = 0;
        Obj *i = obj_index(item);
        DECREF(item);
        if (i == NULL) break;
        int64_t sig = int_as_i64(i, &overflow);
        DECREF(i);
        if (overflow || sig <= 0 || sig >= NSIGNALS) {
            err_format(&Exc_ValueError, "signal number %ld out of range [1; %d]", (long)sig,
                       NSIGNALS - 1);
            break;
        }
        sigaddset(mask, (int)sig);
    }
    DECREF(iter);
    return err_occurred() ? -1 : 0;
}

static Obj *s_pthread_sigmask(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"how", "mask", "/", NULL};
    Obj *a[2];
    int how;
    sigset_t mask, old;
    if (args_bind("pthread_sigmask", args, nargs, kwnames, names, 2, a) < 0 || signal_int_arg(a[0], &how) < 0 ||
        sigset_from_iterable(a[1], &mask) < 0)
        return NULL;
    int err = pthread_sigmask(how, &mask, &old);
    if (err != 0) {
        errno = err;
        err_set_from_errno(NULL);
        return NULL;
    }
    if (signals_check() < 0) return NULL;
    return set_from_sigset(&old);
}

static Obj *s_sigpending(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("sigpending", kwnames) < 0 || args_count("sigpending", nargs, 0, 0) < 0)
        return NULL;
    sigset_t mask;
    if (sigpending(&mask) != 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return set_from_sigset(&mask);
}

static Obj *s_sigwait(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"sigset", "/", NULL};
    Obj *o;
    sigset_t mask;
    if (args_bind("sigwait", args, nargs, kwnames, names, 1, &o) < 0 || sigset_from_iterable(o, &mask) < 0)
        return NULL;
    int sig, err;
    BLOCKING_BEGIN("sigwait");
    err = sigwait(&mask, &sig);
    BLOCKING_END();
    if (err != 0) {
        errno = err;
        err_set_from_errno(NULL);
        return NULL;
    }
    return small_new(sig);
}

static Obj *s_valid_signals(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("valid_signals", kwnames) < 0 || args_count("valid_signals", nargs, 0, 0) < 0)
        return NULL;
    sigset_t mask;
    sigfillset(&mask);
    return set_from_sigset(&mask);
}

static Obj *s_pthread_kill(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"thread_id", "signalnum", "/", NULL};
    Obj *a[2];
    int sig, overflow = 0;
    if (args_bind("pthread_kill", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    Obj *tid = obj_index(a[0]);
    if (tid == NULL || signal_int_arg(a[1], &sig) < 0) {
        XDECREF(tid);
        return NULL;
    }
    int64_t id = int_as_i64(tid, &overflow);
    DECREF(tid);
    if (overflow) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C unsigned long");
        return NULL;
    }
    int err = pthread_kill((pthread_t)id, sig);
    if (err != 0) {
        errno = err;
        err_set_from_errno(NULL);
        return NULL;
    }
    return signal_none_after_signals();
}

static const char *const siginfo_fields[] = {
    "si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band", NULL,
};
static STRUCTSEQ_TYPE(SigInfoType, "signal.struct_siginfo", siginfo_fields);

static Obj *siginfo_result(const siginfo_t *si) {
    Obj *items[7] = {
        small_new(si->si_signo), small_new(si->si_code), small_new(si->si_errno),
        int_from_i64(si->si_pid), int_from_i64(si->si_uid), small_new(si->si_status),
        int_from_i64(si->si_band),
    };
    for (size_t i = 0; i < 7; i++)
        if (items[i] == NULL) {
            for (size_t j = 0; j < 7; j++) XDECREF(items[j]);
            return NULL;
        }
    return structseq_new(&SigInfoType, items, 7);
}

/* sigtimedwait without the GIL until a signal of the set, the deadline
 * (NULL: none) or an error; after EINTR the handlers run and the wait goes
 * on for the rest of the time.  1 with *si set, 0 at the deadline, -1 with
 * the exception set. */
static int wait_info(const sigset_t *mask, const struct timespec *deadline, siginfo_t *si) {
    for (;;) {
        struct timespec left, now, *timeout = NULL;
        if (deadline != NULL) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            left.tv_sec = deadline->tv_sec - now.tv_sec;
            left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
            if (left.tv_nsec < 0) {
                left.tv_sec--;
                left.tv_nsec += 1000000000L;
            }
            if (left.tv_sec < 0) left.tv_sec = left.tv_nsec = 0;
            timeout = &left;
        }
        int r;
        BLOCKING_BEGIN("sigtimedwait");
        r = sigtimedwait(mask, si, timeout);
        BLOCKING_END();
        if (r >= 0) return 1;
        if (errno == EAGAIN) return 0;
        if (errno != EINTR) {
            err_set_from_errno(NULL);
            return -1;
        }
        if (signals_check() < 0) return -1;
    }
}

static Obj *s_sigwaitinfo(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"sigset", "/", NULL};
    Obj *o;
    sigset_t mask;
    siginfo_t si;
    if (args_bind("sigwaitinfo", args, nargs, kwnames, names, 1, &o) < 0 ||
        sigset_from_iterable(o, &mask) < 0 || wait_info(&mask, NULL, &si) < 0)
        return NULL;
    return siginfo_result(&si);
}

static Obj *s_sigtimedwait(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"sigset", "timeout", "/", NULL};
    Obj *a[2];
    sigset_t mask;
    siginfo_t si;
    if (args_bind("sigtimedwait", args, nargs, kwnames, names, 2, a) < 0 ||
        sigset_from_iterable(a[0], &mask) < 0)
        return NULL;
    double secs;
    if (intarg_seconds(a[1], &secs) < 0) return NULL;
    if (isnan(secs)) {
        err_set_str(&Exc_ValueError, "Invalid value NaN (not a number)");
        return NULL;
    }
    if (secs < 0) {
        err_set_str(&Exc_ValueError, "timeout must be non-negative");
        return NULL;
    }
    if (secs > 1e9) secs = 1e9;
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)ceil((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    int r = wait_info(&mask, &deadline, &si);
    if (r < 0) return NULL;
    return r == 0 ? NEWREF(NONE) : siginfo_result(&si);
}

static Obj *s_pidfd_send_signal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pidfd", "sig", "siginfo", "flags", "/", NULL};
    Obj *a[4];
    int pidfd, sig, flags = 0;
    if (args_bind("pidfd_send_signal", args, nargs, kwnames, names, 2, a) < 0 ||
        signal_int_arg(a[0], &pidfd) < 0 || signal_int_arg(a[1], &sig) < 0)
        return NULL;
    if (a[2] != NULL && a[2] != NONE) {
        err_set_str(&Exc_TypeError, "siginfo must be None");
        return NULL;
    }
    if (a[3] != NULL && signal_int_arg(a[3], &flags) < 0) return NULL;
    if (syscall(SYS_pidfd_send_signal, pidfd, sig, NULL, (unsigned)flags) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return NEWREF(NONE);
}

const MethodDef signal_mask_methods[] = {
    {"pthread_sigmask", s_pthread_sigmask}, {"sigpending", s_sigpending},
    {"sigwait", s_sigwait}, {"sigwaitinfo", s_sigwaitinfo}, {"sigtimedwait", s_sigtimedwait},
    {"valid_signals", s_valid_signals}, {"pthread_kill", s_pthread_kill},
    {"pidfd_send_signal", s_pidfd_send_signal},
    {NULL},
};

int signal_mask_add_types(Obj *m) {
    if (structseq_ready(&SigInfoType) < 0) return -1;
    return module_add_obj(m, "struct_siginfo", (Obj *)&SigInfoType);
}
