/* interrupt.c: Ctrl-C.  As in CPython, SIGINT does not stop the process: the
 * handler only records it and sets the VM's eval-breaker bit, and the
 * Python code running in the main thread then raises KeyboardInterrupt at
 * its next check.  Blocking calls (time.sleep, the REPL's line reader) that
 * see EINTR ask signals_check() whether to give up with KeyboardInterrupt. */
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include "api.h"
#include "err.h"
#include "vm.h"

static atomic_int sigint_pending;
static pthread_t main_thread;     /* the thread that installed the handler */

static void on_sigint(int sig) {
    (void)sig;
    atomic_store(&sigint_pending, 1);
    vm_breaker_set(BREAKER_SIGNALS);
}

/* The breaker hook: raises KeyboardInterrupt if Ctrl-C was pressed.  Only
 * the main thread takes it; another thread leaves it pending, and the main
 * thread re-arms the bit when it next takes the GIL (signals_rearm). */
static int signals_hook(void) {
    return signals_check();
}

void signals_rearm(void) {
    if (atomic_load(&sigint_pending)) vm_breaker_set(BREAKER_SIGNALS);
}

int signals_check(void) {
    if (!pthread_equal(pthread_self(), main_thread)) return 0;
    if (!atomic_exchange(&sigint_pending, 0)) return 0;
    err_set_none(&Exc_KeyboardInterrupt);
    return -1;
}

bool signals_take_interrupt(void) {
    return pthread_equal(pthread_self(), main_thread) && atomic_exchange(&sigint_pending, 0) != 0;
}

void signals_install(void) {
    main_thread = pthread_self();
    /* as CPython: a SIGINT ignored by the parent (a background job of a
     * shell) stays ignored */
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;    /* no SA_RESTART: a blocked read or sleep sees EINTR */
    sigaction(SIGINT, &sa, NULL);
    vm_breaker_set_hook(BREAKER_SIGNALS, signals_hook);
}
