/* asyncio_loop.c: one iteration of asyncio's event loop in C, the loop
 * that repeats it until stop(), and loop.call_soon's fast path.
 *
 * An iteration (BaseEventLoop._run_once): drop cancelled timers from the
 * heap; wait once on loop._selector with the nearest timer's delay as the
 * timeout (0 when callbacks are ready or the loop is stopping, none when
 * there is nothing at all) -- the selector's poll()/epoll_wait()/select()
 * releases the GIL for exactly that wait; hand the ready descriptors to
 * loop._process_events(); move the due timers to the ready deque; run the
 * callbacks that were ready when the iteration began.  In debug mode and
 * under -X loopstats/looptrace each callback goes through the loop's
 * Python _run_timed() (slow-callback warnings, the recorder's probe).
 *
 * The loop's state stays in its Python attributes (_ready, _scheduled,
 * _timer_cancelled_count, _stopping, _selector, ...) so the Python code,
 * subclasses and tools see it as before.  asyncio.base_events and
 * selector_events register their own methods (_loop_stock) so the C code
 * knows when a method was not overridden and can do its work directly:
 * time() is the monotonic clock read here; call_soon() from a C Future or
 * Task makes the Handle and appends it without a Python call.
 */
#include <time.h>
#include "asyncio_internal.h"
#include "asyncio_loop.h"
#include "args.h"
#include "contextvars.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "ident.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type_internal.h"

/* Rebuild the heap once it holds this many timers, over this fraction of
 * them cancelled (base_events' constants). */
#define MIN_SCHEDULED_TIMER_HANDLES 100
#define MIN_CANCELLED_TIMER_HANDLES_FRACTION 0.5
/* The longest one selector wait may last (a day). */
#define MAXIMUM_SELECT_TIMEOUT (24.0 * 3600.0)

/* The loop methods as base_events/selector_events define them. */
enum {
    STOCK_CALL_SOON, STOCK_TIME, STOCK_RUN_ONCE, STOCK_PROCESS_EVENTS, STOCK_GET_DEBUG,
    STOCK_COUNT
};
static const char *const stock_names[STOCK_COUNT] = {
    "call_soon", "time", "_run_once", "_process_events", "get_debug",
};
static Obj *stock[STOCK_COUNT];

/* What is known of the last loop class seen, while no class changes
 * (type_epoch): which stock methods it keeps, and whether it has no class
 * attribute named like the loop's state (then that state is read straight
 * from the instance dict). */
static const char *const state_names[] = {
    "_ready", "_scheduled", "_timer_cancelled_count", "_stopping", "_selector",
    "_clock_resolution", "_debug", "_instrument", "_closed", NULL,
};
static struct {
    Type *type;
    uint64_t epoch;
    bool plain;
    bool stock[STOCK_COUNT];
} shape;

static void check_shape(Type *t) {
    if (shape.type == t && shape.epoch == type_epoch) return;
    shape.type = t;
    shape.epoch = type_epoch;
    for (int i = 0; i < STOCK_COUNT; i++)
        shape.stock[i] = stock[i] != NULL && type_lookup(t, str_intern_cstr(stock_names[i])) == stock[i];
    shape.plain = true;
    for (int i = 0; state_names[i] != NULL; i++)
        if (type_lookup(t, str_intern_cstr(state_names[i])) != NULL) shape.plain = false;
}

static Obj *instance_dict(Obj *loop) {
    Obj **dp = obj_instance_dict_slot(loop, false);
    return dp != NULL ? *dp : NULL;
}

/* Whether loop's method `name` is still the registered one (instance
 * attributes included: the -X looptrace probe wraps call_soon per loop). */
static bool is_stock(Obj *loop, int which, Obj *name) {
    if (is_small(loop)) return false;
    check_shape(TYPE(loop));
    if (!shape.stock[which]) return false;
    Obj *d = instance_dict(loop);
    return d == NULL || dict_get_str(d, name) == NULL;
}

/* loop.<name> for the loop's state attributes (new reference). */
static Obj *state(Obj *loop, Obj *name) {
    check_shape(TYPE(loop));
    if (shape.plain) {
        Obj *d = instance_dict(loop);
        Obj *v = d != NULL ? dict_get_str(d, name) : NULL;
        if (v != NULL) return NEWREF(v);
    }
    return obj_getattr(loop, name);
}

