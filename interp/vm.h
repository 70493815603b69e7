/* vm.h: the parts of the VM that other interp/ and stdlib/ code drives:
 * the eval breaker (GIL drop requests, pending signals, async exceptions),
 * running class bodies, and the running frames of a thread.
 *
 * The breaker is one word checked at backward jumps and function entries:
 * one load and one branch while nothing is pending.  Whoever has work for
 * the running thread sets its bit with vm_breaker_set(); the VM then clears
 * the bit and calls the hook registered for it. */
#ifndef GILPY_VM_H
#define GILPY_VM_H

#include <stdatomic.h>
#include "object.h"

enum BreakerBit {
    BREAKER_GIL_DROP = 0,    /* another thread asks for the GIL */
    BREAKER_SIGNALS = 1,     /* a signal handler must run (main thread) */
    BREAKER_ASYNC_EXC = 2,   /* an exception was injected into a thread */
    BREAKER_BITS = 8,
};

extern _Atomic unsigned vm_eval_breaker;

/* A hook returns 0, or -1 with an exception set (e.g. KeyboardInterrupt),
 * which is raised at the instruction where the breaker was seen. */
typedef int (*BreakerHook)(void);
void vm_breaker_set_hook(int bit, BreakerHook hook);
static inline void vm_breaker_set(int bit) {
    atomic_fetch_or_explicit(&vm_eval_breaker, 1u << bit, memory_order_relaxed);
}
/* Called by the VM when vm_eval_breaker is nonzero. */
int vm_handle_breaker(void);

/* Runs a class body function `func` with `ns` as its locals mapping (what
 * builtins.__build_class__ does); returns the body's result (None or the
 * __class__ cell). */
Obj *vm_run_class_body(Obj *func, Obj *ns);

/* Builds a class: the implementation of builtins.__build_class__
 * (func, name, *bases, metaclass=..., **kwds), a vector call. */
Obj *vm_build_class(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* sys.set_coroutine_origin_tracking_depth(): how many frames of where a
 * coroutine was made are kept as its cr_origin (0: none; per thread). */
extern _Thread_local int vm_coro_origin_depth;

#endif
