/* posix_proc.c: processes for the posix module: fork with the
 * register_at_fork hooks, waitpid/wait (without the GIL) and the W*
 * status helpers, exec, _exit, system, kill.  (User and group ids, sessions
 * and scheduling are in posix_ids.c.) */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include "posix_internal.h"
#include "gil.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* ---- fork and its hooks ------------------------------------------------ */

/* The callables given to register_at_fork, in registration order. */
static Obj *before_hooks, *child_hooks, *parent_hooks;

/* Calls each hook (last registered first when `reverse`); a hook that
 * raises is reported as unraisable, as CPython does, and the rest run. */
static void run_hooks(Obj *hooks, bool reverse) {
    if (hooks == NULL) return;
    /* a snapshot: a hook may register more hooks */
    Obj *snap = list_as_tuple(hooks);
    if (snap == NULL) {
        err_write_unraisable(NONE);
        return;
    }
    size_t n = tuple_size(snap);
    for (size_t k = 0; k < n; k++) {
        Obj *f = tuple_get(snap, reverse ? n - 1 - k : k);
        Obj *r = obj_call0(f);
        if (r == NULL)
            err_write_unraisable(f);
        else
            DECREF(r);
    }
    DECREF(snap);
}

static Obj *p_fork(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("fork", kwnames) < 0 || args_count("fork", nargs, 0, 0) < 0) return NULL;
    run_hooks(before_hooks, true);
    pid_t pid = fork();
    int saved = errno;
    if (pid == 0) {
        interp_after_fork_child();
        signals_after_fork_child();
        run_hooks(child_hooks, false);
        return small_new(0);
    }
    run_hooks(parent_hooks, false);
    if (pid < 0) {
        errno = saved;
        return posix_none_or_error(-1, NULL);
    }
    return int_from_i64(pid);
}

static int add_hook(Obj **hooks, Obj *f) {
    if (f == NULL) return 0;
    if (*hooks == NULL && (*hooks = list_new(0)) == NULL) return -1;
    return list_append(*hooks, f);
}

static Obj *p_register_at_fork(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"$before", "$after_in_child", "$after_in_parent", NULL};
    Obj *a[3];
    if (args_bind("register_at_fork", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    if (a[0] == NULL && a[1] == NULL && a[2] == NULL) {
        err_set_str(&Exc_TypeError, "At least one argument is required.");
        return NULL;
    }
    static const char *const what[] = {"before", "after_in_child", "after_in_parent"};
    for (int i = 0; i < 3; i++)
        if (a[i] != NULL && TYPE(a[i])->call == NULL) {
            err_format(&Exc_TypeError, "'%s' must be callable, not %s", what[i], type_name(a[i]));
            return NULL;
        }
    if (add_hook(&before_hooks, a[0]) < 0 || add_hook(&child_hooks, a[1]) < 0 ||
        add_hook(&parent_hooks, a[2]) < 0)
        return NULL;
    return NEWREF(NONE);
}

/* ---- waiting for children ---------------------------------------------- */

/* waitpid without the GIL, retried after signals whose handlers did not
 * raise (PEP 475); -1 with the exception set. */
static pid_t wait_child(pid_t pid, int *status, int options) {
    for (;;) {
        pid_t r;
        BLOCKING_BEGIN("waitpid");
        r = waitpid(pid, status, options);
        BLOCKING_END();
        if (r >= 0) return r;
        if (errno != EINTR) {
            err_set_from_errno(NULL);
            return -1;
        }
        if (signals_check() < 0) return -1;
    }
}

static Obj *pid_status(pid_t pid, int status) {
    Obj *p = int_from_i64(pid);
    if (p == NULL) return NULL;
    Obj *t = tuple_pack(2, p, small_new(status));
    DECREF(p);
    return t;
}

static Obj *p_waitpid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pid", "options", "/", NULL};
    Obj *a[2];
    intptr_t pid;
    int options, status = 0;
    if (args_bind("waitpid", args, nargs, kwnames, names, 2, a) < 0 || intarg_ssize(a[0], &pid) < 0 ||
        posix_int_arg(a[1], &options) < 0)
        return NULL;
    pid_t r = wait_child((pid_t)pid, &status, options);
    return r < 0 ? NULL : pid_status(r, status);
}

static Obj *p_wait(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("wait", kwnames) < 0 || args_count("wait", nargs, 0, 0) < 0) return NULL;
    int status = 0;
    pid_t r = wait_child(-1, &status, 0);
    return r < 0 ? NULL : pid_status(r, status);
}

/* The `status` argument of the W* helpers. */
static int status_arg(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, int *status) {
    static const char *const names[] = {"status", NULL};
    Obj *o;
    return args_bind(fname, args, nargs, kwnames, names, 1, &o) < 0 ? -1 : posix_int_arg(o, status);
}

