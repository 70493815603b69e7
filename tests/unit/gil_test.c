/* gil_test.c: the GIL and what it counts.  Small Python programs start
 * threads with _thread; the tests then read the GIL's statistics (through
 * the `gil` module, as a course exercise would) and check what must hold:
 * CPU-bound threads are forced to hand the GIL over and wait for it, a
 * sleeping thread is counted as blocked with the GIL released, the switch
 * interval is honoured, and the timeline file is well formed. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "api.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "gil.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "unit_support.h"

TestSuite(gil, .init = interpreter_setup);

/* Runs src in a fresh module; returns its globals (new reference). */
static Obj *run(const char *src)
{
    return run_script(src, "<gil_test>");
}

static double number(Obj *g, const char *name)
{
    Obj *v = dict_get_cstr(g, name);
    cr_assert_not_null(v, "%s not set", name);
    return float_as_double(v);
}

/* Two threads with a helper that starts them and waits for both. */
#define START_TWO \
    "import _thread, time, gil\n" \
    "def both(f, *args):\n" \
    "    done = []\n" \
    "    for i in range(2):\n" \
    "        l = _thread.allocate_lock(); l.acquire(); done.append(l)\n" \
    "        def body(l=l, i=i):\n" \
    "            gil.set_thread_name('worker-%d' % i)\n" \
    "            try: f(*args)\n" \
    "            finally: l.release()\n" \
    "        _thread.start_new_thread(body, ())\n" \
    "    for l in done: l.acquire()\n" \
    "def row(name):\n" \
    "    return [t for t in gil.stats() if t['name'] == name][-1]\n"

Test(gil, cpu_bound_threads_take_turns)
{
    Obj *g = run(START_TWO
        "def spin(n):\n"
        "    while n: n -= 1\n"
        "gil.reset()\n"
        "both(spin, 3_000_000)\n"
        "w0, w1 = row('worker-0'), row('worker-1')\n"
        "forced = w0['forced_drops'] + w1['forced_drops']\n"
        "waited = min(w0['waiting'], w1['waiting'])\n"
        "ran = w0['running'] + w1['running']\n"
        "alive = w0['alive'] or w1['alive']\n");
    cr_expect_geq(number(g, "forced"), 2, "CPU-bound threads must be asked to drop the GIL");
    cr_expect_gt(number(g, "waited"), 0.0, "each worker waits while the other runs");
    cr_expect_gt(number(g, "ran"), 0.0);
    cr_expect_eq(dict_get_cstr(g, "alive"), FALSE_, "finished threads are marked finished");
    DECREF(g);
}

Test(gil, sleeping_threads_are_blocked_not_waiting)
{
    Obj *g = run(START_TWO
        "gil.reset()\n"
        "t0 = time.monotonic()\n"
        "both(time.sleep, 0.2)\n"
        "elapsed = time.monotonic() - t0\n"
        "w0 = row('worker-0')\n"
        "blocked, waiting, voluntary = w0['blocked'], w0['waiting'], w0['voluntary_drops']\n");
    cr_expect_lt(number(g, "elapsed"), 0.35, "two sleeps of 0.2 s overlap");
    cr_expect_geq(number(g, "blocked"), 0.15);
    cr_expect_lt(number(g, "waiting"), 0.1);
    cr_expect_geq(number(g, "voluntary"), 1, "a blocking call hands the GIL over");
    DECREF(g);
}

Test(gil, switch_interval_round_trip)
{
    double old = gil_get_switch_interval();
    cr_expect_float_eq(old, 0.005, 1e-9, "CPython's default is 5 ms");
    Obj *g = run("import sys\n"
                 "sys.setswitchinterval(0.001)\n"
                 "now = sys.getswitchinterval()\n"
                 "sys.setswitchinterval(0.005)\n");
    cr_expect_float_eq(number(g, "now"), 0.001, 1e-9);
    DECREF(g);
}

