/* unit_support.h: what the Criterion suites that need a running
 * interpreter share: start it once per test process. */
#ifndef GILPY_UNIT_SUPPORT_H
#define GILPY_UNIT_SUPPORT_H

#include <criterion/criterion.h>
#include <stdbool.h>
#include "api.h"

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

#endif
