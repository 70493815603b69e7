/* posix_ids.c: who a process is and how it is scheduled, for the posix
 * module: user and group ids (get/set, real and effective, supplementary
 * groups), process groups and sessions, nice, getloadavg,
 * sched_getaffinity, times(). */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/times.h>
#include <sys/types.h>
#include <unistd.h>
#include "posix_internal.h"
#include "args.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "structseq.h"
#include "tuple.h"

#define ID_GETTER(name, call) \
    static Obj *p_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        if (args_no_kwargs(#name, kwnames) < 0 || args_count(#name, nargs, 0, 0) < 0) return NULL; \
        return int_from_i64((int64_t)call()); \
    }
ID_GETTER(getuid, getuid)
ID_GETTER(geteuid, geteuid)
ID_GETTER(getgid, getgid)
ID_GETTER(getegid, getegid)
ID_GETTER(getpgrp, getpgrp)

/* getsid(pid) / getpgid(pid): the session or group of a process. */
static Obj *pid_query(const char *fname, pid_t (*query)(pid_t), Obj *const *args, size_t nargs,
                      Obj *kwnames) {
    static const char *const names[] = {"pid", "/", NULL};
    Obj *o;
    int pid;
    if (args_bind(fname, args, nargs, kwnames, names, 1, &o) < 0 || posix_int_arg(o, &pid) < 0)
        return NULL;
    pid_t r = query(pid);
    if (r < 0) return posix_none_or_error(-1, NULL);
    return int_from_i64(r);
}

static Obj *p_getsid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pid_query("getsid", getsid, args, nargs, kwnames);
}

static Obj *p_getpgid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pid_query("getpgid", getpgid, args, nargs, kwnames);
}

/* setuid, setgid, seteuid, setegid: one id. */
static Obj *set_id(const char *fname, int (*call)(unsigned), Obj *const *args, size_t nargs,
                   Obj *kwnames) {
    static const char *const names[] = {"id", "/", NULL};
    Obj *o;
    intptr_t id;
    if (args_bind(fname, args, nargs, kwnames, names, 1, &o) < 0 || intarg_ssize(o, &id) < 0)
        return NULL;
    return posix_none_or_error(call((unsigned)id), NULL);
}

static int call_setuid(unsigned id) { return setuid(id); }
static int call_setgid(unsigned id) { return setgid(id); }
static int call_seteuid(unsigned id) { return seteuid(id); }
static int call_setegid(unsigned id) { return setegid(id); }

static Obj *p_setuid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_id("setuid", call_setuid, args, nargs, kwnames);
}
static Obj *p_setgid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_id("setgid", call_setgid, args, nargs, kwnames);
}
static Obj *p_seteuid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_id("seteuid", call_seteuid, args, nargs, kwnames);
}
static Obj *p_setegid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_id("setegid", call_setegid, args, nargs, kwnames);
}

/* setreuid / setregid: real and effective ids (-1 keeps one). */
static Obj *set_re(const char *fname, int (*call)(int, int), Obj *const *args, size_t nargs,
                   Obj *kwnames) {
    static const char *const names[] = {"rid", "eid", "/", NULL};
    Obj *a[2];
    int r, e;
    if (args_bind(fname, args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &r) < 0 ||
        posix_int_arg(a[1], &e) < 0)
        return NULL;
    return posix_none_or_error(call(r, e), NULL);
}

static int call_setreuid(int r, int e) { return setreuid((uid_t)r, (uid_t)e); }
static int call_setregid(int r, int e) { return setregid((gid_t)r, (gid_t)e); }

static Obj *p_setreuid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_re("setreuid", call_setreuid, args, nargs, kwnames);
}
static Obj *p_setregid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return set_re("setregid", call_setregid, args, nargs, kwnames);
}

static Obj *p_getgroups(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("getgroups", kwnames) < 0 || args_count("getgroups", nargs, 0, 0) < 0)
        return NULL;
    gid_t groups[256];
    int n = getgroups(256, groups);
    if (n < 0) return posix_none_or_error(-1, NULL);
    Obj *l = list_new(0);
    for (int i = 0; l != NULL && i < n; i++) {
        Obj *g = int_from_i64(groups[i]);
        if (g == NULL || list_append(l, g) < 0) CLEAR(l);
        XDECREF(g);
    }
    return l;
}

static Obj *p_setgroups(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"groups", "/", NULL};
    Obj *o;
    if (args_bind("setgroups", args, nargs, kwnames, names, 1, &o) < 0) return NULL;
    Obj *list = list_from_iterable(o);
    if (list == NULL) return NULL;
    size_t n = list_size(list);
    gid_t *groups = malloc((n + 1) * sizeof *groups);
    Obj *res = NULL;
    if (groups == NULL) {
        err_no_memory();
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        intptr_t g;
        if (intarg_ssize(list_get(list, i), &g) < 0) goto done;
        groups[i] = (gid_t)g;
    }
    res = posix_none_or_error(setgroups(n, groups), NULL);
done:
    free(groups);
    DECREF(list);
    return res;
}

static Obj *p_setsid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("setsid", kwnames) < 0 || args_count("setsid", nargs, 0, 0) < 0) return NULL;
    return posix_none_or_error(setsid() < 0 ? -1 : 0, NULL);
}

static Obj *p_setpgid(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pid", "pgrp", "/", NULL};
    Obj *a[2];
    int pid, pgrp;
    if (args_bind("setpgid", args, nargs, kwnames, names, 2, a) < 0 || posix_int_arg(a[0], &pid) < 0 ||
        posix_int_arg(a[1], &pgrp) < 0)
        return NULL;
    return posix_none_or_error(setpgid(pid, pgrp), NULL);
}

