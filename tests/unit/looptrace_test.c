/* looptrace_test.c: what -X loopstats and -X looptrace show of the asyncio
 * event loop (stdlib/lib/asyncio/_instrument.py).  A small program runs a
 * coroutine that blocks the loop in time.sleep beside a few well-behaved
 * tasks; the tests check the table and its reading, the trace file's
 * tracks, spans and flow arrows, and that with -X giltrace as well the
 * loop's tracks land in the GIL trace on the same clock as the GIL spans. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "float.h"
#include "gil.h"
#include "int.h"
#include "unit_support.h"

TestSuite(looptrace, .init = interpreter_setup);

/* The program; %s are the -X options it pretends to have been given. */
#define PROGRAM \
    "import sys\n" \
    "sys._xoptions.update(%s)\n" \
    "import asyncio, time\n" \
    "async def fetch():\n" \
    "    time.sleep(0.15)\n" \
    "async def worker(n):\n" \
    "    for i in range(3):\n" \
    "        await asyncio.sleep(0.002)\n" \
    "    return n\n" \
    "async def main():\n" \
    "    await asyncio.gather(fetch(), *(worker(i) for i in range(3)))\n" \
    "asyncio.run(main())\n" \
    "from asyncio import _instrument\n" \
    "_instrument._report()\n"

static Obj *run_program(const char *options)
{
    static char src[2048];
    snprintf(src, sizeof src, PROGRAM, options);
    return run_script(src, "<looptrace_test>");
}

static long count(Obj *g, const char *name)
{
    Obj *v = dict_get_cstr(g, name);
    cr_assert_not_null(v, "%s not set", name);
    int overflow = 0;
    return (long)int_as_i64(v, &overflow);
}

/* Counts a trace file's events by category, as globals of a script. */
#define COUNT_EVENTS \
    "import json\n" \
    "events = json.load(open(%s))['traceEvents']\n" \
    "def n(cat): return sum(e.get('cat') == cat for e in events)\n" \
    "steps, waits, flows, callbacks = n('task.step'), n('loop.wait'), n('flow'), n('callback')\n" \
    "holds = n('gil.hold')\n" \
    "tracks = [e['args']['name'] for e in events if e['name'] == 'thread_name']\n" \
    "task_tracks = sum(t.startswith('Task-') for t in tracks)\n" \
    "loop_tracks = tracks.count('event loop')\n" \
    "fetch = [e for e in events if e.get('cat') == 'task.step'\n" \
    "         and e['name'].endswith('fetch()')][0]\n" \
    "start, end = fetch['ts'], fetch['ts'] + fetch['dur']\n" \
    "sleeps_in_fetch = sum(e.get('name') == 'sleep' and start <= e['ts']\n" \
    "                      and e['ts'] + e['dur'] <= end for e in events)\n"

static Obj *count_events(const char *path)
{
    static char src[1024];
    char quoted[300];
    snprintf(quoted, sizeof quoted, "'%s'", path);
    snprintf(src, sizeof src, COUNT_EVENTS, quoted);
    return run_script(src, "<count_events>");
}

Test(looptrace, loopstats_names_the_coroutine_that_blocked_the_loop)
{
    cr_redirect_stderr();
    DECREF(run_program("loopstats=True"));
    fflush(stderr);
    static char out[1 << 14];
    FILE *f = cr_get_redirected_stderr();
    out[fread(out, 1, sizeof out - 1, f)] = '\0';
    cr_expect(strstr(out, "-X loopstats: the asyncio event loop") != NULL, "%s", out);
    cr_expect(strstr(out, "7 tasks: 7 finished") != NULL,
              "main, fetch, 3 workers, asyncio.run's two clean-up tasks: %s", out);
    cr_expect(strstr(out, "Task-2 step: fetch() at <looptrace_test>:4") != NULL,
              "fetch is among the slowest callbacks: %s", out);
    cr_expect(strstr(out, "reading: the loop was blocked 0.1") != NULL, "%s", out);
    cr_expect(strstr(out, "by fetch() at <looptrace_test>:4, most of it blocked in a "
                          "system call") != NULL, "%s", out);
}

Test(looptrace, the_trace_has_a_track_per_task_and_the_loop)
{
    char path[] = "/tmp/gilpy-looptrace-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    char options[256];
    snprintf(options, sizeof options, "looptrace='%s'", path);
    DECREF(run_program(options));
    Obj *g = count_events(path);
    unlink(path);
    cr_expect_eq(count(g, "task_tracks"), 7, "main, fetch, three workers, two clean-ups");
    cr_expect_eq(count(g, "loop_tracks"), 1);
    cr_expect_geq(count(g, "steps"), 1 + 1 + 3 * 4, "every resumption is a span");
    cr_expect_geq(count(g, "waits"), 3, "the loop's poll() waits");
    cr_expect_gt(count(g, "flows"), 0, "wake-up arrows");
    cr_expect_eq(count(g, "holds"), 0, "no GIL spans without -X giltrace");
    DECREF(g);
}

Test(looptrace, with_giltrace_both_go_into_one_file_on_one_clock)
{
    char loop_path[] = "/tmp/gilpy-looptrace-XXXXXX", gil_path[] = "/tmp/gilpy-giltrace-XXXXXX";
    int fd1 = mkstemp(loop_path), fd2 = mkstemp(gil_path);
    cr_assert(fd1 >= 0 && fd2 >= 0);
    close(fd1);
    close(fd2);
    char opt[300], options[600];
    snprintf(opt, sizeof opt, "giltrace=%s", gil_path);
    cr_assert(gil_xoption(opt));
    snprintf(options, sizeof options, "looptrace='%s', giltrace='%s'", loop_path, gil_path);
    DECREF(run_program(options));
    gil_at_exit();
    Obj *g = count_events(gil_path);
    cr_expect_eq(count(g, "task_tracks"), 7);
    cr_expect_geq(count(g, "steps"), 1 + 1 + 3 * 4);
    cr_expect_gt(count(g, "holds"), 0, "the GIL's spans are there too");
    /* fetch's step ran 0.15 s inside which the main thread's GIL timeline
     * shows it blocked in "sleep": one clock places them together. */
    cr_expect_eq(count(g, "sleeps_in_fetch"), 1);
    DECREF(g);
    unlink(loop_path);
    unlink(gil_path);
}
