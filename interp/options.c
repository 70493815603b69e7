/* options.c: gilpy's command line, parsed as CPython parses its own (see
 * options.h): messages and exit statuses of usage errors are CPython's
 * (status 2, "Try `python -h'..." as CPython words it), -V prints
 * "gilpy X.Y.Z (Python 3.11 compatible)". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "options.h"
#include "api.h"
#include "io.h"

static void usage_line(FILE *f, const char *progname) {
    fprintf(f, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progname);
}

/* A usage error: CPython's message, the usage line, exit status 2. */
static int usage_error(const Options *o, const char *fmt, const char *what) {
    fprintf(stderr, fmt, what);
    usage_line(stderr, o->progname);
    fputs("Try `python -h' for more information.\n", stderr);
    return 2;
}

static void print_help(const char *progname) {
    usage_line(stdout, progname);
    fputs("Options:\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-m mod : run library module as a script (terminates option list)\n"
          "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
          "-h     : print this help message and exit (also -? or --help)\n"
          "-i     : inspect interactively after running script; forces a prompt even\n"
          "         if stdin does not appear to be a terminal\n"
          "-I     : isolate gilpy from the user's environment (implies -E, -s and -P)\n"
          "-P     : don't prepend a potentially unsafe path to sys.path\n"
          "-q     : don't print version and copyright messages on interactive startup\n"
          "-u     : force the stdout and stderr streams to be unbuffered\n"
          "-V     : print the gilpy version number and exit (also --version)\n"
          "         when given twice, print more information about the build\n"
          "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
          "-X opt : set implementation-specific option (stored in sys._xoptions)\n"
          "-b -B -d -O -OO -R -s -S -v -W arg : accepted; their only effect is on sys.flags\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n", stdout);
}

static void print_version(int level) {
    if (level > 1)
        printf("gilpy %s (Python %d.%d compatible) [%s]\n", GILPY_VERSION, GILPY_PY_MAJOR,
               GILPY_PY_MINOR, GILPY_COMPILER);
    else
        printf("gilpy %s (Python %d.%d compatible)\n", GILPY_VERSION, GILPY_PY_MAJOR,
               GILPY_PY_MINOR);
}

/* One single-letter option without an argument; false if unknown. */
static bool short_flag(char c, Options *o, SysFlags *fl) {
    switch (c) {
    case 'b': fl->bytes_warning++; break;
    case 'B': fl->dont_write_bytecode = 1; break;
    case 'd': fl->debug++; break;
    case 'E': fl->ignore_environment = 1; break;
    case 'i': fl->inspect = fl->interactive = 1; break;
    case 'I': fl->isolated = fl->ignore_environment = fl->no_user_site = 1; fl->safe_path = true; break;
    case 'O': fl->optimize++; break;
    case 'P': fl->safe_path = true; break;
    case 'q': fl->quiet = 1; break;
    case 'R': break;
    case 's': fl->no_user_site = 1; break;
    case 'S': fl->no_site = 1; break;
    case 'u': io_set_unbuffered(true); break;
    case 'v': fl->verbose++; break;
    case 'V': o->version++; break;
    case 'x': o->skip_first_line = true; break;
    default: return false;
    }
    return true;
}

/* Parses argv; returns -1 to go on, or an exit status. */
int options_parse(int argc, char **argv, Options *o, SysFlags *fl) {
    o->progname = argv[0];
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0') break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (a[1] == '-') {
            if (strcmp(a, "--version") == 0) o->version++;
            else if (strcmp(a, "--help") == 0) { print_help(o->progname); return 0; }
            else if (strcmp(a, "--check-hash-based-pycs") == 0) {
                /* accepted for CPython's sake: gilpy has no .pyc files */
                const char *v = i + 1 < argc ? argv[++i] : NULL;
                if (v == NULL) return usage_error(o, "Argument expected for the %s options\n", a);
                if (strcmp(v, "default") != 0 && strcmp(v, "always") != 0 && strcmp(v, "never") != 0)
                    return usage_error(o, "%s must be one of 'default', 'always', or 'never'\n", a);
            }
            else return usage_error(o, "unknown option %s\n", a);
            continue;
        }
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                const char *val = p[1] ? p + 1 : i + 1 < argc ? argv[++i] : NULL;
                char opt[3] = {'-', c, '\0'};
                if (val == NULL) return usage_error(o, "Argument expected for the %s option\n", opt);
                if (c == 'c' || c == 'm') {
                    *(c == 'c' ? &o->command : &o->module) = val;
                    o->argi = i + 1;
                    return o->version ? (print_version(o->version), 0) : -1;
                }
                if (c == 'X' && o->nxoptions < MAX_XOPTIONS) o->xoptions[o->nxoptions++] = val;
                if (c == 'W' && o->nwarnoptions < MAX_XOPTIONS) o->warnoptions[o->nwarnoptions++] = val;
                break;
            }
            if (c == 'h' || c == '?') { print_help(o->progname); return 0; }
            if (!short_flag(c, o, fl)) {
                char opt[3] = {'-', c, '\0'};
                return usage_error(o, "Unknown option: %s\n", opt);
            }
        }
    }
    if (o->version) { print_version(o->version); return 0; }
    if (i < argc) o->script = argv[i++];
    o->argi = i;
    return -1;
}

/* The PYTHON* variables CPython honours that gilpy has a use for (not with
 * -E or -I): PYTHONUNBUFFERED, PYTHONINSPECT, PYTHONSAFEPATH, PYTHONOPTIMIZE. */
static void read_variables(Options *o, SysFlags *fl) {
    if (fl->ignore_environment) return;
    const char *v;
    if ((v = getenv("PYTHONWARNINGS")) && *v && (o->warn_env = strdup(v)) != NULL) {
        /* its comma-separated filters come before the -W ones */
        const char *env_opts[MAX_XOPTIONS];
        int n = 0;
        for (char *save, *p = strtok_r(o->warn_env, ",", &save); p && n < MAX_XOPTIONS;
             p = strtok_r(NULL, ",", &save))
            env_opts[n++] = p;
        if (n + o->nwarnoptions > MAX_XOPTIONS) n = MAX_XOPTIONS - o->nwarnoptions;
        memmove(o->warnoptions + n, o->warnoptions, sizeof *o->warnoptions * (size_t)o->nwarnoptions);
        memcpy(o->warnoptions, env_opts, sizeof *env_opts * (size_t)n);
        o->nwarnoptions += n;
    }
    if ((v = getenv("PYTHONUNBUFFERED")) && *v) io_set_unbuffered(true);
    if ((v = getenv("PYTHONINSPECT")) && *v) fl->inspect = 1;
    if ((v = getenv("PYTHONSAFEPATH")) && *v) fl->safe_path = true;
    if ((v = getenv("PYTHONOPTIMIZE")) && *v) {
        int level = atoi(v);
        level = level > 0 ? level : 1;
        if (level > fl->optimize) fl->optimize = level;
    }
}

void options_read_environment(Options *o, SysFlags *fl) {
    read_variables(o, fl);
    /* as CPython, an option already in sys.warnoptions is not added again */
    int nwarn = 0;
    for (int i = 0; i < o->nwarnoptions; i++) {
        int j = 0;
        while (j < nwarn && strcmp(o->warnoptions[j], o->warnoptions[i]) != 0) j++;
        if (j == nwarn) o->warnoptions[nwarn++] = o->warnoptions[i];
    }
    o->nwarnoptions = nwarn;
}

void options_free(Options *o) {
    free(o->warn_env);
    o->warn_env = NULL;
}
