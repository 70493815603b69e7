/* asyncio_module.c: the _asyncio_c module (Future and Task in C, which
 * stdlib/lib/_asyncio.py and the asyncio package present as _asyncio's),
 * the running-task table behind current_task/_enter_task/_leave_task (the
 * live tasks are asyncio_registry.c's), and the asyncio functions in Python
 * that the C classes call on their cold paths (looked up on first use). */
#include "asyncio_internal.h"
#include "asyncio_loop.h"
#include "api.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "ident.h"
#include "module.h"
#include "modules.h"
#include "str.h"
#include "tuple.h"

Obj *aio_current_tasks;

static const struct { const char *module, *name; } helper_names[H_COUNT] = {
    [H_CANCELLED_ERROR] = {"asyncio.exceptions", "CancelledError"},
    [H_INVALID_STATE_ERROR] = {"asyncio.exceptions", "InvalidStateError"},
    [H_FUTURE_REPR] = {"asyncio.base_futures", "_future_repr"},
    [H_FUTURE_REPR_INFO] = {"asyncio.base_futures", "_future_repr_info"},
    [H_TASK_REPR_INFO] = {"asyncio.tasks", "_task_repr_info"},
    [H_TASK_GET_STACK] = {"asyncio.tasks", "_task_get_stack"},
    [H_TASK_PRINT_STACK] = {"asyncio.tasks", "_task_print_stack"},
    [H_GET_EVENT_LOOP] = {"asyncio.events", "_get_event_loop"},
    [H_ISCOROUTINE] = {"asyncio.coroutines", "iscoroutine"},
    [H_CALLER_STACK] = {"asyncio.format_helpers", "caller_stack"},
    [H_ALL_TASKS_WEAKSET] = {"asyncio.tasks", "_all_tasks"},
};
static Obj *helpers[H_COUNT];

Obj *aio_helper(int which) {
    if (helpers[which] != NULL) return helpers[which];
    Obj *m = import_module_cstr(helper_names[which].module);
    if (m == NULL) return NULL;
    Obj *v = obj_getattr_cstr(m, helper_names[which].name);
    DECREF(m);
    helpers[which] = v;   /* kept for the life of the process */
    return v;
}

int aio_enter_task(Obj *loop, Obj *task) {
    Obj *running = dict_get(aio_current_tasks, loop);
    if (running != NULL) {
        err_format(&Exc_RuntimeError,
                   "Cannot enter into task %R while another task %R is being executed.", task,
                   running);
        return -1;
    }
    if (err_occurred()) return -1;
    return dict_set(aio_current_tasks, loop, task);
}

int aio_leave_task(Obj *loop, Obj *task) {
    Obj *running = dict_get(aio_current_tasks, loop);
    if (running != task) {
        if (err_occurred()) return -1;
        err_format(&Exc_RuntimeError, "Leaving task %R does not match the current task %R.", task,
                   running ? running : NONE);
        return -1;
    }
    return dict_del(aio_current_tasks, loop);
}

int aio_call_soon(Obj *loop, Obj *fn, Obj *arg, Obj *ctx) {
    int fast = loop_call_soon_fast(loop, fn, arg, ctx);   /* asyncio_loop.c */
    if (fast != 0) return fast < 0 ? -1 : 0;
    static Obj *kwnames;
    if (kwnames == NULL && (kwnames = tuple_pack(1, IDENT(context))) == NULL) return -1;
    Obj *meth = obj_getattr(loop, IDENT(call_soon));
    if (meth == NULL) return -1;
    Obj *argv[3] = {fn, arg, ctx};
    Obj *r;
    if (arg != NULL) {
        r = obj_call(meth, argv, 2, kwnames);
    } else {
        argv[1] = ctx;
        r = obj_call(meth, argv, 1, kwnames);
    }
    DECREF(meth);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

void aio_report_destroyed(Obj *loop, const char *message, Obj *exc, const char *key, Obj *obj,
                          Obj *source_tb) {
    Obj *saved = err_fetch();
    Obj *ctx = dict_new();
    Obj *msg = str_from_cstr(message);
    bool ok = ctx != NULL && msg != NULL && dict_set_cstr(ctx, "message", msg) == 0 &&
              (exc == NULL || dict_set_cstr(ctx, "exception", exc) == 0) &&
              dict_set_cstr(ctx, key, obj) == 0 &&
              (source_tb == NULL || dict_set_cstr(ctx, "source_traceback", source_tb) == 0);
    XDECREF(msg);
    if (ok) {
        Obj *r = obj_call_method(loop, IDENT(call_exception_handler), &ctx, 1);
        ok = r != NULL;
        XDECREF(r);
    }
    XDECREF(ctx);
    if (!ok) err_write_unraisable(obj);
    if (saved != NULL) err_set_obj(saved);
}

/* ---- module functions ---------------------------------------------------- */

static Obj *fn_enter_task(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"loop", "task", NULL};
    Obj *a[2];
    if (args_bind("_enter_task", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    return aio_enter_task(a[0], a[1]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *fn_leave_task(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"loop", "task", NULL};
    Obj *a[2];
    if (args_bind("_leave_task", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    return aio_leave_task(a[0], a[1]) < 0 ? NULL : NEWREF(NONE);
}

static const MethodDef module_functions[] = {
    {"_enter_task", fn_enter_task}, {"_leave_task", fn_leave_task}, {NULL},
};

Obj *asyncio_c_module_init(void) {
    if (type_ready(&AsyncFutureType) < 0 || type_ready(&AsyncTaskType) < 0 ||
        type_ready(&FutureIterType) < 0 || type_ready(&TaskStepType) < 0 ||
        type_ready(&DequeType) < 0 || type_ready(&DequeIterType) < 0 ||
        handle_types_ready() < 0)
        return NULL;
    if (aio_current_tasks == NULL && (aio_current_tasks = dict_new()) == NULL) return NULL;
    Obj *m = module_new("_asyncio_c");
    if (m == NULL) return NULL;
    if (module_add_functions(m, module_functions) < 0 ||
        module_add_functions(m, registry_functions) < 0 ||
        module_add_obj(m, "Future", (Obj *)&AsyncFutureType) < 0 ||
        module_add_obj(m, "Task", (Obj *)&AsyncTaskType) < 0 ||
        module_add_obj(m, "deque", (Obj *)&DequeType) < 0 ||
        module_add_functions(m, heap_functions) < 0 || module_add_functions(m, loop_functions) < 0 ||
        module_add_obj(m, "Handle", (Obj *)&HandleType) < 0 ||
        module_add_obj(m, "TimerHandle", (Obj *)&TimerHandleType) < 0 ||
        module_add_obj(m, "_current_tasks", aio_current_tasks) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
