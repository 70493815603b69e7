/* list_test.c: the C API of the sequence containers: list building, append
 * and extend (including a list extended by itself), conversion to tuples,
 * the stable sort (key, reverse, "list modified during sort"), tuple
 * construction and CPython's tuple hash, slice_unpack and range_new. */
#include <criterion/criterion.h>
#include <string.h>
#include "api.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "range.h"
#include "unit_support.h"

TestSuite(seq_list, .init = interpreter_setup);
TestSuite(seq_tuple, .init = interpreter_setup);
TestSuite(seq_slice, .init = interpreter_setup);
TestSuite(seq_range, .init = interpreter_setup);

static Obj *int_list(const intptr_t *v, size_t n)
{
    Obj *l = list_new(n);
    cr_assert_not_null(l);
    for (size_t i = 0; i < n; i++)
        list_set_new(l, i, small_new(v[i]));
    return l;
}

static void assert_ints(Obj *seq, const intptr_t *want, size_t n)
{
    bool tuple = is_tuple(seq);
    size_t size = tuple ? tuple_size(seq) : list_size(seq);
    cr_assert_eq(size, n, "size %zu, want %zu", size, n);
    for (size_t i = 0; i < n; i++) {
        Obj *v = tuple ? tuple_get(seq, i) : list_get(seq, i);
        cr_assert(is_small(v));
        cr_assert_eq(small_value(v), want[i], "item %zu: %ld, want %ld", i,
                     (long)small_value(v), (long)want[i]);
    }
}

Test(seq_list, append_and_grow)
{
    Obj *l = list_new(0);
    for (intptr_t i = 0; i < 1000; i++)
        cr_assert_eq(list_append(l, small_new(i)), 0);
    cr_assert_eq(list_size(l), 1000);
    for (intptr_t i = 0; i < 1000; i++)
        cr_assert_eq(small_value(list_get(l, (size_t)i)), i);
    Obj *s = str_from_cstr("x");
    intptr_t before = s->refcnt;
    list_append(l, s);
    cr_assert_eq(s->refcnt, before + 1, "append takes a new reference");
    DECREF(l);
    cr_assert_eq(s->refcnt, before, "the list releases its items");
    DECREF(s);
}

Test(seq_list, extend_self_and_tuple)
{
    static const intptr_t v[] = { 1, 2, 3 };
    Obj *l = int_list(v, 3);
    cr_assert_eq(list_extend(l, l), 0);
    static const intptr_t twice[] = { 1, 2, 3, 1, 2, 3 };
    assert_ints(l, twice, 6);
    Obj *t = tuple_pack(2, small_new(7), small_new(8));
    cr_assert_eq(list_extend(l, t), 0);
    static const intptr_t more[] = { 1, 2, 3, 1, 2, 3, 7, 8 };
    assert_ints(l, more, 8);
    cr_assert_eq(list_extend(l, small_new(5)), -1);
    cr_assert(err_matches(&Exc_TypeError));
    err_clear();
    DECREF(t);
    DECREF(l);
}

Test(seq_list, from_iterable_and_as_tuple)
{
    Obj *r = range_new(small_new(2), small_new(12), small_new(3));
    cr_assert_not_null(r);
    Obj *l = list_from_iterable(r);
    static const intptr_t want[] = { 2, 5, 8, 11 };
    assert_ints(l, want, 4);
    Obj *t = list_as_tuple(l);
    cr_assert(is_tuple(t));
    assert_ints(t, want, 4);
    Obj *t2 = tuple_from_iterable(l);
    cr_assert(obj_eq(t, t2) == 1);
    cr_assert_eq(tuple_from_iterable(t), t, "tuple(t) is t");
    DECREF(t); /* the extra reference from tuple_from_iterable(t) */
    Obj *l2 = list_from_array(((TupleObj *)t)->items, 4);
    cr_assert(obj_eq(l, l2) == 1);
    DECREF(l2);
    DECREF(t2);
    DECREF(t);
    DECREF(l);
    DECREF(r);
}

Test(seq_list, sort_plain_and_reverse)
{
    enum { N = 2000 };
    Obj *l = list_new(0);
    uint32_t x = 12345;
    for (int i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        list_append(l, small_new((intptr_t)(x >> 16) % 1000 - 500));
    }
    cr_assert_eq(list_sort(l, NULL, false), 0);
    for (size_t i = 1; i < N; i++)
        cr_assert_leq(small_value(list_get(l, i - 1)), small_value(list_get(l, i)));
    cr_assert_eq(list_sort(l, NULL, true), 0);
    for (size_t i = 1; i < N; i++)
        cr_assert_geq(small_value(list_get(l, i - 1)), small_value(list_get(l, i)));
    DECREF(l);
}

/* Sorting by a key keeps items with equal keys in their original order,
 * with and without reverse: key = int.__abs__. */
