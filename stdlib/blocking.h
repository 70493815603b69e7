/* blocking.h: the pair of macros every blocking system call sits between
 * (sleep, read, write, ...).  They will release and retake the GIL; nothing
 * between them may touch a Python object. */
#ifndef GILPY_BLOCKING_H
#define GILPY_BLOCKING_H

#ifndef BLOCKING_BEGIN
#define BLOCKING_BEGIN() do { } while (0)
#define BLOCKING_END() do { } while (0)
#endif

#endif
