/* dict_test.c: the C API of dict and set: insertion order through growth and
 * deletion, the version bump on every mutation, dict_get_str on interned and
 * equal non-interned strings, 1 == 1.0 == True as one key, unhashable keys,
 * KeyError from dict_del, dict_next/dict_keys_list, merging; sets: CPython's
 * iteration order for ints, discard, the frozenset constant helper. */
#include <criterion/criterion.h>
#include <string.h>
#include "api.h"
#include "err.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "set.h"
#include "unit_support.h"

TestSuite(dict, .init = interpreter_setup);

Test(dict, insertion_order_survives_growth_and_deletion)
{
    Obj *d = dict_new();
    for (intptr_t i = 0; i < 1000; i++)
        cr_assert_eq(dict_set(d, small_new((i * 7919) % 1000), small_new(i)), 0);
    cr_assert_eq(dict_size(d), 1000);
    for (intptr_t i = 0; i < 1000; i += 2)
        cr_assert_eq(dict_del(d, small_new((i * 7919) % 1000)), 0);
    cr_assert_eq(dict_size(d), 500);
    size_t pos = 0;
    Obj *k, *v;
    intptr_t expect = 1;
    while (dict_next(d, &pos, &k, &v)) {
        cr_assert_eq(small_value(v), expect);
        cr_assert_eq(small_value(k), (expect * 7919) % 1000);
        expect += 2;
    }
    cr_assert_eq(expect, 1001);
    DECREF(d);
}

Test(dict, version_changes_on_every_mutation)
{
    Obj *d = dict_new();
    uint64_t v0 = ((DictObj *)d)->version;
    cr_assert_eq(dict_set_cstr(d, "a", small_new(1)), 0);
    uint64_t v1 = ((DictObj *)d)->version;
    cr_assert_neq(v0, v1);
    cr_assert_eq(dict_set_cstr(d, "a", small_new(2)), 0);   /* overwrite */
    uint64_t v2 = ((DictObj *)d)->version;
    cr_assert_neq(v1, v2);
    cr_assert_not_null(dict_get_cstr(d, "a"));
    cr_assert_eq(((DictObj *)d)->version, v2, "a lookup must not change the version");
    cr_assert_eq(dict_del(d, str_intern_cstr("a")), 0);
    cr_assert_neq(((DictObj *)d)->version, v2);
    uint64_t v3 = ((DictObj *)d)->version;
    dict_set_cstr(d, "b", small_new(1));
    dict_clear(d);
    cr_assert_neq(((DictObj *)d)->version, v3);
    /* two dicts never share a version */
    Obj *e = dict_new();
    cr_assert_neq(((DictObj *)e)->version, ((DictObj *)d)->version);
    DECREF(d);
    DECREF(e);
}

Test(dict, get_str_finds_equal_strings)
{
    Obj *d = dict_new();
    Obj *key = str_from_cstr("not_interned_key");   /* a fresh, non-interned object */
    cr_assert_eq(dict_set(d, key, small_new(42)), 0);
    Obj *v = dict_get_str(d, str_intern_cstr("not_interned_key"));
    cr_assert_not_null(v);
    cr_assert_eq(small_value(v), 42);
    cr_assert_null(dict_get_str(d, str_intern_cstr("other")));
    cr_assert_null(err_occurred());
    /* a non-str key with an equal hash is skipped without calling Python */
    cr_assert_eq(dict_set(d, small_new(str_hash(key)), small_new(1)), 0);
    cr_assert_eq(small_value(dict_get_str(d, key)), 42);
    DECREF(key);
    DECREF(d);
}

Test(dict, equal_numbers_are_one_key)
{
    Obj *d = dict_new();
    Obj *f = float_new(1.0);
    cr_assert_eq(dict_set(d, small_new(1), str_intern_cstr("int")), 0);
    cr_assert_eq(dict_set(d, f, str_intern_cstr("float")), 0);
    cr_assert_eq(dict_set(d, TRUE_, str_intern_cstr("bool")), 0);
    cr_assert_eq(dict_size(d), 1);
    cr_assert(str_equal_cstr(dict_get(d, small_new(1)), "bool"));
    Obj *keys = dict_keys_list(d);
    cr_assert(is_small(list_get(keys, 0)), "the first key object stays");
    DECREF(keys);
    DECREF(f);
    DECREF(d);
}

Test(dict, unhashable_key_and_missing_key)
{
    Obj *d = dict_new();
    Obj *l = list_new(0);
    cr_assert_eq(dict_set(d, l, small_new(1)), -1);
    Obj *exc = err_fetch();
    cr_assert(IS_TYPE(exc, Exc_TypeError));
    Obj *msg = obj_str(exc);
    cr_assert(str_equal_cstr(msg, "unhashable type: 'list'"));
    DECREF(msg);
    DECREF(exc);
    cr_assert_null(dict_get(d, small_new(5)));
    cr_assert_null(err_occurred());
    cr_assert_eq(dict_del(d, small_new(5)), -1);
    exc = err_fetch();
    cr_assert(IS_TYPE(exc, Exc_KeyError));
    DECREF(exc);
    cr_assert_eq(dict_contains(d, small_new(5)), 0);
    DECREF(l);
    DECREF(d);
}