Test(seq_list, sort_stable_with_key)
{
    Obj *m = list_new(0);
    static const intptr_t v[] = { 3, -1, 2, 1, -3, -2, 0, 1, -1 };
    for (size_t i = 0; i < 9; i++)
        list_append(m, small_new(v[i]));
    Obj *absfn = obj_getattr_cstr((Obj *)&IntType, "__abs__");
    cr_assert_not_null(absfn);
    cr_assert_eq(list_sort(m, absfn, false), 0);
    static const intptr_t want[] = { 0, -1, 1, 1, -1, 2, -2, 3, -3 };
    assert_ints(m, want, 9);
    cr_assert_eq(list_sort(m, absfn, true), 0);
    static const intptr_t want_rev[] = { 3, -3, 2, -2, -1, 1, 1, -1, 0 };
    assert_ints(m, want_rev, 9);
    DECREF(absfn);
    DECREF(m);
}

Test(seq_list, sort_error_keeps_items)
{
    Obj *l = list_new(0);
    for (intptr_t i = 0; i < 100; i++) {
        if (i == 50) {
            Obj *s = str_from_cstr("x");
            list_append(l, s);
            DECREF(s);
        } else {
            list_append(l, small_new(100 - i));
        }
    }
    cr_assert_eq(list_sort(l, NULL, false), -1);
    cr_assert(err_matches(&Exc_TypeError));
    err_clear();
    cr_assert_eq(list_size(l), 100);
    intptr_t sum = 0;
    int strs = 0;
    for (size_t i = 0; i < 100; i++) {
        Obj *v = list_get(l, i);
        if (is_small(v)) sum += small_value(v);
        else strs++;
    }
    cr_assert_eq(strs, 1);
    cr_assert_eq(sum, 5050 - 50, "every item is still there");
    DECREF(l);
}

Test(seq_tuple, construction)
{
    Obj *e = tuple_empty(), *e2 = tuple_new(0);
    cr_assert_eq(e, e2, "one shared empty tuple");
    cr_assert_eq(tuple_size(e), 0);
    DECREF(e);
    DECREF(e2);
    Obj *items[] = { small_new(1), small_new(2) };
    Obj *t = tuple_from_array(items, 2);
    static const intptr_t want[] = { 1, 2 };
    assert_ints(t, want, 2);
    Obj *p = tuple_pack(2, small_new(1), small_new(2));
    cr_assert(obj_eq(t, p) == 1);
    /* hash((1, 2)) and hash(()) as CPython 3.11 on 64-bit */
    cr_assert_eq(obj_hash(t), (intptr_t)-3550055125485641917LL);
    Obj *empty = tuple_empty();
    cr_assert_eq(obj_hash(empty), (intptr_t)5740354900026072187LL);
    DECREF(empty);
    DECREF(p);
    DECREF(t);
}

Test(seq_slice, unpack)
{
    struct { Obj *start, *stop, *step; intptr_t len, s, e, st, n; } cases[] = {
        { NONE, NONE, NONE, 10, 0, 10, 1, 10 },
        { small_new(-3), NONE, NONE, 10, 7, 10, 1, 3 },
        { NONE, NONE, small_new(-1), 10, 9, -1, -1, 10 },
        { small_new(100), small_new(-100), small_new(-3), 10, 9, -1, -3, 4 },
        { small_new(5), small_new(2), NONE, 10, 5, 2, 1, 0 },
        { small_new(1), NONE, small_new(4), 0, 0, 0, 4, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Obj *s = slice_new(cases[i].start, cases[i].stop, cases[i].step);
        intptr_t start, stop, step, n;
        cr_assert_eq(slice_unpack(s, cases[i].len, &start, &stop, &step, &n), 0);
        cr_assert_eq(start, cases[i].s, "case %zu start %ld", i, (long)start);
        cr_assert_eq(stop, cases[i].e, "case %zu stop %ld", i, (long)stop);
        cr_assert_eq(step, cases[i].st, "case %zu step", i);
        cr_assert_eq(n, cases[i].n, "case %zu count %ld", i, (long)n);
        DECREF(s);
    }
    Obj *zero = slice_new(NULL, NULL, small_new(0));
    intptr_t a, b, c, d;
    cr_assert_eq(slice_unpack(zero, 5, &a, &b, &c, &d), -1);
    cr_assert(err_matches(&Exc_ValueError));
    err_clear();
    DECREF(zero);
}

Test(seq_range, new_and_len)
{
    Obj *r = range_new(small_new(0), small_new(10), small_new(0));
    cr_assert_null(r);
    cr_assert(err_matches(&Exc_ValueError));
    err_clear();
    r = range_new(NULL, small_new(10), NULL);
    cr_assert_eq(obj_len(r), 10);
    Obj *v = obj_getitem(r, small_new(-1));
    cr_assert_eq(v, small_new(9));
    cr_assert_eq(obj_contains(r, small_new(3)), 1);
    cr_assert_eq(obj_contains(r, small_new(10)), 0);
    DECREF(r);
}
