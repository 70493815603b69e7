/* posix_spawn.c: posix._fork_exec, the fast path of subprocess.Popen (what
 * CPython's _posixsubprocess.fork_exec does).  Everything the child needs
 * (argv, the environment, the programs to try) is prepared first; the child
 * is made with vfork and runs only async-signal-safe C code: it sets up its
 * standard descriptors, directory, umask, signals, session, groups and user,
 * closes the other descriptors and execs.  If it cannot, it writes
 * "OSError:<hex errno>:<stage>" to the error pipe (close-on-exec, so an exec
 * that works leaves the pipe empty) and exits with 255. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include "posix_internal.h"
#include "args.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "tuple.h"

/* What the child does, all decided before the vfork. */
typedef struct ChildPlan {
    char **argv, **envp, **programs;   /* envp NULL: inherit ours */
    const char *cwd;                   /* NULL: stay */
    int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite;
    int errpipe_read, errpipe_write;
    int *keep_fds;                     /* sorted: pass_fds */
    size_t nkeep;
    bool close_fds, restore_signals, new_session;
    int process_group, umask;
    int gid, uid;                      /* -1: keep */
    gid_t *groups;                     /* extra_groups, or NULL: keep */
    size_t ngroups;
    sigset_t old_mask;                 /* the parent's mask, restored before exec */
} ChildPlan;

/* ---- the child (async-signal-safe only) ----------------------------------- */

static void child_report(int fd, int err, const char *stage) {
    char msg[64] = "OSError:";
    size_t n = strlen(msg);
    char hex[16];
    int h = 0;
    unsigned v = (unsigned)err;
    do {
        hex[h++] = "0123456789abcdef"[v % 16];
        v /= 16;
    } while (v != 0 && h < (int)sizeof hex);
    while (h > 0) msg[n++] = hex[--h];
    msg[n++] = ':';
    for (const char *s = stage; *s != '\0' && n < sizeof msg - 1; s++) msg[n++] = *s;
    ssize_t ignored = write(fd, msg, n);
    (void)ignored;
}

/* fd becomes `target` (0, 1 or 2), inheritable. */
static int child_dup(int fd, int target) {
    if (fd == -1) return 0;
    if (fd == target) {
        int flags = fcntl(fd, F_GETFD);
        return flags < 0 ? -1 : fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    }
    return dup2(fd, target) < 0 ? -1 : 0;
}

static void close_between(int lo, int hi) {   /* lo..hi inclusive */
    if (lo > hi) return;
    if (close_range((unsigned)lo, (unsigned)hi, 0) == 0) return;
    struct rlimit rl;
    int max = getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 65536 ? (int)rl.rlim_cur : 65536;
    for (int fd = lo; fd <= hi && fd < max; fd++) close(fd);
}

/* Closes every descriptor from 3 up but pass_fds and the error pipe. */
static void child_close_fds(const ChildPlan *p) {
    int from = 3;
    for (size_t i = 0; i <= p->nkeep; i++) {
        int keep = i < p->nkeep ? p->keep_fds[i] : INT_MAX;
        if (p->errpipe_write >= from && p->errpipe_write < keep) {
            close_between(from, p->errpipe_write - 1);
            from = p->errpipe_write + 1;
        }
        if (keep < from) continue;
        close_between(from, keep - 1);
        if (keep == INT_MAX) break;
        from = keep + 1;
    }
}

static __attribute__((noinline)) void child_run(const ChildPlan *p) {
    const char *stage = "noexec";
    int err = 0, c2pwrite = p->c2pwrite, errwrite = p->errwrite;
    /* no handler of ours may run in here: the memory is the parent's */
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, NULL, &sa) != 0) continue;
        if (sa.sa_handler != SIG_IGN && sa.sa_handler != SIG_DFL) {
            sa.sa_handler = SIG_DFL;
            sa.sa_flags = 0;
            sigaction(sig, &sa, NULL);
        }
    }
    int fds[] = {p->p2cwrite, p->c2pread, p->errread, p->errpipe_read};
    for (size_t i = 0; i < 4; i++)
        if (fds[i] != -1) close(fds[i]);
    /* the descriptors that become 0, 1, 2 must not be overwritten first */
    if (c2pwrite == 0 && (c2pwrite = dup(c2pwrite)) < 0) goto fail;
    while (errwrite == 0 || errwrite == 1)
        if ((errwrite = dup(errwrite)) < 0) goto fail;
    if (child_dup(p->p2cread, 0) < 0 || child_dup(c2pwrite, 1) < 0 || child_dup(errwrite, 2) < 0)
        goto fail;
    if (p->cwd != NULL && chdir(p->cwd) < 0) {
        stage = "noexec:chdir";
        goto fail;
    }
    if (p->umask >= 0) umask((mode_t)p->umask);
    if (p->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (p->new_session && setsid() < 0) goto fail;
    if (p->process_group >= 0 && setpgid(0, p->process_group) < 0) goto fail;
    if (p->groups != NULL && setgroups(p->ngroups, p->groups) < 0) goto fail;
    if (p->gid != -1 && setregid((gid_t)p->gid, (gid_t)p->gid) < 0) goto fail;
    if (p->uid != -1 && setreuid((uid_t)p->uid, (uid_t)p->uid) < 0) goto fail;
    for (size_t i = 0; i < p->nkeep; i++) {
        int flags = fcntl(p->keep_fds[i], F_GETFD);
        if (flags < 0 || fcntl(p->keep_fds[i], F_SETFD, flags & ~FD_CLOEXEC) < 0) goto fail;
    }
    if (p->close_fds) child_close_fds(p);
    sigprocmask(SIG_SETMASK, &p->old_mask, NULL);
    stage = "";
    for (char **prog = p->programs; *prog != NULL; prog++) {
        if (p->envp != NULL)
            execve(*prog, p->argv, p->envp);
        else
            execv(*prog, p->argv);
        if (errno != ENOENT && errno != ENOTDIR && err == 0) err = errno;
    }
    if (err != 0) errno = err;
fail:
    child_report(p->errpipe_write, errno, stage);
    _exit(255);
}

