/* gil_trace.c: the GIL timeline (-X giltrace=FILE).
 *
 * Each finished state of a thread (holding the GIL, waiting for it, blocked
 * in a named system call) becomes one record in a ring buffer; recording is
 * a few stores, done by the thread that owns the state.  At exit the buffer
 * is written as a Chrome trace event file (JSON: one "X" complete event per
 * span, "M" metadata naming the threads), which ui.perfetto.dev and
 * chrome://tracing open.  When the ring is full the oldest spans go.
 */
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

void gil_trace_write(void) {
    if (!gil_tracing) return;
    gil_tracing = false;
    FILE *f = fopen(trace_path, "w");
    if (f == NULL) {
        fprintf(stderr, "gilpy: cannot write the GIL trace to %s\n", trace_path);
        return;
    }
    long pid = (long)getpid();
    fprintf(f, "{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n");
    fprintf(f, "{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": %ld, \"tid\": 0, "
               "\"args\": {\"name\": \"gilpy %ld\"}}", pid, pid);
    for (GilThread *t = gil_registry_first(); t != NULL; t = t->next) {
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
    fprintf(f, "\n]}\n");
    fclose(f);
}
