/* mp_semlock.c: the _multiprocessing module, whose SemLock is the semaphore
 * under every lock of multiprocessing.synchronize (Lock, RLock, Semaphore,
 * BoundedSemaphore, Condition, Event, Barrier).
 *
 * The semaphore is an unnamed POSIX sem_t (pshared=1) alone in a page from
 * mmap(MAP_SHARED | MAP_ANONYMOUS): a forked child inherits the mapping, so
 * parent and child work on the same counter, and nothing has a name that
 * could outlive the processes (no /dev/shm file to unlink, nothing for a
 * resource tracker to clean).  Taking a free semaphore is one atomic
 * operation in user space, releasing one without waiters another; only a
 * wait enters the kernel (a futex), with the GIL released.
 *
 * Each process's object also keeps its own net count of acquires and the
 * thread that took it last (what RLock ownership and the reprs read); the
 * pid they belong to is remembered, so a forked child starts from zero even
 * if nobody calls _after_fork().  The page is unmapped when the last
 * reference to the object in a process goes.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <unistd.h>
#include "modules.h"
#include "module.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "thread_internal.h"

enum { RECURSIVE_MUTEX = 0, SEMAPHORE = 1 };

typedef struct SemLockObj {
    Obj ob;
    sem_t *sem;               /* the shared page; NULL only if making failed */
    int kind, maxvalue;
    int count;                /* this process's acquires minus releases */
    unsigned long last_tid;   /* the thread that acquired last */
    pid_t pid;                /* the process count and last_tid describe */
    Obj *name;                /* str or None */
} SemLockObj;

#define SL(o) ((SemLockObj *)(o))

static Type SemLockType;

/* This process's id, kept current across fork() without a system call. */
static pid_t current_pid;

static void refresh_pid(void) { current_pid = getpid(); }

/* The per-process part of s as seen from this process: a forked child's
 * copy starts again at zero. */
static inline void own_view(SemLockObj *s) {
    if (s->pid != current_pid) {
        s->pid = current_pid;
        s->count = 0;
        s->last_tid = 0;
    }
}

static inline bool is_mine(SemLockObj *s) {
    own_view(s);
    return s->count > 0 && s->last_tid == thread_ident();
}

/* ---- making and freeing ------------------------------------------------ */

/* A C int argument, with CPython's errors for non-integers and overflow. */
static int int_arg(Obj *o, int *out) {
    int64_t v;
    int overflow;
    if (intarg_i64(o, &v, &overflow) < 0) return -1;
    if (overflow || v > INT_MAX || v < INT_MIN) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static Obj *semlock_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"kind", "value", "maxvalue", "name", "unlink", NULL};
    Obj *a[5];
    if (args_bind("SemLock", args, nargs, kwnames, names, 5, a) < 0) return NULL;
    int kind, value, maxvalue, unlink;
    if (int_arg(a[0], &kind) < 0 || int_arg(a[1], &value) < 0 || int_arg(a[2], &maxvalue) < 0)
        return NULL;
    if (a[3] != NONE && !is_str(a[3])) {
        err_format(&Exc_TypeError, "SemLock() argument 4 must be str, not %s", type_name(a[3]));
        return NULL;
    }
    if (int_arg(a[4], &unlink) < 0) return NULL;
    if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) {
        err_set_str(&Exc_ValueError, "unrecognized kind");
        return NULL;
    }
    if (value < 0) {
        errno = EINVAL;
        err_set_from_errno(NULL);
        return NULL;
    }
    SemLockObj *s = (SemLockObj *)obj_alloc(type, type->size);
    if (s == NULL) return NULL;
    s->name = NEWREF(unlink ? NONE : a[3]);
    s->kind = kind;
    s->maxvalue = maxvalue;
    s->pid = current_pid;
    void *page = mmap(NULL, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                      -1, 0);
    if (page == MAP_FAILED) {
        err_set_from_errno(NULL);
        DECREF((Obj *)s);
        return NULL;
    }
    s->sem = page;
    if (sem_init(s->sem, 1, (unsigned)value) < 0) {
        err_set_from_errno(NULL);
        DECREF((Obj *)s);
        return NULL;
    }
    return (Obj *)s;
}

/* The semaphore itself is left alone: other processes may still use it;
 * this process just stops mapping it. */
