/* main.c: the gilpy command: runs a script, a -c command, a -m module,
 * standard input, or the interactive prompt, as its options (options.c)
 * ask.
 *
 *   gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
 *
 * Messages and exit statuses follow CPython's: 2 for a usage error or a
 * script that cannot be opened, 1 for an uncaught exception, the code of
 * SystemExit otherwise, death by SIGINT after an uncaught Ctrl-C.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "api.h"
#include "gil.h"
#include "dict.h"
#include "err.h"
#include "exceptions.h"
#include "import.h"
#include "io.h"
#include "list.h"
#include "module.h"
#include "modules.h"
#include "options.h"
#include "repl.h"
#include "source.h"
#include "str.h"

static const char *progname;

/* ---- reading the program ----------------------------------------------- */

/* The path CPython reports: the working directory joined to a relative path
 * as it was given (not normalised). */
static char *absolute_path(const char *path) {
    if (path[0] == '/') return strdup(path);
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) == NULL) return strdup(path);
    char *out = NULL;
    return asprintf(&out, "%s/%s", cwd, path) < 0 ? NULL : out;
}

/* The folder sys.path[0] names for a script: its real directory. */
static char *script_dir(const char *abspath) {
    char *real = realpath(abspath, NULL);
    char *dir = real ? real : strdup(abspath);
    if (dir == NULL) return NULL;
    char *slash = strrchr(dir, '/');
    if (slash == dir) slash[1] = '\0';
    else if (slash) *slash = '\0';
    return dir;
}

/* A folder given as the script runs its __main__.py, the folder itself first
 * on sys.path, as in CPython: replaces *abspath by the file's path and
 * returns the folder (malloc'd).  NULL when *abspath is not a folder, or
 * with *abspath freed and NULL after a malloc failure. */
static char *directory_main(char **abspath) {
    struct stat st;
    if (stat(*abspath, &st) != 0 || !S_ISDIR(st.st_mode)) return NULL;
    size_t n = strlen(*abspath);
    char *main_py = NULL;
    if (asprintf(&main_py, "%s%s__main__.py", *abspath, n && (*abspath)[n - 1] == '/' ? "" : "/") < 0 ||
        stat(main_py, &st) != 0) {
        free(main_py);
        return NULL;   /* read_script reports the folder without __main__ */
    }
    char *dir = *abspath;
    *abspath = main_py;
    return dir;
}

/* Reads all of fd; NULL with errno set on failure. */
static char *read_all(int fd, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (buf == NULL) return NULL;
        if (n + 1 >= cap) {
            char *p = realloc(buf, cap *= 2);
            if (p == NULL) { free(buf); return NULL; }
            buf = p;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) { int e = errno; free(buf); errno = e; return NULL; }
        if (r == 0) break;
        n += (size_t)r;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Opens and reads the script, printing CPython's message when it cannot. */
static char *read_script(const char *abspath, size_t *len, int *status) {
    int fd = open(abspath, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", progname, abspath);
        *status = 1;
        return NULL;
    }
    char *src = fd >= 0 ? read_all(fd, len) : NULL;
    if (src == NULL) {
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progname, abspath, errno,
                strerror(errno));
        *status = 2;
    }
    if (fd >= 0) close(fd);
    return src;
}

/* -x: the first line is dropped but its newline kept, so line numbers hold. */
static size_t first_line_skipped(const char *src, size_t len) {
    const char *nl = memchr(src, '\n', len);
    return nl ? (size_t)(nl - src) : len;
}

/* ---- running ----------------------------------------------------------- */

/* __main__ as CPython makes it: __annotations__ always; __file__ (and
 * __cached__ = None) when the program comes from a file or standard input. */
static Obj *make_main_module(const char *file) {
    Obj *m = module_new("__main__");
    if (m == NULL) return NULL;
    Obj *d = module_dict(m);
    Obj *f = file ? str_from_cstr(file) : NULL;
    Obj *ann = dict_new();
    if (ann == NULL || (file && (f == NULL || dict_set_cstr(d, "__file__", f) < 0 ||
                                 dict_set_cstr(d, "__cached__", NONE) < 0)) ||
        dict_set_cstr(d, "__annotations__", ann) < 0 ||
        dict_set_cstr(d, "__builtins__", dict_get_cstr(sys_modules(), "builtins")) < 0 ||
        dict_set_cstr(sys_modules(), "__main__", m) < 0) {
        XDECREF(f);
        XDECREF(ann);
        DECREF(m);
        return NULL;
    }
    XDECREF(f);
    DECREF(ann);
    return m;
}

/* The status of an uncaught exception.  With -i the prompt follows
 * whatever happened, even SystemExit, which is then printed as a traceback. */
