/* math_sum.c: math functions over many values: fsum (exact sum with
 * Shewchuk's non-overlapping partials, rounded once, half to even), prod,
 * and the Euclidean norms hypot and dist (scaled sum of squares kept in
 * double-double, then a square root with one correction step). */
#include <math.h>
#include <stdlib.h>
#include "math_internal.h"
#include "args.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "tuple.h"

/* ---- fsum ---------------------------------------------------------------- */

typedef struct Partials {
    double *p;
    size_t n, cap;
    double small[32];
} Partials;

static int partials_push(Partials *ps, double x) {
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *np = ps->p == ps->small ? malloc(cap * sizeof *np) : realloc(ps->p, cap * sizeof *np);
        if (np == NULL) { err_no_memory(); return -1; }
        if (ps->p == ps->small) for (size_t i = 0; i < ps->n; i++) np[i] = ps->small[i];
        ps->p = np;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* Adds x to the partials, keeping them non-overlapping and increasing. */
static int partials_add(Partials *ps, double x) {
    size_t kept = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) ps->p[kept++] = lo;
        x = hi;
    }
    ps->n = kept;
    return x != 0.0 ? partials_push(ps, x) : 0;
}

/* The partials' exact sum rounded to nearest, ties to even. */
static double partials_total(const Partials *ps) {
    size_t n = ps->n;
    if (n == 0) return 0.0;
    double hi = ps->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) break;
    }
    /* hi + lo is exact; when lo is exactly half an ulp of hi and the
     * partials below push the same way, the true sum is past the tie */
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

MATH_FN(fsum) {
    if (args_no_kwargs("math.fsum", kwnames) < 0 || args_count("math.fsum", nargs, 1, 1) < 0)
        return NULL;
    Obj *it = obj_iter(args[0]);
    if (it == NULL) return NULL;
    Partials ps = { .p = NULL, .n = 0, .cap = 32 };
    ps.p = ps.small;
    double special = 0.0, infs = 0.0;
    Obj *item, *result = NULL;
    while ((item = obj_next(it)) != NULL) {
        double x;
        int rc = math_arg_double(item, &x);
        DECREF(item);
        if (rc < 0) goto done;
        if (!isfinite(x)) {   /* inf and nan bypass the partials */
            if (isinf(x)) infs += x;
            special += x;
            continue;
        }
        if (partials_add(&ps, x) < 0) goto done;
        if (ps.n > 0 && !isfinite(ps.p[ps.n - 1])) {
            err_set_str(&Exc_OverflowError, "intermediate overflow in fsum");
            goto done;
        }
    }
    if (err_occurred()) goto done;
    if (special != 0.0 || isnan(special)) {
        if (isnan(infs)) err_set_str(&Exc_ValueError, "-inf + inf in fsum");
        else result = float_new(special);
        goto done;
    }
    result = float_new(partials_total(&ps));
done:
    if (ps.p != ps.small) free(ps.p);
    DECREF(it);
    return result;
}

/* ---- prod ---------------------------------------------------------------- */

