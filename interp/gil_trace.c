/* gil_trace.c: the GIL timeline (-X giltrace=FILE).
 *
 * Each finished state of a thread (holding the GIL, waiting for it, blocked
 * in a named system call) becomes one record in a ring buffer; recording is
 * a few stores, done by the thread that owns the state.  At exit the buffer
 * is written as a Chrome trace event file (JSON: one "X" complete event per
 * span, "M" metadata naming the threads), which ui.perfetto.dev and
 * chrome://tracing open.  When the ring is full the oldest spans go.
 *
 * A forked child records only its own spans and, at exit, writes them to a
 * part file beside the trace (FILE.<first pid>.<pid>.part); the first
 * process copies every part into its file and removes it, so one trace
 * shows each process as its own track group, on one clock.
 *
 * Other recorders of the same process (asyncio's -X looptrace) hand their
 * events over as JSON text, already on this trace's clock; they are written
 * with the process's own spans.
 */
#include <dirent.h>
#include <libgen.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gil_internal.h"

enum { RING_SPANS = 1 << 20 };

typedef struct Span {
    int64_t begin_ns, end_ns;
    GilThread *thread;
    const char *what;
    int state;
} Span;

bool gil_tracing;
static char *trace_path;
static Span *ring;
static uint64_t ring_count;          /* spans ever recorded */
static int64_t trace_origin_ns;
static pthread_mutex_t ring_mutex = PTHREAD_MUTEX_INITIALIZER;
static char *extra_events;           /* JSON from other recorders, or NULL */
static size_t extra_length;

void gil_trace_start(const char *path) {
    ring = calloc(RING_SPANS, sizeof *ring);
    trace_path = strdup(path);
    if (ring == NULL || trace_path == NULL) {
        fprintf(stderr, "gilpy: cannot record a GIL trace: out of memory\n");
        return;
    }
    trace_origin_ns = gil_now_ns();
    gil_tracing = true;
}

void gil_trace_span(GilThread *t, int state, int64_t begin_ns, int64_t end_ns, const char *what) {
    /* waits and blocking spans end while the thread does not hold the GIL,
     * so the ring has its own lock */
    pthread_mutex_lock(&ring_mutex);
    Span *s = &ring[ring_count++ % RING_SPANS];
    s->begin_ns = begin_ns;
    s->end_ns = end_ns;
    s->thread = t;
    s->what = what;
    s->state = state;
    pthread_mutex_unlock(&ring_mutex);
}

void gil_trace_after_fork_child(void) {
    pthread_mutex_init(&ring_mutex, NULL);
    ring_count = 0;          /* what came before the fork is the parent's */
    free(extra_events);
    extra_events = NULL;
    extra_length = 0;
}

bool gil_trace_origin(double *seconds) {
    if (!gil_tracing) return false;
    *seconds = (double)trace_origin_ns / 1e9;
    return true;
}

int gil_trace_add_events(const char *json, size_t len) {
    char *grown = realloc(extra_events, extra_length + len + 1);
    if (grown == NULL) return -1;
    memcpy(grown + extra_length, json, len);
    extra_length += len;
    grown[extra_length] = '\0';
    extra_events = grown;
    return 0;
}

void gil_trace_thread_name(GilThread *t) {
    (void)t;      /* names are read from the registry when the file is written */
}

static const char *span_name(const Span *s) {
    switch (s->state) {
    case GIL_HOLDING: return "running (holds GIL)";
    case GIL_WAITING: return "waiting for GIL";
    default: return s->what ? s->what : "blocked";
    }
}

static const char *span_category(const Span *s) {
    switch (s->state) {
    case GIL_HOLDING: return "gil.hold";
    case GIL_WAITING: return "gil.wait";
    default: return "blocking";
    }
}

/* A thread name as a JSON string body (names are user text). */
static void write_json_text(FILE *f, const char *s) {
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
}

static double micros(int64_t ns) { return (double)ns / 1000.0; }

/* This process's metadata and spans, one event per line, each after
 * ",\n" (the very first one of the file after `lead`). */
static void write_events(FILE *f, const char *lead) {
    long pid = (long)getpid();
    fprintf(f, "%s{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": %ld, \"tid\": 0, "
               "\"args\": {\"name\": \"", lead, pid);
    write_json_text(f, gil_process_name());
    fprintf(f, "\"}}");
    for (GilThread *t = gil_registry_first(); t != NULL; t = t->next) {
        if (gil_procs_is_child() && t->finished) continue;   /* the parent's threads */
        fprintf(f, ",\n{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": %ld, \"tid\": %ld, "
                   "\"args\": {\"name\": \"", pid, t->native_id);
        write_json_text(f, t->name);
        fprintf(f, "\"}}");
    }
    uint64_t first = ring_count > RING_SPANS ? ring_count - RING_SPANS : 0;
    for (uint64_t i = first; i < ring_count; i++) {
        const Span *s = &ring[i % RING_SPANS];
        fprintf(f, ",\n{\"name\": \"%s\", \"cat\": \"%s\", \"ph\": \"X\", \"pid\": %ld, "
                   "\"tid\": %ld, \"ts\": %.3f, \"dur\": %.3f}",
                span_name(s), span_category(s), pid, s->thread->native_id,
                micros(s->begin_ns - trace_origin_ns), micros(s->end_ns - s->begin_ns));
    }
    if (extra_events != NULL) fwrite(extra_events, 1, extra_length, f);
}

/* The children's part files: FILE.<first pid>.<pid>.part in FILE's folder. */
static void copy_parts(FILE *out) {
    char *dir_copy = strdup(trace_path), *base_copy = strdup(trace_path);
    if (dir_copy == NULL || base_copy == NULL) goto done;
    const char *dir = dirname(dir_copy);
    char prefix[512];
    snprintf(prefix, sizeof prefix, "%s.%ld.", basename(base_copy), gil_procs_first_pid());
    DIR *d = opendir(dir);
    if (d == NULL) goto done;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (strncmp(e->d_name, prefix, strlen(prefix)) != 0 || len < 5 ||
            strcmp(e->d_name + len - 5, ".part") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *in = fopen(path, "r");
        if (in == NULL) continue;
        char buf[65536];
        for (size_t n; (n = fread(buf, 1, sizeof buf, in)) > 0;) fwrite(buf, 1, n, out);
        fclose(in);
        unlink(path);
    }
    closedir(d);
done:
    free(dir_copy);
    free(base_copy);
}

void gil_trace_write(void) {
    if (!gil_tracing) return;
    gil_tracing = false;
    char part[4096];
    const char *path = trace_path;
    if (gil_procs_is_child()) {
        snprintf(part, sizeof part, "%s.%ld.%ld.part", trace_path, gil_procs_first_pid(),
                 (long)getpid());
        path = part;
    }
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "gilpy: cannot write the GIL trace to %s\n", path);
        return;
    }
    if (gil_procs_is_child()) {
        write_events(f, ",\n");
    } else {
        fprintf(f, "{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n");
        write_events(f, "");
        copy_parts(f);
        fprintf(f, "\n]}\n");
    }
    fclose(f);
}
