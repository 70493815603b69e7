/* object.h: the value representation that every layer of gilpy shares.
 *
 * A value is one machine word, `Obj *`.  Small integers (63-bit signed) are
 * tagged immediates: the low bit is 1 and the value sits in the upper bits,
 * so they need no allocation and no reference count.  Every other value is a
 * pointer to a heap object that starts with an `Obj` header (reference count
 * and type pointer).
 *
 * RULES for all code:
 *   - never read o->type directly: use TYPE(o), which knows about tagged ints;
 *   - use INCREF/DECREF/XINCREF/XDECREF, which skip tagged ints;
 *   - functions return a NEW reference unless their comment says "borrowed";
 *   - failure is NULL (or -1) with an exception set (see err.h).
 */
#ifndef GILPY_OBJECT_H
#define GILPY_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Type Type;

typedef struct Obj {
    intptr_t refcnt;
    Type *type;
} Obj;

/* Static objects start with this count, so they can never reach zero. */
#define IMMORTAL_REFCNT ((intptr_t)1 << 60)
#define STATIC_HEAD(typeptr) { IMMORTAL_REFCNT, (typeptr) }

/* ---- tagged small integers -------------------------------------------- */
#define SMALL_MAX ((intptr_t)(((uintptr_t)1 << 62) - 1))
#define SMALL_MIN (-SMALL_MAX - 1)

static inline bool is_small(const Obj *o) { return ((uintptr_t)o & 1u) != 0; }
static inline intptr_t small_value(const Obj *o) { return (intptr_t)o >> 1; }
static inline Obj *small_new(intptr_t v) { return (Obj *)(((uintptr_t)v << 1) | 1u); }
static inline bool small_fits(int64_t v) { return v >= SMALL_MIN && v <= SMALL_MAX; }

extern Type IntType;
static inline Type *TYPE(const Obj *o) { return is_small(o) ? &IntType : o->type; }

/* ---- reference counting (only the GIL holder may touch counts) --------- */
void obj_dealloc(Obj *o);   /* called when a count reaches zero */

static inline void INCREF(Obj *o) { if (!is_small(o)) o->refcnt++; }
static inline void DECREF(Obj *o) {
    if (!is_small(o) && --o->refcnt == 0) obj_dealloc(o);
}
static inline void XINCREF(Obj *o) { if (o) INCREF(o); }
static inline void XDECREF(Obj *o) { if (o) DECREF(o); }
/* Replace *slot by v (new reference stolen), releasing the old value. */
#define SETREF(slot, v) do { Obj *old_ = (Obj *)(slot); (slot) = (v); XDECREF(old_); } while (0)
#define CLEAR(slot) do { Obj *old_ = (Obj *)(slot); (slot) = NULL; XDECREF(old_); } while (0)
static inline Obj *NEWREF(Obj *o) { INCREF(o); return o; }

/* ---- function signatures used in type slots --------------------------- */
typedef Obj *(*unaryfunc)(Obj *);
typedef Obj *(*binaryfunc)(Obj *, Obj *);
typedef Obj *(*ternaryfunc)(Obj *, Obj *, Obj *);
/* Vector call: args[0..nargs) positional, then len(kwnames) keyword values;
 * kwnames is a tuple of str or NULL.  The args array is borrowed. */
typedef Obj *(*callfunc)(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
/* Built-in methods receive self first, then the same vector. */
typedef Obj *(*methodfunc)(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* Rich comparison operators, in CPython's order. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary operators: one table, used by the compiler (BINARY_OP argument),
 * the VM, operator dispatch and error messages.
 * X(name, symbol, dunder, reflected dunder, in-place dunder) */
#define BINOP_TABLE(X) \
    X(ADD, "+", "__add__", "__radd__", "__iadd__") \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__") \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__") \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__") \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__") \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__") \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__") \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__") \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__") \
    X(AND, "&", "__and__", "__rand__", "__iand__") \
    X(OR, "|", "__or__", "__ror__", "__ior__") \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")

enum BinOp {
#define X(name, sym, d, r, i) BINOP_##name,
    BINOP_TABLE(X)
#undef X
    BINOP_COUNT
};