#define STATUS_TEST(name, test) \
    static Obj *p_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        int status; \
        if (status_arg(#name, args, nargs, kwnames, &status) < 0) return NULL; \
        return NEWREF(bool_from(test(status))); \
    }
#define STATUS_FIELD(name, field) \
    static Obj *p_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        int status; \
        if (status_arg(#name, args, nargs, kwnames, &status) < 0) return NULL; \
        return small_new(field(status)); \
    }
STATUS_TEST(WIFEXITED, WIFEXITED)
STATUS_TEST(WIFSIGNALED, WIFSIGNALED)
STATUS_TEST(WIFSTOPPED, WIFSTOPPED)
STATUS_TEST(WIFCONTINUED, WIFCONTINUED)
STATUS_TEST(WCOREDUMP, WCOREDUMP)
STATUS_FIELD(WEXITSTATUS, WEXITSTATUS)
STATUS_FIELD(WTERMSIG, WTERMSIG)
STATUS_FIELD(WSTOPSIG, WSTOPSIG)

static Obj *p_waitstatus_to_exitcode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int status;
    if (status_arg("waitstatus_to_exitcode", args, nargs, kwnames, &status) < 0) return NULL;
    if (WIFEXITED(status)) return small_new(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return small_new(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        err_format(&Exc_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    else
        err_format(&Exc_ValueError, "invalid wait status: %d", status);
    return NULL;
}

/* ---- exec ---------------------------------------------------------------- */

/* A NULL-terminated array of C strings borrowed from the items of `seq`
 * (kept alive by `seq`); NULL with the exception set. */
static char **cstr_array(Obj *seq) {
    size_t n = is_list(seq) ? list_size(seq) : tuple_size(seq);
    char **v = calloc(n + 1, sizeof *v);
    if (v == NULL) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *item = is_list(seq) ? list_get(seq, i) : tuple_get(seq, i);
        if ((v[i] = (char *)posix_fs_cstr(item)) == NULL) {
            free(v);
            return NULL;
        }
    }
    return v;
}

/* "KEY=value" strings from a mapping's items; `keep` receives a list that
 * owns them.  NULL with the exception set. */
static char **env_array(Obj *env, Obj **keep) {
    Obj *keys = obj_call_method(env, str_intern_cstr("keys"), NULL, 0);
    Obj *list = keys ? list_from_iterable(keys) : NULL;
    XDECREF(keys);
    if (list == NULL) return NULL;
    size_t n = list_size(list);
    Obj *strs = list_new(0);
    char **v = strs ? calloc(n + 1, sizeof *v) : NULL;
    if (v == NULL) {
        if (strs) err_no_memory();
        XDECREF(strs);
        DECREF(list);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *k = list_get(list, i), *val = obj_getitem(env, k);
        const char *ks = val ? posix_fs_cstr(k) : NULL;
        const char *vs = ks ? posix_fs_cstr(val) : NULL;
        if (vs != NULL && (ks[0] == '\0' || strchr(ks + 1, '=') != NULL)) {
            err_set_str(&Exc_ValueError, "illegal environment variable name");
            vs = NULL;
        }
        Obj *kv = vs ? str_from_format("%s=%s", ks, vs) : NULL;
        XDECREF(val);
        if (kv == NULL || list_append(strs, kv) < 0) {
            XDECREF(kv);
            free(v);
            DECREF(strs);
            DECREF(list);
            return NULL;
        }
        v[i] = (char *)str_data(kv);
        DECREF(kv);
    }
    DECREF(list);
    *keep = strs;
    return v;
}

/* The argv of execv/execve, checked with CPython's messages. */
static char **argv_array(Obj *argv, const char *not_seq, const char *empty, const char *first) {
    if (!is_list(argv) && !is_tuple(argv)) {
        err_set_str(&Exc_TypeError, not_seq);
        return NULL;
    }
    char **v = cstr_array(argv);
    if (v == NULL) return NULL;
    if (v[0] == NULL || v[0][0] == '\0') {
        err_set_str(&Exc_ValueError, v[0] == NULL ? empty : first);
        free(v);
        return NULL;
    }
    return v;
}

static Obj *p_execv(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "argv", "/", NULL};
    Obj *a[2];
    if (args_bind("execv", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    const char *path = posix_path_arg("execv", "path", a[0]);
    char **argv = path ? argv_array(a[1], "execv() arg 2 must be a tuple or list",
                                    "execv() arg 2 must not be empty",
                                    "execv() arg 2 first element cannot be empty")
                       : NULL;
    if (argv == NULL) return NULL;
    execv(path, argv);
    free(argv);
    return posix_none_or_error(-1, NULL);
}

static Obj *p_execve(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"path", "argv", "env", NULL};
    Obj *a[3], *keep = NULL;
    if (args_bind("execve", args, nargs, kwnames, names, 3, a) < 0) return NULL;
    const char *path = posix_path_arg("execve", "path", a[0]);
    char **argv = path ? argv_array(a[1], "execve: argv must be a tuple or list",
                                    "execve: argv must not be empty",
                                    "execve: argv first element cannot be empty")
                       : NULL;
    if (argv == NULL) return NULL;
    if (TYPE(a[2])->mapping == NULL || TYPE(a[2])->mapping->getitem == NULL) {
        err_set_str(&Exc_TypeError, "execve: environment must be a mapping object");
        free(argv);
        return NULL;
    }
    char **envp = env_array(a[2], &keep);
    if (envp != NULL) {
        execve(path, argv, envp);
        err_set_from_errno(a[0]);
    }
    free(envp);
    free(argv);
    XDECREF(keep);
    return NULL;
}

static Obj *p_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"status", NULL};
    Obj *o;
    int status;
    if (args_bind("_exit", args, nargs, kwnames, names, 1, &o) < 0 || posix_int_arg(o, &status) < 0)
        return NULL;
    gil_at_exit();        /* -X gilstats/giltrace: a forked child's table and trace */
    _exit(status);
}

/* system(command): the shell runs it while we wait without the GIL; the
 * wait status. */
static Obj *p_system(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"command", NULL};
    Obj *o;
    if (args_bind("system", args, nargs, kwnames, names, 1, &o) < 0) return NULL;
    const char *cmd = posix_fs_cstr(o);
    if (cmd == NULL) return NULL;
    int status;
    BLOCKING_BEGIN("system");
    status = system(cmd);
    BLOCKING_END();
    if (status == -1) return posix_none_or_error(-1, NULL);
    return small_new(status);
}

