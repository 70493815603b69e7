/* thread_internal.h: what the _thread module's files (thread.c, the module
 * and thread start; thread_lock.c, lock and RLock) share. */
#ifndef GILPY_THREAD_INTERNAL_H
#define GILPY_THREAD_INTERNAL_H

#include <pthread.h>
#include <semaphore.h>
#include <stdbool.h>
#include "object.h"

/* _thread.TIMEOUT_MAX: the longest wait, in seconds (as CPython on Linux). */
#define THREAD_TIMEOUT_MAX 9223372036.0

typedef struct LockObj {
    Obj ob;
    sem_t sem;                 /* 1 free, 0 taken */
    bool locked;               /* read by locked() and repr (GIL held) */
} LockObj;

extern Type LockType, RLockType;
extern Type LocalType;         /* _thread._local, in thread_local.c */

/* A new unlocked _thread.lock. */
Obj *thread_lock_new(void);

/* Waits for sem at most `timeout` seconds (negative: forever; 0: no wait),
 * with the GIL released, as the blocking call `what`.  1 taken, 0 timed
 * out, -1 with an exception (Ctrl-C) set. */
int thread_sem_acquire(sem_t *sem, double timeout, const char *what);

/* threading.get_ident() of the calling thread. */
static inline unsigned long thread_ident(void) { return (unsigned long)pthread_self(); }

#endif
