/* main.c: the gilpy command: parses CPython's command-line options and runs
 * a script, a -c command, standard input, or the interactive prompt.
 *
 *   gilpy [option] ... [-c cmd | file | -] [arg] ...
 *
 * Messages and exit statuses follow CPython's: 2 for a usage error or a
 * script that cannot be opened, 1 for an uncaught exception, the code of
 * SystemExit otherwise.  `gilpy -V` prints "gilpy X.Y.Z (Python 3.11
 * compatible)".
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
#include "dict.h"
#include "err.h"
#include "io.h"
#include "module.h"
#include "modules.h"
#include "repl.h"
#include "str.h"

/* What the command line asks for. */
typedef struct Options {
    const char *command;        /* -c */
    const char *script;         /* a file, "-" for stdin, NULL for none */
    int argi;                   /* argv index of the first argument for sys.argv */
    bool inspect;               /* -i: the prompt after the program */
    bool unbuffered;            /* -u */
    const char *xoptions[64];   /* -X values */
    int nxoptions;
} Options;

static const char *progname;

static void usage_line(FILE *f) {
    fprintf(f, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progname);
}

static int usage_error(const char *fmt, char opt) {
    fprintf(stderr, fmt, opt);
    usage_line(stderr);
    fprintf(stderr, "Try `gilpy -h' for more information.\n");
    return 2;
}

static void print_help(void) {
    usage_line(stdout);
    fputs("Options:\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-h     : print this help message and exit (also -? or --help)\n"
          "-i     : inspect interactively after running script\n"
          "-u     : force the stdout and stderr streams to be unbuffered\n"
          "-V     : print the gilpy version number and exit (also --version)\n"
          "-X opt : set implementation-specific option (stored in sys._xoptions)\n"
          "-B -E -I -O -q -s -S -b -d -v -R, -W arg : accepted and ignored\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n", stdout);
}

/* Parses argv; returns -1 to go on, or an exit status. */
static int parse_options(int argc, char **argv, Options *o) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0) { printf("gilpy %s (Python 3.11 compatible)\n", GILPY_VERSION); return 0; }
        if (strcmp(a, "--help") == 0) { print_help(); return 0; }
        if (strcmp(a, "--") == 0) { i++; break; }
        if (a[0] != '-' || a[1] == '\0') break;
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            if (c == 'c' || c == 'X' || c == 'W') {
                const char *val = p[1] ? p + 1 : i + 1 < argc ? argv[++i] : NULL;
                if (val == NULL) return usage_error("Argument expected for the -%c option\n", c);
                if (c == 'c') { o->command = val; o->argi = i + 1; return -1; }
                if (c == 'X' && o->nxoptions < 64) o->xoptions[o->nxoptions++] = val;
                break;
            }
            switch (c) {
            case 'V': printf("gilpy %s (Python 3.11 compatible)\n", GILPY_VERSION); return 0;
            case 'h': case '?': print_help(); return 0;
            case 'i': o->inspect = true; break;
            case 'u': o->unbuffered = true; break;
            case 'B': case 'E': case 'I': case 'O': case 'q': case 's': case 'S':
            case 'b': case 'd': case 'v': case 'R': break;
            default: return usage_error("Unknown option: -%c\n", c);
            }
        }
    }
    if (i < argc) o->script = argv[i];
    o->argi = i;
    return -1;
}

/* ---- reading the program ----------------------------------------------- */