static void semlock_dealloc(Obj *o) {
    SemLockObj *s = SL(o);
    if (s->sem != NULL) munmap(s->sem, sizeof(sem_t));
    XDECREF(s->name);
    obj_free(o);
}

/* ---- acquire and release ----------------------------------------------- */

/* acquire(block=True, timeout=None) as a wait for thread_sem_acquire:
 * negative forever, 0 no wait, else seconds. */
static int parse_acquire(Obj *const *args, size_t nargs, Obj *kwnames, double *wait) {
    static const char *const names[] = {"block", "timeout", NULL};
    Obj *a[2];
    if (args_bind("acquire", args, nargs, kwnames, names, 0, a) < 0) return -1;
    int block = 1;
    if (a[0] != NULL && int_arg(a[0], &block) < 0) return -1;
    *wait = -1.0;
    if (a[1] != NULL && a[1] != NONE) {
        double t = float_as_double(a[1]);
        if (t == -1.0 && err_occurred()) return -1;
        if (!(t > 0)) t = 0.0;                        /* negative or NaN: no wait */
        *wait = t > THREAD_TIMEOUT_MAX ? -1.0 : t;    /* beyond any clock: forever */
    }
    if (!block) *wait = 0.0;
    return 0;
}

static Obj *semlock_acquire(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    SemLockObj *s = SL(self);
    double wait = -1.0;
    if ((nargs != 0 || kwnames != NULL) && parse_acquire(args, nargs, kwnames, &wait) < 0)
        return NULL;
    unsigned long me = thread_ident();
    own_view(s);
    if (s->kind == RECURSIVE_MUTEX && s->count > 0 && s->last_tid == me) {
        s->count++;
        return NEWREF(TRUE_);
    }
    int rc = thread_sem_acquire(s->sem, wait, "sem_wait");
    if (rc < 0) return NULL;
    if (rc == 0) return NEWREF(FALSE_);
    s->count++;
    s->last_tid = me;
    return NEWREF(TRUE_);
}

static Obj *do_release(SemLockObj *s) {
    own_view(s);
    if (s->kind == RECURSIVE_MUTEX) {
        if (!(s->count > 0 && s->last_tid == thread_ident())) {
            err_set_str(&Exc_AssertionError,
                        "attempt to release recursive lock not owned by thread");
            return NULL;
        }
        if (s->count > 1) {
            s->count--;
            return NEWREF(NONE);
        }
    } else {
        int value;
        if (sem_getvalue(s->sem, &value) < 0) {
            err_set_from_errno(NULL);
            return NULL;
        }
        if (value >= s->maxvalue) {
            err_set_str(&Exc_ValueError, "semaphore or lock released too many times");
            return NULL;
        }
    }
    if (sem_post(s->sem) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    s->count--;
    return NEWREF(NONE);
}

static Obj *semlock_release(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if ((nargs != 0 || kwnames != NULL) &&
        (args_no_kwargs("release", kwnames) < 0 || args_count("release", nargs, 0, 0) < 0))
        return NULL;
    return do_release(SL(self));
}

static Obj *semlock_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__exit__", kwnames) < 0) return NULL;
    return do_release(SL(self));
}

/* ---- state ------------------------------------------------------------- */

static Obj *semlock_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_count", kwnames) < 0 || args_count("_count", nargs, 0, 0) < 0)
        return NULL;
    own_view(SL(self));
    return int_from_i64(SL(self)->count);
}

static Obj *semlock_is_mine(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_is_mine", kwnames) < 0 || args_count("_is_mine", nargs, 0, 0) < 0)
        return NULL;
    return NEWREF(bool_from(is_mine(SL(self))));
}

/* The semaphore's value (never negative), or -1 with OSError. */
static int value_of(SemLockObj *s) {
    int value;
    if (sem_getvalue(s->sem, &value) < 0) {
        err_set_from_errno(NULL);
        return -1;
    }
    return value < 0 ? 0 : value;
}

static Obj *semlock_get_value(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_get_value", kwnames) < 0 || args_count("_get_value", nargs, 0, 0) < 0)
        return NULL;
    int value = value_of(SL(self));
    return value < 0 ? NULL : int_from_i64(value);
}

