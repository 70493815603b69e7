/* gilmod.c: the `gil` module, gilpy's window on its global interpreter
 * lock.  CPython has no such module; a course exercise uses it to print what
 * the GIL did:
 *
 *     import gil
 *     gil.reset()                  # start counting now
 *     ... run threads ...
 *     print(gil.report())          # the table of -X gilstats, as a str
 *     for t in gil.stats(): print(t["name"], t["waiting"])
 *
 * threading calls gil.set_thread_name() so the rows carry its names, and
 * multiprocessing calls gil.set_process_name() in a child it starts.
 */
#include "modules.h"
#include "args.h"
#include "err.h"
#include "gil.h"
#include "float.h"
#include "int.h"
#include "str.h"

static Obj *g_stats(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("stats", kwnames) < 0 || args_count("stats", nargs, 0, 0) < 0) return NULL;
    return gil_stats_list();
}

static Obj *g_report(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("report", kwnames) < 0 || args_count("report", nargs, 0, 0) < 0)
        return NULL;
    return gil_report_text();
}

static Obj *g_reset(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("reset", kwnames) < 0 || args_count("reset", nargs, 0, 0) < 0) return NULL;
    gil_stats_reset();
    return NEWREF(NONE);
}

/* set_thread_name(name, ident=None): names the calling thread, or the
 * running thread `ident` (threading.get_ident()), in statistics and traces. */
static Obj *g_set_thread_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"name", "ident", NULL};
    Obj *a[2];
    if (args_bind("set_thread_name", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    if (!is_str(a[0])) {
        err_format(&Exc_TypeError, "set_thread_name() argument must be str, not %s",
                   type_name(a[0]));
        return NULL;
    }
    unsigned long ident = 0;
    if (a[1] != NULL && a[1] != NONE) {
        int overflow = 0;
        int64_t v = is_int(a[1]) ? int_as_i64(a[1], &overflow) : 0;
        if (!is_int(a[1]) || overflow) {
            err_set_str(&Exc_TypeError, "set_thread_name() ident must be a thread identifier");
            return NULL;
        }
        ident = (unsigned long)v;
    }
    gil_thread_set_name_of(ident, str_data(a[0]));
    return NEWREF(NONE);
}

/* set_process_name(name): this process's name in the tables and tracks of
 * a program that forks ("MainProcess" until then). */
static Obj *g_set_process_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set_process_name", kwnames) < 0 ||
        args_count("set_process_name", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "set_process_name() argument must be str, not %s",
                   type_name(args[0]));
        return NULL;
    }
    gil_set_process_name(str_data(args[0]));
    return NEWREF(NONE);
}

/* _trace_origin(): the -X giltrace timeline's zero on time.monotonic()'s
 * clock, or None when no GIL trace is recorded (asyncio's -X looptrace puts
 * its events on the same clock). */
static Obj *g_trace_origin(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_trace_origin", kwnames) < 0 ||
        args_count("_trace_origin", nargs, 0, 0) < 0)
        return NULL;
    double origin;
    if (!gil_trace_origin(&origin)) return NEWREF(NONE);
    return float_new(origin);
}

/* _trace_add(events): Chrome trace events as JSON text, each preceded by
 * ",\n", written into the -X giltrace file with this process's spans. */
static Obj *g_trace_add(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_trace_add", kwnames) < 0 || args_count("_trace_add", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "_trace_add() argument must be str, not %s",
                   type_name(args[0]));
        return NULL;
    }
    if (gil_trace_add_events(str_data(args[0]), str_size(args[0])) < 0) {
        err_no_memory();
        return NULL;
    }
    return NEWREF(NONE);
}

static const MethodDef gil_functions[] = {
    {"stats", g_stats}, {"report", g_report}, {"reset", g_reset},
    {"set_thread_name", g_set_thread_name}, {"set_process_name", g_set_process_name},
    {"_trace_origin", g_trace_origin}, {"_trace_add", g_trace_add}, {NULL},
};

Obj *gil_module_init(void) {
    gil_enable_accounting();          /* a script that looks gets the whole picture */
    Obj *m = module_new("gil");
    if (m == NULL) return NULL;
    if (module_add_functions(m, gil_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