/* ---- signals to processes ------------------------------------------------ */

static Obj *p_kill(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pid", "signal", "/", NULL};
    Obj *a[2];
    intptr_t pid;
    int sig;
    if (args_bind("kill", args, nargs, kwnames, names, 2, a) < 0 || intarg_ssize(a[0], &pid) < 0 ||
        posix_int_arg(a[1], &sig) < 0)
        return NULL;
    if (kill((pid_t)pid, sig) < 0) return posix_none_or_error(-1, NULL);
    /* a signal sent to this process is handled before kill() returns, as
     * CPython's eval loop does after a call */
    if (signals_check() < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *p_killpg(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pgid", "signal", "/", NULL};
    Obj *a[2];
    intptr_t pgid;
    int sig;
    if (args_bind("killpg", args, nargs, kwnames, names, 2, a) < 0 || intarg_ssize(a[0], &pgid) < 0 ||
        posix_int_arg(a[1], &sig) < 0)
        return NULL;
    if (killpg((pid_t)pgid, sig) < 0) return posix_none_or_error(-1, NULL);
    if (signals_check() < 0) return NULL;
    return NEWREF(NONE);
}

const MethodDef posix_proc_methods[] = {
    {"fork", p_fork}, {"register_at_fork", p_register_at_fork},
    {"waitpid", p_waitpid}, {"wait", p_wait},
    {"WIFEXITED", p_WIFEXITED}, {"WIFSIGNALED", p_WIFSIGNALED}, {"WIFSTOPPED", p_WIFSTOPPED},
    {"WIFCONTINUED", p_WIFCONTINUED}, {"WCOREDUMP", p_WCOREDUMP},
    {"WEXITSTATUS", p_WEXITSTATUS}, {"WTERMSIG", p_WTERMSIG}, {"WSTOPSIG", p_WSTOPSIG},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode},
    {"execv", p_execv}, {"execve", p_execve}, {"_exit", p_exit}, {"system", p_system},
    {"kill", p_kill}, {"killpg", p_killpg},
    {NULL},
};

int posix_proc_add_constants(Obj *m) {
    static const struct { const char *name; int value; } consts[] = {
        {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
        {"WEXITED", WEXITED}, {"WSTOPPED", WSTOPPED}, {"WNOWAIT", WNOWAIT},
        {"EX_OK", EX_OK}, {"EX_USAGE", EX_USAGE}, {"EX_DATAERR", EX_DATAERR},
        {"EX_NOINPUT", EX_NOINPUT}, {"EX_NOUSER", EX_NOUSER}, {"EX_NOHOST", EX_NOHOST},
        {"EX_UNAVAILABLE", EX_UNAVAILABLE}, {"EX_SOFTWARE", EX_SOFTWARE},
        {"EX_OSERR", EX_OSERR}, {"EX_OSFILE", EX_OSFILE}, {"EX_CANTCREAT", EX_CANTCREAT},
        {"EX_IOERR", EX_IOERR}, {"EX_TEMPFAIL", EX_TEMPFAIL}, {"EX_PROTOCOL", EX_PROTOCOL},
        {"EX_NOPERM", EX_NOPERM}, {"EX_CONFIG", EX_CONFIG},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add_int(m, consts[i].name, consts[i].value) < 0) return -1;
    return 0;
}