static Obj *semlock_is_zero(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_is_zero", kwnames) < 0 || args_count("_is_zero", nargs, 0, 0) < 0)
        return NULL;
    int value = value_of(SL(self));
    return value < 0 ? NULL : NEWREF(bool_from(value == 0));
}

static Obj *semlock_after_fork(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_after_fork", kwnames) < 0 || args_count("_after_fork", nargs, 0, 0) < 0)
        return NULL;
    SL(self)->count = 0;
    SL(self)->pid = current_pid;
    return NEWREF(NONE);
}

/* A semaphore travels to other processes only by fork. */
static Obj *semlock_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_format(&Exc_TypeError, "cannot pickle '%s' object", TYPE(self)->name);
    return NULL;
}

static Obj *get_handle(Obj *self) { return int_from_u64((uintptr_t)SL(self)->sem); }
static Obj *get_kind(Obj *self) { return int_from_i64(SL(self)->kind); }
static Obj *get_maxvalue(Obj *self) { return int_from_i64(SL(self)->maxvalue); }
static Obj *get_name(Obj *self) { return NEWREF(SL(self)->name); }

static const MethodDef semlock_methods[] = {
    {"acquire", semlock_acquire}, {"__enter__", semlock_acquire},
    {"release", semlock_release}, {"__exit__", semlock_exit},
    {"_count", semlock_count}, {"_is_mine", semlock_is_mine},
    {"_get_value", semlock_get_value}, {"_is_zero", semlock_is_zero},
    {"_after_fork", semlock_after_fork},
    {"__reduce__", semlock_reduce}, {"__reduce_ex__", semlock_reduce}, {NULL},
};

static const GetSetDef semlock_getset[] = {
    {"handle", get_handle, NULL}, {"kind", get_kind, NULL},
    {"maxvalue", get_maxvalue, NULL}, {"name", get_name, NULL}, {NULL},
};

static Type SemLockType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_multiprocessing.SemLock",
    .size = sizeof(SemLockObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .base = &ObjectType,
    .dealloc = semlock_dealloc,
    .new_ = semlock_new,
    .methods = semlock_methods,
    .getset = semlock_getset,
    .doc = "Semaphore/Mutex type",
};

/* ---- the module -------------------------------------------------------- */

/* sem_unlink(name): removes a named semaphore (none of ours has a name;
 * kept for code written against CPython's module). */
static Obj *mp_sem_unlink(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("sem_unlink", kwnames) < 0 || args_count("sem_unlink", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "sem_unlink() argument must be str, not %s",
                   type_name(args[0]));
        return NULL;
    }
    if (sem_unlink(str_data(args[0])) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return NEWREF(NONE);
}

static const MethodDef mp_functions[] = {
    {"sem_unlink", mp_sem_unlink}, {NULL},
};

Obj *multiprocessing_c_module_init(void) {
    static bool ready;
    if (!ready) {
        refresh_pid();
        if (pthread_atfork(NULL, NULL, refresh_pid) != 0) {
            err_set_str(&Exc_RuntimeError, "cannot register the fork handler");
            return NULL;
        }
        ready = true;
    }
    if (type_ready(&SemLockType) < 0) return NULL;
    if (dict_get_cstr(SemLockType.dict, "SEM_VALUE_MAX") == NULL) {
        Obj *max = int_from_i64(SEM_VALUE_MAX);
        int rc = max ? dict_set_cstr(SemLockType.dict, "SEM_VALUE_MAX", max) : -1;
        XDECREF(max);
        if (rc < 0) return NULL;
    }
    Obj *m = module_new("_multiprocessing");
    if (m == NULL) return NULL;
    Obj *flags = dict_new();
    Obj *one = small_new(1);
    if (flags == NULL || dict_set_cstr(flags, "HAVE_SEM_OPEN", one) < 0 ||
        dict_set_cstr(flags, "HAVE_SEM_TIMEDWAIT", one) < 0 ||
        module_add_obj(m, "flags", flags) < 0 ||
        module_add_obj(m, "SemLock", (Obj *)&SemLockType) < 0 ||
        module_add_functions(m, mp_functions) < 0) {
        XDECREF(flags);
        DECREF(m);
        return NULL;
    }
    DECREF(flags);
    return m;
}