/* An absolute, normalised path (no ".", "..", or repeated slashes). */
static char *absolute_path(const char *path) {
    char cwd[PATH_MAX] = "";
    if (path[0] != '/' && getcwd(cwd, sizeof cwd) == NULL) cwd[0] = '\0';
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *joined = malloc(n), *out = malloc(n);
    if (joined == NULL || out == NULL) { free(joined); free(out); return NULL; }
    snprintf(joined, n, "%s/%s", cwd, path);
    size_t len = 0;
    for (char *seg = strtok(joined, "/"); seg; seg = strtok(NULL, "/")) {
        if (strcmp(seg, ".") == 0) continue;
        if (strcmp(seg, "..") == 0) {
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--;
            continue;
        }
        out[len++] = '/';
        size_t sl = strlen(seg);
        memcpy(out + len, seg, sl);
        len += sl;
    }
    if (len == 0) out[len++] = '/';
    out[len] = '\0';
    free(joined);
    return out;
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

/* ---- running ----------------------------------------------------------- */

static Obj *make_main_module(const char *file) {
    Obj *m = module_new("__main__");
    if (m == NULL) return NULL;
    Obj *d = module_dict(m);
    Obj *f = file ? str_from_cstr(file) : NULL;
    if ((file && (f == NULL || dict_set_cstr(d, "__file__", f) < 0)) ||
        dict_set_cstr(d, "__builtins__", dict_get_cstr(sys_modules(), "builtins")) < 0 ||
        dict_set_cstr(sys_modules(), "__main__", m) < 0) {
        XDECREF(f);
        DECREF(m);
        return NULL;
    }
    XDECREF(f);
    return m;
}

static int run_program(const char *src, size_t len, const char *filename, Obj *main_module) {
    Obj *res = run_source(src, len, filename, module_dict(main_module));
    if (res == NULL) return handle_uncaught();
    DECREF(res);
    return 0;
}

/* Runs what the options name; returns the exit status. */
static int run(const Options *o, Obj **main_module) {
    const char *s = o->script;
    bool from_stdin = o->command == NULL && (s == NULL ? !isatty(0) : strcmp(s, "-") == 0);
    char *abspath = s && !from_stdin ? absolute_path(s) : NULL;
    if (s && !from_stdin && abspath == NULL) return 1;
    int status = 0;
    size_t len = 0;
    char *src = NULL;
    if (abspath) {
        src = read_script(abspath, &len, &status);
        if (src == NULL) { free(abspath); return status; }
    } else if (from_stdin && (src = read_all(0, &len)) == NULL) {
        perror(progname);
        return 1;
    }
    char *dir = abspath ? strdup(abspath) : NULL;
    if (dir) *strrchr(dir, '/') = dir == strrchr(dir, '/') ? dir[1] = '\0', '/' : '\0';
    *main_module = make_main_module(abspath);
    if (*main_module == NULL || sys_path_insert0(dir ? dir : "") < 0) status = handle_uncaught();
    else if (o->command) status = run_program(o->command, strlen(o->command), "<string>", *main_module);
    else if (src) status = run_program(src, len, abspath ? abspath : "<stdin>", *main_module);
    else status = repl_run(*main_module);
    free(dir);
    free(abspath);
    free(src);
    return status;
}

int main(int argc, char **argv) {
    progname = argv[0];
    Options o = {0};
    int status = parse_options(argc, argv, &o);
    if (status >= 0) return status;
    signal(SIGPIPE, SIG_IGN);   /* a closed pipe is a BrokenPipeError, as in CPython */
    io_set_unbuffered(o.unbuffered);
    /* sys.argv: "-c" or the script name, then the program's arguments */
    char **sys_argv = argv + o.argi - 1;
    int sys_argc = argc - o.argi + 1;
    char *first = o.command ? "-c" : o.script ? (char *)o.script : "";
    char *saved = sys_argv[0];
    sys_argv[0] = first;
    if (o.script && !o.command) { sys_argv++; sys_argc--; sys_argv[0] = first; }
    if (gilpy_init(sys_argc, sys_argv) < 0) return 1;
    sys_argv[0] = saved;
    for (int i = 0; i < o.nxoptions; i++)
        if (sys_add_xoption(o.xoptions[i]) < 0) return gilpy_finalize(handle_uncaught());
    Obj *main_module = NULL;
    status = run(&o, &main_module);
    if (o.inspect && main_module && isatty(0)) status = repl_run(main_module);
    XDECREF(main_module);
    return gilpy_finalize(status);
}
