/* collections_deque.c: collections.deque in C (the `_collections` module),
 * with the whole interface and CPython's messages.  Queues of every kind
 * sit on deques: the event loop's ready queue, asyncio.Queue's storage and
 * waiters, queue.Queue, breadth-first searches in course exercises.
 *
 * The items sit in a ring buffer whose capacity is a power of two: index i
 * is items[(head + i) & (cap - 1)].  `state` changes on every mutation so
 * iterators can refuse a deque changed under them.
 */
#include <stdlib.h>
#include "collections_deque.h"
#include "modules.h"
#include "module.h"
#include "args.h"
#include "err.h"
#include "generic_alias.h"
#include "ident.h"
#include "int.h"
#include "list.h"
#include "repr_guard.h"
#include "str.h"
#include "tuple.h"

typedef struct DequeObj {
    Obj ob;
    Obj **items;
    size_t head, size, cap;
    intptr_t maxlen;        /* -1: unbounded */
    uint64_t state;
} DequeObj;

typedef struct DequeIterObj {
    Obj ob;
    DequeObj *dq;
    size_t index, left;
    uint64_t state;
    bool reverse;
} DequeIterObj;


#define DQ(o) ((DequeObj *)(o))
#define AT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])

static bool is_deque(Obj *o) { return !is_small(o) && type_is_subtype(o->type, &DequeType); }

static int grow(DequeObj *d) {
    size_t cap = d->cap ? d->cap * 2 : 8;
    Obj **items = malloc(cap * sizeof *items);
    if (items == NULL) {
        err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < d->size; i++) items[i] = AT(d, i);
    free(d->items);
    d->items = items;
    d->head = 0;
    d->cap = cap;
    return 0;
}

static Obj *take_left(DequeObj *d) {
    Obj *x = d->items[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->size--;
    d->state++;
    return x;
}

static Obj *take_right(DequeObj *d) {
    d->size--;
    d->state++;
    return AT(d, d->size);
}

/* Appends a new reference (stolen); a bounded deque drops from the left. */
static int push_right(DequeObj *d, Obj *x) {
    if (d->maxlen == 0) {
        DECREF(x);
        return 0;
    }
    if (d->size == d->cap && grow(d) < 0) {
        DECREF(x);
        return -1;
    }
    AT(d, d->size) = x;
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > (size_t)d->maxlen) DECREF(take_left(d));
    return 0;
}

static int push_left(DequeObj *d, Obj *x) {
    if (d->maxlen == 0) {
        DECREF(x);
        return 0;
    }
    if (d->size == d->cap && grow(d) < 0) {
        DECREF(x);
        return -1;
    }
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = x;
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > (size_t)d->maxlen) DECREF(take_right(d));
    return 0;
}

static void clear_items(DequeObj *d) {
    while (d->size > 0) DECREF(take_right(d));
    d->head = 0;
}

static int extend(DequeObj *d, Obj *iterable, bool left) {
    Obj *src = iterable == (Obj *)d ? list_from_iterable(iterable) : NEWREF(iterable);
    if (src == NULL) return -1;
    Obj *it = obj_iter(src);
    DECREF(src);
    if (it == NULL) return -1;
    Obj *x;
    while ((x = obj_next(it)) != NULL)
        if ((left ? push_left(d, x) : push_right(d, x)) < 0) break;
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* A list of the items (new). */
static Obj *as_list(DequeObj *d) {
    Obj *l = list_new(d->size);
    if (l == NULL) return NULL;
    for (size_t i = 0; i < d->size; i++) list_set_new(l, i, NEWREF(AT(d, i)));
    return l;
}

/* ---- making -------------------------------------------------------------- */

static Obj *deque_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    DequeObj *d = (DequeObj *)obj_alloc(type, type->size);
    if (d != NULL) d->maxlen = -1;
    return (Obj *)d;
}

