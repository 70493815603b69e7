/* time.c: the time module: clocks (time, perf_counter, monotonic,
 * process_time and their _ns forms), sleep, and calendar time (gmtime,
 * localtime, mktime, strftime, asctime, ctime, struct_time). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "modules.h"
#include "api.h"
#include "args.h"
#include "blocking.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "structseq.h"

/* ---- clocks ------------------------------------------------------------ */

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Obj *clock_seconds(clockid_t id) { return float_new((double)clock_ns(id) * 1e-9); }

#define CLOCK_FUNCS(pyname, id) \
    static Obj *t_##pyname(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        if (args_count(#pyname, nargs, 0, 0) < 0) return NULL; \
        return clock_seconds(id); \
    } \
    static Obj *t_##pyname##_ns(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        if (args_count(#pyname "_ns", nargs, 0, 0) < 0) return NULL; \
        return int_from_i64(clock_ns(id)); \
    }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* ---- sleep ------------------------------------------------------------- */

static Obj *t_sleep(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("time.sleep", kwnames) < 0 || args_count("time.sleep", nargs, 1, 1) < 0)
        return NULL;
    double secs;
    if (intarg_seconds(args[0], &secs) < 0) return NULL;
    if (isnan(secs)) {
        err_set_str(&Exc_ValueError, "Invalid value NaN (not a number)");
        return NULL;
    }
    if (secs < 0) {
        err_set_str(&Exc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    if (secs > 1e15) secs = 1e15;
    /* An absolute deadline, so a signal that interrupts the wait does not
     * stretch it when the wait resumes. */
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    int rc;
    do {
        BLOCKING_BEGIN("sleep");
        rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        BLOCKING_END();
        /* Ctrl-C ends the sleep with KeyboardInterrupt, as in CPython */
        if (rc == EINTR && signals_check() < 0) return NULL;
    } while (rc == EINTR);
    if (rc != 0) {
        errno = rc;
        err_set_from_errno(NULL);
        return NULL;
    }
    return NEWREF(NONE);
}

/* ---- calendar time ----------------------------------------------------- */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst", NULL,
};
static STRUCTSEQ_TYPE(StructTimeType, "time.struct_time", struct_time_fields);

static Obj *struct_time_from_tm(const struct tm *tm) {
    Obj *items[] = {
        small_new(tm->tm_year + 1900), small_new(tm->tm_mon + 1), small_new(tm->tm_mday),
        small_new(tm->tm_hour), small_new(tm->tm_min), small_new(tm->tm_sec),
        small_new((tm->tm_wday + 6) % 7), small_new(tm->tm_yday + 1), small_new(tm->tm_isdst),
    };
    return structseq_new(&StructTimeType, items, 9);
}

/* The time_t of an optional seconds argument (now when absent or None). */
static int time_arg(Obj *const *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == NONE) {
        *out = time(NULL);
        return 0;
    }
    double secs;
    if (intarg_seconds(args[0], &secs) < 0) return -1;
    if (!isfinite(secs) || fabs(secs) > 1e17) {
        err_set_str(&Exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(secs);
    return 0;
}

static Obj *broken_down(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                        struct tm *(*convert)(const time_t *, struct tm *)) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 1) < 0) return NULL;
    time_t t;
    struct tm tm;
    if (time_arg(args, nargs, &t) < 0) return NULL;
    if (convert(&t, &tm) == NULL) {
        err_set_from_errno(NULL);
        return NULL;
    }
    return struct_time_from_tm(&tm);
}

static Obj *t_gmtime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return broken_down("gmtime", args, nargs, kwnames, gmtime_r);
}

static Obj *t_localtime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return broken_down("localtime", args, nargs, kwnames, localtime_r);
}

