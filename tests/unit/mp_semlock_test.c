/* mp_semlock_test.c: _multiprocessing.SemLock (stdlib/mp_semlock.c).  The
 * semaphore is shared with a forked child (a value the child takes is gone
 * for the parent; a child blocked on it wakes when the parent releases),
 * each process counts its own acquires, and freeing the object unmaps its
 * page. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "api.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "unit_support.h"

TestSuite(mp_semlock, .init = interpreter_setup);

static Obj *run(const char *src)
{
    return run_script(src, "<mp_semlock_test>");
}

static int64_t int_of(Obj *g, const char *name)
{
    Obj *v = dict_get_cstr(g, name);
    cr_assert_not_null(v, "%s not set", name);
    int overflow = 0;
    return int_as_i64(v, &overflow);
}

static int count_mappings(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    cr_assert_not_null(f);
    int n = 0, c;
    while ((c = fgetc(f)) != EOF)
        n += c == '\n';
    fclose(f);
    return n;
}

Test(mp_semlock, child_takes_what_the_parent_sees)
{
    Obj *g = run(
        "import _multiprocessing, os\n"
        "s = _multiprocessing.SemLock(1, 2, 2, None, True)\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    s.acquire(); s.acquire()\n"
        "    os._exit(10 + s._count())\n"
        "_, status = os.waitpid(pid, 0)\n"
        "child_code = os.waitstatus_to_exitcode(status)\n"
        "value_after = s._get_value()\n"
        "taken = int(s.acquire(False))\n"
        "mine = s._count()\n");
    cr_assert_eq(int_of(g, "child_code"), 12);
    cr_assert_eq(int_of(g, "value_after"), 0);
    cr_assert_eq(int_of(g, "taken"), 0);
    cr_assert_eq(int_of(g, "mine"), 0);
    DECREF(g);
}

Test(mp_semlock, waiting_child_wakes_on_release)
{
    Obj *g = run(
        "import _multiprocessing, os, time\n"
        "lock = _multiprocessing.SemLock(1, 1, 1, None, True)\n"
        "lock.acquire()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    ok = lock.acquire(True, 30)\n"
        "    os._exit(3 if ok and lock._count() == 1 else 4)\n"
        "time.sleep(0.05)\n"
        "lock.release()\n"
        "_, status = os.waitpid(pid, 0)\n"
        "child_code = os.waitstatus_to_exitcode(status)\n"
        "still_held = int(lock._is_zero())\n");
    cr_assert_eq(int_of(g, "child_code"), 3);
    cr_assert_eq(int_of(g, "still_held"), 1);   /* the child exited holding it */
    DECREF(g);
}

Test(mp_semlock, rlock_ownership_is_per_process)
{
    Obj *g = run(
        "import _multiprocessing, os\n"
        "r = _multiprocessing.SemLock(0, 1, 1, None, True)\n"
        "r.acquire(); r.acquire()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    code = 20 + r._count() + 2 * r._is_mine()\n"
        "    try:\n"
        "        r.release()\n"
        "    except AssertionError:\n"
        "        code += 10\n"
        "    os._exit(code)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "child_code = os.waitstatus_to_exitcode(status)\n"
        "count = r._count()\n");
    cr_assert_eq(int_of(g, "child_code"), 30);
    cr_assert_eq(int_of(g, "count"), 2);
    DECREF(g);
}

Test(mp_semlock, freeing_unmaps_the_page)
{
    Obj *m = import_module_cstr("_multiprocessing");
    cr_assert_not_null(m);
    Obj *type = dict_get_cstr(module_dict(m), "SemLock");
    cr_assert_not_null(type);
    Obj *args[5] = {small_new(1), small_new(1), small_new(1), NONE, TRUE_};
    Obj *keep[64];
    int before = count_mappings();
    for (int i = 0; i < 64; i++) {
        keep[i] = obj_call(type, args, 5, NULL);
        cr_assert_not_null(keep[i]);
    }
    cr_assert_geq(count_mappings(), before + 1);
    for (int i = 0; i < 64; i++)
        DECREF(keep[i]);
    cr_assert_eq(count_mappings(), before);
    DECREF(m);
}