static int deque_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs > 2) {
        err_format(&Exc_TypeError, "deque() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    static const char *const names[] = {"iterable", "maxlen", NULL};
    Obj *a[2];
    if (args_bind("deque", args, nargs, kwnames, names, 0, a) < 0) return -1;
    DequeObj *d = DQ(self);
    intptr_t maxlen = -1;
    if (a[1] != NULL && a[1] != NONE) {
        if (!type_has(TYPE(a[1]), TF_INT_SUBCLASS)) {
            err_set_str(&Exc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = int_as_ssize(a[1]);
        if (maxlen == -1 && err_occurred()) return -1;
        if (maxlen < 0) {
            err_set_str(&Exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (d->size > 0) clear_items(d);
    return a[0] != NULL ? extend(d, a[0], false) : 0;
}

static void deque_dealloc(Obj *o) {
    DequeObj *d = DQ(o);
    clear_items(d);
    free(d->items);
    obj_free(o);
}

/* A deque of the same class with the same bound holding `items`. */
static Obj *same_kind(Obj *self, Obj *items) {
    DequeObj *d = DQ(self);
    Obj *maxlen = d->maxlen < 0 ? NEWREF(NONE) : small_new(d->maxlen);
    Obj *argv[2] = {items, maxlen};
    Obj *r = obj_call((Obj *)TYPE(self), argv, 2, NULL);
    DECREF(maxlen);
    return r;
}

/* ---- methods ------------------------------------------------------------- */

#define ONE_ARG(name) \
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0) return NULL
#define NO_ARGS(name) \
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 0, 0) < 0) return NULL

static Obj *m_append(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("append");
    return push_right(DQ(self), NEWREF(args[0])) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_appendleft(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("appendleft");
    return push_left(DQ(self), NEWREF(args[0])) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_pop(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("pop");
    if (DQ(self)->size == 0) {
        err_set_str(&Exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return take_right(DQ(self));
}

static Obj *m_popleft(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("popleft");
    if (DQ(self)->size == 0) {
        err_set_str(&Exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return take_left(DQ(self));
}

static Obj *m_extend(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("extend");
    return extend(DQ(self), args[0], false) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_extendleft(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("extendleft");
    return extend(DQ(self), args[0], true) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_clear(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("clear");
    clear_items(DQ(self));
    DQ(self)->state++;
    return NEWREF(NONE);
}

static Obj *m_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("copy");
    return same_kind(self, self);
}

/* Finds x from position start to stop: its index, -1 absent, -2 error. */
static intptr_t find(DequeObj *d, Obj *x, size_t start, size_t stop) {
    uint64_t state = d->state;
    for (size_t i = start; i < stop && i < d->size; i++) {
        Obj *item = NEWREF(AT(d, i));
        int eq = obj_richcompare_bool(item, x, CMP_EQ);
        DECREF(item);
        if (eq < 0) return -2;
        if (d->state != state) {
            err_set_str(&Exc_RuntimeError, "deque mutated during iteration");
            return -2;
        }
        if (eq) return (intptr_t)i;
    }
    return -1;
}

static Obj *m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("count");
    DequeObj *d = DQ(self);
    intptr_t n = 0;
    for (size_t at = 0;;) {
        intptr_t i = find(d, args[0], at, d->size);
        if (i == -2) return NULL;
        if (i < 0) return small_new(n);
        n++;
        at = (size_t)i + 1;
    }
}

static Obj *not_in_deque(Obj *x) {
    err_format(&Exc_ValueError, "%R is not in deque", x);
    return NULL;
}

static Obj *m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("index", kwnames) < 0 || args_count("index", nargs, 1, 3) < 0) return NULL;
    DequeObj *d = DQ(self);
    intptr_t n = (intptr_t)d->size, bounds[2] = {0, n};
    for (size_t k = 1; k < nargs; k++) {
        intptr_t v;
        if (int_index_ssize(args[k], &v) < 0) return NULL;
        if (v < 0) v = v + n < 0 ? 0 : v + n;
        bounds[k - 1] = v > n ? n : v;
    }
    if (bounds[0] >= bounds[1]) return not_in_deque(args[0]);
    intptr_t i = find(d, args[0], (size_t)bounds[0], (size_t)bounds[1]);
    if (i == -2) return NULL;
    return i < 0 ? not_in_deque(args[0]) : small_new(i);
}

static Obj *m_remove(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ONE_ARG("remove");
    DequeObj *d = DQ(self);
    intptr_t i = find(d, args[0], 0, d->size);
    if (i == -2) return NULL;
    if (i < 0) return not_in_deque(args[0]);
    Obj *gone = AT(d, (size_t)i);
    for (size_t k = (size_t)i; k + 1 < d->size; k++) AT(d, k) = AT(d, k + 1);
    d->size--;
    d->state++;
    DECREF(gone);
    return NEWREF(NONE);
}

static Obj *m_insert(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("insert", kwnames) < 0 || args_count("insert", nargs, 2, 2) < 0)
        return NULL;
    DequeObj *d = DQ(self);
    intptr_t i;
    if (int_index_ssize(args[0], &i) < 0) return NULL;
    if (d->maxlen >= 0 && d->size >= (size_t)d->maxlen) {
        err_set_str(&Exc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    intptr_t n = (intptr_t)d->size;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (push_right(d, NEWREF(args[1])) < 0) return NULL;
    Obj *x = AT(d, d->size - 1);
    for (size_t k = d->size - 1; k > (size_t)i; k--) AT(d, k) = AT(d, k - 1);
    AT(d, (size_t)i) = x;
    return NEWREF(NONE);
}

static void rotate(DequeObj *d, intptr_t n) {
    intptr_t size = (intptr_t)d->size;
    if (size <= 1) return;
    n %= size;
    if (n < 0) n += size;
    for (intptr_t k = 0; k < n; k++) {   /* right by n: last item to the front */
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = AT(d, d->size);
    }
    d->state++;
}

static Obj *m_rotate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("rotate", kwnames) < 0 || args_count("rotate", nargs, 0, 1) < 0) return NULL;
    intptr_t n = 1;
    if (nargs == 1 && int_index_ssize(args[0], &n) < 0) return NULL;
    rotate(DQ(self), n);
    return NEWREF(NONE);
}

static Obj *m_reverse(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("reverse");
    DequeObj *d = DQ(self);
    for (size_t i = 0, j = d->size; i + 1 < j; i++, j--) {
        Obj *t = AT(d, i);
        AT(d, i) = AT(d, j - 1);
        AT(d, j - 1) = t;
    }
    d->state++;
    return NEWREF(NONE);
}

/* (class, () or ((), maxlen), __dict__ or None, iterator), as CPython. */
static Obj *m_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("__reduce__");
    Obj *ctor = DQ(self)->maxlen < 0 ? tuple_empty() : NULL;
    if (ctor == NULL) {
        Obj *empty = tuple_empty();
        ctor = tuple_pack(2, empty, small_new(DQ(self)->maxlen));
        DECREF(empty);
        if (ctor == NULL) return NULL;
    }
    Obj *state = obj_lookup_attr(self, IDENT(__dict__));
    if (state == NULL && err_occurred()) {
        DECREF(ctor);
        return NULL;
    }
    Obj *it = obj_iter(self);
    Obj *r = it ? tuple_pack(4, (Obj *)TYPE(self), ctor, state ? state : NONE, it) : NULL;
    XDECREF(it);
    XDECREF(state);
    DECREF(ctor);
    return r;
}

static Obj *m_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

static Obj *g_maxlen(Obj *self) {
    return DQ(self)->maxlen < 0 ? NEWREF(NONE) : small_new(DQ(self)->maxlen);
}

/* ---- protocols ------------------------------------------------------------ */

static intptr_t deque_len(Obj *self) { return (intptr_t)DQ(self)->size; }

static int check_index(DequeObj *d, Obj *key, size_t *out) {
    if (!type_has(TYPE(key), TF_INT_SUBCLASS) &&
        (TYPE(key)->number == NULL || TYPE(key)->number->index == NULL)) {
        err_format(&Exc_TypeError, "sequence index must be integer, not '%s'", type_name(key));
        return -1;
    }
    intptr_t i;
    if (int_item_index(key, &i) < 0) return -1;
    if (i < 0) i += (intptr_t)d->size;
    if (i < 0 || (size_t)i >= d->size) {
        err_set_str(&Exc_IndexError, "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Obj *deque_getitem(Obj *self, Obj *key) {
    size_t i;
    if (check_index(DQ(self), key, &i) < 0) return NULL;
    return NEWREF(AT(DQ(self), i));
}

static int deque_setitem(Obj *self, Obj *key, Obj *value) {
    DequeObj *d = DQ(self);
    size_t i;
    if (check_index(d, key, &i) < 0) return -1;
    Obj *old = AT(d, i);
    if (value != NULL) {
        AT(d, i) = NEWREF(value);
    } else {
        for (size_t k = i; k + 1 < d->size; k++) AT(d, k) = AT(d, k + 1);
        d->size--;
        d->state++;
    }
    DECREF(old);
    return 0;
}

static int deque_contains(Obj *self, Obj *x) {
    intptr_t i = find(DQ(self), x, 0, DQ(self)->size);
    return i == -2 ? -1 : i >= 0;
}

static Obj *deque_repr(Obj *self) {
    int guard = repr_enter(self);
    if (guard < 0) return NULL;
    if (guard > 0) return str_from_cstr("[...]");
    Obj *items = as_list(DQ(self));
    Obj *inner = items ? obj_repr(items) : NULL;
    XDECREF(items);
    repr_leave(self);
    if (inner == NULL) return NULL;
    Obj *r = DQ(self)->maxlen < 0
                 ? str_from_format("%s(%U)", str_data(TYPE(self)->name_obj), inner)
                 : str_from_format("%s(%U, maxlen=%zd)", str_data(TYPE(self)->name_obj), inner,
                                   DQ(self)->maxlen);
    DECREF(inner);
    return r;
}

static Obj *deque_richcompare(Obj *a, Obj *b, int op) {
    if (!is_deque(a) || !is_deque(b)) return NEWREF(NOT_IMPLEMENTED);
    Obj *la = as_list(DQ(a)), *lb = la ? as_list(DQ(b)) : NULL;
    Obj *r = lb ? obj_richcompare(la, lb, op) : NULL;
    XDECREF(la);
    XDECREF(lb);
    return r;
}

static Obj *deque_add(Obj *a, Obj *b) {
    if (!is_deque(a)) return NEWREF(NOT_IMPLEMENTED);
    if (!is_deque(b)) {
        err_format(&Exc_TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(b));
        return NULL;
    }
    Obj *r = same_kind(a, a);
    if (r != NULL && extend(DQ(r), b, false) < 0) CLEAR(r);
    return r;
}

static Obj *deque_iadd(Obj *a, Obj *b) {
    if (extend(DQ(a), b, false) < 0) return NULL;
    return NEWREF(a);
}

static Obj *repeated(Obj *self, Obj *n) {
    intptr_t times;
    if (int_index_ssize(n, &times) < 0) return NULL;
    Obj *items = as_list(DQ(self));
    if (items == NULL) return NULL;
    Obj *all = obj_binop(items, small_new(times < 0 ? 0 : times), BINOP_MUL);
    DECREF(items);
    return all;
}

static Obj *deque_mul(Obj *a, Obj *b) {
    Obj *self = is_deque(a) ? a : b, *n = is_deque(a) ? b : a;
    if (!type_has(TYPE(n), TF_INT_SUBCLASS) &&
        (TYPE(n)->number == NULL || TYPE(n)->number->index == NULL))
        return NEWREF(NOT_IMPLEMENTED);
    Obj *all = repeated(self, n);
    if (all == NULL) return NULL;
    Obj *r = same_kind(self, all);
    DECREF(all);
    return r;
}

static Obj *deque_imul(Obj *a, Obj *b) {
    if (!type_has(TYPE(b), TF_INT_SUBCLASS) &&
        (TYPE(b)->number == NULL || TYPE(b)->number->index == NULL))
        return NEWREF(NOT_IMPLEMENTED);
    Obj *all = repeated(a, b);
    if (all == NULL) return NULL;
    clear_items(DQ(a));
    int rc = extend(DQ(a), all, false);
    DECREF(all);
    return rc < 0 ? NULL : NEWREF(a);
}

static int deque_bool(Obj *self) { return DQ(self)->size != 0; }

/* ---- iterators ------------------------------------------------------------- */

static Type DequeRevIterType;

static Obj *iter_make(Obj *self, bool reverse) {
    Type *t = reverse ? &DequeRevIterType : &DequeIterType;
    DequeIterObj *it = (DequeIterObj *)obj_alloc(t, sizeof(DequeIterObj));
    if (it == NULL) return NULL;
    it->dq = (DequeObj *)NEWREF(self);
    it->left = DQ(self)->size;
    it->state = DQ(self)->state;
    it->reverse = reverse;
    return (Obj *)it;
}

static Obj *deque_iter(Obj *self) { return iter_make(self, false); }

static Obj *m_reversed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_ARGS("__reversed__");
    return iter_make(self, true);
}

static void iter_dealloc(Obj *o) {
    XDECREF((Obj *)((DequeIterObj *)o)->dq);
    obj_free(o);
}

static Obj *iter_next(Obj *o) {
    DequeIterObj *it = (DequeIterObj *)o;
    DequeObj *d = it->dq;
    if (d == NULL) return NULL;
    if (d->state != it->state) {
        it->left = 0;
        err_set_str(&Exc_RuntimeError, "deque mutated during iteration");
        return NULL;
    }
    if (it->left == 0) {
        it->dq = NULL;
        DECREF((Obj *)d);
        return NULL;
    }
    size_t i = it->reverse ? it->left - 1 : it->index;
    it->index++;
    it->left--;
    return NEWREF(AT(d, i));
}

static Obj *iter_self(Obj *o) { return NEWREF(o); }

static Obj *iter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return small_new((intptr_t)((DequeIterObj *)self)->left);
}

static const MethodDef iter_methods[] = {{"__length_hint__", iter_length_hint}, {NULL}};

Type DequeIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_collections._deque_iterator",
    .size = sizeof(DequeIterObj),
    .base = &ObjectType,
    .dealloc = iter_dealloc,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

static Type DequeRevIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_collections._deque_reverse_iterator",
    .size = sizeof(DequeIterObj),
    .base = &ObjectType,
    .dealloc = iter_dealloc,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

/* ---- the type --------------------------------------------------------------- */

static const MethodDef deque_methods[] = {
    {"append", m_append}, {"appendleft", m_appendleft}, {"pop", m_pop}, {"popleft", m_popleft},
    {"extend", m_extend}, {"extendleft", m_extendleft}, {"clear", m_clear}, {"copy", m_copy},
    {"__copy__", m_copy}, {"count", m_count}, {"index", m_index}, {"insert", m_insert},
    {"remove", m_remove}, {"rotate", m_rotate}, {"reverse", m_reverse},
    {"__reduce__", m_reduce}, {"__reversed__", m_reversed},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS}, {NULL},
};

static const GetSetDef deque_getset[] = {{"maxlen", g_maxlen}, {NULL}};

static const MappingSlots deque_mapping = {
    .len = deque_len, .getitem = deque_getitem, .setitem = deque_setitem,
    .contains = deque_contains,
};

static const NumberSlots deque_number = {
    .binop = {[BINOP_ADD] = deque_add, [BINOP_MUL] = deque_mul},
    .inplace = {[BINOP_ADD] = deque_iadd, [BINOP_MUL] = deque_imul},
    .bool_ = deque_bool,
};

Type DequeType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "collections.deque",
    .size = sizeof(DequeObj),
    .flags = TF_BASETYPE | TF_WEAKREFABLE | TF_SEQUENCE,
    .base = &ObjectType,
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .new_ = deque_new,
    .init = deque_init,
    .number = &deque_number,
    .mapping = &deque_mapping,
    .methods = deque_methods,
    .getset = deque_getset,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
};

Obj *collections_module_init(void) {
    if (type_ready(&DequeType) < 0 || type_ready(&DequeIterType) < 0 ||
        type_ready(&DequeRevIterType) < 0)
        return NULL;
    Obj *m = module_new("_collections");
    if (m == NULL) return NULL;
    if (module_add_obj(m, "deque", (Obj *)&DequeType) < 0 ||
        module_add_obj(m, "_deque_iterator", (Obj *)&DequeIterType) < 0 ||
        module_add_obj(m, "_deque_reverse_iterator", (Obj *)&DequeRevIterType) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
