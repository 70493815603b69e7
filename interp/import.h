/* import.h: the import system's services to the command line (main.c). */
#ifndef GILPY_IMPORT_H
#define GILPY_IMPORT_H

#include <stddef.h>

/* What `gilpy -m NAME` runs: NAME's source (NAME.__main__'s for a package). */
typedef struct MainSource {
    char *filename;     /* for tracebacks and sys.argv[0]: the file, or "<frozen NAME>" */
    char *file;         /* __file__, or NULL for an embedded module */
    char *text;         /* UTF-8 source */
    size_t len;
    char *package;      /* __package__: NAME's parent ("" for a top-level module) */
} MainSource;

/* Finds NAME as CPython's runpy does, importing its parent packages (and the
 * package itself when NAME is one).  Returns 0, or -1 with an exception set:
 * ImportError carrying runpy's message ("No module named NAME", "... is a
 * package and cannot be directly executed", "Error while finding module
 * specification for ...") or whatever importing a parent raised. */
int import_find_main(const char *name, MainSource *out);
void main_source_clear(MainSource *ms);

#endif
