/* gil_procs.c: the GIL's numbers across processes (-X gilstats and
 * -X giltrace in a program that forks).
 *
 * Every process has its own GIL, so every process keeps its own counters.
 * A forked child starts them from zero; when it exits it prints its own
 * table and appends one line (its name, pid, start and end on the shared
 * monotonic clock, and its running/waiting/blocked seconds) to a file that
 * belongs to the run: $TMPDIR/gilpy-gilstats-<first pid>.  The first
 * process reads that file when it exits and adds a table of processes and
 * a sentence: how much Python code ran at the same time, which threads
 * under one GIL never manage.  Trace files work the same way: a child
 * writes its events to a part file beside the trace, and the first process
 * copies the parts into the one trace it writes (see gil_trace.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gil_internal.h"

static pid_t first_pid;              /* the process the run started as */
static bool forked_child;
static char process_name[64] = "MainProcess";
static int64_t process_start_ns;

void gil_procs_begin(void) {
    first_pid = getpid();
    process_start_ns = gil_now_ns();
}

void gil_procs_after_fork_child(void) {
    forked_child = true;
    process_start_ns = gil_now_ns();
    snprintf(process_name, sizeof process_name, "forked child");
}

bool gil_procs_is_child(void) { return forked_child; }
long gil_procs_first_pid(void) { return (long)first_pid; }
const char *gil_process_name(void) { return process_name; }

void gil_set_process_name(const char *name) {
    snprintf(process_name, sizeof process_name, "%s", name);
}

static void stats_path(char *buf, size_t size) {
    const char *dir = getenv("TMPDIR");
    snprintf(buf, size, "%s/gilpy-gilstats-%ld", dir && *dir ? dir : "/tmp", (long)first_pid);
}

bool gil_procs_seen_children(void) {
    char path[512];
    stats_path(path, sizeof path);
    return access(path, F_OK) == 0;
}

void gil_procs_forget(void) {
    char path[512];
    stats_path(path, sizeof path);
    unlink(path);
}

void gil_procs_record(const GilProcSummary *s) {
    char path[512], line[256];
    stats_path(path, sizeof path);
    int n = snprintf(line, sizeof line, "%ld %lld %lld %.6f %.6f %.6f %d %s\n", (long)getpid(),
                     (long long)process_start_ns,
                     (long long)process_start_ns + (long long)(s->wall * 1e9), s->run, s->wait,
                     s->blocked, s->threads, process_name);
    if (n < 0 || (size_t)n >= sizeof line) return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return;
    /* one write of a short line to an O_APPEND file: lines never interleave */
    ssize_t w;
    do w = write(fd, line, (size_t)n); while (w < 0 && errno == EINTR);
    close(fd);
}

typedef struct ProcRow {
    long pid;
    long long start_ns, end_ns;
    double run, wait, blocked;
    int threads;
    char name[64];
} ProcRow;

enum { MAX_ROWS = 256 };

static int read_rows(ProcRow *rows, int max) {
    char path[512];
    stats_path(path, sizeof path);
    FILE *f = fopen(path, "r");
    if (f == NULL) return 0;
    int n = 0;
    ProcRow r;
    while (n < max && fscanf(f, "%ld %lld %lld %lf %lf %lf %d %63[^\n]", &r.pid, &r.start_ns,
                             &r.end_ns, &r.run, &r.wait, &r.blocked, &r.threads, r.name) == 8)
        rows[n++] = r;
    fclose(f);
    unlink(path);
    return n;
}

static int by_pid(const void *a, const void *b) {
    long x = ((const ProcRow *)a)->pid, y = ((const ProcRow *)b)->pid;
    return (x > y) - (x < y);
}

static void print_row(const ProcRow *r) {
    fprintf(stderr, "%-24.24s %7ld %8.3f s %8.3f s %8.3f s %8.3f s\n", r->name, r->pid,
            (r->end_ns - r->start_ns) / 1e9, r->run, r->wait, r->blocked);
}

/* The sentence under the table of processes. */
static void print_reading(double run, double wall, int children) {
    double together = wall > 0 ? run / wall : 0;
    if (together >= 1.3)
        fprintf(stderr, "Reading: the processes ran Python code for %.2f s in %.2f s of wall "
                        "time, %.1f at once on average. Each process has its own GIL, so "
                        "CPU-bound work on processes runs in parallel, which threads under one "
                        "GIL cannot do.\n", run, wall, together);
    else
        fprintf(stderr, "Reading: the %d child process%s ran Python code for %.2f s in %.2f s "
                        "of wall time, %.1f at once on average: %s\n", children,
                children == 1 ? "" : "es", run, wall, together,
                run < 0.5 * wall ? "they spent most of the time waiting, not computing."
                                 : "they took turns rather than running side by side.");
}

void gil_procs_report(const GilProcSummary *mine) {
    ProcRow rows[MAX_ROWS];
    int n = read_rows(rows, MAX_ROWS - 1);
    if (n == 0) return;
    qsort(rows, (size_t)n, sizeof rows[0], by_pid);
    ProcRow *me = &rows[n++];
    *me = (ProcRow){(long)getpid(), process_start_ns,
                    process_start_ns + (long long)(mine->wall * 1e9), mine->run, mine->wait,
                    mine->blocked, mine->threads, ""};
    snprintf(me->name, sizeof me->name, "%s", process_name);
    long long first = me->start_ns, last = me->end_ns;
    double run = 0, wait = 0, blocked = 0, child_run = 0;
    for (int i = 0; i < n; i++) {
        if (rows[i].start_ns < first) first = rows[i].start_ns;
        if (rows[i].end_ns > last) last = rows[i].end_ns;
        run += rows[i].run;
        wait += rows[i].wait;
        blocked += rows[i].blocked;
        if (i < n - 1) child_run += rows[i].run;
    }
    double wall = (last - first) / 1e9;
    fprintf(stderr, "\nGIL statistics of %d processes: %.3f s of wall time\n", n, wall);
    fprintf(stderr, "%-24s %7s %10s %10s %10s %10s\n", "process", "pid", "wall", "running",
            "waiting", "blocked");
    print_row(me);
    for (int i = 0; i < n - 1; i++) print_row(&rows[i]);
    fprintf(stderr, "%-24s %7s %10s %8.3f s %8.3f s %8.3f s\n", "total", "", "", run, wait,
            blocked);
    /* the window in which the children ran is what parallelism is about */
    long long cfirst = rows[0].start_ns, clast = rows[0].end_ns;
    for (int i = 1; i < n - 1; i++) {
        if (rows[i].start_ns < cfirst) cfirst = rows[i].start_ns;
        if (rows[i].end_ns > clast) clast = rows[i].end_ns;
    }
    print_reading(child_run, (clast - cfirst) / 1e9, n - 1);
}
