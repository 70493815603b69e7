/* str_intern.c: the table of interned strings.
 *
 * Every identifier (attribute, global, keyword names) is interned, so the
 * runtime can compare names by pointer.  The table is an open-addressing
 * set of str pointers keyed by the cached XXH3 hash; interned strings are
 * made immortal, so the table never holds a dangling pointer and needs no
 * deletion.  Only the GIL holder touches it. */
#include <stdlib.h>
#include <xxhash.h>
#include "str_internal.h"
#include "err.h"

static Obj **table;
static size_t table_cap, table_used;

static Obj **find_slot(Obj **tab, size_t cap, const char *s, size_t size, intptr_t hash) {
    size_t mask = cap - 1, i = (size_t)hash & mask;
    for (;;) {
        Obj *e = tab[i];
        if (e == NULL) return &tab[i];
        if (as_str(e)->hash == hash && str_size(e) == size && memcmp(str_data(e), s, size) == 0)
            return &tab[i];
        i = (i + 1) & mask;
    }
}

static int grow(void) {
    size_t cap = table_cap ? table_cap * 2 : 1024;
    Obj **tab = calloc(cap, sizeof *tab);
    if (tab == NULL) {
        err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < table_cap; i++) {
        Obj *e = table[i];
        if (e != NULL) *find_slot(tab, cap, str_data(e), str_size(e), as_str(e)->hash) = e;
    }
    free(table);
    table = tab;
    table_cap = cap;
    return 0;
}

/* The canonical string equal to s, or NULL.  s's hash gets computed. */
static Obj *lookup(Obj *s) {
    if (table_cap == 0) return NULL;
    return *find_slot(table, table_cap, str_data(s), str_size(s), str_hash(s));
}

static int insert(Obj *s) {
    if ((table_used + 1) * 3 > table_cap * 2 && grow() < 0) return -1;
    *find_slot(table, table_cap, str_data(s), str_size(s), str_hash(s)) = s;
    table_used++;
    StrObj *o = as_str(s);
    o->interned = true;
    o->ob.refcnt = IMMORTAL_REFCNT;
    return 0;
}

Obj *str_intern(Obj *s) {
    if (as_str(s)->interned) return s;
    Obj *canon = lookup(s);
    if (canon != NULL) {
        DECREF(s);
        return NEWREF(canon);
    }
    if (TYPE(s) != &StrType) {   /* str subclasses are not interned: intern a copy */
        Obj *copy = str_exact(s);
        DECREF(s);
        if (copy == NULL) return NULL;
        s = copy;
        canon = lookup(s);
        if (canon != NULL) {
            DECREF(s);
            return NEWREF(canon);
        }
    }
    if (insert(s) < 0) {
        DECREF(s);
        return NULL;
    }
    return s;   /* immortal now: the caller's reference is as good as any */
}

Obj *str_intern_cstr(const char *cs) {
    size_t size = strlen(cs);
    intptr_t h = (intptr_t)XXH3_64bits(cs, size);
    if (h == -1) h = -2;
    if (table_cap != 0) {
        Obj *e = *find_slot(table, table_cap, cs, size, h);
        if (e != NULL) return e;
    }
    Obj *s = str_from(cs, size);
    if (s == NULL) return NULL;
    return str_intern(s);   /* immortal: the borrowed result stays valid */
}