/* A 9-item time tuple (struct_time or tuple) into a struct tm. */
static int tm_from_tuple(const char *fname, Obj *t, struct tm *tm) {
    if (!is_tuple(t) || tuple_size(t) != 9) {
        if (is_tuple(t))
            err_format(&Exc_TypeError, "%s(): illegal time tuple argument", fname);
        else
            err_format(&Exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++) {
        intptr_t x;
        if (intarg_ssize(tuple_get(t, i), &x) < 0) return -1;
        v[i] = (int)x;
    }
    *tm = (struct tm){ .tm_year = v[0] - 1900, .tm_mon = v[1] - 1, .tm_mday = v[2],
                       .tm_hour = v[3], .tm_min = v[4], .tm_sec = v[5],
                       .tm_wday = (v[6] + 1) % 7, .tm_yday = v[7] - 1, .tm_isdst = v[8] };
    return 0;
}

/* The struct tm of an optional time tuple argument (local now when absent). */
static int tm_arg(const char *fname, Obj *const *args, size_t nargs, size_t i, struct tm *tm) {
    if (nargs > i) return tm_from_tuple(fname, args[i], tm);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

static Obj *t_strftime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("strftime", kwnames) < 0 || args_count("strftime", nargs, 1, 2) < 0) return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
        return NULL;
    }
    struct tm tm;
    if (tm_arg("strftime", args, nargs, 1, &tm) < 0) return NULL;
    if (str_size(args[0]) == 0) return NEWREF(args[0]);
    /* strftime gives 0 both for "too small" and for an empty result */
    for (size_t cap = 256; cap <= 1024 * 1024; cap *= 4) {
        char *buf = malloc(cap);
        if (buf == NULL) { err_no_memory(); return NULL; }
        size_t n = strftime(buf, cap, str_data(args[0]), &tm);
        Obj *res = n > 0 ? str_decode_utf8(buf, n, "strict") : NULL;
        free(buf);
        if (n > 0) return res;
    }
    return NEWREF(str_intern_cstr(""));
}

static Obj *t_mktime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("mktime", kwnames) < 0 || args_count("mktime", nargs, 1, 1) < 0) return NULL;
    struct tm tm;
    if (tm_from_tuple("mktime", args[0], &tm) < 0) return NULL;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        err_set_str(&Exc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return float_new((double)t);
}

/* "Thu Jan  1 00:00:00 1970", as asctime and ctime print it. */
static Obj *format_asctime(const struct tm *tm) {
    static const char days[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_from_format("%s %s%s%d %s%d:%s%d:%s%d %d", days[tm->tm_wday % 7],
                           months[tm->tm_mon % 12], tm->tm_mday < 10 ? "  " : " ", tm->tm_mday,
                           tm->tm_hour < 10 ? "0" : "", tm->tm_hour, tm->tm_min < 10 ? "0" : "",
                           tm->tm_min, tm->tm_sec < 10 ? "0" : "", tm->tm_sec, tm->tm_year + 1900);
}

static Obj *t_asctime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("asctime", kwnames) < 0 || args_count("asctime", nargs, 0, 1) < 0) return NULL;
    struct tm tm;
    if (tm_arg("asctime", args, nargs, 0, &tm) < 0) return NULL;
    return format_asctime(&tm);
}

static Obj *t_ctime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("ctime", kwnames) < 0 || args_count("ctime", nargs, 0, 1) < 0) return NULL;
    time_t t;
    struct tm tm;
    if (time_arg(args, nargs, &t) < 0) return NULL;
    localtime_r(&t, &tm);
    return format_asctime(&tm);
}

/* strptime(string[, format]): parsed by _strptime._strptime_time, in
 * Python, as CPython does. */
static Obj *t_strptime(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *m = import_module_cstr("_strptime");
    if (m == NULL) return NULL;
    Obj *f = obj_getattr_cstr(m, "_strptime_time");
    DECREF(m);
    if (f == NULL) return NULL;
    Obj *r = obj_call(f, args, nargs, kwnames);
    DECREF(f);
    return r;
}

static const MethodDef time_methods[] = {
    {"time", t_time, 0}, {"time_ns", t_time_ns, 0},
    {"perf_counter", t_perf_counter, 0}, {"perf_counter_ns", t_perf_counter_ns, 0},
    {"monotonic", t_monotonic, 0}, {"monotonic_ns", t_monotonic_ns, 0},
    {"process_time", t_process_time, 0}, {"process_time_ns", t_process_time_ns, 0},
    {"thread_time", t_thread_time, 0}, {"thread_time_ns", t_thread_time_ns, 0},
    {"sleep", t_sleep, 0},
    {"gmtime", t_gmtime, 0}, {"localtime", t_localtime, 0}, {"mktime", t_mktime, 0},
    {"strftime", t_strftime, 0}, {"strptime", t_strptime, 0},
    {"asctime", t_asctime, 0}, {"ctime", t_ctime, 0},
    {NULL},
};

Obj *time_module_init(void) {
    Obj *m = module_new("time");
    if (m == NULL) return NULL;
    tzset();
    if (structseq_ready(&StructTimeType) < 0 || module_add_functions(m, time_methods) < 0 ||
        module_add_obj(m, "struct_time", (Obj *)&StructTimeType) < 0 ||
        module_add_int(m, "timezone", timezone) < 0 ||
        module_add_int(m, "daylight", daylight) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
