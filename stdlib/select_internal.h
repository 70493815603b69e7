/* select_internal.h: what the three files of the `select` module share:
 * file descriptor arguments, CPython's timeout conversions and deadlines
 * (stdlib/select.c), and the poll and epoll types (select_poll.c,
 * select_epoll.c). */
#ifndef GILPY_SELECT_INTERNAL_H
#define GILPY_SELECT_INTERNAL_H

#include <stdint.h>
#include "object.h"

/* *fd = the descriptor of an int or of an object with fileno(), with
 * CPython's errors (PyObject_AsFileDescriptor): TypeError "argument must be
 * an int, or have a fileno() method.", ValueError for a negative one,
 * OverflowError beyond a C int.  0 or -1. */
int select_fd_arg(Obj *o, int *fd);

/* A timeout object (int, float, or anything with __index__) as nanoseconds,
 * `unit_ns` nanoseconds per unit (1e9 for seconds, 1e6 for milliseconds),
 * rounded away from zero as CPython's _PyTime_ROUND_TIMEOUT.  On TypeError
 * the message becomes `type_msg` ("timeout must be a float or None").
 * Overflow and NaN raise CPython's messages.  0 or -1. */
int select_timeout_ns(Obj *o, int64_t unit_ns, const char *type_msg, int64_t *out);

/* Nanoseconds to milliseconds rounded up (toward +infinity when `ceiling`,
 * else away from zero); OverflowError "timeout is too large" beyond a C int. */
int select_ns_to_ms(int64_t ns, int ceiling, int *ms);

/* The monotonic clock in nanoseconds, for deadlines of retried waits. */
int64_t select_now_ns(void);

/* Waits by calling wait(ctx, ms) with the GIL released (the wait named
 * `what`); when a signal interrupts it, runs the handlers and tries again
 * with the time left until the deadline (PEP 475).  timeout_ns -1: no
 * limit.  wait's count (0 too when the time ran out), or -1 with the
 * exception set.  wait must touch no Python object. */
typedef int (*SelectWaitFn)(void *ctx, int ms);
int select_wait_retry(const char *what, SelectWaitFn wait, void *ctx, int ms, int64_t timeout_ns);

/* The types, readied and added to the module by select_module_init. */
extern Type SelectPollType, SelectEpollType;
Obj *select_poll_new(void);   /* select.poll() */

#endif