MATH_FN(prod) {
    static const char *const names[] = {"iterable", "/", "$start", NULL};
    Obj *a[2];
    if (nargs != 1) {
        err_format(&Exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
        return NULL;
    }
    if (args_bind("prod", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    Obj *it = obj_iter(a[0]);
    if (it == NULL) return NULL;
    Obj *acc = a[1] != NULL ? NEWREF(a[1]) : small_new(1);
    Obj *item;
    while ((item = obj_next(it)) != NULL) {
        Obj *r = obj_binop(acc, item, BINOP_MUL);
        DECREF(item);
        DECREF(acc);
        if ((acc = r) == NULL) break;
    }
    DECREF(it);
    if (acc != NULL && err_occurred()) CLEAR(acc);
    return acc;
}

/* ---- hypot and dist --------------------------------------------------- */

/* Adds x to the running sum *sum (|*sum| >= |x|), gathering the rounding
 * error in *err (fast two-sum). */
static inline void add_exact(double *sum, double *err, double x) {
    double old = *sum;
    *sum += x;
    *err += (old - *sum) + x;
}

/* Splits x into hi + lo with hi holding the upper 26 bits (Veltkamp), so
 * hi*hi, hi*lo and lo*lo are exact. */
static inline void split(double x, double *hi, double *lo) {
    double t = x * 134217729.0;   /* 2**27 + 1 */
    *hi = t - (t - x);
    *lo = x - *hi;
}

/* sqrt(sum of v[i]**2) for |v[i]| <= max, as CPython 3.11 computes it (so
 * the last bit agrees): the values are scaled by a power of two so the
 * largest is in [0.5, 1), each square is split exactly into three parts
 * added onto a running 1.0 (which keeps the fast two-sum valid) with their
 * errors gathered in three accumulators, and the square root gets one
 * first-order correction computed the same way.  Below the normal range
 * the values are divided by max instead. */
static double vector_norm(const double *v, size_t n, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int e;
    frexp(max, &e);
    double sum = 1.0, err1 = 0.0, err2 = 0.0, err3 = 0.0, hi, lo;
    if (e < -1023) {
        for (size_t i = 0; i < n; i++) {
            double x = v[i] / max;
            add_exact(&sum, &err1, x * x);
        }
        return max * sqrt(sum - 1.0 + err1);
    }
    double scale = ldexp(1.0, -e);
    for (size_t i = 0; i < n; i++) {
        split(v[i] * scale, &hi, &lo);
        add_exact(&sum, &err1, hi * hi);
        add_exact(&sum, &err2, 2.0 * hi * lo);
        err3 += lo * lo;
    }
    double h = sqrt(sum - 1.0 + (err1 + err2 + err3));
    split(h, &hi, &lo);
    add_exact(&sum, &err1, -hi * hi);
    add_exact(&sum, &err2, -2.0 * hi * lo);
    add_exact(&sum, &err3, -lo * lo);
    double r = sum - 1.0 + (err1 + err2 + err3);
    return (h + r / (2.0 * h)) / scale;
}

/* Reads the absolute values of items into v; tracks max and NaN. */
static int collect_abs(Obj *const *items, size_t n, double *v, double *max, bool *nan) {
    for (size_t i = 0; i < n; i++) {
        double x;
        if (math_arg_double(items[i], &x) < 0) return -1;
        v[i] = fabs(x);
        if (isnan(x)) *nan = true;
        if (v[i] > *max) *max = v[i];
    }
    return 0;
}

MATH_FN(hypot) {
    if (args_no_kwargs("math.hypot", kwnames) < 0) return NULL;
    double small[16];
    double *v = nargs <= 16 ? small : malloc(nargs * sizeof *v);
    if (v == NULL) { err_no_memory(); return NULL; }
    double max = 0.0;
    bool nan = false;
    Obj *r = NULL;
    if (collect_abs(args, nargs, v, &max, &nan) == 0)
        r = float_new(vector_norm(v, nargs, max, nan));
    if (v != small) free(v);
    return r;
}

static Obj *as_tuple(Obj *o) {
    return IS_TYPE(o, TupleType) ? NEWREF(o) : tuple_from_iterable(o);
}

MATH_FN(dist) {
    if (args_no_kwargs("dist", kwnames) < 0 || args_count("dist", nargs, 2, 2) < 0) return NULL;
    Obj *p = as_tuple(args[0]);
    if (p == NULL) return NULL;
    Obj *q = as_tuple(args[1]);
    if (q == NULL) { DECREF(p); return NULL; }
    Obj *r = NULL;
    size_t n = tuple_size(p);
    double *v = NULL;
    if (n != tuple_size(q)) {
        err_set_str(&Exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if ((v = malloc((n + 1) * sizeof *v)) == NULL) { err_no_memory(); goto done; }
    double max = 0.0;
    bool nan = false;
    for (size_t i = 0; i < n; i++) {
        double x, y;
        if (math_arg_double(tuple_get(p, i), &x) < 0 || math_arg_double(tuple_get(q, i), &y) < 0)
            goto done;
        v[i] = fabs(x - y);
        if (isnan(v[i])) nan = true;
        if (v[i] > max) max = v[i];
    }
    r = float_new(vector_norm(v, n, max, nan));
done:
    free(v);
    DECREF(p);
    DECREF(q);
    return r;
}
