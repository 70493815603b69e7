/* faulthandler.c: the faulthandler module: dump_traceback() writes the
 * Python stack of the running threads straight to a file descriptor, and
 * enable() installs handlers for the fatal signals (SIGSEGV, SIGFPE,
 * SIGABRT, SIGBUS, SIGILL) that write "Fatal Python error: ..." and the
 * current thread's stack before letting the signal kill the process, in
 * CPython 3.11's format.  Writing uses write(2) and hand-made number
 * formatting only, so it works inside a signal handler.  Not here:
 * dump_traceback_later, register/unregister (user signals). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "modules.h"
#include "api.h"
#include "args.h"
#include "code.h"
#include "err.h"
#include "frame.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

enum { MAX_FRAMES = 100 };

static void put(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void puts_fd(int fd, const char *s) { put(fd, s, strlen(s)); }

static void put_decimal(int fd, long v) {
    char buf[24];
    size_t i = sizeof buf;
    bool neg = v < 0;
    unsigned long u = neg ? 0UL - (unsigned long)v : (unsigned long)v;
    do { buf[--i] = (char)('0' + u % 10); u /= 10; } while (u > 0);
    if (neg) buf[--i] = '-';
    put(fd, buf + i, sizeof buf - i);
}

static void put_hex16(int fd, unsigned long v) {
    char buf[18] = "0x";
    for (int i = 0; i < 16; i++) buf[17 - i] = "0123456789abcdef"[(v >> (4 * i)) & 0xf];
    put(fd, buf, sizeof buf);
}

/* A str as CPython writes it: ASCII kept, other characters escaped. */
static void put_str(int fd, Obj *s) {
    if (s == NULL || !is_str(s)) { puts_fd(fd, "???"); return; }
    const unsigned char *p = (const unsigned char *)str_data(s), *end = p + str_size(s);
    while (p < end) {
        if (*p < 0x80) { put(fd, (const char *)p, 1); p++; continue; }
        uint32_t cp;
        if (*p < 0xe0) { cp = ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f); p += 2; }
        else if (*p < 0xf0) { cp = ((uint32_t)(p[0] & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f); p += 3; }
        else { cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3f) << 12) | ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f); p += 4; }
        char buf[11];
        int digits = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
        buf[0] = '\\';
        buf[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (int i = 0; i < digits; i++) buf[2 + i] = "0123456789abcdef"[(cp >> (4 * (digits - 1 - i))) & 0xf];
        put(fd, buf, (size_t)(2 + digits));
    }
}

static void dump_frames(int fd, ThreadState *ts) {
    VMThread *vt = ts ? ts->interp : NULL;
    Frame *f = vt ? vt->current : NULL;
    if (f == NULL) { puts_fd(fd, "  <no Python frame>\n"); return; }
    for (int depth = 0; f != NULL; f = f->back, depth++) {
        if (depth >= MAX_FRAMES) { puts_fd(fd, "  ...\n"); break; }
        puts_fd(fd, "  File \"");
        put_str(fd, f->code->filename);
        puts_fd(fd, "\", line ");
        size_t at = (size_t)(f->ip - f->code->code);   /* ip is past the running instruction */
        put_decimal(fd, code_line_at(f->code, at ? at - 1 : 0));
        puts_fd(fd, " in ");
        put_str(fd, f->code->name);
        puts_fd(fd, "\n");
    }
}

static unsigned long thread_ident(ThreadState *ts) {
    return ts->ident ? ts->ident : (unsigned long)pthread_self();
}

/* The stacks in CPython's layout: one thread, or every live one. */
static void dump_traceback(int fd, bool all_threads, ThreadState *current) {
    if (!all_threads) {
        puts_fd(fd, "Stack (most recent call first):\n");
        dump_frames(fd, current);
        return;
    }
    bool first = true, seen_current = false;
    for (ThreadState *ts = tstate_first_live(); ts != NULL; ts = ts->next_live) {
        if (!first) puts_fd(fd, "\n");
        first = false;
        seen_current |= ts == current;
        puts_fd(fd, ts == current ? "Current thread " : "Thread ");
        put_hex16(fd, thread_ident(ts));
        puts_fd(fd, " (most recent call first):\n");
        dump_frames(fd, ts);
    }
    if (!seen_current && current != NULL) {
        if (!first) puts_fd(fd, "\n");
        puts_fd(fd, "Current thread ");
        put_hex16(fd, thread_ident(current));
        puts_fd(fd, " (most recent call first):\n");
        dump_frames(fd, current);
    }
}

