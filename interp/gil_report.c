/* gil_report.c: what the GIL's counters say, for people.
 *
 * gil_report_text() makes the table that `-X gilstats` prints at exit and
 * gil.report() returns: one row per thread (time running with the GIL,
 * waiting for it, blocked in system calls; acquisitions, forced and
 * voluntary drops), totals, and one sentence that reads the numbers the
 * way a teacher would.  gil_stats_list() gives the same numbers to scripts.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gil_internal.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"

static int64_t start_ns;             /* start-up */
static int64_t reset_ns;             /* the last gil.reset(), or start-up */
static bool report_at_exit;          /* -X gilstats */

void gil_stats_begin(void) {
    start_ns = reset_ns = gil_now_ns();
    gil_procs_begin();
}

void gil_stats_after_fork_child(void) {
    start_ns = reset_ns = gil_now_ns();
    for (GilThread *t = gil_registry_first(); t != NULL; t = t->next) {
        t->ns_holding = t->ns_waiting = t->ns_blocked = 0;
        t->acquisitions = t->forced_drops = t->voluntary_drops = t->blocking_calls = 0;
        t->base = (struct GilCounters){0};
        t->state_since = start_ns;
    }
    gil_procs_after_fork_child();
}

/* A thread's counters with its current, unfinished state included, less
 * the baseline taken at gil.reset() when `since_reset`. */
typedef struct Snapshot {
    const GilThread *t;
    double running, waiting, blocked;    /* seconds */
    uint64_t acquisitions, forced_drops, voluntary_drops, blocking_calls;
} Snapshot;

static Snapshot snapshot(const GilThread *t, int64_t now, bool since_reset) {
    struct GilCounters c = {t->ns_holding, t->ns_waiting, t->ns_blocked, t->acquisitions,
                            t->forced_drops, t->voluntary_drops, t->blocking_calls};
    if (!t->finished) {
        int64_t span = now - t->state_since;
        if (t->state == GIL_HOLDING) c.ns_holding += span;
        else if (t->state == GIL_WAITING) c.ns_waiting += span;
        else if (t->state == GIL_BLOCKED) c.ns_blocked += span;
    }
    if (since_reset) {
        const struct GilCounters *b = &t->base;
        c.ns_holding -= b->ns_holding;
        c.ns_waiting -= b->ns_waiting;
        c.ns_blocked -= b->ns_blocked;
        c.acquisitions -= b->acquisitions;
        c.forced_drops -= b->forced_drops;
        c.voluntary_drops -= b->voluntary_drops;
        c.blocking_calls -= b->blocking_calls;
    }
    return (Snapshot){t, c.ns_holding / 1e9, c.ns_waiting / 1e9, c.ns_blocked / 1e9,
                      c.acquisitions, c.forced_drops, c.voluntary_drops, c.blocking_calls};
}

void gil_stats_reset(void) {
    int64_t now = gil_now_ns();
    for (GilThread *t = gil_registry_first(); t != NULL; t = t->next) {
        Snapshot s = snapshot(t, now, false);
        t->base = (struct GilCounters){(int64_t)(s.running * 1e9), (int64_t)(s.waiting * 1e9),
                                       (int64_t)(s.blocked * 1e9), s.acquisitions,
                                       s.forced_drops, s.voluntary_drops, s.blocking_calls};
    }
    reset_ns = now;
}

