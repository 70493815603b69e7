/* type_new.c: classes made at run time: type(name, bases, dict) and the
 * class statement.  Picks the layout base, computes the C3 MRO, builds a
 * heap Type (with its own NumberSlots/MappingSlots for dunder-driven slots,
 * see heap_slots.c), gives instances a __dict__ when the base has none, and
 * runs __set_name__ and __init_subclass__. */
#include <string.h>
#include <stdlib.h>
#include "object.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "code.h"
#include "args.h"
#include "type_internal.h"
#include "api.h"
#include "ident.h"
#include "list.h"
#include "exceptions.h"
#include "builtin_func.h"

/* ---- instances ---------------------------------------------------------- */

/* The first static type along t's base chain: its dealloc frees the layout. */
static Type *static_base(Type *t) {
    while (t != NULL && type_has(t, TF_HEAPTYPE)) t = t->base;
    return t;
}

/* Releases the __dict__ a heap class added, then lets the static base free
 * the object, then drops the instance's reference to its class. */
static void heap_instance_free(Obj *o) {
    Type *t = o->type;
    unsigned char *oflags = obj_flag_byte(o);
    if ((t->flags & TF_HAS_DEL) && !(*oflags & OBJF_FINALIZED) && heap_call_del(o) > 0) {
        *oflags |= OBJF_FINALIZED;   /* resurrected: __del__ runs once (PEP 442) */
        return;
    }
    if (*oflags & OBJF_WEAKREFS) weakref_clear_hook(o);
    Type *sb = static_base(t);
    heap_slots_clear(o);
    if (t->flags & TF_SIDE_DICT) side_dict_release(o);
    if (t->dictoffset != 0 && sb->dictoffset == 0) {
        Obj **slot = (Obj **)((char *)o + t->dictoffset);
        CLEAR(*slot);
    }
    if (sb->dealloc != NULL) sb->dealloc(o);
    else obj_free(o);
    DECREF((Obj *)t);
}

/* Freeing a long chain of instances (a linked list of nodes) would recurse
 * once per link: past DEFER_DEPTH nested frees, instances wait in a list
 * that the outermost free drains (the built-in containers' trashcan leaves
 * heap instances to this). */
enum { DEFER_DEPTH = 200 };
static _Thread_local int free_depth;
static _Thread_local Obj **deferred;
static _Thread_local size_t ndeferred, capdeferred;

static bool defer(Obj *o) {
    if (ndeferred == capdeferred) {
        size_t cap = capdeferred ? 2 * capdeferred : 256;
        Obj **p = realloc(deferred, cap * sizeof *p);
        if (p == NULL) return false;   /* no room: free it now after all */
        deferred = p;
        capdeferred = cap;
    }
    deferred[ndeferred++] = o;
    return true;
}

static void heap_instance_dealloc(Obj *o) {
    if (free_depth >= DEFER_DEPTH && defer(o)) return;
    free_depth++;
    heap_instance_free(o);
    if (free_depth == 1)
        while (ndeferred > 0) heap_instance_free(deferred[--ndeferred]);
    free_depth--;
}

/* obj.__dict__ for instances of classes that added the slot. */
static Obj *instance_dict_get(Obj *o) {
    Obj **slot = obj_instance_dict_slot(o, true);
    if (slot == NULL) return NULL;
    if (*slot == NULL && (*slot = dict_new()) == NULL) return NULL;
    return NEWREF(*slot);
}

/* del obj.__dict__ drops it: the next use starts an empty one. */
static int instance_dict_set(Obj *o, Obj *value) {
    if (value == NULL) {
        Obj **slot = obj_instance_dict_slot(o, false);
        if (slot != NULL) CLEAR(*slot);
        return err_occurred() ? -1 : 0;
    }
    if (!is_dict(value)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(value));
        return -1;
    }
    Obj **slot = obj_instance_dict_slot(o, true);
    if (slot == NULL) return -1;
    SETREF(*slot, NEWREF(value));
    return 0;
}

/* obj.__weakref__: the first weak reference to obj, or None. */
static Obj *instance_weakref_get(Obj *o) { return obj_first_weakref(o); }

static const GetSetDef instance_dict_def = { "__dict__", instance_dict_get, instance_dict_set };
static const GetSetDef instance_weakref_def = { "__weakref__", instance_weakref_get, NULL };

