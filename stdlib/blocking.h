/* blocking.h: the pair of macros every blocking system call sits between
 * (sleep, read, write, recv, accept, poll, lock waits, join...).  They give
 * up the GIL so other threads run meanwhile, and take it back afterwards;
 * nothing between them may touch a Python object.  `what` names the call
 * in GIL statistics and traces (a string literal: "sleep", "recv"...). */
#ifndef GILPY_BLOCKING_H
#define GILPY_BLOCKING_H

#include "gil.h"

#define BLOCKING_BEGIN(what) gil_blocking_begin(what)
#define BLOCKING_END() gil_blocking_end()

#endif
