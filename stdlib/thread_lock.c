/* thread_lock.c: _thread.lock and _thread.RLock.
 *
 * A lock is a POSIX semaphore of value 1.  Acquiring first tries without
 * giving up the GIL (the common, uncontended case costs one atomic
 * operation); only if the lock is taken does the thread release the GIL and
 * sleep in sem_clockwait, which a signal interrupts with EINTR, so Ctrl-C
 * reaches a main thread blocked on a lock as in CPython.  An RLock adds an
 * owner and a count on top of the same wait.
 */
#include <errno.h>
#include <math.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>
#include "thread_internal.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* ---- waiting on a semaphore -------------------------------------------- */

/* Parses acquire(blocking=True, timeout=-1) into a timeout in seconds
 * (negative: forever, 0: do not wait). */
static int parse_acquire_args(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                              double *timeout) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    Obj *a[2];
    if (args_bind(fname, args, nargs, kwnames, names, 0, a) < 0) return -1;
    bool blocking = true;
    if (a[0] != NULL) {
        if (IS_TYPE(a[0], FloatType)) {
            err_set_str(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        int t = obj_is_true(a[0]);
        if (t < 0) return -1;
        blocking = t;
    }
    *timeout = -1.0;
    if (a[1] != NULL) {
        if (is_int(a[1]) || is_float(a[1])) {
            *timeout = float_as_double(a[1]);
            if (*timeout == -1.0 && err_occurred()) return -1;
        } else {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(a[1]));
            return -1;
        }
        if (isnan(*timeout)) {
            err_set_str(&Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    }
    if (!blocking && *timeout != -1.0) {
        err_set_str(&Exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (*timeout < 0 && *timeout != -1.0) {
        err_set_str(&Exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (*timeout > THREAD_TIMEOUT_MAX) {
        err_set_str(&Exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    if (!blocking) *timeout = 0.0;
    return 0;
}

/* Takes the semaphore, waiting at most `timeout` seconds (negative:
 * forever).  1 taken, 0 timed out, -1 with KeyboardInterrupt (or another
 * signal handler's exception) set. */
int thread_sem_acquire(sem_t *sem, double timeout, const char *what) {
    if (sem_trywait(sem) == 0) return 1;
    if (timeout == 0.0) return 0;
    struct timespec deadline;
    if (timeout > 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        double whole = floor(timeout);
        deadline.tv_sec += (time_t)whole;
        deadline.tv_nsec += (long)((timeout - whole) * 1e9);
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    for (;;) {
        int rc;
        BLOCKING_BEGIN(what);
        rc = timeout > 0 ? sem_clockwait(sem, CLOCK_MONOTONIC, &deadline) : sem_wait(sem);
        int err = rc == 0 ? 0 : errno;
        BLOCKING_END();
        if (rc == 0) return 1;
        if (err == ETIMEDOUT) return 0;
        if (err == EINTR && signals_check() < 0) return -1;
    }
}

/* ---- _thread.lock ------------------------------------------------------ */

Obj *thread_lock_new(void) {
    LockObj *l = (LockObj *)obj_alloc(&LockType, sizeof(LockObj));
    if (l == NULL) return NULL;
    sem_init(&l->sem, 0, 1);
    l->locked = false;
    return (Obj *)l;
}

static void lock_dealloc(Obj *o) {
    sem_destroy(&((LockObj *)o)->sem);
    obj_free(o);
}

static Obj *lock_repr(Obj *o) {
    LockObj *l = (LockObj *)o;
    return str_from_format("<%s %s object at %p>", l->locked ? "locked" : "unlocked",
                           TYPE(o)->name, (void *)o);
}

static Obj *lock_acquire(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) return NULL;
    LockObj *l = (LockObj *)self;
    int rc = thread_sem_acquire(&l->sem, timeout, "lock");
    if (rc < 0) return NULL;
    if (rc) l->locked = true;
    return NEWREF(rc ? TRUE_ : FALSE_);
}

static Obj *lock_release(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("release", kwnames) < 0 || args_count("release", nargs, 0, 0) < 0)
        return NULL;
    LockObj *l = (LockObj *)self;
    if (!l->locked) {
        err_set_str(&Exc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    l->locked = false;
    sem_post(&l->sem);
    return NEWREF(NONE);
}

static Obj *lock_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return lock_release(self, NULL, 0, NULL);
}

static Obj *lock_locked(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("locked", kwnames) < 0 || args_count("locked", nargs, 0, 0) < 0)
        return NULL;
    return NEWREF(((LockObj *)self)->locked ? TRUE_ : FALSE_);
}

/* After fork(): the child's copy may be held by a thread that no longer
 * exists; start again unlocked. */
static Obj *lock_at_fork_reinit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    LockObj *l = (LockObj *)self;
    sem_destroy(&l->sem);
    sem_init(&l->sem, 0, 1);
    l->locked = false;
    return NEWREF(NONE);
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire}, {"acquire_lock", lock_acquire}, {"__enter__", lock_acquire},
    {"release", lock_release}, {"release_lock", lock_release}, {"__exit__", lock_exit},
    {"locked", lock_locked}, {"locked_lock", lock_locked},
    {"_at_fork_reinit", lock_at_fork_reinit}, {NULL},
};

Type LockType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_thread.lock",
    .size = sizeof(LockObj),
    .flags = TF_WEAKREFABLE,
    .base = &ObjectType,
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
    .doc = "A lock object is a synchronization primitive.",
};

/* ---- _thread.RLock ----------------------------------------------------- */

typedef struct RLockObj {
    Obj ob;
    sem_t sem;
    unsigned long owner;       /* thread ident of the holder, 0 when free */
    unsigned long count;
} RLockObj;

static Obj *rlock_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    RLockObj *r = (RLockObj *)obj_alloc(type, type->size);
    if (r == NULL) return NULL;
    sem_init(&r->sem, 0, 1);
    r->owner = 0;
    r->count = 0;
    return (Obj *)r;
}

static void rlock_dealloc(Obj *o) {
    sem_destroy(&((RLockObj *)o)->sem);
    obj_free(o);
}

static Obj *rlock_repr(Obj *o) {
    RLockObj *r = (RLockObj *)o;
    return str_from_format("<%s %s object owner=%lu count=%lu at %p>",
                           r->count ? "locked" : "unlocked", TYPE(o)->name, r->owner, r->count,
                           (void *)o);
}

static Obj *rlock_acquire(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) return NULL;
    RLockObj *r = (RLockObj *)self;
    unsigned long me = thread_ident();
    if (r->count > 0 && r->owner == me) {
        if (r->count == ULONG_MAX) {
            err_set_str(&Exc_OverflowError, "Internal lock count overflowed");
            return NULL;
        }
        r->count++;
        return NEWREF(TRUE_);
    }
    int rc = thread_sem_acquire(&r->sem, timeout, "lock");
    if (rc < 0) return NULL;
    if (rc) {
        r->owner = me;
        r->count = 1;
    }
    return NEWREF(rc ? TRUE_ : FALSE_);
}

static Obj *rlock_release(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    RLockObj *r = (RLockObj *)self;
    if (r->count == 0 || r->owner != thread_ident()) {
        err_set_str(&Exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--r->count == 0) {
        r->owner = 0;
        sem_post(&r->sem);
    }
    return NEWREF(NONE);
}

static Obj *rlock_is_owned(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    RLockObj *r = (RLockObj *)self;
    return NEWREF(r->count > 0 && r->owner == thread_ident() ? TRUE_ : FALSE_);
}

static Obj *rlock_recursion_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    RLockObj *r = (RLockObj *)self;
    return int_from_u64(r->owner == thread_ident() ? r->count : 0);
}

/* Condition.wait() gives an RLock up entirely and later restores it. */
static Obj *rlock_release_save(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    RLockObj *r = (RLockObj *)self;
    if (r->count == 0) {
        err_set_str(&Exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    Obj *count = int_from_u64(r->count), *owner = int_from_u64(r->owner);
    Obj *state = count && owner ? tuple_pack(2, count, owner) : NULL;
    XDECREF(count);
    XDECREF(owner);
    if (state == NULL) return NULL;
    r->count = 0;
    r->owner = 0;
    sem_post(&r->sem);
    return state;
}

static Obj *rlock_acquire_restore(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("_acquire_restore", nargs, 1, 1) < 0) return NULL;
    Obj *state = args[0];
    if (!type_has(TYPE(state), TF_TUPLE_SUBCLASS) || tuple_size(state) != 2) {
        err_set_str(&Exc_TypeError, "_acquire_restore() argument 1 must be tuple of 2 ints");
        return NULL;
    }
    int overflow = 0;
    int64_t count = int_as_i64(tuple_get(state, 0), &overflow);
    int64_t owner = int_as_i64(tuple_get(state, 1), &overflow);
    if (err_occurred()) return NULL;
    RLockObj *r = (RLockObj *)self;
    if (thread_sem_acquire(&r->sem, -1.0, "lock") < 0) return NULL;
    r->owner = (unsigned long)owner;
    r->count = (unsigned long)count;
    return NEWREF(NONE);
}

static Obj *rlock_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return rlock_release(self, NULL, 0, NULL);
}

static Obj *rlock_at_fork_reinit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    RLockObj *r = (RLockObj *)self;
    sem_destroy(&r->sem);
    sem_init(&r->sem, 0, 1);
    r->owner = 0;
    r->count = 0;
    return NEWREF(NONE);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire}, {"__enter__", rlock_acquire},
    {"release", rlock_release}, {"__exit__", rlock_exit},
    {"_is_owned", rlock_is_owned}, {"_recursion_count", rlock_recursion_count},
    {"_release_save", rlock_release_save}, {"_acquire_restore", rlock_acquire_restore},
    {"_at_fork_reinit", rlock_at_fork_reinit}, {NULL},
};

Type RLockType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_thread.RLock",
    .size = sizeof(RLockObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .new_ = rlock_new,
    .methods = rlock_methods,
};
