/* seq_common.c: the helpers tuple, list and range share (seq_internal.h):
 * index arguments, repeat counts, item-wise comparison, `in`/count, the
 * tuple hash and the repr of lists and tuples. */
#include "seq_internal.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "range.h"
#include "repr_guard.h"

/* ---- index arguments -------------------------------------------------------- */
bool seq_has_index(Obj *o) {
    return is_int(o) || (TYPE(o)->number != NULL && TYPE(o)->number->index != NULL);
}

int seq_as_ssize(Obj *o, Type *overflow_exc, intptr_t *out) {
    if (overflow_exc == &Exc_IndexError) return int_item_index(o, out);
    if (is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    Obj *idx = obj_index(o);
    if (idx == NULL) return -1;
    int overflow = 0;
    int64_t v = int_as_i64(idx, &overflow);
    DECREF(idx);
    if (overflow || v > INTPTR_MAX || v < INTPTR_MIN) {
        err_format(overflow_exc, "cannot fit '%s' into an index-sized integer", type_name(o));
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}

Obj *seq_index_exact(Obj *o) {
    if (is_exact_int(o)) return NEWREF(o);
    Obj *i = obj_index(o);
    if (i != NULL && !is_exact_int(i)) SETREF(i, int_add(i, small_new(0)));
    return i;
}

int seq_item_index(Obj *key, const size_t *n, intptr_t *i, const char *seqname,
                   const char *range_msg) {
    if (is_small(key)) {
        *i = small_value(key);
    } else if (is_slice(key)) {
        return 0;
    } else if (seq_has_index(key)) {
        if (seq_as_ssize(key, &Exc_IndexError, i) < 0) return -1;
    } else {
        err_format(&Exc_TypeError, "%s indices must be integers or slices, not %s", seqname,
                   type_name(key));
        return -1;
    }
    if (*i < 0) *i += (intptr_t)*n;
    if (*i < 0 || *i >= (intptr_t)*n) {
        err_set_str(&Exc_IndexError, range_msg);
        return -1;
    }
    return 1;
}

int seq_bound_arg(Obj *o, size_t n, size_t *out) {
    intptr_t v;
    if (is_small(o)) {
        v = small_value(o);
    } else if (seq_has_index(o)) {
        Obj *idx = obj_index(o);
        if (idx == NULL) return -1;
        int overflow = 0;
        int64_t w = int_as_i64(idx, &overflow);
        if (overflow) w = int_sign(idx) < 0 ? INT64_MIN : INT64_MAX;
        DECREF(idx);
        v = (intptr_t)w;
    } else {
        err_set_str(&Exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    if (v < 0) {
        v += (intptr_t)n;
        if (v < 0) v = 0;
    }
    *out = (size_t)v > n ? n : (size_t)v;
    return 0;
}

/* ---- operators ------------------------------------------------------------------ */
Obj *seq_other_binop(Obj *a, Obj *b, Obj *other, int op, binaryfunc self) {
    /* built-in types have no reflected method to offer, and two built-in
     * sequences must not bounce the call between them */
    if (!type_has(TYPE(other), TF_HEAPTYPE)) return NULL;
    const NumberSlots *num = TYPE(other)->number;
    if (num == NULL || num->binop[op] == NULL || num->binop[op] == self) return NULL;
    Obj *r = num->binop[op](a, b);
    if (r == NOT_IMPLEMENTED) {
        DECREF(r);
        return NULL;
    }
    return r;
}

int seq_repeat_args(Obj *a, Obj *b, bool (*is_seq)(const Obj *), binaryfunc self,
                    Obj **seq, intptr_t *n, Obj **res) {
    *seq = is_seq(a) ? a : b;
    if (!is_seq(*seq)) return 0;
    Obj *count = *seq == a ? b : a;
    if (is_small(count)) {
        *n = small_value(count) < 0 ? 0 : small_value(count);
        return 1;
    }
    if (!is_exact_int(count) && count != TRUE_ && count != FALSE_) {
        *res = seq_other_binop(a, b, count, BINOP_MUL, self);
        if (*res != NULL) return 2;
        if (err_occurred()) return -1;
    }
    if (!seq_has_index(count)) {
        /* `s * seq` with s a built-in sequence (str, bytes...): its own
         * repeat reports the error, as CPython's left sq_repeat does */
        const MappingSlots *m = TYPE(count)->mapping;
        if (count == a && m != NULL && m->getitem != NULL && !type_has(TYPE(count), TF_HEAPTYPE))
            return 0;
        err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
        return -1;
    }
    if (seq_as_ssize(count, &Exc_OverflowError, n) < 0) return -1;
    if (*n < 0) *n = 0;
    return 1;
}

/* ---- comparison --------------------------------------------------------------- */
/* item == item, with the shortcuts that need no call. */
static inline int items_equal(Obj *x, Obj *y) {
    if (x == y) return 1;
    if (is_small(x) && is_small(y)) return 0;
    INCREF(x);
    INCREF(y);
    int k = obj_richcompare_bool(x, y, CMP_EQ);
    DECREF(x);
    DECREF(y);
    return k;
}

static Obj *compare_sizes(size_t na, size_t nb, int op) {
    bool r;
    switch (op) {
    case CMP_LT: r = na < nb; break;
    case CMP_LE: r = na <= nb; break;
    case CMP_EQ: r = na == nb; break;
    case CMP_NE: r = na != nb; break;
    case CMP_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return NEWREF(bool_from(r));
}

Obj *seq_richcompare(Obj *a, Obj *b, int op) {
    if (seq_size(a) != seq_size(b) && (op == CMP_EQ || op == CMP_NE))
        return NEWREF(bool_from(op == CMP_NE));
    size_t i = 0;
    for (;;) {
        /* identical items need no call; re-read after a call, which may
         * change either list */
        Obj **ia = seq_items(a), **ib = seq_items(b);
        size_t n = seq_size(a) < seq_size(b) ? seq_size(a) : seq_size(b);
        while (i < n && ia[i] == ib[i]) i++;
        if (i >= n) break;
        int k = items_equal(ia[i], ib[i]);
        if (k < 0) return NULL;
        if (k == 0) break;
        i++;
    }
    size_t na = seq_size(a), nb = seq_size(b);
    if (i >= na || i >= nb) return compare_sizes(na, nb, op);
    if (op == CMP_EQ) return NEWREF(FALSE_);
    if (op == CMP_NE) return NEWREF(TRUE_);
    Obj *x = NEWREF(seq_items(a)[i]), *y = NEWREF(seq_items(b)[i]);
    Obj *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

int seq_contains(Obj *seq, Obj *x) {
    for (size_t i = 0; i < seq_size(seq); i++) {
        int k = items_equal(seq_items(seq)[i], x);
        if (k != 0) return k;
    }
    return 0;
}

Obj *seq_count(Obj *seq, Obj *x) {
    intptr_t count = 0;
    for (size_t i = 0; i < seq_size(seq); i++) {
        int k = items_equal(seq_items(seq)[i], x);
        if (k < 0) return NULL;
        count += k;
    }
    return small_new(count);
}

/* ---- hash ------------------------------------------------------------------------- */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

intptr_t seq_hash_items(Obj *const *items, size_t n) {
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        intptr_t lane = obj_hash(items[i]);
        if (lane == -1) return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (intptr_t)acc;
}

/* ---- repr --------------------------------------------------------------------------- */
Obj *seq_repr(Obj *o, const char *open, const char *close) {
    if (seq_size(o) == 0) return str_from_format("%s%s", open, close);
    int entered = repr_enter(o);
    if (entered != 0) return entered < 0 ? NULL : str_from_format("%s...%s", open, close);
    StrBuf b;
    strbuf_init(&b);
    int rc = strbuf_append_cstr(&b, open);
    for (size_t i = 0; rc == 0 && i < seq_size(o); i++) {
        if (i > 0) rc = strbuf_append(&b, ", ", 2);
        Obj *item = NEWREF(seq_items(o)[i]);
        Obj *r = rc == 0 ? obj_repr(item) : NULL;
        DECREF(item);
        rc = r == NULL ? -1 : strbuf_append_str(&b, r);
        XDECREF(r);
    }
    if (rc == 0 && !is_list(o) && seq_size(o) == 1) rc = strbuf_append_ascii(&b, ',');
    if (rc == 0) rc = strbuf_append_cstr(&b, close);
    repr_leave(o);
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}