/* The file descriptor of a file argument (an int, or an object with
 * fileno(), flushed first); sys.stderr when NULL or None. */
static int file_fd(Obj *file) {
    if (file == NULL || file == NONE) {
        file = sys_get_object("stderr");
        if (file == NULL || file == NONE) {
            err_set_str(&Exc_RuntimeError, "sys.stderr is None");
            return -1;
        }
    }
    if (is_small(file)) {
        long fd = small_value(file);
        if (fd < 0) {
            err_set_str(&Exc_ValueError, "file is not a valid file descripter");
            return -1;
        }
        return (int)fd;
    }
    Obj *res = obj_call_method(file, str_intern_cstr("fileno"), NULL, 0);
    if (res == NULL) return -1;
    if (!is_small(res) || small_value(res) < 0) {
        DECREF(res);
        err_set_str(&Exc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    int fd = (int)small_value(res);
    DECREF(res);
    Obj *r = obj_call_method(file, str_intern_cstr("flush"), NULL, 0);
    if (r == NULL) err_clear();
    XDECREF(r);
    return fd;
}

static Obj *fh_dump_traceback(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"file", "all_threads", NULL};
    Obj *a[2];
    if (args_bind("dump_traceback", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    int all = a[1] ? obj_is_true(a[1]) : 1;
    if (all < 0) return NULL;
    int fd = file_fd(a[0]);
    if (fd < 0) return NULL;
    dump_traceback(fd, all != 0, tstate_get());
    return NEWREF(NONE);
}

/* ---- fatal signals ---------------------------------------------------------- */

static const struct { int sig; const char *name; } fatal_signals[] = {
    {SIGBUS, "Bus error"}, {SIGILL, "Illegal instruction"}, {SIGFPE, "Floating point exception"},
    {SIGABRT, "Aborted"}, {SIGSEGV, "Segmentation fault"},
};
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])

static struct sigaction previous[NFATAL];
static bool enabled, enabled_all_threads;
static int enabled_fd = -1;
static Obj *enabled_file;
static char alt_stack[1 << 16];

static void fatal_handler(int sig) {
    size_t i = 0;
    while (i < NFATAL && fatal_signals[i].sig != sig) i++;
    int saved = errno;
    if (i < NFATAL) {
        sigaction(sig, &previous[i], NULL);   /* the next one is the real death */
        puts_fd(enabled_fd, "Fatal Python error: ");
        puts_fd(enabled_fd, fatal_signals[i].name);
        puts_fd(enabled_fd, "\n\n");
        dump_traceback(enabled_fd, enabled_all_threads, tstate_get());
    }
    errno = saved;
    raise(sig);
}

static void disable_handlers(void) {
    if (!enabled) return;
    for (size_t i = 0; i < NFATAL; i++) sigaction(fatal_signals[i].sig, &previous[i], NULL);
    enabled = false;
    CLEAR(enabled_file);
}

static Obj *fh_enable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"file", "all_threads", NULL};
    Obj *a[2];
    if (args_bind("enable", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    int all = a[1] ? obj_is_true(a[1]) : 1;
    if (all < 0) return NULL;
    int fd = file_fd(a[0]);
    if (fd < 0) return NULL;
    Obj *file = a[0] && a[0] != NONE ? a[0] : sys_get_object("stderr");
    disable_handlers();
    stack_t ss = { .ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    for (size_t i = 0; i < NFATAL; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = fatal_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER | SA_ONSTACK;
        sigaction(fatal_signals[i].sig, &sa, &previous[i]);
    }
    enabled = true;
    enabled_all_threads = all != 0;
    enabled_fd = fd;
    enabled_file = file ? NEWREF(file) : NULL;   /* keeps the file (and its fd) open */
    return NEWREF(NONE);
}

static Obj *fh_disable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("disable", kwnames) < 0 || args_count("disable", nargs, 0, 0) < 0) return NULL;
    bool was = enabled;
    disable_handlers();
    return NEWREF(bool_from(was));
}

static Obj *fh_is_enabled(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("is_enabled", kwnames) < 0 || args_count("is_enabled", nargs, 0, 0) < 0)
        return NULL;
    return NEWREF(bool_from(enabled));
}

static const MethodDef functions[] = {
    {"dump_traceback", fh_dump_traceback}, {"enable", fh_enable}, {"disable", fh_disable},
    {"is_enabled", fh_is_enabled},
    {NULL},
};

Obj *faulthandler_module_init(void) {
    Obj *m = module_new("faulthandler");
    if (m == NULL || module_add_functions(m, functions) < 0) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