static bool died_of_interrupt;   /* an uncaught KeyboardInterrupt ended the program */

static int program_failed(bool inspect) {
    if (!inspect && err_matches(&Exc_KeyboardInterrupt)) died_of_interrupt = true;
    if (inspect && err_matches(&Exc_SystemExit)) {
        Obj *exc = err_fetch();
        print_exception(exc);
        DECREF(exc);
        return 1;
    }
    return handle_uncaught();
}

static int run_program(const char *src, size_t len, const char *filename, Obj *main_module,
                       bool inspect) {
    Obj *res = run_source(src, len, filename, module_dict(main_module));
    if (res == NULL) return program_failed(inspect);
    DECREF(res);
    return 0;
}

/* A file's (or stdin's) bytes: decoded as PEP 263 says, then run. */
static int run_file_source(const char *src, size_t len, const char *filename, Obj *main_module,
                           bool inspect) {
    char *decoded;
    size_t n;
    const char *text = source_to_utf8(src, len, filename, &n, &decoded);
    if (text == NULL) return program_failed(inspect);
    int status = run_program(text, n, filename, main_module, inspect);
    free(decoded);
    return status;
}

/* PYTHONSTARTUP: a file run in __main__ before the first prompt of an
 * interactive session, its __file__ set only meanwhile.  Returns -1 to go
 * on to the prompt, or the exit status of a SystemExit it raised. */
static int run_startup_file(const SysFlags *fl, Obj *main_module) {
    const char *path = fl->ignore_environment ? NULL : getenv("PYTHONSTARTUP");
    if (path == NULL || *path == '\0') return -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    size_t len = 0;
    char *src = fd >= 0 ? read_all(fd, &len) : NULL;
    if (fd >= 0) close(fd);
    if (src == NULL) {
        Obj *name = str_from_cstr(path);
        err_set_from_errno(name);
        XDECREF(name);
        fputs("Could not open PYTHONSTARTUP\n", stderr);
        Obj *exc = err_fetch();
        if (exc) print_exception(exc);
        XDECREF(exc);
        return -1;
    }
    Obj *d = module_dict(main_module), *file = str_from_cstr(path);
    int status = -1;
    if (file == NULL || dict_set_cstr(d, "__file__", file) < 0) {
        status = handle_uncaught();
    } else {
        char *decoded;
        size_t n;
        const char *text = source_to_utf8(src, len, path, &n, &decoded);
        Obj *res = text ? run_source(text, n, path, d) : NULL;
        free(decoded);
        if (res == NULL && err_matches(&Exc_SystemExit)) status = handle_uncaught();
        else if (res == NULL) { Obj *exc = err_fetch(); print_exception(exc); DECREF(exc); }
        XDECREF(res);
        Obj *key = str_intern_cstr("__file__");
        if (dict_contains(d, key) == 1 && dict_del(d, key) < 0) err_clear();
    }
    XDECREF(file);
    free(src);
    return status;
}

/* -m NAME: runs the module's source as __main__, as CPython's runpy does:
 * sys.path[0] is the working folder, sys.argv[0] the module's file. */
static int run_module(const char *name, const SysFlags *fl, Obj *main_module) {
    char cwd[PATH_MAX];
    if (!fl->safe_path && sys_path_insert0(getcwd(cwd, sizeof cwd) ? cwd : "") < 0)
        return handle_uncaught();
    MainSource ms;
    if (import_find_main(name, &ms) < 0) {
        if (!err_matches(&Exc_ImportError)) return program_failed(fl->inspect);
        /* runpy's errors are one line: "<executable>: message", status 1 */
        Obj *exc = err_fetch(), *msg = obj_str(exc), *exe = sys_get_object("executable");
        fprintf(stderr, "%s: %s\n", exe && is_str(exe) ? str_data(exe) : progname,
                msg ? str_data(msg) : "");
        XDECREF(msg);
        DECREF(exc);
        return 1;
    }
    Obj *d = module_dict(main_module);
    Obj *argv = sys_get_object("argv");
    Obj *filename = str_from_cstr(ms.filename), *pkg = str_from_cstr(ms.package);
    Obj *file = ms.file ? str_from_cstr(ms.file) : NULL;
    int status;
    if (filename == NULL || pkg == NULL || (ms.file && file == NULL) ||
        (argv && is_list(argv) && list_size(argv) > 0 && obj_setitem(argv, small_new(0), filename) < 0) ||
        dict_set_cstr(d, "__package__", pkg) < 0 ||
        (file && (dict_set_cstr(d, "__file__", file) < 0 || dict_set_cstr(d, "__cached__", NONE) < 0)))
        status = handle_uncaught();
    else
        status = run_program(ms.text, ms.len, ms.filename, main_module, fl->inspect);
    XDECREF(filename);
    XDECREF(pkg);
    XDECREF(file);
    main_source_clear(&ms);
    return status;
}

