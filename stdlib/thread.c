/* thread.c: the _thread module: starting OS threads that run Python
 * callables, thread identities, and the module's functions.  Locks are in
 * thread_lock.c; threading.py builds the friendly API on top.
 *
 * A new thread gets its own ThreadState (exceptions, recursion depth) and
 * frame arena, registers with the GIL, and takes it before running any
 * Python code.  Asynchronous signals are blocked in it, so the kernel
 * delivers them to the main thread, whose blocking call is then
 * interrupted (Ctrl-C during join() or a lock wait works as in CPython).
 */
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "thread_internal.h"
#include "modules.h"
#include "api.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "exceptions.h"
#include "gil.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "tuple.h"
#include "frame.h"
#include "float.h"
#include "module.h"

static int thread_count;                 /* threads started here and still running (GIL held) */
static size_t new_stack_size;            /* stack_size(): 0 means the system default */
static _Thread_local Obj *thread_sentinel;   /* _set_sentinel()'s lock, released at thread end */

typedef struct Boot {
    Obj *func, *args, *kwargs;           /* owned */
    ThreadState *ts;
} Boot;

/* Blocks the signals the kernel would otherwise deliver to any thread, so
 * they reach the main thread (faults stay deliverable). */
static void block_async_signals(void) {
    sigset_t set;
    sigfillset(&set);
    static const int sync_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS};
    for (size_t i = 0; i < sizeof sync_signals / sizeof *sync_signals; i++)
        sigdelset(&set, sync_signals[i]);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
}

static void *thread_body(void *arg) {
    Boot *boot = arg;
    block_async_signals();
    tstate_current = boot->ts;
    gil_thread_register();
    gil_acquire();
    if (vm_thread(boot->ts) != NULL) {
        Obj *r = obj_call_tuple_dict(boot->func, boot->args, boot->kwargs);
        if (r != NULL) DECREF(r);
        else if (err_matches(&Exc_SystemExit)) err_clear();
        else err_write_unraisable_msg("Exception ignored in thread started by", boot->func);
    } else {
        err_write_unraisable_msg("Exception ignored in thread started by", boot->func);
    }
    DECREF(boot->func);
    DECREF(boot->args);
    XDECREF(boot->kwargs);
    if (thread_sentinel != NULL) {
        LockObj *l = (LockObj *)thread_sentinel;
        if (l->locked) {
            l->locked = false;
            sem_post(&l->sem);
        }
        CLEAR(thread_sentinel);
    }
    thread_count--;
    vm_thread_free(boot->ts);
    tstate_free(boot->ts);
    tstate_current = NULL;
    free(boot);
    gil_thread_finished();
    return NULL;
}

static Obj *t_start_new_thread(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("start_new_thread", kwnames) < 0) return NULL;
    if (nargs < 2 || nargs > 3) {
        err_format(&Exc_TypeError, "start_new_thread expected at %s %d argument%s, got %zu",
                   nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, "s", nargs);
        return NULL;
    }
    if (TYPE(args[0])->call == NULL) {
        err_set_str(&Exc_TypeError, "first arg must be callable");
        return NULL;
    }
    if (!type_has(TYPE(args[1]), TF_TUPLE_SUBCLASS)) {
        err_set_str(&Exc_TypeError, "2nd arg must be a tuple");
        return NULL;
    }
    Obj *kwargs = nargs == 3 ? args[2] : NULL;
    if (kwargs != NULL && !type_has(TYPE(kwargs), TF_DICT_SUBCLASS)) {
        err_set_str(&Exc_TypeError, "optional 3rd arg must be a dictionary");
        return NULL;
    }
    Boot *boot = malloc(sizeof *boot);
    ThreadState *ts = tstate_new();
    if (boot == NULL || ts == NULL) {
        free(boot);
        tstate_free(ts);
        err_no_memory();
        return NULL;
    }
    ts->recursion_limit = tstate_get()->recursion_limit;
    boot->func = NEWREF(args[0]);
    boot->args = NEWREF(args[1]);
    boot->kwargs = kwargs ? NEWREF(kwargs) : NULL;
    boot->ts = ts;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (new_stack_size != 0) pthread_attr_setstacksize(&attr, new_stack_size);
    gil_note_thread_start();
    thread_count++;
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, thread_body, boot);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        thread_count--;
        DECREF(boot->func);
        DECREF(boot->args);
        XDECREF(boot->kwargs);
        free(boot);
        tstate_free(ts);
        err_set_str(&Exc_RuntimeError, "can't start new thread");
        return NULL;
    }
    return int_from_u64((unsigned long)tid);
}

