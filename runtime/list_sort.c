/* list_sort.c: list.sort(key=, reverse=), a stable natural merge sort in
 * the manner of timsort: runs found in the data (strictly descending runs
 * reversed), short runs extended by binary insertion, runs merged under
 * timsort's stack invariants, each merge skipping the prefix and suffix
 * already in place and galloping when one run keeps winning.  Only `<` is
 * used, as CPython does; homogeneous keys (small ints, exact str, exact
 * float, and tuples whose first items are such) need no calls.  While
 * sorting the list is empty, so a key or __lt__ that changes it is caught:
 * "list modified during sort".  On an error the items stay a permutation. */
#include <stdlib.h>
#include <string.h>
#include "list_internal.h"
#include "err.h"
#include "str.h"
#include "float.h"

typedef int (*LessFn)(Obj *a, Obj *b);   /* 1 a < b, 0 not, -1 error */

typedef struct Sorter {
    Obj **keys;     /* compared */
    Obj **vals;     /* moved along with keys, or NULL */
    Obj **tmp;      /* scratch: n keys then n vals */
    size_t n;
    LessFn less;
} Sorter;

/* ---- comparisons --------------------------------------------------------------------------- */
static int less_generic(Obj *a, Obj *b) {
    if (is_small(a) && is_small(b)) return small_value(a) < small_value(b);
    return obj_richcompare_bool(a, b, CMP_LT);
}
static int less_small(Obj *a, Obj *b) { return small_value(a) < small_value(b); }
static int less_float(Obj *a, Obj *b) { return float_value(a) < float_value(b); }
static int less_str(Obj *a, Obj *b) {
    size_t na = str_size(a), nb = str_size(b);
    const unsigned char *pa = (const unsigned char *)str_data(a), *pb = (const unsigned char *)str_data(b);
    if (na != 0 && nb != 0 && pa[0] != pb[0]) return pa[0] < pb[0];   /* UTF-8 orders like code points */
    int c = memcmp(pa, pb, na < nb ? na : nb);
    return c != 0 ? c < 0 : na < nb;
}

/* The comparison for homogeneous keys (or NULL): small ints, exact str,
 * exact float. */
static LessFn homogeneous_less(Obj **keys, size_t n, size_t stride_item) {
    bool all_small = true, all_str = true, all_float = true;
    for (size_t i = 0; i < n && (all_small || all_str || all_float); i++) {
        Obj *k = stride_item == SIZE_MAX ? keys[i] : tuple_get(keys[i], stride_item);
        all_small = all_small && is_small(k);
        all_str = all_str && IS_TYPE(k, StrType);
        all_float = all_float && IS_TYPE(k, FloatType);
    }
    return all_small ? less_small : all_str ? less_str : all_float ? less_float : NULL;
}

/* Tuples whose first items share a fast comparison (CPython's
 * unsafe_tuple_compare): the first differing item decides.  A sort run by
 * a comparison saves and restores it (see sort_items). */
static _Thread_local LessFn tuple_first_less;

static int items_eq(Obj *x, Obj *y) {
    if (x == y) return 1;
    if (is_small(x) && is_small(y)) return 0;
    if (IS_TYPE(x, StrType) && IS_TYPE(y, StrType)) return str_equal(x, y);
    return obj_richcompare_bool(x, y, CMP_EQ);
}

static int less_tuple(Obj *a, Obj *b) {
    size_t na = tuple_size(a), nb = tuple_size(b), i;
    for (i = 0; i < na && i < nb; i++) {
        int k = items_eq(tuple_get(a, i), tuple_get(b, i));
        if (k < 0) return -1;
        if (k == 0) break;
    }
    if (i >= na || i >= nb) return na < nb;
    if (i == 0) return tuple_first_less(tuple_get(a, 0), tuple_get(b, 0));
    return less_generic(tuple_get(a, i), tuple_get(b, i));
}