/* Runs what the options name; returns the exit status.  Standard input is
 * the program only when it is not a terminal and -i is not given; otherwise
 * the prompt reads it. */
static int run(const Options *o, const SysFlags *fl, Obj **main_module) {
    if (o->module) {
        int status = (*main_module = make_main_module(NULL)) == NULL
                     ? handle_uncaught() : run_module(o->module, fl, *main_module);
        if (fl->inspect && *main_module) status = repl_run(*main_module, false);
        return status;
    }
    const char *s = o->script;
    bool use_stdin = o->command == NULL && (s == NULL || strcmp(s, "-") == 0);
    bool stdin_program = use_stdin && !fl->inspect && !isatty(0);
    char *abspath = s && !use_stdin ? absolute_path(s) : NULL;
    if (s && !use_stdin && abspath == NULL) return 1;
    char *dir = NULL;
    if (abspath && (dir = directory_main(&abspath)) == NULL && abspath == NULL) return 1;
    int status = 0;
    size_t len = 0;
    char *src = NULL;
    if (abspath) {
        src = read_script(abspath, &len, &status);
        if (src == NULL) { free(abspath); free(dir); return status; }
    } else if (stdin_program && (src = read_all(0, &len)) == NULL) {
        if (errno != EBADF) {
            perror(progname);
            return 1;
        }
        src = strdup("");   /* standard input closed: an empty program, as in CPython */
        if (src == NULL) return 1;
    }
    size_t skip = src && o->skip_first_line ? first_line_skipped(src, len) : 0;
    if (dir == NULL && abspath) dir = script_dir(abspath);
    *main_module = make_main_module(abspath ? abspath : src ? "<stdin>" : NULL);
    if (*main_module == NULL || (!fl->safe_path && sys_path_insert0(dir ? dir : "") < 0))
        status = handle_uncaught();
    else if (o->command)
        status = run_program(o->command, strlen(o->command), "<string>", *main_module, fl->inspect);
    else if (src)
        status = run_file_source(src + skip, len - skip, abspath ? abspath : "<stdin>",
                                 *main_module, fl->inspect);
    else if ((status = run_startup_file(fl, *main_module)) < 0)
        status = repl_run(*main_module, !fl->quiet);
    if (fl->inspect && *main_module && (o->command || src))
        status = repl_run(*main_module, false);
    free(dir);
    free(abspath);
    free(src);
    return status;
}

/* sys.argv: "-c", "-", "" or the script as given, then the program's
 * arguments.  Returns a malloc'd array of *n pointers into argv. */
static char **program_argv(int argc, char **argv, const Options *o, int *n) {
    char **av = malloc(sizeof *av * (size_t)(argc - o->argi + 2));
    if (av == NULL) return NULL;
    av[0] = o->command ? "-c" : o->module ? "-m" : o->script ? (char *)o->script : "";
    int k = 1;
    for (int i = o->argi; i < argc; i++) av[k++] = argv[i];
    av[k] = NULL;
    *n = k;
    return av;
}

int main(int argc, char **argv) {
    progname = argv[0];
    Options o = {0};
    SysFlags flags = {0};
    int status = options_parse(argc, argv, &o, &flags);
    if (status >= 0) return status;
    options_read_environment(&o, &flags);
    sys_set_flags(&flags);
    sys_set_command_line(argc, argv, o.warnoptions, o.nwarnoptions);
    signal(SIGPIPE, SIG_IGN);   /* a closed pipe is a BrokenPipeError, as in CPython */
    signals_install();          /* Ctrl-C is a KeyboardInterrupt */
    int sys_argc;
    char **sys_argv = program_argv(argc, argv, &o, &sys_argc);
    if (sys_argv == NULL || gilpy_init(sys_argc, sys_argv) < 0) return 1;
    free(sys_argv);
    for (int i = 0; i < o.nxoptions; i++) {
        if (sys_add_xoption(o.xoptions[i]) < 0) return gilpy_finalize(handle_uncaught());
        gil_xoption(o.xoptions[i]);
    }
    Obj *main_module = NULL;
    status = run(&o, &flags, &main_module);
    XDECREF(main_module);
    status = gilpy_finalize(status);
    options_free(&o);
    if (died_of_interrupt) {
        /* as CPython: after the traceback, die of the SIGINT itself so the
         * parent (a shell running a loop) sees the interrupt */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return status;
}