static Obj *t_allocate_lock(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("allocate_lock", kwnames) < 0 ||
        args_count("allocate_lock", nargs, 0, 0) < 0)
        return NULL;
    return thread_lock_new();
}

static Obj *t_get_ident(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return int_from_u64(thread_ident());
}

static Obj *t_get_native_id(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return int_from_i64((int64_t)syscall(SYS_gettid));
}

static Obj *t_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return small_new(thread_count);
}

/* A new lock that, if the caller takes it, is released when the calling
 * thread ends (threading's join() waits on it). */
static Obj *t_set_sentinel(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *lock = thread_lock_new();
    if (lock == NULL) return NULL;
    XDECREF(thread_sentinel);
    thread_sentinel = NEWREF(lock);
    return lock;
}

static Obj *t_stack_size(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("stack_size", kwnames) < 0 || args_count("stack_size", nargs, 0, 1) < 0)
        return NULL;
    Obj *old = int_from_u64(new_stack_size);
    if (old == NULL) return NULL;
    intptr_t size = 0;   /* no argument: back to the default, as CPython */
    if (nargs == 1 && intarg_ssize(args[0], &size) < 0) {
        DECREF(old);
        return NULL;
    }
    if (size < 0) {
        DECREF(old);
        err_set_str(&Exc_ValueError, "size must be 0 or a positive value");
        return NULL;
    }
    if (size != 0 && size < 32768) {
        DECREF(old);
        err_format(&Exc_ValueError, "size not valid: %zd bytes", size);
        return NULL;
    }
    new_stack_size = (size_t)size;
    return old;
}

static Obj *t_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_none(&Exc_SystemExit);
    return NULL;
}

/* Simulates the arrival of a signal (SIGINT by default) in the main
 * thread: its handler runs there at the next check. */
static Obj *t_interrupt_main(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"signum", NULL};
    Obj *a[1];
    if (args_bind("interrupt_main", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    intptr_t signum = SIGINT;
    if (a[0] != NULL && intarg_ssize(a[0], &signum) < 0) return NULL;
    if (signum < 1 || signum >= NSIG) {
        err_set_str(&Exc_ValueError, "signal number out of range");
        return NULL;
    }
    struct sigaction old;
    if (sigaction((int)signum, NULL, &old) == 0 &&
        (old.sa_handler == SIG_DFL || old.sa_handler == SIG_IGN))
        return NEWREF(NONE);          /* not handled by Python: nothing to do */
    kill(getpid(), (int)signum);
    return NEWREF(NONE);
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread}, {"start_new", t_start_new_thread},
    {"allocate_lock", t_allocate_lock}, {"allocate", t_allocate_lock},
    {"get_ident", t_get_ident}, {"get_native_id", t_get_native_id},
    {"_count", t_count}, {"_set_sentinel", t_set_sentinel}, {"stack_size", t_stack_size},
    {"exit", t_exit}, {"exit_thread", t_exit}, {"interrupt_main", t_interrupt_main},
    {NULL},
};

Obj *thread_module_init(void) {
    Obj *m = module_new("_thread");
    if (m == NULL) return NULL;
    Obj *tmax = float_new(THREAD_TIMEOUT_MAX);
    if (type_ready(&LockType) < 0 || type_ready(&RLockType) < 0 ||
        type_ready(&LocalType) < 0 || tmax == NULL ||
        module_add_functions(m, thread_functions) < 0 ||
        module_add_obj(m, "LockType", (Obj *)&LockType) < 0 ||
        module_add_obj(m, "RLock", (Obj *)&RLockType) < 0 ||
        module_add_obj(m, "_local", (Obj *)&LocalType) < 0 ||
        module_add_obj(m, "error", (Obj *)&Exc_RuntimeError) < 0 ||
        module_add_obj(m, "TIMEOUT_MAX", tmax) < 0) {
        XDECREF(tmax);
        DECREF(m);
        return NULL;
    }
    DECREF(tmax);
    return m;
}