/* ---- small accessors --------------------------------------------------------- */

static int attr_true(Obj *loop, Obj *name) {
    Obj *v = state(loop, name);
    if (v == NULL) return -1;
    int r = v == TRUE_ ? 1 : v == FALSE_ ? 0 : obj_is_true(v);
    DECREF(v);
    return r;
}

static int loop_time(Obj *loop, double *out) {
    if (is_stock(loop, STOCK_TIME, IDENT(time))) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        *out = (double)((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec) * 1e-9;
        return 0;
    }
    Obj *t = obj_call_method(loop, IDENT(time), NULL, 0);
    if (t == NULL) return -1;
    *out = float_as_double(t);
    DECREF(t);
    return *out == -1.0 && err_occurred() ? -1 : 0;
}

static Obj *deque_method(Obj *name) {
    Obj *m = type_lookup(&DequeType, name);
    if (m == NULL) err_format(&Exc_SystemError, "deque has no %U", name);
    return m;
}

/* ready.append(item): 0 or -1. */
static int ready_append(Obj *ready, Obj *item) {
    static Obj *append;
    Obj *r;
    if (TYPE(ready) == &DequeType) {
        if (append == NULL && (append = deque_method(IDENT(append))) == NULL) return -1;
        r = obj_call_unbound(append, ready, &item, 1);
    } else {
        r = obj_call_method(ready, IDENT(append), &item, 1);
    }
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

static Obj *ready_popleft(Obj *ready) {
    static Obj *popleft;
    if (TYPE(ready) == &DequeType) {
        if (popleft == NULL && (popleft = deque_method(IDENT(popleft))) == NULL) return NULL;
        return obj_call_unbound(popleft, ready, NULL, 0);
    }
    return obj_call_method(ready, IDENT(popleft), NULL, 0);
}

int loop_get_debug(Obj *loop) {
    if (is_stock(loop, STOCK_GET_DEBUG, IDENT(get_debug)) && shape.plain) {
        Obj *d = instance_dict(loop);
        Obj *debug = d != NULL ? dict_get_str(d, IDENT(_debug)) : NULL;
        if (debug == TRUE_ || debug == FALSE_) return debug == TRUE_;
    }
    Obj *r = obj_call_method(loop, IDENT(get_debug), NULL, 0);
    if (r == NULL) return -1;
    int on = obj_is_true(r);
    DECREF(r);
    return on;
}

/* ---- call_soon's fast path --------------------------------------------------- */

int loop_call_soon_fast(Obj *loop, Obj *fn, Obj *arg, Obj *ctx) {
    if (!is_stock(loop, STOCK_CALL_SOON, IDENT(call_soon)) || !shape.plain) return 0;
    Obj *d = instance_dict(loop);
    if (d == NULL) return 0;
    Obj *closed = dict_get_str(d, IDENT(_closed));
    Obj *debug = dict_get_str(d, IDENT(_debug));
    Obj *ready = dict_get_str(d, IDENT(_ready));
    if (closed != FALSE_ || debug != FALSE_ || ready == NULL || TYPE(ready) != &DequeType) return 0;
    Obj *args = arg != NULL ? tuple_pack(1, arg) : tuple_empty();
    if (args == NULL) return -1;
    Obj *context = ctx == NULL || ctx == NONE ? context_copy_current() : NEWREF(ctx);
    if (context == NULL) {
        DECREF(args);
        return -1;
    }
    Obj *h = handle_new_plain(fn, args, loop, context);
    DECREF(context);
    if (h == NULL) return -1;
    int rc = ready_append(ready, h);
    DECREF(h);
    return rc < 0 ? -1 : 1;
}

/* ---- one iteration -------------------------------------------------------------- */

/* _drop_cancelled_timers(): cancelled timers leave the heap, all of them
 * (rebuilding it) when they are most of a big heap, else those on top. */
static int drop_cancelled_timers(Obj *loop, intptr_t cancelled) {
    Obj *scheduled = state(loop, IDENT(_scheduled));
    if (scheduled == NULL) return -1;
    int rc = -1;
    if (!is_list(scheduled)) {
        err_format(&Exc_TypeError, "loop._scheduled must be a list, not %T", scheduled);
        goto done;
    }
    size_t count = list_size(scheduled);
    if (count > MIN_SCHEDULED_TIMER_HANDLES &&
        (double)cancelled / (double)count > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
        Obj *kept = list_new(0);
        if (kept == NULL) goto done;
        for (size_t i = 0; i < list_size(scheduled); i++) {
            Obj *h = list_get(scheduled, i);
            int c = handle_cancelled(h);
            if (c < 0 || (c ? timer_set_scheduled(h, false) : list_append(kept, h)) < 0) {
                DECREF(kept);
                goto done;
            }
        }
        int ok = heap_heapify(kept) == 0 && obj_setattr(loop, IDENT(_scheduled), kept) == 0 &&
                 obj_setattr(loop, IDENT(_timer_cancelled_count), small_new(0)) == 0;
        DECREF(kept);
        rc = ok ? 0 : -1;
        goto done;
    }
    while (list_size(scheduled) > 0) {
        int c = handle_cancelled(list_get(scheduled, 0));
        if (c < 0) goto done;
        if (!c) break;
        cancelled--;
        Obj *h = heap_pop(scheduled);
        if (h == NULL) goto done;
        int r = timer_set_scheduled(h, false);
        DECREF(h);
        if (r < 0) goto done;
    }
    rc = obj_setattr(loop, IDENT(_timer_cancelled_count), small_new(cancelled));
done:
    DECREF(scheduled);
    return rc;
}

/* The selector wait's timeout (new reference: 0, a float, or None). */
static Obj *wait_timeout(Obj *loop, Obj *ready, Obj *scheduled) {
    intptr_t n = obj_len(ready);
    if (n < 0) return NULL;
    int stopping = n > 0 ? 1 : attr_true(loop, IDENT(_stopping));
    if (stopping < 0) return NULL;
    if (stopping) return small_new(0);
    if (list_size(scheduled) == 0) return NEWREF(NONE);
    double when, now;
    if (timer_when(list_get(scheduled, 0), &when) < 0 || loop_time(loop, &now) < 0) return NULL;
    double timeout = when - now;
    if (!(timeout > 0)) return small_new(0);
    /* the cap is base_events' int 24 * 3600, as a custom selector sees it */
    if (!(timeout < MAXIMUM_SELECT_TIMEOUT)) return small_new((intptr_t)MAXIMUM_SELECT_TIMEOUT);
    return float_new(timeout);
}

/* Waits once on the selector and hands what is ready to _process_events. */
static int wait_and_process(Obj *loop, Obj *timeout) {
    Obj *selector = state(loop, IDENT(_selector));
    if (selector == NULL) return -1;
    Obj *events = obj_call_method(selector, IDENT(select), &timeout, 1);
    DECREF(selector);
    if (events == NULL) return -1;
    int rc = 0;
    /* The stock _process_events has nothing to do for no events. */
    if (!(is_list(events) && list_size(events) == 0 &&
          is_stock(loop, STOCK_PROCESS_EVENTS, IDENT(_process_events)))) {
        Obj *r = obj_call_method(loop, IDENT(_process_events), &events, 1);
        rc = r == NULL ? -1 : 0;
        XDECREF(r);
    }
    DECREF(events);
    return rc;
}

/* Moves the timers due by now (+ the clock's resolution) to ready. */
static int move_due_timers(Obj *loop, Obj *ready, Obj *scheduled) {
    if (list_size(scheduled) == 0) return 0;
    double now, resolution;
    Obj *res = state(loop, IDENT(_clock_resolution));
    if (res == NULL) return -1;
    resolution = float_as_double(res);
    DECREF(res);
    if ((resolution == -1.0 && err_occurred()) || loop_time(loop, &now) < 0) return -1;
    double end_time = now + resolution;
    while (list_size(scheduled) > 0) {
        double when;
        if (timer_when(list_get(scheduled, 0), &when) < 0) return -1;
        if (when >= end_time) break;
        Obj *h = heap_pop(scheduled);
        if (h == NULL) return -1;
        int rc = timer_set_scheduled(h, false) < 0 || ready_append(ready, h) < 0 ? -1 : 0;
        DECREF(h);
        if (rc < 0) return -1;
    }
    return 0;
}

/* Runs the callbacks ready when this began; those they queue wait. */
static int run_ready(Obj *loop, Obj *ready) {
    intptr_t ntodo = obj_len(ready);
    if (ntodo <= 0) return (int)ntodo;
    int timed = attr_true(loop, IDENT(_debug));
    if (timed == 0) {
        Obj *probe = state(loop, IDENT(_instrument));
        if (probe == NULL) return -1;
        timed = probe != NONE;
        DECREF(probe);
    }
    if (timed < 0) return -1;
    for (intptr_t i = 0; i < ntodo; i++) {
        Obj *h = ready_popleft(ready);
        if (h == NULL) return -1;
        int c = handle_cancelled(h), rc = 0;
        if (c == 0) {
            if (timed) {
                Obj *r = obj_call_method(loop, IDENT(_run_timed), &h, 1);
                rc = r == NULL ? -1 : 0;
                XDECREF(r);
            } else {
                rc = handle_run(h);
            }
        }
        DECREF(h);
        if (c < 0 || rc < 0) return -1;
    }
    return 0;
}

static int run_once(Obj *loop) {
    Obj *count = state(loop, IDENT(_timer_cancelled_count));
    if (count == NULL) return -1;
    intptr_t cancelled = 0;
    bool bad = false;
    if (is_small(count)) {
        cancelled = small_value(count);
    } else {
        Obj *idx = obj_index(count);
        bad = idx == NULL || !is_small(idx);
        if (!bad) cancelled = small_value(idx);
        XDECREF(idx);
    }
    DECREF(count);
    if (bad) {
        if (!err_occurred()) err_set_str(&Exc_OverflowError, "too many cancelled timers");
        return -1;
    }
    if (cancelled && drop_cancelled_timers(loop, cancelled) < 0) return -1;

    Obj *ready = state(loop, IDENT(_ready));
    Obj *scheduled = ready ? state(loop, IDENT(_scheduled)) : NULL;
    int rc = -1;
    if (scheduled == NULL) goto done;
    if (!is_list(scheduled)) {
        err_format(&Exc_TypeError, "loop._scheduled must be a list, not %T", scheduled);
        goto done;
    }
    Obj *timeout = wait_timeout(loop, ready, scheduled);
    if (timeout == NULL) goto done;
    rc = wait_and_process(loop, timeout);
    DECREF(timeout);
    if (rc == 0) rc = move_due_timers(loop, ready, scheduled);
    if (rc == 0) rc = run_ready(loop, ready);
done:
    XDECREF(ready);
    XDECREF(scheduled);
    return rc;
}

/* ---- module functions -------------------------------------------------------------- */

static Obj *fn_run_once(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_run_once", kwnames) < 0 || args_count("_run_once", nargs, 1, 1) < 0)
        return NULL;
    return run_once(args[0]) < 0 ? NULL : NEWREF(NONE);
}

/* run_forever's loop: iterations until loop._stopping. */
static Obj *fn_run_forever(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_run_forever", kwnames) < 0 ||
        args_count("_run_forever", nargs, 1, 1) < 0)
        return NULL;
    Obj *loop = args[0];
    for (;;) {
        if (run_once(loop) < 0) return NULL;
        int stop = attr_true(loop, IDENT(_stopping));
        if (stop < 0) return NULL;
        if (stop) return NEWREF(NONE);
    }
}

/* _loop_stock(name, function): records a loop method as defined by asyncio. */
static Obj *fn_loop_stock(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_loop_stock", kwnames) < 0 || args_count("_loop_stock", nargs, 2, 2) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "_loop_stock() argument 1 must be str, not %T", args[0]);
        return NULL;
    }
    for (int i = 0; i < STOCK_COUNT; i++) {
        if (str_equal_cstr(args[0], stock_names[i])) {
            SETREF(stock[i], NEWREF(args[1]));
            return NEWREF(NONE);
        }
    }
    err_format(&Exc_ValueError, "unknown loop method %R", args[0]);
    return NULL;
}

const MethodDef loop_functions[] = {
    {"_run_once", fn_run_once}, {"_run_forever", fn_run_forever},
    {"_loop_stock", fn_loop_stock}, {NULL},
};
