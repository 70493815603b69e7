/* resource.c: the resource module: getrlimit, setrlimit, prlimit (limits
 * as (soft, hard) with RLIM_INFINITY as -1), getrusage with struct_rusage,
 * getpagesize, and the RLIMIT_* / RUSAGE_* constants, as CPython 3.11. */
#include <errno.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>
#include "modules.h"
#include "module_parts.h"
#include "args.h"
#include "clinic_args.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "structseq.h"
#include "tuple.h"

static const char *const rusage_fields[] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
    "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
    "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw", NULL,
};
static STRUCTSEQ_TYPE(StructRusageType, "resource.struct_rusage", rusage_fields);

static double timeval_seconds(struct timeval tv) {
    return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6;
}

static Obj *r_getrusage(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int who;
    struct rusage ru;
    if (clinic_positional("resource", "getrusage", nargs, kwnames, 1, 1) < 0 ||
        clinic_int(args[0], &who) < 0)
        return NULL;
    if (getrusage(who, &ru) < 0) {
        if (errno == EINVAL)
            err_set_str(&Exc_ValueError, "invalid who parameter");
        else
            err_set_from_errno(NULL);
        return NULL;
    }
    Obj *items[16] = {
        float_new(timeval_seconds(ru.ru_utime)), float_new(timeval_seconds(ru.ru_stime)),
        int_from_i64(ru.ru_maxrss), int_from_i64(ru.ru_ixrss), int_from_i64(ru.ru_idrss),
        int_from_i64(ru.ru_isrss), int_from_i64(ru.ru_minflt), int_from_i64(ru.ru_majflt),
        int_from_i64(ru.ru_nswap), int_from_i64(ru.ru_inblock), int_from_i64(ru.ru_oublock),
        int_from_i64(ru.ru_msgsnd), int_from_i64(ru.ru_msgrcv), int_from_i64(ru.ru_nsignals),
        int_from_i64(ru.ru_nvcsw), int_from_i64(ru.ru_nivcsw),
    };
    for (size_t i = 0; i < 16; i++) {
        if (items[i] == NULL) {
            for (size_t j = 0; j < 16; j++) XDECREF(items[j]);
            return NULL;
        }
    }
    return structseq_new(&StructRusageType, items, 16);
}

/* ---- limits ---------------------------------------------------------------- */

static int resource_arg(Obj *o, int *out) {
    if (clinic_int(o, out) < 0) return -1;
    if (*out < 0 || *out >= RLIM_NLIMITS) {
        err_set_str(&Exc_ValueError, "invalid resource specified");
        return -1;
    }
    return 0;
}

/* A limit as Python sees it: RLIM_INFINITY is -1. */
static Obj *limit_obj(rlim_t v) { return int_from_i64((int64_t)v); }

static Obj *limits_tuple(const struct rlimit *rl) {
    Obj *soft = limit_obj(rl->rlim_cur), *hard = limit_obj(rl->rlim_max);
    Obj *t = soft && hard ? tuple_pack(2, soft, hard) : NULL;
    XDECREF(soft);
    XDECREF(hard);
    return t;
}

/* (soft, hard) from any iterable of two ints. */
static int limits_arg(Obj *o, struct rlimit *rl) {
    Obj *t = tuple_from_iterable(o);
    if (t == NULL) return -1;
    int rc = -1;
    long soft, hard;
    if (tuple_size(t) != 2)
        err_set_str(&Exc_ValueError, "expected a tuple of 2 integers");
    else if (clinic_long(tuple_get(t, 0), &soft) == 0 && clinic_long(tuple_get(t, 1), &hard) == 0) {
        rl->rlim_cur = (rlim_t)soft;
        rl->rlim_max = (rlim_t)hard;
        rc = 0;
    }
    DECREF(t);
    return rc;
}

/* The errors of setrlimit and prlimit: EINVAL and EPERM have their own words. */
static Obj *limit_error(void) {
    if (errno == EINVAL)
        err_set_str(&Exc_ValueError, "current limit exceeds maximum limit");
    else if (errno == EPERM)
        err_set_str(&Exc_ValueError, "not allowed to raise maximum limit");
    else
        err_set_from_errno(NULL);
    return NULL;
}

static Obj *r_getrlimit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int res;
    struct rlimit rl;
    if (clinic_positional("resource", "getrlimit", nargs, kwnames, 1, 1) < 0 ||
        resource_arg(args[0], &res) < 0)
        return NULL;
    if (getrlimit((__rlimit_resource_t)res, &rl) < 0) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return limits_tuple(&rl);
}

static Obj *r_setrlimit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int res;
    struct rlimit rl;
    if (clinic_positional("resource", "setrlimit", nargs, kwnames, 2, 2) < 0 ||
        resource_arg(args[0], &res) < 0 || limits_arg(args[1], &rl) < 0)
        return NULL;
    if (setrlimit((__rlimit_resource_t)res, &rl) < 0) return limit_error();
    return NEWREF(NONE);
}

static Obj *r_prlimit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    int pid, res;
    struct rlimit old, new;
    if (kw_count(kwnames) > 0) {
        err_set_str(&Exc_TypeError, "prlimit() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2 || nargs > 3) {
        err_set_str(&Exc_TypeError, "resource.prlimit requires 2 to 3 arguments");
        return NULL;
    }
    if (clinic_int(args[0], &pid) < 0 || resource_arg(args[1], &res) < 0 ||
        (nargs == 3 && limits_arg(args[2], &new) < 0))
        return NULL;
    if (prlimit((pid_t)pid, (__rlimit_resource_t)res, nargs == 3 ? &new : NULL, &old) < 0)
        return limit_error();
    return limits_tuple(&old);
}

static Obj *r_getpagesize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    (void)args;
    if (clinic_positional("resource", "getpagesize", nargs, kwnames, 0, 0) < 0) return NULL;
    return small_new(sysconf(_SC_PAGESIZE));
}

static const MethodDef resource_methods[] = {
    {"getrusage", r_getrusage, 0}, {"getrlimit", r_getrlimit, 0},
    {"setrlimit", r_setrlimit, 0}, {"prlimit", r_prlimit, 0},
    {"getpagesize", r_getpagesize, 0}, {NULL, NULL, 0},
};

#define C(n) {#n, (long)(n)}
static const IntConstant constants[] = {
    C(RLIMIT_AS), C(RLIMIT_CORE), C(RLIMIT_CPU), C(RLIMIT_DATA), C(RLIMIT_FSIZE),
    C(RLIMIT_MEMLOCK), C(RLIMIT_MSGQUEUE), C(RLIMIT_NICE), C(RLIMIT_NOFILE), C(RLIMIT_NPROC),
    C(RLIMIT_OFILE), C(RLIMIT_RSS), C(RLIMIT_RTPRIO), C(RLIMIT_RTTIME), C(RLIMIT_SIGPENDING),
    C(RLIMIT_STACK), C(RUSAGE_CHILDREN), C(RUSAGE_SELF), C(RUSAGE_THREAD),
    {"RLIM_INFINITY", -1}, {NULL, 0},
};
#undef C

Obj *resource_module_init(void) {
    if (structseq_ready(&StructRusageType) < 0) return NULL;
    Obj *m = module_new("resource");
    if (m == NULL) return NULL;
    if (module_add_functions(m, resource_methods) < 0 ||
        module_add_obj(m, "struct_rusage", (Obj *)&StructRusageType) < 0 ||
        module_add_obj(m, "error", (Obj *)&Exc_OSError) < 0 ||
        module_add_constants(m, constants) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
