/* unit_support.h: what the Criterion suites that need a running
 * interpreter share: start it once per test process, run Python source. */
#ifndef GILPY_UNIT_SUPPORT_H
#define GILPY_UNIT_SUPPORT_H

#include <criterion/criterion.h>
#include <stdbool.h>
#include <string.h>
#include "api.h"
#include "dict.h"
#include "err.h"
#include "module.h"
#include "str.h"

/* Use as a suite's .init: TestSuite(name, .init = interpreter_setup). */
static inline void interpreter_setup(void)
{
    static bool ready;
    if (!ready) {
        char *argv[] = { "", NULL };
        cr_assert_eq(gilpy_init(1, argv), 0);
        ready = true;
    }
}

/* Runs src (its tracebacks name `filename`) in a fresh module; returns
 * the module's globals (new reference).  A Python exception fails the test. */
static inline Obj *run_script(const char *src, const char *filename)
{
    Obj *m = module_new("__unit_test__");
    cr_assert_not_null(m);
    Obj *g = NEWREF(module_dict(m));
    DECREF(m);
    Obj *r = run_source(src, strlen(src), filename, g);
    if (r == NULL) {
        Obj *exc = err_fetch();
        Obj *msg = exc ? obj_str(exc) : NULL;
        cr_assert_fail("script failed: %s: %s", exc ? type_name(exc) : "?",
                       msg ? str_data(msg) : "?");
    }
    DECREF(r);
    return g;
}

#endif