static int appendf(StrBuf *b, const char *fmt, ...) {
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    return strbuf_append(b, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* What the whole run looked like, for the sentence under the table. */
typedef struct Summary {
    double wall, run, wait, blocked;
    int threads;                 /* threads that did anything */
    int contended;               /* threads that waited for the GIL noticeably */
    double contended_run, contended_wait;
} Summary;

static void summarise(Summary *m, const Snapshot *s) {
    m->threads++;
    m->run += s->running;
    m->wait += s->waiting;
    m->blocked += s->blocked;
    if (s->waiting > 0.001 && s->waiting > 0.1 * (s->running + s->waiting)) {
        m->contended++;
        m->contended_run += s->running;
        m->contended_wait += s->waiting;
    }
}

/* The sentence under the table: the teacher's reading of the numbers. */
static void write_reading(StrBuf *b, const Summary *m) {
    double wall = m->wall > 0 ? m->wall : 1e-9;
    if (m->contended >= 2 || (m->contended == 1 && m->threads >= 2 && m->run > 0.5 * wall)) {
        double share = m->contended_wait / (m->contended_run + m->contended_wait);
        appendf(b, "Reading: %d threads competed for the GIL, which lets only one run Python code "
                   "at a time: they spent %.0f%% of their runnable time waiting for it. CPU-bound "
                   "work is serialised by the GIL, so threads do not make it faster.\n",
                m->contended < 2 ? 2 : m->contended, 100 * share);
    } else if (m->blocked > m->run) {
        appendf(b, "Reading: %s spent most of the time (%.2f s over %.2f s of wall time) "
                   "blocked in system calls with the GIL released%s.\n",
                m->threads > 1 ? "the threads" : "the program", m->blocked, m->wall,
                m->threads > 1 ? ", so their waits overlapped: I/O-bound work does get faster "
                                 "with threads" : "");
    } else {
        appendf(b, "Reading: Python code ran %.0f%% of the wall time and no thread had to wait "
                   "long for the GIL: there was no contention.\n", 100 * m->run / wall);
    }
}

/* The table; `m` receives the totals.  `of_process` names the process in
 * the heading (a program that forked has one table per process). */
static Obj *report_text(bool since_reset, bool of_process, Summary *totals) {
    int64_t now = gil_now_ns();
    double wall = (now - (since_reset ? reset_ns : start_ns)) / 1e9;
    StrBuf b;
    strbuf_init(&b);
    if (of_process)
        appendf(&b, "GIL statistics of %s (pid %ld): %.3f s of wall time, switch interval "
                    "%.1f ms\n", gil_process_name(), (long)getpid(), wall,
                gil_get_switch_interval() * 1e3);
    else
        appendf(&b, "GIL statistics: %.3f s of wall time, switch interval %.1f ms\n", wall,
                gil_get_switch_interval() * 1e3);
    appendf(&b, "%-24s %10s %10s %10s %9s %7s %9s\n", "thread", "running", "waiting",
            "blocked", "acquired", "forced", "voluntary");
    Summary m = {.wall = wall};
    uint64_t acq = 0, forced = 0, vol = 0;
    for (GilThread *t = gil_registry_first(); t != NULL; t = t->next) {
        Snapshot s = snapshot(t, now, since_reset);
        if (s.running + s.waiting + s.blocked < 1e-9 && s.acquisitions == 0) continue;
        summarise(&m, &s);
        appendf(&b, "%-24.24s %8.3f s %8.3f s %8.3f s %9llu %7llu %9llu\n", t->name, s.running,
                s.waiting, s.blocked, (unsigned long long)s.acquisitions,
                (unsigned long long)s.forced_drops, (unsigned long long)s.voluntary_drops);
        acq += s.acquisitions;
        forced += s.forced_drops;
        vol += s.voluntary_drops;
    }
    appendf(&b, "%-24s %8.3f s %8.3f s %8.3f s %9llu %7llu %9llu\n", "total", m.run, m.wait, m.blocked,
            (unsigned long long)acq, (unsigned long long)forced, (unsigned long long)vol);
    write_reading(&b, &m);
    if (totals != NULL) *totals = m;
    return strbuf_finish(&b);
}

Obj *gil_report_text(void) { return report_text(true, gil_procs_is_child(), NULL); }

/* -X gilstats at exit: the table and its reading on stderr; then a child
 * leaves its totals for the first process, which adds the table of
 * processes. */
static void report_at_exit_of_process(void) {
    bool child = gil_procs_is_child();
    Summary m = {0};
    Obj *text = report_text(false, child || gil_procs_seen_children(), &m);
    if (text == NULL) {
        err_clear();
        return;
    }
    fflush(stdout);
    fputs("\n", stderr);
    fwrite(str_data(text), 1, str_size(text), stderr);
    DECREF(text);
    GilProcSummary mine = {m.wall, m.run, m.wait, m.blocked, m.threads};
    if (child) gil_procs_record(&mine);
    else gil_procs_report(&mine);
}

static int put(Obj *d, const char *key, Obj *value) {
    if (value == NULL) return -1;
    int rc = dict_set_cstr(d, key, value);
    DECREF(value);
    return rc;
}

Obj *gil_stats_list(void) {
    int64_t now = gil_now_ns();
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    for (GilThread *t = gil_registry_first(); t != NULL; t = t->next) {
        Snapshot s = snapshot(t, now, true);
        Obj *d = dict_new();
        if (d == NULL || put(d, "name", str_from_cstr(t->name)) < 0 ||
            put(d, "ident", int_from_u64(t->ident)) < 0 ||
            put(d, "native_id", int_from_i64(t->native_id)) < 0 ||
            put(d, "alive", NEWREF(t->finished ? FALSE_ : TRUE_)) < 0 ||
            put(d, "running", float_new(s.running)) < 0 ||
            put(d, "waiting", float_new(s.waiting)) < 0 ||
            put(d, "blocked", float_new(s.blocked)) < 0 ||
            put(d, "acquisitions", int_from_u64(s.acquisitions)) < 0 ||
            put(d, "forced_drops", int_from_u64(s.forced_drops)) < 0 ||
            put(d, "voluntary_drops", int_from_u64(s.voluntary_drops)) < 0 ||
            put(d, "blocking_calls", int_from_u64(s.blocking_calls)) < 0 ||
            list_append(list, d) < 0) {
            XDECREF(d);
            DECREF(list);
            return NULL;
        }
        DECREF(d);
    }
    return list;
}

bool gil_xoption(const char *opt) {
    if (strcmp(opt, "gilstats") == 0) {
        gil_enable_accounting();
        report_at_exit = true;
        gil_procs_forget();
        return true;
    }
    if (strncmp(opt, "giltrace", 8) == 0 && (opt[8] == '\0' || opt[8] == '=')) {
        gil_enable_accounting();
        gil_trace_start(opt[8] == '=' && opt[9] ? opt + 9 : "giltrace.json");
        return true;
    }
    return false;
}

void gil_at_exit(void) {
    gil_finalize();
    if (report_at_exit) report_at_exit_of_process();
    gil_trace_write();
}