static int add_getset(Type *t, Obj *name, const GetSetDef *def) {
    if (dict_get_str(t->dict, name) != NULL) return 0;
    Obj *d = getset_descr_new(t, def);
    if (d == NULL) return -1;
    int rc = dict_set(t->dict, name, d);
    DECREF(d);
    return rc;
}

int heap_add_dict_getset(Type *t) { return add_getset(t, IDENT(__dict__), &instance_dict_def); }

/* ---- layout ------------------------------------------------------------- */

/* Whether instances of t hold more than those of `base` besides a
 * __dict__ slot: __slots__ of a heap class, fields of a static type. */
static bool extra_fields(const Type *t, const Type *base) {
    size_t size = t->size;
    if (t->dictoffset != 0 && base->dictoffset == 0) size -= sizeof(Obj *);
    return size != base->size;
}

/* The type that decides an instance layout (as CPython's solid_base): the
 * nearest ancestor-or-self that adds fields, __slots__ included. */
Type *solid_base(Type *t) {
    Type *base = t->base != NULL ? solid_base(t->base) : t;
    return t->base != NULL && extra_fields(t, base) ? t : base;
}

/* The base whose layout every other base's layout is an ancestor of. */
Type *best_base(Obj *bases) {
    Type *best = NULL, *winner = NULL;
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Type *b = (Type *)tuple_get(bases, i);
        Type *s = solid_base(b);
        if (winner == NULL || (s != winner && type_is_subtype(s, winner))) {
            winner = s;
            best = b;
        } else if (!type_is_subtype(winner, s)) {
            err_set_str(&Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* Bases whose instances keep variable-sized data at the end of the object:
 * no room for a __dict__ slot at a fixed offset (types hold their dict
 * themselves). */
static bool variable_size(const Type *t) {
    return type_has(t, TF_TUPLE_SUBCLASS | TF_STR_SUBCLASS | TF_BYTES_SUBCLASS | TF_TYPE_SUBCLASS);
}

/* ---- C3 linearisation --------------------------------------------------- */

typedef struct Seq { Obj *const *items; size_t n, pos; } Seq;

static bool in_tail(Seq *seqs, size_t nseq, Obj *c) {
    for (size_t i = 0; i < nseq; i++)
        for (size_t j = seqs[i].pos + 1; j < seqs[i].n; j++)
            if (seqs[i].items[j] == c) return true;
    return false;
}

static void mro_error(Seq *seqs, size_t nseq) {
    /* CPython names the bases still waiting, in order, once each */
    Obj *names = str_from_cstr("");
    size_t count = 0;
    Obj *seen[64];
    for (size_t i = 0; names && i < nseq; i++) {
        if (seqs[i].pos >= seqs[i].n) continue;
        Obj *c = seqs[i].items[seqs[i].pos];
        bool dup = false;
        for (size_t k = 0; k < count; k++) dup |= seen[k] == c;
        if (dup || count >= 64) continue;
        seen[count++] = c;
        Obj *n2 = str_from_format(count == 1 ? "%U%U" : "%U, %U", names, type_qualname((Type *)c));
        DECREF(names);
        names = n2;
    }
    if (names == NULL) return;
    err_format(&Exc_TypeError,
               "Cannot create a consistent method resolution\norder (MRO) for bases %U", names);
    DECREF(names);
}

Obj *c3_mro(Type *t, Obj *bases) {
    size_t nb = tuple_size(bases), nseq = nb + 1, total = 1;
    for (size_t i = 0; i < nb; i++) {
        Obj *bi = tuple_get(bases, i);
        for (size_t j = 0; j < i; j++)
            if (tuple_get(bases, j) == bi) {
                err_format(&Exc_TypeError, "duplicate base class %U", type_qualname((Type *)bi));
                return NULL;
            }
    }
    Seq *seqs = malloc(nseq * sizeof *seqs);
    if (seqs == NULL) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < nb; i++) {
        Obj *m = ((Type *)tuple_get(bases, i))->mro;
        seqs[i] = (Seq){ ((TupleObj *)m)->items, tuple_size(m), 0 };
        total += tuple_size(m);
    }
    seqs[nb] = (Seq){ ((TupleObj *)bases)->items, nb, 0 };
    Obj **out = malloc(total * sizeof *out);
    if (out == NULL) {
        free(seqs);
        err_no_memory();
        return NULL;
    }
    size_t n = 0;
    out[n++] = (Obj *)t;
    for (;;) {
        Obj *next = NULL;
        bool empty = true;
        for (size_t i = 0; i < nseq && next == NULL; i++) {
            if (seqs[i].pos >= seqs[i].n) continue;
            empty = false;
            Obj *c = seqs[i].items[seqs[i].pos];
            if (!in_tail(seqs, nseq, c)) next = c;
        }
        if (empty) break;
        if (next == NULL) {
            mro_error(seqs, nseq);
            free(seqs);
            free(out);
            return NULL;
        }
        out[n++] = next;
        for (size_t i = 0; i < nseq; i++)
            if (seqs[i].pos < seqs[i].n && seqs[i].items[seqs[i].pos] == next) seqs[i].pos++;
    }
    Obj *mro = tuple_from_array(out, n);
    free(seqs);
    free(out);
    return mro;
}

/* ---- the namespace -------------------------------------------------------- */

/* Removes key from d and returns its value (new reference), or NULL. */
static Obj *dict_take(Obj *d, Obj *key) {
    Obj *v = dict_get_str(d, key);
    if (v == NULL) return NULL;
    INCREF(v);
    if (dict_del(d, key) < 0) {
        err_clear();
        DECREF(v);
        return NULL;
    }
    return v;
}

/* A plain function under name becomes wrapper(function), as CPython does for
 * __new__ (staticmethod) and __init_subclass__/__class_getitem__ (classmethod). */
static int wrap_special(Obj *d, Obj *key, Type *wrapper) {
    Obj *v = dict_get_str(d, key);
    if (v == NULL || !is_function(v)) return 0;
    Obj *w = obj_call1((Obj *)wrapper, v);
    if (w == NULL) return -1;
    int rc = dict_set(d, key, w);
    DECREF(w);
    return rc;
}

static int set_names(Type *t) {
    Obj *items = dict_copy(t->dict);   /* __set_name__ may change the dict */
    if (items == NULL) return -1;
    size_t pos = 0;
    Obj *k, *v;
    int rc = 0;
    while (rc == 0 && dict_next(items, &pos, &k, &v)) {
        if (is_small(v)) continue;
        Obj *f = type_lookup(TYPE(v), IDENT(__set_name__));
        if (f == NULL) continue;
        Obj *args[2] = { (Obj *)t, k };
        Obj *r = obj_call_unbound(f, v, args, 2);
        if (r != NULL) {
            DECREF(r);
            continue;
        }
        /* 3.11 reports it as a RuntimeError caused by the original */
        rc = -1;
        Obj *cause = err_fetch();
        err_format(&Exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%U'",
                   type_name(v), k, t->name_obj);
        Obj *exc = err_occurred();
        if (exc != NULL && cause != NULL && type_has(TYPE(exc), TF_EXC_SUBCLASS)) {
            SETREF(((ExcObj *)exc)->cause, cause);
            ((ExcObj *)exc)->suppress_context = true;
        } else {
            XDECREF(cause);
        }
    }
    DECREF(items);
    return rc;
}

/* super(t, t).__init_subclass__(**kw) */
static int init_subclass(Type *t, Obj *const *kwv, Obj *kwnames) {
    Obj *mro = t->mro;
    for (size_t i = 1; i < tuple_size(mro); i++) {
        Type *c = (Type *)tuple_get(mro, i);
        Obj *f = c->dict ? dict_get_str(c->dict, IDENT(__init_subclass__)) : NULL;
        if (f == NULL) continue;
        Obj *(*get)(Obj *, Obj *, Obj *) = TYPE(f)->descr_get;
        Obj *bound = get ? get(f, NULL, (Obj *)t) : NEWREF(f);
        if (bound == NULL) return -1;
        Obj *r = obj_call(bound, kwv, 0, kw_count(kwnames) ? kwnames : NULL);
        DECREF(bound);
        if (r == NULL) return -1;
        DECREF(r);
        return 0;
    }
    return 0;
}

/* ---- the live heap types ------------------------------------------------- */
/* Every heap type, in creation order (borrowed: type_dealloc forgets them),
 * for __subclasses__() and for re-deriving subclasses' slots when a class
 * gains a dunder later. */
static Type **heap_types;
static size_t n_heap_types, cap_heap_types;

static int remember(Type *t) {
    if (n_heap_types == cap_heap_types) {
        size_t cap = cap_heap_types ? 2 * cap_heap_types : 64;
        Type **p = realloc(heap_types, cap * sizeof *p);
        if (p == NULL) {
            err_no_memory();
            return -1;
        }
        heap_types = p;
        cap_heap_types = cap;
    }
    heap_types[n_heap_types++] = t;
    return 0;
}

void heap_type_forget(Type *t) {
    for (size_t i = n_heap_types; i-- > 0;)
        if (heap_types[i] == t) {
            memmove(heap_types + i, heap_types + i + 1, (n_heap_types - i - 1) * sizeof *heap_types);
            n_heap_types--;
            return;
        }
}

int heap_subclasses_update(Type *t) {
    for (size_t i = 0; i < n_heap_types; i++) {
        Type *h = heap_types[i];
        if (h != t && h->mro != NULL && type_is_subtype(h, t) && heap_slots_update(h) < 0) return -1;
    }
    return 0;
}

Obj *type_subclasses(Type *t) {
    Obj *list = list_new(0);
    for (size_t i = 0; list != NULL && i < n_heap_types; i++) {
        Obj *bases = heap_types[i]->bases;
        for (size_t j = 0; bases != NULL && j < tuple_size(bases); j++)
            if (tuple_get(bases, j) == (Obj *)t) {
                if (list_append(list, (Obj *)heap_types[i]) < 0) CLEAR(list);
                break;
            }
    }
    return list;
}

/* ---- type(name, bases, dict) --------------------------------------------- */

static int check_args(Obj *const *args, size_t nargs) {
    if (nargs != 3) {
        err_format(&Exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
        return -1;
    }
    static const char *const want[] = { "str", "tuple", "dict" };
    bool ok[3] = { is_str(args[0]), is_tuple(args[1]), is_dict(args[2]) };
    for (int i = 0; i < 3; i++)
        if (!ok[i]) {
            err_format(&Exc_TypeError, "type.__new__() argument %d must be %s, not %s",
                       i + 1, want[i], type_name(args[i]));
            return -1;
        }
    for (size_t i = 0; i < tuple_size(args[1]); i++) {
        Obj *b = tuple_get(args[1], i);
        if (!type_has(TYPE(b), TF_TYPE_SUBCLASS)) {
            err_set_str(&Exc_TypeError, "bases must be types");
            return -1;
        }
        if (!type_has((Type *)b, TF_BASETYPE)) {
            err_format(&Exc_TypeError, "type '%U' is not an acceptable base type",
                       type_qualname((Type *)b));
            return -1;
        }
    }
    return 0;
}

/* Fills the namespace-derived parts: dict, __module__, __qualname__. */
static int take_namespace(Type *t, Obj *ns, Obj **classcell) {
    if ((t->dict = dict_copy(ns)) == NULL) return -1;
    Obj *mod = dict_get_str(t->dict, IDENT(__module__));
    if (mod == NULL) {
        Obj *g = frame_current_globals();
        Obj *name = g && is_dict(g) ? dict_get_str(g, IDENT(__name__)) : NULL;
        if (name != NULL && dict_set(t->dict, IDENT(__module__), name) < 0) return -1;
        mod = name;
    }
    if (mod != NULL && is_str(mod)) t->module = str_intern(NEWREF(mod));
    Obj *qn = dict_take(t->dict, IDENT(__qualname__));
    if (qn != NULL && !is_str(qn)) {
        err_format(&Exc_TypeError, "type __qualname__ must be a str, not %s", type_name(qn));
        DECREF(qn);
        return -1;
    }
    t->qualname = qn;
    *classcell = dict_take(t->dict, IDENT(__classcell__));
    if (wrap_special(t->dict, IDENT(__new__), &StaticMethodType) < 0 ||
        wrap_special(t->dict, IDENT(__init_subclass__), &ClassMethodType) < 0 ||
        wrap_special(t->dict, IDENT(__class_getitem__), &ClassMethodType) < 0)
        return -1;
    /* == without __hash__ makes instances unhashable */
    if (dict_get_str(t->dict, IDENT(__eq__)) != NULL &&
        dict_get_str(t->dict, IDENT(__hash__)) == NULL &&
        dict_set(t->dict, IDENT(__hash__), NONE) < 0)
        return -1;
    return 0;
}

/* Instance layout: __slots__ values, then a __dict__ slot unless __slots__
 * leaves it out or the base has one already. */
static int layout(HeapType *h, Type *base) {
    Type *t = &h->type;
    Obj *slots = dict_get_str(t->dict, IDENT(__slots__));
    bool want_dict = true, want_weakref = !type_has(base, TF_HEAPTYPE);
    /* CPython refuses nonempty __slots__ on int subclasses too (variable-sized there) */
    bool no_slots = variable_size(base) || type_has(base, TF_INT_SUBCLASS);
    if (slots != NULL && heap_slots_layout(h, slots, no_slots, &want_dict, &want_weakref) < 0)
        return -1;
    /* weak references: inherited, or added unless __slots__ leaves them
     * out; like CPython, not for bases of variable size (int, tuple, bytes) */
    bool may_add_weak = !type_has(base, TF_WEAKREFABLE) &&
                        !type_has(base, TF_INT_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS);
    if (slots != NULL && want_weakref && !may_add_weak) {
        if (type_has(base, TF_INT_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS))
            err_format(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        else
            err_set_str(&Exc_TypeError, "__weakref__ slot disallowed: either we already got one, "
                                        "or __itemsize__ != 0");
        return -1;
    }
    if (slots == NULL) want_weakref = may_add_weak;
    if (type_has(base, TF_WEAKREFABLE) || want_weakref) t->flags |= TF_WEAKREFABLE;
    bool added = false;
    if (type_has(base, TF_SIDE_DICT)) {
        t->flags |= TF_SIDE_DICT;
    } else if (want_dict && t->dictoffset == 0 && !type_has(base, TF_TYPE_SUBCLASS)) {
        added = true;
        if (variable_size(base)) {
            t->flags |= TF_SIDE_DICT;
        } else {
            t->dictoffset = t->size;
            t->size += sizeof(Obj *);
        }
    }
    if (added && add_getset(t, IDENT(__dict__), &instance_dict_def) < 0) return -1;
    if (want_weakref && add_getset(t, IDENT(__weakref__), &instance_weakref_def) < 0) return -1;
    return 0;
}

Obj *type_new(Type *meta, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs == 3 && is_tuple(args[1])) {
        /* the most derived metaclass of the bases' may take over */
        Type *winner = meta;
        for (size_t i = 0; i < tuple_size(args[1]); i++) {
            Type *bt = TYPE(tuple_get(args[1], i));
            if (type_is_subtype(winner, bt)) continue;
            if (type_is_subtype(bt, winner)) {
                winner = bt;
                continue;
            }
            err_set_str(&Exc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases");
            return NULL;
        }
        if (winner != meta && winner->new_ != type_new) return winner->new_(winner, args, nargs, kwnames);
        meta = winner;
    }
    if (check_args(args, nargs) < 0) return NULL;
    Obj *name = args[0], *ns = args[2];
    Obj *bases = tuple_size(args[1]) ? NEWREF(args[1]) : tuple_pack(1, (Obj *)&ObjectType);
    if (bases == NULL) return NULL;
    Type *base = best_base(bases);
    if (base == NULL) {
        DECREF(bases);
        return NULL;
    }
    HeapType *h = (HeapType *)obj_alloc(meta, sizeof(HeapType));
    if (h == NULL) {
        DECREF(bases);
        return NULL;
    }
    Type *t = &h->type;
    t->flags = TF_HEAPTYPE | TF_BASETYPE;
    t->name_obj = str_intern(NEWREF(name));
    t->name = str_data(t->name_obj);
    t->base = (Type *)NEWREF((Obj *)base);
    t->bases = bases;
    t->size = base->size;
    t->dictoffset = base->dictoffset;
    t->dealloc = heap_instance_dealloc;
    Obj *cell = NULL;
    if (take_namespace(t, ns, &cell) < 0 || layout(h, base) < 0 || (t->mro = c3_mro(t, bases)) == NULL ||
        type_ready(t) < 0 || heap_slots_update(t) < 0 || remember(t) < 0) {
        XDECREF(cell);
        DECREF((Obj *)t);
        return NULL;
    }
    type_modified(t);
    /* __tp_name__ = "datetime.date" in a class body: the name its messages
     * use, as a CPython C type's tp_name (__name__ stays "date"). */
    Obj *tp_name = dict_get_cstr(t->dict, "__tp_name__");
    if (tp_name != NULL && is_str(tp_name)) t->name = str_data(tp_name);
    if (cell != NULL) {
        if (IS_TYPE(cell, CellType)) SETREF(((CellObj *)cell)->value, NEWREF((Obj *)t));
        DECREF(cell);
    }
    if (set_names(t) < 0 || init_subclass(t, args + nargs, kwnames) < 0) {
        DECREF((Obj *)t);
        return NULL;
    }
    return (Obj *)t;
}
