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
 * threading calls gil.set_thread_name() so the rows carry its names.
 */
#include "modules.h"
#include "args.h"
#include "err.h"
#include "gil.h"
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

static Obj *g_set_thread_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set_thread_name", kwnames) < 0 ||
        args_count("set_thread_name", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "set_thread_name() argument must be str, not %s",
                   type_name(args[0]));
        return NULL;
    }
    gil_thread_set_name(str_data(args[0]));
    return NEWREF(NONE);
}

static const MethodDef gil_functions[] = {
    {"stats", g_stats}, {"report", g_report}, {"reset", g_reset},
    {"set_thread_name", g_set_thread_name}, {NULL},
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