typedef struct NumberSlots {
    /* binop[i](a, b): called for either operand's type, as CPython's nb_add:
     * returns NotImplemented when it cannot handle the pair. */
    binaryfunc binop[BINOP_COUNT];
    /* inplace[i](a, b): in-place form (list +=, set |=); NULL = use binop. */
    binaryfunc inplace[BINOP_COUNT];
    ternaryfunc pow3;           /* pow(a, b, mod) */
    unaryfunc neg, pos, abs, invert;
    int (*bool_)(Obj *);        /* 1 true, 0 false, -1 error */
    unaryfunc to_int;           /* int(x) */
    unaryfunc to_float;         /* float(x) */
    unaryfunc index;            /* operator.index(x) */
} NumberSlots;

typedef struct MappingSlots {
    intptr_t (*len)(Obj *);                     /* -1 on error */
    binaryfunc getitem;                         /* o[key], key may be a slice */
    int (*setitem)(Obj *, Obj *key, Obj *val);  /* val NULL means delete */
    int (*contains)(Obj *, Obj *item);          /* 1, 0, -1 on error */
} MappingSlots;

/* Built-in methods and attributes, listed per type; type_ready() turns them
 * into descriptors in the type's dict. */
enum { METH_DEFAULT = 0, METH_CLASS = 1, METH_STATIC = 2 };
typedef struct MethodDef {
    const char *name;
    methodfunc fn;
    int flags;
} MethodDef;

typedef struct GetSetDef {
    const char *name;
    Obj *(*get)(Obj *self);
    int (*set)(Obj *self, Obj *value);   /* NULL: read-only; value NULL = delete */
} GetSetDef;
/* A setter for what CPython declares a read-only member: assigning or
 * deleting raises AttributeError "readonly attribute" (runtime/builtin_func.c). */
int getset_readonly(Obj *self, Obj *value);

/* Type flags. The SUBCLASS bits make isinstance checks on core types one test. */
enum {
    TF_BASETYPE      = 1u << 0,   /* may be subclassed */
    TF_HEAPTYPE      = 1u << 1,   /* created by a class statement */
    TF_INT_SUBCLASS  = 1u << 2,
    TF_STR_SUBCLASS  = 1u << 3,
    TF_TUPLE_SUBCLASS= 1u << 4,
    TF_LIST_SUBCLASS = 1u << 5,
    TF_DICT_SUBCLASS = 1u << 6,
    TF_EXC_SUBCLASS  = 1u << 7,   /* BaseException and its subclasses */
    TF_TYPE_SUBCLASS = 1u << 8,
    TF_BYTES_SUBCLASS= 1u << 9,
    TF_READY         = 1u << 10,
    TF_IMMUTABLE     = 1u << 11,  /* attributes cannot be set (built-in types) */
    /* Instances are method-like descriptors: descr_get(d, obj, t) is a bound
     * method, and calling d(obj, *args) is the same as calling that bound
     * method; lets obj_call_method/the VM skip making the bound object. */
    TF_METHOD_DESCRIPTOR = 1u << 12,
    /* __abstractmethods__ (set on the class, as abc.ABCMeta does) is
     * non-empty: object.__new__ refuses to make instances.  Not inherited. */
    TF_IS_ABSTRACT   = 1u << 13,
    /* Instances accept weak references (CPython's nonzero tp_weaklistoffset):
     * heap classes get it as CPython decides; a static type lists it. */
    TF_WEAKREFABLE   = 1u << 14,
    /* A sequence to `match` without asking collections.abc (CPython's
     * Py_TPFLAGS_SEQUENCE): deque, array, memoryview; inherited. */
    TF_SEQUENCE      = 1u << 15,
};
/* The bits a subclass inherits from its base. */
#define TF_INHERITED_MASK (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS | \
    TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_EXC_SUBCLASS | TF_TYPE_SUBCLASS | TF_BYTES_SUBCLASS | \
    TF_WEAKREFABLE | TF_SEQUENCE)

typedef struct BufferProcs BufferProcs;   /* the buffer protocol (buffer.h) */

struct Type {
    Obj ob;
    const char *name;           /* "int", "str", "builtin_function_or_method" */
    size_t size;                /* instance size in bytes */
    uint32_t flags;
    Type *base;                 /* single base for layout; NULL only for object */
    Obj *bases, *mro, *dict;    /* tuple, tuple, dict; filled by type_ready */
    Obj *name_obj;              /* str: __name__; filled by type_ready */
    Obj *qualname, *module;     /* str or NULL */

