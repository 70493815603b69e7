/* traceback.h: traceback objects, the chain of (code, line) entries an
 * exception collects while it propagates out of frames, and their printing
 * in CPython's format. */
#ifndef GILPY_TRACEBACK_H
#define GILPY_TRACEBACK_H

#include "object.h"
#include "code.h"
#include "str.h"

typedef struct TracebackObj {
    Obj ob;
    Obj *next;               /* tb_next: the entry of the frame called, or NULL */
    CodeObj *code;           /* the frame's code */
    Obj *globals;            /* the frame's globals (for tb_frame.f_globals) */
    int lineno;              /* tb_lineno */
    int lasti;               /* tb_lasti: instruction word index */
} TracebackObj;

extern Type TracebackType;
static inline bool is_traceback(const Obj *o) { return !is_small(o) && o->type == &TracebackType; }

/* Prepends an entry for a frame running `code` at word `lasti` to
 * exc.__traceback__ (exc must be an exception instance).  -1 on MemoryError. */
int traceback_add(Obj *exc, CodeObj *code, Obj *globals, int lasti);

/* Writes the `  File "x.py", line N, in f` lines (with the stripped source
 * line when the file is readable) of the chain `tb` to `file` (an object
 * with a write method), eliding runs of identical entries as CPython does.
 * The "Traceback (most recent call last):" header is the caller's. */
void traceback_print(Obj *tb, Obj *file);

/* The same text as a str (new reference), or NULL with an exception. */
Obj *traceback_format(Obj *tb);

/* Appends the caret line for the instruction columns `cols` (code.h's
 * packing) under source line `line` (as read, `len` bytes), as CPython 3.11
 * draws it; nothing when the carets would cover the whole line. -1 on
 * MemoryError. (traceback_carets.c) */
int traceback_append_carets(StrBuf *b, const char *line, size_t len, uint32_t cols);

#endif