static LessFn pick_less(Obj **keys, size_t n) {
    LessFn f = homogeneous_less(keys, n, SIZE_MAX);
    if (f != NULL) return f;
    for (size_t i = 0; i < n; i++)
        if (!IS_TYPE(keys[i], TupleType) || tuple_size(keys[i]) == 0) return less_generic;
    tuple_first_less = homogeneous_less(keys, n, 0);
    if (tuple_first_less == NULL) tuple_first_less = less_generic;
    return less_tuple;
}

/* ---- moving items (keys with their values) ------------------------------------------------ */
static void reverse_range(Obj **a, size_t lo, size_t hi) {
    for (; lo + 1 < hi; lo++, hi--) {
        Obj *t = a[lo];
        a[lo] = a[hi - 1];
        a[hi - 1] = t;
    }
}

static void move_item(Sorter *s, size_t dst, size_t src) {
    s->keys[dst] = s->keys[src];
    if (s->vals) s->vals[dst] = s->vals[src];
}

/* ---- binary insertion sort: a[lo..hi) with a[lo..start) already sorted --------------- */
static int binary_insertion(Sorter *s, size_t lo, size_t hi, size_t start) {
    for (size_t i = start; i < hi; i++) {
        Obj *pivot = s->keys[i], *pval = s->vals ? s->vals[i] : NULL;
        size_t l = lo, r = i;   /* first position whose item is > pivot */
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = s->less(pivot, s->keys[m]);
            if (c < 0) return -1;
            if (c) r = m;
            else l = m + 1;
        }
        memmove(s->keys + l + 1, s->keys + l, (i - l) * sizeof(Obj *));
        if (s->vals) memmove(s->vals + l + 1, s->vals + l, (i - l) * sizeof(Obj *));
        s->keys[l] = pivot;
        if (s->vals) s->vals[l] = pval;
    }
    return 0;
}

/* The length of the run starting at lo (at most hi - lo); a strictly
 * descending run is reversed in place.  -1 on error. */
