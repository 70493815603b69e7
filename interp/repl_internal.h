/* repl_internal.h: what the prompt's loop (repl.c) uses of its line reader
 * (repl_input.c). */
#ifndef GILPY_REPL_INTERNAL_H
#define GILPY_REPL_INTERNAL_H

#include <stdbool.h>
#include "object.h"

enum ReadStatus { READ_LINE, READ_EOF, READ_INTERRUPT };

typedef struct Reader {
    bool tty;               /* libedit on a terminal, or raw reads from fd 0 */
    char *history_path;     /* malloc'd, or NULL */
} Reader;

/* Opens the reader on standard input: libedit when stdin and stdout are
 * terminals (history in ~/.gilpy_history), raw reads otherwise. */
void reader_open(Reader *rd);
/* Saves the history. */
void reader_close(Reader *rd);
/* Flushes sys.stdout and sys.stderr, shows sys.ps1 (or sys.ps2 for a
 * continuation line) and reads a line: *out is malloc'd, without its newline. */
enum ReadStatus reader_line(Reader *rd, bool continuation, char **out);
/* Flushes sys.stdout and sys.stderr, ignoring errors. */
void flush_std_streams(void);

/* repl_complete.c: makes Tab complete names of `globals` (__main__'s dict,
 * borrowed; NULL for builtins only) and indent at the start of a line. */
void repl_complete_setup(Obj *globals);

#endif