Test(dict, copy_update_merge)
{
    Obj *a = dict_new(), *b = dict_new();
    dict_set_cstr(a, "x", small_new(1));
    dict_set_cstr(a, "y", small_new(2));
    dict_set_cstr(b, "y", small_new(20));
    dict_set_cstr(b, "z", small_new(30));
    Obj *c = dict_copy(a);
    cr_assert_eq(dict_merge(c, b, false), 0);
    cr_assert_eq(small_value(dict_get_cstr(c, "y")), 2);
    cr_assert_eq(small_value(dict_get_cstr(c, "z")), 30);
    cr_assert_eq(dict_update(a, b), 0);
    cr_assert_eq(small_value(dict_get_cstr(a, "y")), 20);
    Obj *items = dict_items_list(a);
    cr_assert_eq(list_size(items), 3);
    Obj *first = list_get(items, 0);
    cr_assert(str_equal_cstr(tuple_get(first, 0), "x"));
    DECREF(items);
    DECREF(a);
    DECREF(b);
    DECREF(c);
}

Test(dict, set_iteration_order_matches_cpython)
{
    /* CPython 3.11: set([100, 5, 37, 8, 64, 1000, 3, -1, -7, 12]) */
    static const intptr_t in[] = { 100, 5, 37, 8, 64, 1000, 3, -1, -7, 12 };
    static const intptr_t want[] = { 64, 3, 100, 37, 5, 8, 1000, 12, -7, -1 };
    Obj *s = set_new(NULL);
    for (size_t i = 0; i < 10; i++) cr_assert_eq(set_add(s, small_new(in[i])), 0);
    cr_assert_eq(set_size(s), 10);
    size_t pos = 0, n = 0;
    Obj *k;
    while (set_next(s, &pos, &k)) cr_assert_eq(small_value(k), want[n++]);
    cr_assert_eq(n, 10);
    cr_assert_eq(set_discard(s, small_new(37)), 1);
    cr_assert_eq(set_discard(s, small_new(37)), 0);
    cr_assert_eq(set_contains(s, small_new(37)), 0);
    cr_assert_eq(set_contains(s, small_new(5)), 1);
    DECREF(s);
}

Test(dict, frozenset_constant_order)
{
    /* CPython 3.11 prints {100, 5, 37, 8, 64, 1000, 3, -1, -7, 12} in this order */
    static const intptr_t in[] = { 100, 5, 37, 8, 64, 1000, 3, -1, -7, 12 };
    static const intptr_t want[] = { 64, 3, 100, 5, 37, 8, 1000, 12, -7, -1 };
    Obj *t = tuple_new(10);
    for (size_t i = 0; i < 10; i++) tuple_set(t, i, small_new(in[i]));
    Obj *fs = frozenset_from_const_tuple(t);
    cr_assert_not_null(fs);
    Obj *s = set_new(fs);
    size_t pos = 0, n = 0;
    Obj *k;
    while (set_next(s, &pos, &k)) cr_assert_eq(small_value(k), want[n++]);
    cr_assert_eq(n, 10);
    cr_assert(is_anyset(fs) && is_anyset(s));
    DECREF(s);
    DECREF(fs);
    DECREF(t);
}

Test(dict, presized_dict_does_not_resize)
{
    Obj *d = dict_new_presized(100);
    cr_assert_not_null(d);
    DictEntry *entries = ((DictObj *)d)->entries;
    cr_assert_geq(((DictObj *)d)->entries_cap, 100);
    for (intptr_t i = 0; i < 100; i++) cr_assert_eq(dict_set(d, small_new(i), NONE), 0);
    cr_assert_eq(((DictObj *)d)->entries, entries, "no resize for the announced entries");
    cr_assert_eq(dict_size(d), 100);
    DECREF(d);
}

/* A C subclass of dict with __missing__, standing in for a class statement. */
static Obj *missing_impl(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    cr_assert_eq(nargs, 1);
    return str_from_format("missing %R", args[0]);
}
static const MethodDef missing_methods[] = { {"__missing__", missing_impl}, {NULL} };
static Type MissingDictType = {
    .ob = STATIC_HEAD(&TypeType), .name = "MissingDict", .size = sizeof(DictObj),
    .flags = TF_BASETYPE, .base = &DictType, .methods = missing_methods,
};

