/* options.h: gilpy's command line, parsed as CPython parses its own
 * (interp/options.c): the options, their usage errors and help text, and the
 * PYTHON* environment variables that stand for options. */
#ifndef GILPY_OPTIONS_H
#define GILPY_OPTIONS_H

#include <stdbool.h>
#include "modules.h"

#define MAX_XOPTIONS 64

/* What the command line asks for. */
typedef struct Options {
    const char *progname;       /* argv[0], for messages */
    const char *command;        /* -c */
    const char *module;         /* -m */
    const char *script;         /* a file, "-" for stdin, NULL for none */
    int argi;                   /* argv index of the first program argument */
    int version;                /* -V count */
    bool skip_first_line;       /* -x */
    const char *xoptions[MAX_XOPTIONS];      /* -X values */
    int nxoptions;
    const char *warnoptions[MAX_XOPTIONS];   /* PYTHONWARNINGS entries, then -W values */
    int nwarnoptions;
    char *warn_env;                          /* PYTHONWARNINGS, split in place */
} Options;

/* Parses argv into *o and *fl (-V, -h and usage errors are handled here);
 * returns -1 to go on, or the exit status. */
int options_parse(int argc, char **argv, Options *o, SysFlags *fl);
/* Applies PYTHONUNBUFFERED, PYTHONINSPECT, PYTHONSAFEPATH, PYTHONOPTIMIZE
 * and PYTHONWARNINGS (not with -E or -I). */
void options_read_environment(Options *o, SysFlags *fl);
void options_free(Options *o);

#endif