    void (*dealloc)(Obj *);     /* frees the object; required for heap objects */
    unaryfunc repr, str;
    intptr_t (*hash)(Obj *);    /* -1 on error; NULL: unhashable */
    Obj *(*richcompare)(Obj *a, Obj *b, int op);   /* may return NotImplemented */
    Obj *(*getattr)(Obj *o, Obj *name);            /* name is an interned str */
    int (*setattr)(Obj *o, Obj *name, Obj *value); /* value NULL means delete */
    Obj *(*descr_get)(Obj *descr, Obj *obj, Obj *type);   /* obj may be NULL */
    int (*descr_set)(Obj *descr, Obj *obj, Obj *value);
    callfunc call;
    unaryfunc iter;
    unaryfunc iternext;         /* NULL without exception: exhausted */
    /* Constructor called by type(...): args as a vector call. */
    Obj *(*new_)(Type *type, Obj *const *args, size_t nargs, Obj *kwnames);
    int (*init)(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
    const NumberSlots *number;
    const MappingSlots *mapping;
    const MethodDef *methods;   /* terminated by {NULL} */
    const GetSetDef *getset;    /* terminated by {NULL} */
    const char *doc;
    size_t dictoffset;          /* offset of an instance __dict__ slot, or 0 */
    const BufferProcs *buffer;  /* exports a contiguous buffer (buffer.h), or NULL */
};

#define IS_TYPE(o, t) (TYPE(o) == &(t))
static inline bool type_has(const Type *t, uint32_t f) { return (t->flags & f) != 0; }

/* ---- singletons -------------------------------------------------------- */
extern Type NoneType, NotImplementedType, EllipsisType, BoolType, ObjectType, TypeType;
extern Obj NoneObj, NotImplementedObj, EllipsisObj;
#define NONE (&NoneObj)
#define NOT_IMPLEMENTED (&NotImplementedObj)
#define ELLIPSIS (&EllipsisObj)
/* bool objects: ints too (TF_INT_SUBCLASS), holding 0 or 1 */
typedef struct BoolObj { Obj ob; long value; } BoolObj;
extern BoolObj TrueObj, FalseObj;
#define TRUE_ ((Obj *)&TrueObj)
#define FALSE_ ((Obj *)&FalseObj)
static inline Obj *bool_from(bool b) { return b ? TRUE_ : FALSE_; }  /* borrowed: immortal */

/* ---- allocation -------------------------------------------------------- */
/* Allocates `size` zeroed bytes with header set (refcnt 1); raises MemoryError.
 * For a heap type (TF_HEAPTYPE) the instance holds a reference to its type,
 * which the heap type's dealloc must release after freeing the instance. */
Obj *obj_alloc(Type *type, size_t size);
/* The same with only the first `head` bytes zeroed: for an object whose
 * variable part the caller fills at once (a large receive buffer). */
Obj *obj_alloc_partly_zeroed(Type *type, size_t head, size_t size);
void obj_free(Obj *o);   /* releases memory obtained from obj_alloc */
/* Gives an object held by nobody else `size` bytes, keeping its contents;
 * it may move.  NULL with MemoryError, the object unchanged. */
Obj *obj_resize(Obj *o, size_t size);

/* ---- per-object flags and weak references --------------------------------
 * Every block from obj_alloc starts OBJ_ALLOC_PREFIX bytes before the object
 * (memory.c); its second byte holds per-object flags, zero at allocation.
 * Static objects have no prefix: never touch their flags (obj_is_static). */
#define OBJ_ALLOC_PREFIX 16
enum {
    OBJF_WEAKREFS  = 1u << 0,   /* weak references to it exist (stdlib/weakref.c) */
    OBJF_FINALIZED = 1u << 1,   /* its __del__ has run (gc.is_finalized) */
};
static inline unsigned char *obj_flag_byte(Obj *o) { return (unsigned char *)o - OBJ_ALLOC_PREFIX + 1; }
static inline bool obj_is_static(const Obj *o) { return o->refcnt >= IMMORTAL_REFCNT / 2; }
/* Set by the _weakref module when it loads: clears every weak reference to
 * o, which is being freed, and runs their callbacks (with o unreachable).
 * Deallocation calls it only for objects whose OBJF_WEAKREFS bit is set, so
 * objects nobody weakly references pay one flag test. */
extern void (*weakref_clear_hook)(Obj *o);
/* The first weak reference to o (new reference), or None: o.__weakref__. */
Obj *obj_first_weakref(Obj *o);
extern Obj *(*weakref_first_hook)(Obj *o);

/* ---- generic protocols (runtime/object.c) ------------------------------ */
Obj *obj_repr(Obj *o);                  /* str */
Obj *obj_str(Obj *o);                   /* str */
Obj *obj_ascii(Obj *o);
intptr_t obj_hash(Obj *o);              /* -1 with TypeError if unhashable */
Obj *obj_richcompare(Obj *a, Obj *b, int op);   /* full dispatch incl. reflection */
int obj_richcompare_bool(Obj *a, Obj *b, int op); /* identity shortcut for EQ/NE */
int obj_eq(Obj *a, Obj *b);             /* obj_richcompare_bool(a, b, CMP_EQ) */
int obj_is_true(Obj *o);                /* 1, 0, -1 */
Obj *obj_binop(Obj *a, Obj *b, int op);         /* a <op> b with reflection */
Obj *obj_inplace_binop(Obj *a, Obj *b, int op); /* a <op>= b */
Obj *obj_pow3(Obj *a, Obj *b, Obj *mod);
Obj *obj_neg(Obj *o);
Obj *obj_pos(Obj *o);
Obj *obj_invert(Obj *o);
Obj *obj_abs(Obj *o);
Obj *obj_index(Obj *o);                 /* int via __index__ or TypeError */
Obj *obj_getattr(Obj *o, Obj *name);    /* name: str; raises AttributeError */
Obj *obj_getattr_cstr(Obj *o, const char *name);
/* Like obj_getattr but returns NULL WITHOUT an exception when missing. */
Obj *obj_lookup_attr(Obj *o, Obj *name);
int obj_setattr(Obj *o, Obj *name, Obj *value);  /* value NULL deletes */
Obj *obj_generic_getattr(Obj *o, Obj *name);     /* type dict + descriptors + __dict__ */
int obj_generic_setattr(Obj *o, Obj *name, Obj *value);
Obj *obj_call(Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *obj_call0(Obj *callable);
Obj *obj_call1(Obj *callable, Obj *arg);
Obj *obj_call2(Obj *callable, Obj *a, Obj *b);
Obj *obj_call_tuple_dict(Obj *callable, Obj *args_tuple, Obj *kwargs_dict_or_NULL);
/* Calls method `name` (interned str) of o with the given positional args. */
Obj *obj_call_method(Obj *o, Obj *name, Obj *const *args, size_t nargs);
/* Calls `func` found in type(self)'s MRO as a method of self: func(self, *args)
 * without making a bound method when func is method-like. */
Obj *obj_call_unbound(Obj *func, Obj *self, Obj *const *args, size_t nargs);
Obj *obj_iter(Obj *o);                  /* iter(o) */
Obj *obj_next(Obj *it);                 /* NULL without exception: exhausted */
intptr_t obj_len(Obj *o);               /* -1 on error */
Obj *obj_getitem(Obj *o, Obj *key);
int obj_setitem(Obj *o, Obj *key, Obj *value);
int obj_delitem(Obj *o, Obj *key);
int obj_contains(Obj *container, Obj *item);    /* `item in container` */
int obj_isinstance(Obj *o, Obj *cls);   /* cls may be a tuple; 1, 0, -1 */
int obj_issubclass(Obj *sub, Obj *cls);
bool type_is_subtype(const Type *sub, const Type *base);   /* via mro */
Obj *obj_format(Obj *o, Obj *spec);     /* format(o, spec) */
const char *type_name(const Obj *o);    /* TYPE(o)->name, for messages */

/* ---- types (runtime/type.c) ------------------------------------------- */
/* Fills dict, mro, bases, name_obj from the static description.  Called for
 * every built-in type at start-up; idempotent. -1 on error. */
int type_ready(Type *t);
/* Readies the core types (object, type, None..., builtin functions and
 * descriptors, module) and the exceptions.  The first type_ready() call
 * does it, so calling it explicitly is optional. */
int runtime_core_init(void);
/* Looks name up along t's MRO; borrowed reference or NULL (no exception). */
Obj *type_lookup(Type *t, Obj *name);
/* Must be called after changing t->dict of a ready type: invalidates the
 * lookup cache (of every type: subclasses are not tracked). */
void type_modified(Type *t);
/* Changes whenever any type's dict changes; lets the VM validate caches. */
extern uint64_t type_epoch;
/* Identity hash, used by object.__hash__ and types hashed by address. */
static inline intptr_t hash_pointer(const void *p) {
    uintptr_t x = (uintptr_t)p;
    intptr_t h = (intptr_t)((x >> 4) | (x << (8 * sizeof(uintptr_t) - 4)));
    return h == -1 ? -2 : h;
}

#endif