Test(dict, missing_hook_of_subclasses)
{
    cr_assert_eq(type_ready(&MissingDictType), 0);
    Obj *d = obj_call0((Obj *)&MissingDictType);
    cr_assert_not_null(d);
    cr_assert(is_dict(d));
    cr_assert_eq(dict_set_cstr(d, "present", small_new(1)), 0);
    Obj *v = obj_getitem(d, str_intern_cstr("present"));
    cr_assert_eq(small_value(v), 1);
    v = obj_getitem(d, small_new(7));
    cr_assert_not_null(v);
    cr_assert(str_equal_cstr(v, "missing 7"));
    DECREF(v);
    cr_assert_null(dict_get(d, small_new(7)), "dict_get does not call __missing__");
    /* a plain dict raises KeyError */
    Obj *plain = dict_new();
    cr_assert_null(obj_getitem(plain, small_new(7)));
    Obj *exc = err_fetch();
    cr_assert(IS_TYPE(exc, Exc_KeyError));
    DECREF(exc);
    DECREF(plain);
    DECREF(d);
}

static Type SubSetType = {
    .ob = STATIC_HEAD(&TypeType), .name = "SubSet", .flags = TF_BASETYPE, .base = &SetType,
};
static Type SubFrozenType = {
    .ob = STATIC_HEAD(&TypeType), .name = "SubFrozen", .flags = TF_BASETYPE, .base = &FrozenSetType,
};

Test(dict, set_subclass_reprs_and_results)
{
    cr_assert_eq(type_ready(&SubSetType), 0);
    cr_assert_eq(type_ready(&SubFrozenType), 0);
    Obj *t = tuple_pack(2, small_new(2), small_new(1));
    Obj *s = obj_call1((Obj *)&SubSetType, t);
    Obj *f = obj_call1((Obj *)&SubFrozenType, t);
    Obj *e = obj_call0((Obj *)&SubSetType);
    cr_assert(s && f && e);
    Obj *r1 = obj_repr(s), *r2 = obj_repr(f), *r3 = obj_repr(e);
    cr_assert(str_equal_cstr(r1, "SubSet({1, 2})"));
    cr_assert(str_equal_cstr(r2, "SubFrozen({1, 2})"));
    cr_assert(str_equal_cstr(r3, "SubSet()"));
    Obj *u = obj_binop(s, f, BINOP_OR);   /* results take the base type */
    cr_assert(IS_TYPE(u, SetType));
    Obj *v = obj_binop(f, s, BINOP_AND);
    cr_assert(IS_TYPE(v, FrozenSetType));
    cr_assert_eq(obj_hash(f), obj_hash(v), "equal frozensets hash alike");
    Obj *objs[] = { r1, r2, r3, u, v, s, f, e, t };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) DECREF(objs[i]);
}

/* Keys whose == empties a container: lookups must start over, not crash. */
static Obj *victim;
static intptr_t evil_hash(Obj *o) { return 42; }
static Obj *evil_compare(Obj *a, Obj *b, int op)
{
    if (victim != NULL) {
        if (is_dict(victim)) dict_clear(victim);
        else for (size_t pos = 0; set_size(victim) > 0; pos = 0) {
            Obj *k;
            cr_assert(set_next(victim, &pos, &k));
            set_discard(victim, k);
        }
    }
    return NEWREF(bool_from(a == b));
}
static Type EvilType = {
    .ob = STATIC_HEAD(&TypeType), .name = "Evil", .size = sizeof(Obj),
    .hash = evil_hash, .richcompare = evil_compare,
};

Test(dict, comparisons_that_mutate_the_container)
{
    cr_assert_eq(type_ready(&EvilType), 0);
    Obj *a = obj_alloc(&EvilType, sizeof(Obj)), *b = obj_alloc(&EvilType, sizeof(Obj));
    Obj *d = dict_new();
    cr_assert_eq(dict_set(d, a, small_new(1)), 0);
    victim = d;
    cr_assert_null(dict_get(d, b));
    cr_assert_null(err_occurred());
    cr_assert_eq(dict_size(d), 0);
    cr_assert_eq(dict_set(d, a, small_new(1)), 0);
    cr_assert_eq(dict_set(d, b, small_new(2)), 0);   /* compares with a, which clears d */
    cr_assert_eq(dict_size(d), 1);
    cr_assert_eq(small_value(dict_get(d, b)), 2);
    victim = NULL;
    Obj *s = set_new(NULL);
    cr_assert_eq(set_add(s, a), 0);
    victim = s;
    cr_assert_eq(set_contains(s, b), 0);
    cr_assert_eq(set_add(s, a), 0);
    cr_assert_eq(set_add(s, b), 0);
    cr_assert_eq(set_size(s), 1);
    victim = NULL;
    DECREF(s);
    DECREF(d);
    DECREF(a);
    DECREF(b);
}