/* ---- the parent --------------------------------------------------------- */

/* A NULL-terminated array of C strings from a list or tuple of str/bytes
 * (borrowed from the items); NULL with the exception set. */
static char **cstr_list(Obj *seq, const char *what) {
    if (!is_list(seq) && !is_tuple(seq)) {
        err_format(&Exc_TypeError, "%s must be a list or tuple", what);
        return NULL;
    }
    size_t n = is_list(seq) ? list_size(seq) : tuple_size(seq);
    char **v = calloc(n + 1, sizeof *v);
    if (v == NULL) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        if ((v[i] = (char *)posix_fs_cstr(is_list(seq) ? list_get(seq, i) : tuple_get(seq, i))) ==
            NULL) {
            free(v);
            return NULL;
        }
    return v;
}

static int int_item(Obj *o, int *out) {
    return posix_int_arg(o, out);
}

/* _fork_exec(args, programs, env_list, cwd, close_fds, pass_fds,
 *            p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
 *            errpipe_read, errpipe_write, restore_signals, start_new_session,
 *            process_group, umask, gid, extra_groups, uid) -> pid
 * env_list: None (inherit) or a list of "KEY=value"; pass_fds: sorted
 * tuple of ints; cwd: None or a path; the descriptors, process_group, gid
 * and uid -1 when unused; extra_groups None or a tuple of ints. */
static Obj *p_fork_exec(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_fork_exec", kwnames) < 0 || args_count("_fork_exec", nargs, 21, 21) < 0)
        return NULL;
    ChildPlan p;
    memset(&p, 0, sizeof p);
    int *fd_slots[] = {&p.p2cread, &p.p2cwrite, &p.c2pread, &p.c2pwrite, &p.errread,
                       &p.errwrite, &p.errpipe_read, &p.errpipe_write};
    for (size_t i = 0; i < 8; i++)
        if (int_item(args[6 + i], fd_slots[i]) < 0) return NULL;
    int flags[3];
    for (size_t i = 0; i < 3; i++)
        if ((flags[i] = i == 0 ? obj_is_true(args[4]) : obj_is_true(args[13 + i])) < 0) return NULL;
    p.close_fds = flags[0];
    p.restore_signals = flags[1];
    p.new_session = flags[2];
    if (int_item(args[16], &p.process_group) < 0 || int_item(args[17], &p.umask) < 0 ||
        int_item(args[18], &p.gid) < 0 || int_item(args[20], &p.uid) < 0)
        return NULL;
    if (args[19] != NONE && !is_tuple(args[19])) {
        err_set_str(&Exc_TypeError, "extra_groups must be a tuple");
        return NULL;
    }
    if (args[3] != NONE && (p.cwd = posix_path_arg("_fork_exec", "cwd", args[3])) == NULL)
        return NULL;
    if (!is_tuple(args[5])) {
        err_set_str(&Exc_TypeError, "pass_fds must be a tuple");
        return NULL;
    }
    p.nkeep = tuple_size(args[5]);
    p.keep_fds = calloc(p.nkeep + 1, sizeof *p.keep_fds);
    Obj *res = NULL;
    if (p.keep_fds == NULL) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < p.nkeep; i++)
        if (int_item(tuple_get(args[5], i), &p.keep_fds[i]) < 0) goto done;
    if (args[19] != NONE) {
        p.ngroups = tuple_size(args[19]);
        if ((p.groups = calloc(p.ngroups + 1, sizeof *p.groups)) == NULL) {
            err_no_memory();
            goto done;
        }
        for (size_t i = 0; i < p.ngroups; i++) {
            int g;
            if (int_item(tuple_get(args[19], i), &g) < 0) goto done;
            p.groups[i] = (gid_t)g;
        }
    }
    if ((p.argv = cstr_list(args[0], "args")) == NULL ||
        (p.programs = cstr_list(args[1], "executable_list")) == NULL ||
        (args[2] != NONE && (p.envp = cstr_list(args[2], "env")) == NULL))
        goto done;

    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &p.old_mask);
    pid_t pid = vfork();
    if (pid == 0) child_run(&p);   /* never returns */
    int saved = errno;
    pthread_sigmask(SIG_SETMASK, &p.old_mask, NULL);
    if (pid < 0) {
        errno = saved;
        err_set_from_errno(NULL);
        goto done;
    }
    res = int_from_i64(pid);
done:
    free(p.keep_fds);
    free(p.groups);
    free(p.argv);
    free(p.programs);
    free(p.envp);
    return res;
}

const MethodDef posix_spawn_methods[] = {
    {"_fork_exec", p_fork_exec},
    {NULL},
};