static intptr_t count_run(Sorter *s, size_t lo, size_t hi) {
    if (hi - lo < 2) return (intptr_t)(hi - lo);
    int c = s->less(s->keys[lo + 1], s->keys[lo]);
    if (c < 0) return -1;
    size_t i = lo + 2;
    if (c) {
        for (; i < hi; i++) {
            c = s->less(s->keys[i], s->keys[i - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_range(s->keys, lo, i);
        if (s->vals) reverse_range(s->vals, lo, i);
    } else {
        for (; i < hi; i++) {
            c = s->less(s->keys[i], s->keys[i - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return (intptr_t)(i - lo);
}

/* ---- merging --------------------------------------------------------------------------------- */
/* Whether y ends a gallop for x: y > x (upper) or y >= x (lower); -1 on error. */
static int gallop_stops(Sorter *s, Obj *x, Obj *y, bool upper) {
    if (upper) return s->less(x, y);
    int c = s->less(y, x);
    return c < 0 ? -1 : !c;
}

/* Galloping (exponential then binary search) over the sorted a[0..n): the
 * number of leading items <= x (`upper`) or < x (not `upper`); -1 on error. */
static intptr_t gallop(Sorter *s, Obj *x, Obj **a, size_t n, bool upper) {
    size_t lo = 0, hi = n, step = 1;
    for (;;) {
        size_t probe = lo + step - 1;
        if (probe >= n) break;
        int c = gallop_stops(s, x, a[probe], upper);
        if (c < 0) return -1;
        if (c) {
            hi = probe;
            break;
        }
        lo = probe + 1;
        step *= 2;
    }
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        int c = gallop_stops(s, x, a[m], upper);
        if (c < 0) return -1;
        if (c) hi = m;
        else lo = m + 1;
    }
    return (intptr_t)lo;
}

enum { MIN_GALLOP = 7 };

/* Merges the sorted runs [a, b) and [b, c): the first run goes to scratch
 * space and the two are merged back from the left, one item at a time
 * until one run keeps winning, then by galloping over whole stretches.
 * On an error the rest of the first run fills the gap, so the items stay
 * a permutation. */
static int merge(Sorter *s, size_t a, size_t b, size_t c) {
    /* the first run's items <= the second's first, and the second's items
     * >= the first's last, are already in place */
    intptr_t skip = gallop(s, s->keys[b], s->keys + a, b - a, true);
    if (skip < 0) return -1;
    a += (size_t)skip;
    if (a == b) return 0;
    intptr_t keep = gallop(s, s->keys[b - 1], s->keys + b, c - b, false);
    if (keep < 0) return -1;
    c = b + (size_t)keep;
    if (s->tmp == NULL && (s->tmp = malloc(2 * s->n * sizeof(Obj *))) == NULL) {
        err_no_memory();
        return -1;
    }
    size_t na = b - a;
    Obj **tk = s->tmp, **tv = s->tmp + s->n;
    memcpy(tk, s->keys + a, na * sizeof(Obj *));
    if (s->vals) memcpy(tv, s->vals + a, na * sizeof(Obj *));
    size_t i = 0, j = b, k = a;   /* the gap [k, j) holds exactly na - i slots */
    int rc = 0;
    while (rc == 0 && i < na && j < c) {
        size_t wins_a = 0, wins_b = 0;
        while (i < na && j < c && wins_a < MIN_GALLOP && wins_b < MIN_GALLOP) {
            int lt = s->less(s->keys[j], tk[i]);
            if (lt < 0) {
                rc = -1;
                break;
            }
            if (lt) {
                move_item(s, k++, j++);
                wins_b++;
                wins_a = 0;
            } else {
                s->keys[k] = tk[i];
                if (s->vals) s->vals[k] = tv[i];
                k++;
                i++;
                wins_a++;
                wins_b = 0;
            }
        }
        while (rc == 0 && i < na && j < c) {
            intptr_t run_a = gallop(s, s->keys[j], tk + i, na - i, true);
            if (run_a < 0) {
                rc = -1;
                break;
            }
            memcpy(s->keys + k, tk + i, (size_t)run_a * sizeof(Obj *));
            if (s->vals) memcpy(s->vals + k, tv + i, (size_t)run_a * sizeof(Obj *));
            i += (size_t)run_a;
            k += (size_t)run_a;
            if (i >= na) break;
            intptr_t run_b = gallop(s, tk[i], s->keys + j, c - j, false);
            if (run_b < 0) {
                rc = -1;
                break;
            }
            memmove(s->keys + k, s->keys + j, (size_t)run_b * sizeof(Obj *));
            if (s->vals) memmove(s->vals + k, s->vals + j, (size_t)run_b * sizeof(Obj *));
            j += (size_t)run_b;
            k += (size_t)run_b;
            if (run_a < MIN_GALLOP && run_b < MIN_GALLOP) break;
        }
    }
    /* what is left of the first run fills the gap before the second's rest */
    memcpy(s->keys + k, tk + i, (na - i) * sizeof(Obj *));
    if (s->vals) memcpy(s->vals + k, tv + i, (na - i) * sizeof(Obj *));
    return rc;
}

/* ---- the run stack ---------------------------------------------------------------------------- */
typedef struct Run { size_t base, len; } Run;
enum { MAX_RUNS = 128 };

static int merge_at(Sorter *s, Run *runs, size_t *nruns, size_t i) {
    Run *x = &runs[i], *y = &runs[i + 1];
    if (merge(s, x->base, y->base, y->base + y->len) < 0) return -1;
    x->len += y->len;
    for (size_t k = i + 1; k + 1 < *nruns; k++) runs[k] = runs[k + 1];
    (*nruns)--;
    return 0;
}

/* Restores timsort's invariants on the lengths of the pending runs. */
static int merge_collapse(Sorter *s, Run *runs, size_t *nruns) {
    while (*nruns > 1) {
        size_t n = *nruns - 2;
        if ((n > 0 && runs[n - 1].len <= runs[n].len + runs[n + 1].len) ||
            (n > 1 && runs[n - 2].len <= runs[n - 1].len + runs[n].len)) {
            if (runs[n - 1].len < runs[n + 1].len) n--;
        } else if (runs[n].len > runs[n + 1].len) {
            break;
        }
        if (merge_at(s, runs, nruns, n) < 0) return -1;
    }
    return 0;
}

static size_t min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_run_merges(Sorter *s);

static int sort_items(Sorter *s) {
    if (s->n < 2) return 0;
    LessFn saved = tuple_first_less;
    s->less = pick_less(s->keys, s->n);
    int rc = sort_run_merges(s);
    tuple_first_less = saved;
    return rc;
}

static int sort_run_merges(Sorter *s) {
    size_t n = s->n;
    Run runs[MAX_RUNS];
    size_t nruns = 0, minrun = min_run(n);
    for (size_t lo = 0; lo < n;) {
        intptr_t len = count_run(s, lo, n);
        if (len < 0) return -1;
        if ((size_t)len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + (size_t)len) < 0) return -1;
            len = (intptr_t)force;
        }
        runs[nruns].base = lo;
        runs[nruns].len = (size_t)len;
        nruns++;
        if (merge_collapse(s, runs, &nruns) < 0) return -1;
        lo += (size_t)len;
    }
    while (nruns > 1) {
        size_t i = nruns - 2;
        if (i > 0 && runs[i - 1].len < runs[i + 1].len) i--;
        if (merge_at(s, runs, &nruns, i) < 0) return -1;
    }
    return 0;
}

/* ---- list.sort -------------------------------------------------------------------------------- */
int list_sort(Obj *o, Obj *key, bool reverse) {
    ListObj *l = as_list(o);
    Obj **items = l->items;
    size_t n = l->size, cap = l->cap;
    /* the list looks empty while sorting */
    l->items = NULL;
    l->size = l->cap = 0;
    Sorter s = { .keys = items, .vals = NULL, .tmp = NULL, .n = n };
    Obj **keys = NULL;
    int rc = 0;
    if (key != NULL && n > 0) {
        keys = malloc(n * sizeof(Obj *));
        if (keys == NULL) {
            err_no_memory();
            rc = -1;
        }
        for (size_t i = 0; rc == 0 && i < n; i++) {
            keys[i] = obj_call1(key, items[i]);
            if (keys[i] == NULL) {
                for (size_t k = 0; k < i; k++) DECREF(keys[k]);
                rc = -1;
            }
        }
        if (rc < 0) {
            free(keys);
            keys = NULL;
        }
        s.keys = keys;
        s.vals = items;
    }
    if (rc == 0) {
        if (reverse) {   /* reversing around a stable sort keeps equal items in order */
            reverse_range(s.keys, 0, n);
            if (s.vals) reverse_range(s.vals, 0, n);
        }
        rc = sort_items(&s);
        if (reverse) {
            reverse_range(s.keys, 0, n);
            if (s.vals) reverse_range(s.vals, 0, n);
        }
        if (keys != NULL) {
            for (size_t i = 0; i < n; i++) DECREF(keys[i]);
            free(keys);
        }
        free(s.tmp);
    }
    bool modified = l->items != NULL || l->size != 0;
    Obj **extra = l->items;
    size_t nextra = l->size;
    l->items = items;
    l->size = n;
    l->cap = cap;
    if (modified) {
        if (rc == 0) err_set_str(&Exc_ValueError, "list modified during sort");
        rc = -1;
        for (size_t i = nextra; i-- > 0;) XDECREF(extra[i]);
        free(extra);
    }
    return rc;
}