Test(gil, report_names_threads_and_reads_the_numbers)
{
    Obj *g = run(START_TWO
        "def spin(n):\n"
        "    while n: n -= 1\n"
        "gil.reset()\n"
        "both(spin, 2_000_000)\n"
        "text = gil.report()\n");
    Obj *text = dict_get_cstr(g, "text");
    cr_assert(is_str(text));
    const char *s = str_data(text);
    cr_expect(strstr(s, "worker-0") && strstr(s, "worker-1"), "rows carry names: %s", s);
    cr_expect(strstr(s, "MainThread") != NULL);
    cr_expect(strstr(s, "\nReading: ") != NULL, "a sentence reads the table: %s", s);
    cr_expect(strstr(s, "serialised by the GIL") != NULL, "CPU-bound threads are recognised: %s", s);
    DECREF(g);
}

static char *read_all(FILE *f)
{
    static char buf[1 << 17];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    return buf;
}

/* Turns on -X giltrace=<a new temporary file>; path (a mkstemp template)
 * gets the file's name. */
static void trace_to_temp_file(char *path)
{
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    close(fd);
    char opt[64];
    snprintf(opt, sizeof opt, "giltrace=%s", path);
    cr_assert(gil_xoption(opt));
}

/* The trace file at path, read whole (into read_all's buffer) and removed. */
static const char *take_trace(const char *path)
{
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f);
    const char *text = read_all(f);
    fclose(f);
    unlink(path);
    return text;
}

Test(gil, timeline_is_chrome_trace_json)
{
    char path[] = "/tmp/gilpy-trace-XXXXXX";
    trace_to_temp_file(path);
    Obj *g = run(START_TWO "both(time.sleep, 0.01)\n");
    DECREF(g);
    gil_at_exit();
    const char *buf = take_trace(path);
    size_t n = strlen(buf);
    cr_expect(strncmp(buf, "{\"displayTimeUnit\"", 18) == 0);
    cr_expect(strstr(buf, "\"traceEvents\": [") != NULL);
    cr_expect(strstr(buf, "\"name\": \"thread_name\"") != NULL);
    cr_expect(strstr(buf, "\"args\": {\"name\": \"worker-1\"}") != NULL);
    cr_expect(strstr(buf, "\"name\": \"sleep\", \"cat\": \"blocking\", \"ph\": \"X\"") != NULL);
    cr_expect(strstr(buf, "\"name\": \"running (holds GIL)\"") != NULL);
    cr_expect(strcmp(buf + n - 4, "\n]}\n") == 0, "the file is closed: %s", buf + n - 8);
}

Test(gil, processes_each_get_a_table_and_a_track)
{
    char path[] = "/tmp/gilpy-trace-XXXXXX";
    cr_redirect_stderr();
    cr_assert(gil_xoption("gilstats"));
    trace_to_temp_file(path);
    Obj *g = run("import os\n"
                 "pid = os.fork()\n"
                 "if pid == 0:\n"
                 "    n = 300_000\n"
                 "    while n: n -= 1\n"
                 "    os._exit(0)\n"
                 "os.waitpid(pid, 0)\n");
    DECREF(g);
    gil_at_exit();
    fflush(stderr);
    const char *trace = take_trace(path);
    cr_expect(strstr(trace, "\"args\": {\"name\": \"MainProcess\"}") != NULL, "%s", trace);
    cr_expect(strstr(trace, "\"args\": {\"name\": \"forked child\"}") != NULL,
              "the child's part joined the trace: %.400s", trace);
    cr_expect(strcmp(trace + strlen(trace) - 4, "\n]}\n") == 0);
    const char *out = read_all(cr_get_redirected_stderr());
    const char *child = strstr(out, "GIL statistics of forked child (pid ");
    const char *parent = strstr(out, "GIL statistics of MainProcess (pid ");
    const char *all = strstr(out, "GIL statistics of 2 processes: ");
    cr_expect(child && parent && all && child < parent && parent < all,
              "the child's table, the parent's, then the table of processes: %s", out);
    cr_expect(strstr(out, "\nforked child ") != NULL, "a row for the child: %s", out);
}