static Obj *p_nice(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"increment", "/", NULL};
    Obj *o;
    int inc;
    if (args_bind("nice", args, nargs, kwnames, names, 1, &o) < 0 || posix_int_arg(o, &inc) < 0)
        return NULL;
    errno = 0;
    int r = nice(inc);
    if (r == -1 && errno != 0) return posix_none_or_error(-1, NULL);
    return small_new(r);
}

static Obj *p_getloadavg(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("getloadavg", kwnames) < 0 || args_count("getloadavg", nargs, 0, 0) < 0)
        return NULL;
    double avg[3];
    if (getloadavg(avg, 3) != 3) {
        err_set_str(&Exc_OSError, "Load averages are unobtainable");
        return NULL;
    }
    Obj *f[3] = {float_new(avg[0]), float_new(avg[1]), float_new(avg[2])};
    Obj *t = f[0] && f[1] && f[2] ? tuple_pack(3, f[0], f[1], f[2]) : NULL;
    for (int i = 0; i < 3; i++) XDECREF(f[i]);
    return t;
}

static Obj *p_sched_getaffinity(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pid", "/", NULL};
    Obj *o;
    int pid;
    if (args_bind("sched_getaffinity", args, nargs, kwnames, names, 1, &o) < 0 ||
        posix_int_arg(o, &pid) < 0)
        return NULL;
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    if (sched_getaffinity(pid, sizeof cpus, &cpus) < 0) return posix_none_or_error(-1, NULL);
    Obj *s = set_new(NULL);
    for (int cpu = 0; s != NULL && cpu < CPU_SETSIZE; cpu++)
        if (CPU_ISSET(cpu, &cpus) && set_add(s, small_new(cpu)) < 0) CLEAR(s);
    return s;
}

static const char *const times_fields[] = {
    "user", "system", "children_user", "children_system", "elapsed", NULL,
};
static STRUCTSEQ_TYPE(TimesResultType, "posix.times_result", times_fields);

static Obj *p_times(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("times", kwnames) < 0 || args_count("times", nargs, 0, 0) < 0) return NULL;
    struct tms t;
    clock_t elapsed = times(&t);
    if (elapsed == (clock_t)-1) return posix_none_or_error(-1, NULL);
    double tick = (double)sysconf(_SC_CLK_TCK);
    Obj *items[5] = {
        float_new((double)t.tms_utime / tick), float_new((double)t.tms_stime / tick),
        float_new((double)t.tms_cutime / tick), float_new((double)t.tms_cstime / tick),
        float_new((double)elapsed / tick),
    };
    for (size_t i = 0; i < 5; i++)
        if (items[i] == NULL) {
            for (size_t j = 0; j < 5; j++) XDECREF(items[j]);
            return NULL;
        }
    return structseq_new(&TimesResultType, items, 5);
}

/* _uid_for_name / _gid_for_name: a user's or group's id (subprocess's
 * user=/group= by name); KeyError as pwd.getpwnam / grp.getgrnam. */
static Obj *id_for_name(const char *fname, const char *lookup, bool user, Obj *const *args,
                        size_t nargs, Obj *kwnames) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    const char *name = posix_fs_cstr(args[0]);
    if (name == NULL) return NULL;
    char buf[16384];
    int64_t id = -1;
    if (user) {
        struct passwd pw, *found = NULL;
        if (getpwnam_r(name, &pw, buf, sizeof buf, &found) == 0 && found != NULL) id = pw.pw_uid;
    } else {
        struct group gr, *found = NULL;
        if (getgrnam_r(name, &gr, buf, sizeof buf, &found) == 0 && found != NULL) id = gr.gr_gid;
    }
    if (id >= 0) return int_from_i64(id);
    Obj *msg = str_from_format("%s(): name not found: %R", lookup, args[0]);
    if (msg != NULL) {
        Obj *exc = obj_call1((Obj *)&Exc_KeyError, msg);
        DECREF(msg);
        if (exc != NULL) err_set_obj(exc);
    }
    return NULL;
}

static Obj *p_uid_for_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return id_for_name("_uid_for_name", "getpwnam", true, args, nargs, kwnames);
}

static Obj *p_gid_for_name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return id_for_name("_gid_for_name", "getgrnam", false, args, nargs, kwnames);
}

const MethodDef posix_ids_methods[] = {
    {"_uid_for_name", p_uid_for_name}, {"_gid_for_name", p_gid_for_name},
    {"getuid", p_getuid}, {"geteuid", p_geteuid}, {"getgid", p_getgid}, {"getegid", p_getegid},
    {"setuid", p_setuid}, {"setgid", p_setgid}, {"seteuid", p_seteuid}, {"setegid", p_setegid},
    {"setreuid", p_setreuid}, {"setregid", p_setregid}, {"getgroups", p_getgroups},
    {"setgroups", p_setgroups},
    {"getpgrp", p_getpgrp}, {"getsid", p_getsid}, {"getpgid", p_getpgid}, {"setsid", p_setsid},
    {"setpgid", p_setpgid},
    {"times", p_times}, {"nice", p_nice}, {"getloadavg", p_getloadavg},
    {"sched_getaffinity", p_sched_getaffinity},
    {NULL},
};

int posix_ids_add_types(Obj *m) {
    if (structseq_ready(&TimesResultType) < 0) return -1;
    return module_add_obj(m, "times_result", (Obj *)&TimesResultType);
}
