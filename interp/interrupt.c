/* interrupt.c: signals as CPython handles them.  The C handler only records
 * the signal (and writes its number to the wakeup descriptor, if one is
 * set) and raises the VM's eval-breaker bit; the main thread then runs the
 * Python-level handler at its next check.  Ctrl-C is one such signal: with
 * no signal module loaded, or with signal.default_int_handler as SIGINT's
 * handler, it raises KeyboardInterrupt.  Blocking calls that see EINTR call
 * signals_check(), which runs the handlers and tells them whether to give up
 * (a handler raised) or retry (PEP 475). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>
#include "api.h"
#include "err.h"
#include "vm.h"

#define NSIGNALS 65   /* signal numbers 1..64, as Linux has */

static atomic_int pending[NSIGNALS];
static atomic_int tripped;          /* some pending[] entry is set */
static atomic_int wakeup_fd = -1;
static pthread_t main_thread;       /* the thread that runs the handlers */
/* Runs the Python handler of a signal (set by the signal module); without
 * it, SIGINT raises KeyboardInterrupt and other signals are ignored. */
static int (*dispatch)(int sig);

static void on_signal(int sig) {
    int saved = errno;
    if (sig > 0 && sig < NSIGNALS) atomic_store(&pending[sig], 1);
    atomic_store(&tripped, 1);
    vm_breaker_set(BREAKER_SIGNALS);
    int fd = atomic_load(&wakeup_fd);
    if (fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

/* The breaker hook: runs pending handlers.  Only the main thread takes
 * them; another thread leaves them pending, and the main thread re-arms the
 * bit when it next takes the GIL (signals_rearm). */
static int signals_hook(void) {
    return signals_check();
}

void signals_rearm(void) {
    if (atomic_load(&tripped)) vm_breaker_set(BREAKER_SIGNALS);
}

bool signals_is_main_thread(void) {
    return pthread_equal(pthread_self(), main_thread);
}

int signals_check(void) {
    if (!signals_is_main_thread() || !atomic_exchange(&tripped, 0)) return 0;
    for (int sig = 1; sig < NSIGNALS; sig++) {
        if (!atomic_exchange(&pending[sig], 0)) continue;
        int rc = 0;
        if (dispatch != NULL) {
            rc = dispatch(sig);
        } else if (sig == SIGINT) {
            err_set_none(&Exc_KeyboardInterrupt);
            rc = -1;
        }
        if (rc < 0) {
            /* the signals still pending run at the next check */
            atomic_store(&tripped, 1);
            vm_breaker_set(BREAKER_SIGNALS);
            return -1;
        }
    }
    return 0;
}

bool signals_take_interrupt(void) {
    return signals_is_main_thread() && atomic_exchange(&pending[SIGINT], 0) != 0;
}

int signals_catch(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;   /* no SA_RESTART: a blocked call sees EINTR */
    return sigaction(sig, &sa, NULL);
}

bool signals_is_caught(int sig) {
    struct sigaction old;
    return sigaction(sig, NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) &&
           old.sa_handler == on_signal;
}

void signals_set_dispatch(int (*fn)(int sig)) {
    dispatch = fn;
}

int signals_set_wakeup_fd(int fd) {
    return atomic_exchange(&wakeup_fd, fd);
}

void signals_after_fork_child(void) {
    main_thread = pthread_self();
    atomic_store(&tripped, 0);
    for (int sig = 1; sig < NSIGNALS; sig++) atomic_store(&pending[sig], 0);
}

void signals_install(void) {
    main_thread = pthread_self();
    vm_breaker_set_hook(BREAKER_SIGNALS, signals_hook);
    /* as CPython: a closed pipe or an oversized file is an OSError, not
     * the end of the process */
    signal(SIGXFSZ, SIG_IGN);
    /* as CPython: a SIGINT ignored by the parent (a background job of a
     * shell) stays ignored */
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    signals_catch(SIGINT);
}
