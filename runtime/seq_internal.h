/* seq_internal.h: what tuple, list, range and slice share privately: index
 * and repeat-count arguments, the other operand's turn in + and *, item-wise
 * comparison of two lists or two tuples, the tuple hash, container repr,
 * slice resolution in two steps and with big ints, and the range iterator. */
#ifndef GILPY_SEQ_INTERNAL_H
#define GILPY_SEQ_INTERNAL_H

#include "object.h"
#include "tuple.h"
#include "list.h"

/* Items and live size of a list or a tuple; re-read them after anything that
 * may run Python code (a list can change under a comparison). */
static inline Obj **seq_items(Obj *o) {
    return is_list(o) ? ((ListObj *)o)->items : ((TupleObj *)o)->items;
}
static inline size_t seq_size(Obj *o) {
    return is_list(o) ? ((ListObj *)o)->size : ((TupleObj *)o)->size;
}

/* A list or tuple whose items can be read directly instead of iterated:
 * its class does not define __iter__ (subclasses that do are iterated, as
 * CPython iterates everything but exact lists and tuples). */
static inline bool seq_fast_ok(Obj *o) {
    if (is_list(o)) return o->type->iter == ListType.iter;
    return is_tuple(o) && o->type->iter == TupleType.iter;
}

/* True when o can be used as an index (int or __index__). */
bool seq_has_index(Obj *o);
/* o (an int or __index__ object) as intptr_t; a value out of range raises
 * `overflow_exc` "cannot fit 'T' into an index-sized integer". */
int seq_as_ssize(Obj *o, Type *overflow_exc, intptr_t *out);
/* it.__reduce__() of a sequence iterator at `index`: (builtins.<builtin>,
 * (seq,), index), or (iter, (empty,)) once exhausted (seq NULL). */
Obj *seq_iter_reduce(const char *builtin, Obj *seq, Obj *empty, intptr_t index);
/* it.__setstate__(state): an int ("an integer is required") clamped to
 * [lo, hi] into *out; 0, or -1 with an exception. */
int seq_iter_setstate(Obj *state, intptr_t lo, intptr_t hi, intptr_t *out);
/* operator.index(o) as an exact int (a bool or int subclass becomes int). */
Obj *seq_index_exact(Obj *o);
/* An item key of a sequence whose live length is *n (read after the key's
 * __index__ ran): 1 with *i normalised and in range, 0 when key is a slice,
 * -1 with "<seqname> indices must be integers or slices, not T" or
 * IndexError(range_msg). */
int seq_item_index(Obj *key, const size_t *n, intptr_t *i, const char *seqname,
                   const char *range_msg);
/* The start/stop arguments of index(): clamped to the sequence, TypeError
 * "slice indices must be integers or have an __index__ method". */
int seq_bound_arg(Obj *o, size_t n, size_t *out);

/* For `a <op> b` where the sequence's own slot runs first: gives the other
 * operand's slot for op its turn when it is a class written in Python (as
 * CPython's number slots run before its sequence slots).  NULL without
 * error when it declines. */
Obj *seq_other_binop(Obj *a, Obj *b, Obj *other, int op, binaryfunc self);
/* The repeat count of seq * n or n * seq, where is_seq picks the sequence:
 * 1 with *seq and *n set (n <= 0 gives 0), 0 when the pair is not for us
 * (return NotImplemented), 2 when the other operand's slot produced *res,
 * -1 on error ("can't multiply sequence by non-int of type 'T'"). */
int seq_repeat_args(Obj *a, Obj *b, bool (*is_seq)(const Obj *), binaryfunc self,
                    Obj **seq, intptr_t *n, Obj **res);

/* Rich comparison of two lists or of two tuples (the caller checks kinds). */
Obj *seq_richcompare(Obj *a, Obj *b, int op);
/* `x in seq` / seq.count(x) over a list or tuple, comparing with ==. */
int seq_contains(Obj *seq, Obj *x);
Obj *seq_count(Obj *seq, Obj *x);
/* CPython's tuple hash (xxHash-based) over the items' hashes. */
intptr_t seq_hash_items(Obj *const *items, size_t n);
/* "[a, b]" / "(a, b)" / "(a,)", with the recursion guard ("[...]"). */
Obj *seq_repr(Obj *o, const char *open, const char *close);

/* An iterator yielding `length` ints from `first` by `step` (all borrowed);
 * `small` says every value is a small int (range_iter.c). */
Obj *range_make_iter(Obj *first, Obj *step, Obj *length, bool small);

/* slice_unpack in two steps, for a length that may change while the
 * slice's __index__ methods run: slice_read gets the clamped values (None
 * resolved), slice_adjust resolves them against a length and returns the
 * item count. */
int slice_read(Obj *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
intptr_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step);

/* slice.indices() for any int length, in ints (big ones too): new
 * references in *start, *stop, *step; -1 with error. */
int slice_indices_obj(Obj *slice, Obj *length, Obj **start, Obj **stop, Obj **step);

#endif
