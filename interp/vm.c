/* vm.c: the bytecode eval loop.
 *
 * One C function runs a whole chain of Python frames: a call to a Python
 * function pushes a frame in the thread's arena and continues in the same
 * loop, and RETURN_VALUE resumes the caller, so Python recursion never
 * recurses in C (only calls that pass through C code, like map(f, xs), enter
 * vm_run again).  Dispatch is computed goto under GCC/Clang (the label table
 * is generated from OPCODE_TABLE, so an opcode without a body does not
 * compile) and a switch elsewhere.  Opcodes are validated once per code
 * object (vm_prepare_code), so the dispatch itself never checks.
 *
 * Hot paths are inline here (locals, constants, small-int and float
 * arithmetic, comparisons, jumps, cached globals, method calls); everything
 * slow or rare is a call into vm_ops.c.  The exception protocol (block
 * stack, EXCEPT_HANDLER blocks, tstate->handled_exc) is described in
 * interp/opcodes.h and implemented by the `error:`/`unwind:` tail below.
 */
#include <math.h>
#include <stdlib.h>
#include "vm_internal.h"
#include "opcodes.h"
#include "traceback.h"
#include "err.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "api.h"
#include "ident.h"
#include "vm_match.h"

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Inline cache of LOAD_GLOBAL: valid while both dicts keep their versions.
 * A name found in globals also remembers its entry, which stays valid while
 * that entry still holds the name, so stores to other globals (a module
 * loop updating its counters) do not defeat the cache. */
typedef struct GlobalCache {
    const DictObj *globals;
    uint64_t gver, bver;
    Obj *value;              /* borrowed: the dicts hold it while unchanged */
    const DictEntry *entries;   /* globals' entries when found there, else NULL */
    size_t ix;
} GlobalCache;

/* Inline cache of LOAD_ATTR and STORE_ATTR (sharing the table of
 * LOAD_GLOBAL): `type` has the generic getattr (setattr), an instance
 * __dict__ and no attribute of that name at all (as of type_epoch `epoch`),
 * so the instance dict alone decides.  `hint` is where the name sat in the
 * last instance's dict: instances of a class usually get their attributes
 * in the same order, so one key comparison replaces the hash probe.  The
 * type is held so that its address is not reused. */
typedef struct AttrCache {
    Type *type;              /* owned, or NULL */
    uint64_t epoch;
    size_t hint;
} AttrCache;
_Static_assert(sizeof(AttrCache) <= sizeof(GlobalCache), "caches share one table");

_Atomic unsigned vm_eval_breaker;

/* ---- code preparation --------------------------------------------------- */

int vm_prepare_code(CodeObj *co) {
    size_t ncache = 0;
    for (size_t i = 0; i < co->ncode; i += 1 + opcode_cache_words[INSTR_OP(co->code[i])]) {
        unsigned op = INSTR_OP(co->code[i]);
        if (op >= OPCODE_COUNT || i + opcode_cache_words[op] >= co->ncode) {
            err_format(&Exc_SystemError, "unknown opcode %d", (int)op);
            return -1;
        }
        if (op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR || op == OP_STORE_ATTR)
            co->code[i + 1] = (uint32_t)ncache++;
    }
    co->ncells = (int)(co->cellvars ? tuple_size(co->cellvars) : 0);
    co->nfree = (int)(co->freevars ? tuple_size(co->freevars) : 0);
    /* one block: the frame layout, then the LOAD_GLOBAL caches */
    co->vm_cache = calloc(1, sizeof(CodeLayout) + ncache * sizeof(GlobalCache));
    if (co->vm_cache == NULL) {
        err_no_memory();
        return -1;
    }
    code_layout_init((CodeLayout *)co->vm_cache, co);
    co->vm_ready = true;
    return 0;
}

/* ---- small helpers for the hot paths ------------------------------------ */

/* The instance dict d's value for name (borrowed) through the cache's
 * hint, or NULL when absent. */
static inline Obj *attr_cache_get(AttrCache *ac, Obj *d, Obj *name) {
    DictObj *dd = (DictObj *)d;
    size_t h = ac->hint;
    if (h < dd->nentries && dd->entries[h].key == name) return dd->entries[h].value;
    intptr_t ix = dict_index_str(d, name);
    if (ix < 0) return NULL;
    ac->hint = (size_t)ix;
    return dd->entries[ix].value;
}

/* d[name] = v for an instance dict, taking the reference to v: in place
 * when name is where the hint says (the commonest update: self.x = ...),
 * else through the dict (a new attribute, as in __init__).  -1 on error. */
static inline int attr_cache_set(AttrCache *ac, Obj *d, Obj *name, Obj *v) {
    DictObj *dd = (DictObj *)d;
    size_t h = ac->hint;
    if (!(h < dd->nentries && dd->entries[h].key == name)) {
        intptr_t ix = dict_index_str(d, name);
        if (ix < 0) {
            int rc = dict_set(d, name, v);
            DECREF(v);
            if (rc == 0) ac->hint = dd->nentries - 1;
            return rc;
        }
        ac->hint = h = (size_t)ix;
    }
    dict_replace_at(d, h, v);
    return 0;
}

/* After a generic lookup or store on an instance of t: when t has no
 * attribute `name` at all, the instance dict alone decides from now on. */
static void attr_cache_fill(AttrCache *ac, Type *t, Obj *name) {
    if ((ac->type == t && ac->epoch == type_epoch) || type_lookup(t, name) != NULL) return;
    INCREF((Obj *)t);
    Type *old = ac->type;
    ac->type = t;
    ac->epoch = type_epoch;
    ac->hint = 0;
    if (old != NULL) DECREF((Obj *)old);
}

/* Small-int arithmetic that cannot fail except by overflowing the tag range;
 * NULL means "take the generic path". */
static inline Obj *small_binop(int op, intptr_t a, intptr_t b) {
    intptr_t r;
    /* the two commonest first, as plain tests (better predicted than the table) */
    if (op == BINOP_ADD) return __builtin_add_overflow(a, b, &r) || !small_fits(r) ? NULL : small_new(r);
    if (op == BINOP_SUB) return __builtin_sub_overflow(a, b, &r) || !small_fits(r) ? NULL : small_new(r);
    switch (op) {
    case BINOP_ADD: if (__builtin_add_overflow(a, b, &r)) return NULL; break;
    case BINOP_SUB: if (__builtin_sub_overflow(a, b, &r)) return NULL; break;
    case BINOP_MUL: if (__builtin_mul_overflow(a, b, &r)) return NULL; break;
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (b == 0 || (b == -1 && a == SMALL_MIN)) return NULL;
        r = op == BINOP_FLOORDIV ? a / b : a % b;
        if (a % b != 0 && ((a < 0) != (b < 0))) r = op == BINOP_FLOORDIV ? r - 1 : r + b;
        break;
    case BINOP_AND: r = a & b; break;
    case BINOP_OR: r = a | b; break;
    case BINOP_XOR: r = a ^ b; break;
    default: return NULL;
    }
    return small_fits(r) ? small_new(r) : NULL;
}

static inline bool is_exact_float(const Obj *o) { return !is_small(o) && o->type == &FloatType; }

/* Float arithmetic for float/float and float/small-int pairs: true with
 * the result in *r, false for "take the generic path" (which raises
 * ZeroDivisionError etc.). */
static inline bool float_binop(int op, Obj *a, Obj *b, double *r) {
    double x, y;
    if (is_exact_float(a)) x = float_value(a);
    else if (is_small(a)) x = (double)small_value(a);
    else return false;
    if (is_exact_float(b)) y = float_value(b);
    else if (is_small(b)) y = (double)small_value(b);
    else return false;
    switch (op) {
    case BINOP_ADD: *r = x + y; return true;
    case BINOP_SUB: *r = x - y; return true;
    case BINOP_MUL: *r = x * y; return true;
    case BINOP_TRUEDIV:
        if (y == 0.0) return false;
        *r = x / y;
        return true;
    case BINOP_POW:
        /* a positive finite base and a finite result: what pow() gives; the
         * generic path handles signs, zeros and overflow */
        if (!(x > 0.0) || !isfinite(x) || !isfinite(y)) return false;
        *r = pow(x, y);
        return isfinite(*r) && *r != 0.0;
    default: return false;
    }
}

/* The float result of a binary operation on a and b (both released): an
 * operand only the stack holds is reused instead of allocating. */
static inline Obj *float_result(Obj *a, Obj *b, double r) {
    if (is_exact_float(a) && a->refcnt == 1) {
        ((FloatObj *)a)->value = r;
        DECREF(b);
        return a;
    }
    if (is_exact_float(b) && b->refcnt == 1) {
        ((FloatObj *)b)->value = r;
        DECREF(a);
        return b;
    }
    DECREF(a);
    DECREF(b);
    return float_new(r);
}

/* For `s += t` on a str that only the stack and the variable being
 * assigned hold: drops the variable's reference (the next instruction
 * stores the result there anyway) so the string can grow in place, as
 * CPython does.  False when the pattern does not apply. */
static bool release_for_append(Obj **fast, Obj *locals, Obj *names, Obj *a, uint32_t next)
{
    if (a->refcnt != 2 || ((StrObj *)a)->interned)
        return false;
    if (INSTR_OP(next) == OP_STORE_FAST && fast[INSTR_ARG(next)] == a) {
        fast[INSTR_ARG(next)] = NULL;
        a->refcnt--;        /* the slot's reference, now given up */
        return true;
    }
    if (INSTR_OP(next) == OP_STORE_NAME && locals != NULL && IS_TYPE(locals, DictType) &&
        dict_get_str(locals, tuple_get(names, INSTR_ARG(next))) == a) {
        /* the dict lets go of its reference itself */
        if (dict_set(locals, tuple_get(names, INSTR_ARG(next)), NONE) == 0)
            return true;
        err_clear();
    }
    return false;
}

static inline int compare_doubles(double x, double y, int op) {
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

static inline int compare_words(intptr_t x, intptr_t y, int op) {
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* Truth value with the common singletons first: 1, 0, -1. */
static inline int truth(Obj *v) {
    if (v == TRUE_) return 1;
    if (v == FALSE_ || v == NONE) return 0;
    if (is_small(v)) return small_value(v) != 0;
    return obj_is_true(v);
}

/* The handled exception as a stack slot value (None when none). */
static inline void restore_handled(ThreadState *ts, Obj *prev) {
    SETREF(ts->handled_exc, prev == NONE ? NULL : prev);
}

/* Cold path of LOAD_GLOBAL: look up, raise NameError, refill the cache. */
static Obj *load_global_slow(Frame *f, Obj *name, GlobalCache *c) {
    Obj *v = is_dict(f->globals) ? dict_get(f->globals, name) : NULL;
    if (v == NULL && err_occurred()) return NULL;
    bool in_globals = v != NULL;
    if (v == NULL) v = dict_get(f->builtins, name);
    if (v == NULL) {
        if (!err_occurred()) vm_name_error(name);
        return NULL;
    }
    if (TYPE(f->globals) == &DictType && TYPE(f->builtins) == &DictType) {
        const DictObj *g = (const DictObj *)f->globals;
        c->globals = g;
        c->gver = g->version;
        c->bver = ((const DictObj *)f->builtins)->version;
        c->value = v;
        c->entries = NULL;
        for (size_t i = 0; in_globals && i < g->nentries; i++)
            if (g->entries[i].key == name) {
                c->entries = g->entries;
                c->ix = i;
                break;
            }
    }
    return NEWREF(v);
}

/* LOAD_METHOD: [o] -> [meth o] when name is a method-like attribute of o's
 * type not shadowed by the instance dict, else [NULL bound]. */
static int load_method(Obj **sp, Obj *name) {
    Obj *o = sp[-1];
    Type *t = TYPE(o);
    if (t->getattr == NULL || t->getattr == obj_generic_getattr) {
        Obj *descr = type_lookup(t, name);
        if (descr != NULL && type_has(TYPE(descr), TF_METHOD_DESCRIPTOR)) {
            Obj **dslot = t->dictoffset && !is_small(o) ? (Obj **)((char *)o + t->dictoffset) : NULL;
            if (dslot == NULL || *dslot == NULL || dict_get_str(*dslot, name) == NULL) {
                sp[-1] = NEWREF(descr);
                sp[0] = o;
                return 0;
            }
        }
    }
    Obj *bound = obj_getattr(o, name);
    if (bound == NULL) return -1;
    sp[-1] = NULL;
    sp[0] = bound;
    DECREF(o);
    return 0;
}

/* ---- the loop ----------------------------------------------------------- */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define JUMPTO(target) (ip = co->code + (target))
#define NAME(i) tuple_get(co->names, (i))

#define LOAD_FRAME_REGS() do { \
        co = f->code; ip = f->ip; sp = f->sp; fast = f->localsplus; \
        consts = ((TupleObj *)co->consts)->items; \
        gcache = (GlobalCache *)((CodeLayout *)co->vm_cache + 1); \
    } while (0)
#define SAVE_FRAME_REGS() (f->ip = ip, f->sp = sp)

#define CHECK_BREAKER() do { \
        if (UNLIKELY(atomic_load_explicit(&vm_eval_breaker, memory_order_relaxed) != 0)) { \
            SAVE_FRAME_REGS(); \
            if (vm_handle_breaker() < 0) goto error; \
        } \
    } while (0)

#if USE_COMPUTED_GOTO
#define TARGET(name) op_##name:
#define DISPATCH() do { word = *ip++; oparg = INSTR_ARG(word); goto *labels[INSTR_OP(word)]; } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

Obj *vm_run(VMThread *vt, Frame *f) {
#if USE_COMPUTED_GOTO
    static const void *const labels[OPCODE_COUNT] = {
#define X(name, cache, doc) [OP_##name] = &&op_##name,
        OPCODE_TABLE(X)
#undef X
    };
#endif
    ThreadState *ts = tstate_get();
    CodeObj *co;
    const uint32_t *ip;
    Obj **sp, **fast, *const *consts;
    GlobalCache *gcache;
    uint32_t word, oparg;
    Obj *retval;

    f->is_entry = true;
    vt->current = f;
    if (UNLIKELY(f->gen_throw)) {
        /* generator.throw(): the exception is raised where the frame paused */
        f->gen_throw = false;
        LOAD_FRAME_REGS();
        goto error;
    }
enter_frame:
    LOAD_FRAME_REGS();
    CHECK_BREAKER();
    DISPATCH();

#if !USE_COMPUTED_GOTO
dispatch:
    word = *ip++;
    oparg = INSTR_ARG(word);
    switch (INSTR_OP(word)) {
#endif

    /* ---- stack ---- */
    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) {
        Obj *v = POP();
        XDECREF(v);
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        Obj *a = TOP();
        TOP() = SECOND();
        SECOND() = a;
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        Obj *a = TOP();
        TOP() = SECOND();
        SECOND() = PEEK(3);
        PEEK(3) = a;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        Obj *a = TOP();
        TOP() = SECOND();
        SECOND() = PEEK(3);
        PEEK(3) = PEEK(4);
        PEEK(4) = a;
        DISPATCH();
    }
    TARGET(ROT_N) {
        Obj *a = TOP();
        for (uint32_t i = 1; i < oparg; i++) sp[-(intptr_t)i] = sp[-(intptr_t)i - 1];
        sp[-(intptr_t)oparg] = a;
        DISPATCH();
    }
    TARGET(DUP_TOP) {
        Obj *a = TOP();
        INCREF(a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(DUP_TOP_TWO) {
        Obj *a = SECOND(), *b = TOP();
        INCREF(a);
        INCREF(b);
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }

    /* ---- constants and names ---- */
    TARGET(LOAD_CONST) {
        Obj *c = consts[oparg];
        INCREF(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        Obj *v = fast[oparg];
        if (UNLIKELY(v == NULL)) {
            vm_unbound_local(co, (int)oparg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Obj *v = POP();
        Obj *old = fast[oparg];
        fast[oparg] = v;
        if (old != NULL && !is_small(old) && --old->refcnt == 0) {
            SAVE_FRAME_REGS();   /* a finaliser (never-awaited warning) may look at the line */
            obj_dealloc(old);
        }
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        Obj *old = fast[oparg];
        if (old == NULL) {
            vm_unbound_local(co, (int)oparg);
            goto error;
        }
        fast[oparg] = NULL;
        SAVE_FRAME_REGS();   /* a finaliser (never-awaited warning) may look at the line */
        DECREF(old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Obj *v = ((CellObj *)fast[co->nlocals + oparg])->value;
        if (UNLIKELY(v == NULL)) {
            vm_unbound_deref(co, (int)oparg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        CellObj *cell = (CellObj *)fast[co->nlocals + oparg];
        Obj *old = cell->value;
        cell->value = POP();
        XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        CellObj *cell = (CellObj *)fast[co->nlocals + oparg];
        if (cell->value == NULL) {
            vm_unbound_deref(co, (int)oparg);
            goto error;
        }
        CLEAR(cell->value);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        Obj *cell = fast[co->nlocals + oparg];
        INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        uint32_t nc = (uint32_t)co->ncells;
        Obj *name = oparg < nc ? tuple_get(co->cellvars, oparg) : tuple_get(co->freevars, oparg - nc);
        Obj *v = f->locals ? obj_getitem(f->locals, name) : NULL;
        if (v == NULL) {
            if (f->locals && !err_matches(&Exc_KeyError)) goto error;
            err_clear();
            v = ((CellObj *)fast[co->nlocals + oparg])->value;
            if (v == NULL) {
                vm_unbound_deref(co, (int)oparg);
                goto error;
            }
            INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        SAVE_FRAME_REGS();
        Obj *v = vm_load_name(f, NAME(oparg));
        if (v == NULL) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Obj *v = POP();
        int rc;
        SAVE_FRAME_REGS();
        if (f->locals == NULL) {
            err_format(&Exc_SystemError, "no locals found when storing %R", NAME(oparg));
            rc = -1;
        } else {
            rc = IS_TYPE(f->locals, DictType) ? dict_set(f->locals, NAME(oparg), v)
                                    : obj_setitem(f->locals, NAME(oparg), v);
        }
        DECREF(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Obj *name = NAME(oparg);
        SAVE_FRAME_REGS();
        if (f->locals == NULL || obj_delitem(f->locals, name) < 0) {
            if (f->locals && err_matches(&Exc_KeyError)) {
                err_clear();
                vm_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        GlobalCache *c = &gcache[ip[0]];
        const DictObj *g = (const DictObj *)f->globals;
        Obj *v;
        if (LIKELY(c->globals == g && c->gver == g->version &&
                   c->bver == ((const DictObj *)f->builtins)->version)) {
            v = c->value;
            INCREF(v);
        } else if (c->globals == g && c->entries == g->entries && c->entries != NULL &&
                   c->ix < g->nentries && g->entries[c->ix].key == NAME(oparg)) {
            v = g->entries[c->ix].value;
            INCREF(v);
        } else {
            SAVE_FRAME_REGS();
            v = load_global_slow(f, NAME(oparg), c);
            if (v == NULL) goto error;
        }
        PUSH(v);
        ip += 2;
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Obj *v = POP();
        SAVE_FRAME_REGS();
        int rc = dict_set(f->globals, NAME(oparg), v);
        DECREF(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (dict_del(f->globals, NAME(oparg)) < 0) {
            if (err_matches(&Exc_KeyError)) {
                err_clear();
                vm_name_error(NAME(oparg));
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Obj *o = TOP(), *v;
        AttrCache *ac = (AttrCache *)&gcache[ip[0]];
        Type *t = TYPE(o);
        if (ac->type == t && ac->epoch == type_epoch) {
            Obj *d = *(Obj **)((char *)o + t->dictoffset);
            if (d != NULL && (v = attr_cache_get(ac, d, NAME(oparg))) != NULL) {
                INCREF(v);
                TOP() = v;
                DECREF(o);
                ip += 2;
                DISPATCH();
            }
        }
        SAVE_FRAME_REGS();
        v = obj_getattr(o, NAME(oparg));
        if (v == NULL) goto error;
        if (!is_small(o) && t->dictoffset != 0 && (t->getattr == NULL || t->getattr == obj_generic_getattr))
            attr_cache_fill(ac, t, NAME(oparg));
        TOP() = v;
        DECREF(o);
        ip += 2;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Obj *o = POP(), *v = POP();
        AttrCache *ac = (AttrCache *)&gcache[ip[0]];
        Type *t = TYPE(o);
        if (ac->type == t && ac->epoch == type_epoch) {
            Obj *d = *(Obj **)((char *)o + t->dictoffset);
            if (d != NULL) {
                int rc = attr_cache_set(ac, d, NAME(oparg), v);
                DECREF(o);
                if (rc < 0) {
                    SAVE_FRAME_REGS();
                    goto error;
                }
                ip += 2;
                DISPATCH();
            }
        }
        SAVE_FRAME_REGS();
        int rc = obj_setattr(o, NAME(oparg), v);
        if (rc == 0 && !is_small(o) && t->dictoffset != 0 &&
            (t->setattr == NULL || t->setattr == obj_generic_setattr))
            attr_cache_fill(ac, t, NAME(oparg));
        DECREF(o);
        DECREF(v);
        if (rc < 0) goto error;
        ip += 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Obj *o = POP();
        SAVE_FRAME_REGS();
        int rc = obj_setattr(o, NAME(oparg), NULL);
        DECREF(o);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        SAVE_FRAME_REGS();
        if (load_method(sp, NAME(oparg)) < 0) goto error;
        sp++;
        ip += 2;
        DISPATCH();
    }

    /* ---- operators ---- */
    TARGET(BINARY_OP) {
        Obj *b = TOP(), *a = SECOND(), *r;
        int op = (int)oparg;
        if (op >= BINOP_COUNT) op -= BINOP_COUNT;
        if (is_small(a) && is_small(b) && (r = small_binop(op, small_value(a), small_value(b))) != NULL) {
            sp--;
            TOP() = r;
            DISPATCH();
        }
        double d;
        if ((is_exact_float(a) || is_exact_float(b)) && float_binop(op, a, b, &d)) {
            sp--;
            if ((r = float_result(a, b, d)) == NULL) {
                sp--;
                goto error;
            }
            TOP() = r;
            DISPATCH();
        }
        if (oparg == BINOP_COUNT + BINOP_ADD && !is_small(a) && TYPE(a) == &StrType &&
            !is_small(b) && TYPE(b) == &StrType && a != b &&
            release_for_append(fast, f->locals, co->names, a, *ip)) {
            if ((r = str_append_inplace(a, b)) == NULL) goto error;
            sp--;
            DECREF(b);
            TOP() = r;
            DISPATCH();
        }
        SAVE_FRAME_REGS();
        r = oparg >= BINOP_COUNT ? obj_inplace_binop(a, b, op) : obj_binop(a, b, op);
        if (r == NULL) goto error;
        sp--;
        DECREF(a);
        DECREF(b);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Obj *a = TOP(), *r;
        if (is_small(a) && small_value(a) != SMALL_MIN) {
            TOP() = small_new(-small_value(a));
            DISPATCH();
        }
        SAVE_FRAME_REGS();
        if ((r = obj_neg(a)) == NULL) goto error;
        DECREF(a);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        Obj *a = TOP(), *r;
        SAVE_FRAME_REGS();
        if ((r = obj_pos(a)) == NULL) goto error;
        DECREF(a);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Obj *a = TOP(), *r;
        SAVE_FRAME_REGS();
        if ((r = obj_invert(a)) == NULL) goto error;
        DECREF(a);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Obj *a = TOP();
        int t = truth(a);
        if (t < 0) goto error;
        TOP() = bool_from(!t);
        DECREF(a);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Obj *b = TOP(), *a = SECOND(), *r;
        int t;
        if (is_small(a) && is_small(b)) {
            t = compare_words((intptr_t)a, (intptr_t)b, (int)oparg);
            sp -= 2;
            goto compare_jump;
        }
        if (is_exact_float(a) && is_exact_float(b)) {
            t = compare_doubles(float_value(a), float_value(b), (int)oparg);
            sp -= 2;
            DECREF(a);
            DECREF(b);
        compare_jump:
            /* a comparison feeding a conditional jump skips the bool */
            word = *ip;
            if (INSTR_OP(word) == OP_POP_JUMP_IF_FALSE) {
                ip++;
                if (!t) JUMPTO(INSTR_ARG(word));
                DISPATCH();
            }
            if (INSTR_OP(word) == OP_POP_JUMP_IF_TRUE) {
                ip++;
                if (t) JUMPTO(INSTR_ARG(word));
                DISPATCH();
            }
            PUSH(bool_from(t));
            DISPATCH();
        } else {
            SAVE_FRAME_REGS();
            if ((r = obj_richcompare(a, b, (int)oparg)) == NULL) goto error;
        }
        sp--;
        DECREF(a);
        DECREF(b);
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        Obj *b = POP(), *a = TOP();
        TOP() = bool_from((a == b) != (oparg != 0));
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Obj *b = TOP(), *a = SECOND();
        SAVE_FRAME_REGS();
        int rc = obj_contains(b, a);
        if (rc < 0) goto error;
        sp--;
        TOP() = bool_from((rc != 0) != (oparg != 0));
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Obj *k = TOP(), *o = SECOND(), *r;
        if (is_small(k) && !is_small(o) && o->type == &ListType) {
            intptr_t i = small_value(k), n = (intptr_t)list_size(o);
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
                r = list_get(o, (size_t)i);
                INCREF(r);
                sp--;
                DECREF(o);
                TOP() = r;
                DISPATCH();
            }
        }
        if (!is_small(o) && o->type == &TupleType && is_small(k)) {
            intptr_t i = small_value(k), n = (intptr_t)tuple_size(o);
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
                r = tuple_get(o, (size_t)i);
                INCREF(r);
                sp--;
                DECREF(o);
                TOP() = r;
                DISPATCH();
            }
        } else if (!is_small(o) && o->type == &DictType) {
            SAVE_FRAME_REGS();
            r = dict_get(o, k);
            if (r != NULL) {
                INCREF(r);
                sp--;
                DECREF(o);
                DECREF(k);
                TOP() = r;
                DISPATCH();
            }
            if (err_occurred()) goto error;
            /* missing: the generic path raises KeyError */
        }
        SAVE_FRAME_REGS();
        if ((r = obj_getitem(o, k)) == NULL) goto error;
        sp--;
        DECREF(o);
        DECREF(k);
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Obj *k = TOP(), *o = SECOND(), *v = PEEK(3);
        if (is_small(k) && !is_small(o) && o->type == &ListType) {
            intptr_t i = small_value(k), n = (intptr_t)list_size(o);
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
                Obj **slot = &((ListObj *)o)->items[i];
                Obj *old = *slot;
                *slot = v;
                sp -= 3;
                DECREF(old);
                DECREF(o);
                DISPATCH();
            }
        }
        SAVE_FRAME_REGS();
        int rc = !is_small(o) && o->type == &DictType ? dict_set(o, k, v) : obj_setitem(o, k, v);
        if (rc < 0) goto error;
        sp -= 3;
        DECREF(v);
        DECREF(o);
        DECREF(k);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Obj *k = TOP(), *o = SECOND();
        SAVE_FRAME_REGS();
        if (obj_delitem(o, k) < 0) goto error;
        sp -= 2;
        DECREF(o);
        DECREF(k);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Obj *step = oparg == 3 ? POP() : NULL;
        Obj *stop = POP(), *start = TOP();
        Obj *s = slice_new(start, stop, step);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        TOP() = s;
        if (s == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    /* ---- building ---- */
    TARGET(BUILD_TUPLE) {
        Obj *t = tuple_new(oparg);
        if (t == NULL) goto error;
        for (uint32_t i = oparg; i-- > 0;) tuple_set(t, i, POP());
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Obj *l = list_new(oparg);
        if (l == NULL) goto error;
        for (uint32_t i = oparg; i-- > 0;) list_set_new(l, i, POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Obj *s = set_new(NULL);
        if (s == NULL) goto error;
        int rc = 0;
        for (uint32_t i = oparg; i > 0; i--)
            if (rc == 0) rc = set_add(s, PEEK(i));
        for (uint32_t i = 0; i < oparg; i++) DECREF(POP());
        if (rc < 0) {
            DECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SAVE_FRAME_REGS();
        Obj *d = vm_build_map(sp - 2 * oparg, oparg);
        for (uint32_t i = 0; i < 2 * oparg; i++) DECREF(POP());
        if (d == NULL) goto error;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        SAVE_FRAME_REGS();
        Obj *keys = POP();
        Obj *d = vm_build_const_key_map(sp - oparg, keys);
        DECREF(keys);
        for (uint32_t i = 0; i < oparg; i++) DECREF(POP());
        if (d == NULL) goto error;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Obj *s = vm_build_string(sp - oparg, oparg);
        for (uint32_t i = 0; i < oparg; i++) DECREF(POP());
        if (s == NULL) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Obj *v = POP();
        int rc = list_append(PEEK(oparg), v);
        DECREF(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Obj *v = POP();
        int rc = set_add(PEEK(oparg), v);
        DECREF(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Obj *v = POP(), *k = POP();
        int rc = obj_setitem(PEEK(oparg), k, v);
        DECREF(k);
        DECREF(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Obj *it = POP();
        SAVE_FRAME_REGS();
        int rc = vm_list_extend(PEEK(oparg), it);
        DECREF(it);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Obj *it = POP();
        SAVE_FRAME_REGS();
        /* set_update merges a set argument slot for slot, as CPython */
        int rc = set_update(PEEK(oparg), it);
        DECREF(it);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Obj *m = POP();
        SAVE_FRAME_REGS();
        int rc = vm_dict_update(PEEK(oparg), m);
        DECREF(m);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Obj *m = POP();
        SAVE_FRAME_REGS();
        int rc = vm_dict_merge(PEEK(oparg + 2), PEEK(oparg), m);
        DECREF(m);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Obj *l = TOP();
        Obj *t = list_as_tuple(l);
        if (t == NULL) goto error;
        TOP() = t;
        DECREF(l);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Obj *spec = (oparg & 4) ? POP() : NULL;
        Obj *v = TOP();
        SAVE_FRAME_REGS();
        Obj *r = vm_format_value(v, (int)(oparg & 3), spec);
        XDECREF(spec);
        if (r == NULL) goto error;
        TOP() = r;
        DECREF(v);
        DISPATCH();
    }

    /* ---- unpacking ---- */
    TARGET(UNPACK_SEQUENCE) {
        Obj *seq = TOP();
        if (!is_small(seq) && (seq->type == &TupleType || seq->type == &ListType)) {
            bool tup = seq->type == &TupleType;
            size_t n = tup ? tuple_size(seq) : list_size(seq);
            if (n == oparg) {
                Obj *const *items = tup ? ((TupleObj *)seq)->items : ((ListObj *)seq)->items;
                sp--;
                for (size_t i = 0; i < n; i++) {
                    Obj *v = items[i];
                    INCREF(v);
                    sp[n - 1 - i] = v;
                }
                sp += n;
                DECREF(seq);
                DISPATCH();
            }
        }
        sp--;
        SAVE_FRAME_REGS();
        int rc = vm_unpack_sequence(seq, oparg, sp);
        DECREF(seq);
        if (rc < 0) goto error;
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Obj *seq = POP();
        size_t before = oparg & 0xff, after = oparg >> 8;
        SAVE_FRAME_REGS();
        int rc = vm_unpack_ex(seq, before, after, sp);
        DECREF(seq);
        if (rc < 0) goto error;
        sp += before + after + 1;
        DISPATCH();
    }

    /* ---- control flow ---- */
    TARGET(JUMP_FORWARD) {
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_ABSOLUTE) {
        JUMPTO(oparg);
        CHECK_BREAKER();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Obj *v = POP();
        int t = truth(v);
        DECREF(v);
        if (t < 0) goto error;
        if (!t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Obj *v = POP();
        int t = truth(v);
        DECREF(v);
        if (t < 0) goto error;
        if (t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Obj *v = TOP();
        int t = truth(v);
        if (t < 0) goto error;
        if (!t) {
            JUMPTO(oparg);
        } else {
            sp--;
            DECREF(v);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Obj *v = TOP();
        int t = truth(v);
        if (t < 0) goto error;
        if (t) {
            JUMPTO(oparg);
        } else {
            sp--;
            DECREF(v);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_NOT_EXC_MATCH) {
        Obj *type = POP();
        int rc = vm_exc_match(TOP(), type);
        DECREF(type);
        if (rc < 0) goto error;
        if (rc == 0) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Obj *o = TOP();
        SAVE_FRAME_REGS();
        Obj *it = obj_iter(o);
        if (it == NULL) goto error;
        TOP() = it;
        DECREF(o);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Obj *it = TOP();
        unaryfunc next = TYPE(it)->iternext;
        SAVE_FRAME_REGS();
        Obj *v = next ? next(it) : obj_next(it);
        if (LIKELY(v != NULL)) {
            PUSH(v);
            DISPATCH();
        }
        if (err_occurred()) {
            if (!err_matches(&Exc_StopIteration)) goto error;
            err_clear();
        }
        sp--;
        DECREF(it);
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto return_from_frame;
    }

    /* ---- exceptions ---- */
    TARGET(SETUP_FINALLY) {
        if (UNLIKELY(f->nblocks >= co->maxblocks)) {
            err_set_str(&Exc_SystemError, "block stack overflow");
            goto error;
        }
        f->blocks[f->nblocks++] = (Block){BLOCK_FINALLY, (int)oparg, (int)(sp - f->stack)};
        DISPATCH();
    }
    TARGET(SETUP_WITH) {
        Obj *cm = TOP(), *exit, *res;
        if (UNLIKELY(f->nblocks >= co->maxblocks)) {
            err_set_str(&Exc_SystemError, "block stack overflow");
            goto error;
        }
        SAVE_FRAME_REGS();
        if (vm_setup_with(cm, &exit, &res) < 0) goto error;
        TOP() = exit;
        DECREF(cm);
        f->blocks[f->nblocks++] = (Block){BLOCK_FINALLY, (int)oparg, (int)(sp - f->stack)};
        PUSH(res);
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        f->nblocks--;
        restore_handled(ts, POP());
        DISPATCH();
    }
    TARGET(RERAISE) {
        Obj *exc = POP();
        SETREF(ts->cur_exc, exc);
        goto unwind;
    }
    TARGET(WITH_EXCEPT_START) {
        SAVE_FRAME_REGS();
        Obj *r = vm_with_exit_call(PEEK(3), TOP());
        if (r == NULL) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            if (ts->handled_exc == NULL) {
                err_set_str(&Exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            SETREF(ts->cur_exc, NEWREF(ts->handled_exc));
            goto unwind;
        }
        Obj *cause = oparg == 2 ? POP() : NULL;
        Obj *exc = POP();
        SAVE_FRAME_REGS();
        vm_raise(exc, cause);
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(NEWREF((Obj *)&Exc_AssertionError));
        DISPATCH();
    }

    /* ---- functions and calls ---- */
    TARGET(MAKE_FUNCTION) {
        Obj *qualname = POP(), *code = POP();
        int nextra = ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) + ((oparg & 8) != 0);
        sp -= nextra;
        Obj *fn = vm_make_function(code, qualname, sp, (int)oparg, f->globals, f->builtins);
        for (int i = 0; i < nextra; i++) DECREF(sp[i]);
        DECREF(code);
        DECREF(qualname);
        if (fn == NULL) goto error;
        PUSH(fn);
        DISPATCH();
    }
    {
        /* The call opcodes share this tail: callable, args, nargs, kwnames
         * and `base`, the stack slot where the result goes. */
        Obj *callable, *kwnames, **args, **base;
        size_t nargs;
    TARGET(CALL_FUNCTION)
        base = sp - oparg - 1;
        callable = base[0];
        args = base + 1;
        nargs = oparg;
        kwnames = NULL;
        goto do_call;
    TARGET(CALL_FUNCTION_KW)
        kwnames = POP();
        base = sp - oparg - 1;
        callable = base[0];
        args = base + 1;
        nargs = oparg - tuple_size(kwnames);
        goto do_call;
    TARGET(CALL_METHOD)
        kwnames = NULL;
        nargs = oparg;
        goto do_call_method;
    TARGET(CALL_METHOD_KW)
        kwnames = POP();
        nargs = oparg - tuple_size(kwnames);
    do_call_method:
        base = sp - oparg - 2;
        if (base[0] == NULL) {
            callable = base[1];
            args = base + 2;
        } else {
            callable = base[0];
            args = base + 1;
            nargs++;
        }
    do_call:
        SAVE_FRAME_REGS();
        if (UNLIKELY(is_method(callable)) && args == base + 1 &&
            is_function(((MethodObj *)callable)->func) &&
            !(((CodeObj *)((FunctionObj *)((MethodObj *)callable)->func)->code)->flags & CO_GEN_FLAGS)) {
            /* a bound method of a Python function: self takes the method's
             * slot and the function runs in this loop */
            MethodObj *m = (MethodObj *)callable;
            Obj *func = NEWREF(m->func);
            base[0] = NEWREF(m->self);
            DECREF(callable);
            Frame *nf = vm_frame_for_call(vt, func, base, nargs + 1, kwnames);
            DECREF(func);
            XDECREF(kwnames);
            if (nf == NULL) goto call_failed;
            while (sp > base) XDECREF(*--sp);
            f->sp = sp;
            f = nf;
            vt->current = f;
            goto enter_frame;
        }
        if (is_function(callable) && kwnames == NULL) {
            /* the common case: exactly the positional parameters; the stack's
             * references to the function and the arguments move into the frame */
            FunctionObj *fn = (FunctionObj *)callable;
            CodeObj *fco = (CodeObj *)fn->code;
            if (LIKELY(fco->vm_ready && nargs == (size_t)fco->argcount && fco->kwonlyargcount == 0 &&
                       !(fco->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GEN_FLAGS)) &&
                       (fco->ncells | fco->nfree) == 0 && fn->builtins != NULL &&
                       ts->recursion_depth < ts->recursion_limit)) {
                Frame *nf = frame_push(vt, fco, callable, fn->globals, fn->builtins, NULL);
                if (nf == NULL) {
                    args[-1] = NULL;   /* frame_push released the function */
                    goto call_failed;
                }
                ts->recursion_depth++;
                for (size_t i = 0; i < nargs; i++) nf->localsplus[i] = args[i];
                sp = base;
                f->sp = sp;
                f = nf;
                vt->current = f;
                goto enter_frame;
            }
        }
        if (is_function(callable) &&
            LIKELY(!(((CodeObj *)((FunctionObj *)callable)->code)->flags & CO_GEN_FLAGS))) {
            Frame *nf = vm_frame_for_call(vt, callable, args, nargs, kwnames);
            XDECREF(kwnames);
            if (nf == NULL) goto call_failed;
            while (sp > base) XDECREF(*--sp);
            f->sp = sp;
            f = nf;
            vt->current = f;
            goto enter_frame;
        }
        {
            Obj *res = obj_call(callable, args, nargs, kwnames);
            XDECREF(kwnames);
            while (sp > base) XDECREF(*--sp);
            if (res == NULL) goto error;
            PUSH(res);
            DISPATCH();
        }
    call_failed:
        while (sp > base) XDECREF(*--sp);
        goto error;
    }
    TARGET(CALL_FUNCTION_EX) {
        Obj *kwargs = (oparg & 1) ? POP() : NULL;
        Obj *cargs = POP(), *func = TOP();
        SAVE_FRAME_REGS();
        if (is_function(func) && is_tuple(cargs) && (kwargs == NULL || dict_size(kwargs) == 0) &&
            !(((CodeObj *)((FunctionObj *)func)->code)->flags & CO_GEN_FLAGS)) {
            /* f(*t) and wrappers passing an empty **kw run in this loop */
            Frame *nf = vm_frame_for_call(vt, func, ((TupleObj *)cargs)->items, tuple_size(cargs), NULL);
            DECREF(cargs);
            XDECREF(kwargs);
            sp--;
            DECREF(func);
            if (nf == NULL) goto error;
            f->sp = sp;
            f = nf;
            vt->current = f;
            goto enter_frame;
        }
        Obj *res = vm_call_ex(func, cargs, kwargs);
        DECREF(cargs);
        XDECREF(kwargs);
        if (res == NULL) goto error;
        TOP() = res;
        DECREF(func);
        DISPATCH();
    }

    /* ---- modules and classes ---- */
    TARGET(IMPORT_NAME) {
        Obj *fromlist = POP(), *level = TOP();
        SAVE_FRAME_REGS();
        Obj *m = vm_import_name(f, NAME(oparg), fromlist, level);
        DECREF(fromlist);
        if (m == NULL) goto error;
        TOP() = m;
        DECREF(level);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE_FRAME_REGS();
        Obj *v = vm_import_from(TOP(), NAME(oparg));
        if (v == NULL) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Obj *m = POP();
        SAVE_FRAME_REGS();
        int rc = vm_import_star(m, f->locals);
        DECREF(m);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Obj *bc = vm_load_build_class(f->builtins);
        if (bc == NULL) goto error;
        PUSH(bc);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (vm_setup_annotations(f->locals) < 0) goto error;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Obj *v = POP();
        SAVE_FRAME_REGS();
        int rc = vm_print_expr(v);
        DECREF(v);
        if (rc < 0) goto error;
        DISPATCH();
    }

    /* ---- generators (coroutines: the asyncio issue) ---- */
    TARGET(GEN_START) {
        Obj *v = POP();
        DECREF(v);
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        goto yield_value;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Obj *o = TOP();
        if (TYPE(o) == &CoroType && !(co->flags & CO_COROUTINE)) {
            err_set_str(&Exc_TypeError,
                        "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
        }
        if (TYPE(o) != &GenType && TYPE(o) != &CoroType) {
            SAVE_FRAME_REGS();
            Obj *it = obj_iter(o);
            if (it == NULL) goto error;
            TOP() = it;
            DECREF(o);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        Obj *v = POP(), *recv = TOP(), *r;
        SAVE_FRAME_REGS();
        bool done = false;
        ThreadState *ts = tstate_get();
        if (TYPE(recv) == &GenType || TYPE(recv) == &CoroType) {
            r = vm_gen_resume((GenObj *)recv, v, false, &done);
        } else if (v == NONE && TYPE(recv)->iternext != NULL) {
            CLEAR(ts->stop_exc);
            r = TYPE(recv)->iternext(recv);
            if (r == NULL && !err_occurred() && ts->stop_exc != NULL) {
                err_set_obj(ts->stop_exc);     /* a Python __next__'s StopIteration(value) */
                ts->stop_exc = NULL;
            }
        } else {
            r = obj_call_method(recv, IDENT(send), &v, 1);
        }
        DECREF(v);
        if (r == NULL) {
            /* the delegate is exhausted (a finished generator too): the
             * value of `yield from` is its StopIteration's value */
            Obj *val = NEWREF(NONE);
            if (err_occurred()) {
                if (!err_matches(&Exc_StopIteration)) goto error;
                Obj *stop = err_fetch();
                SETREF(val, obj_getattr(stop, IDENT(value)));
                DECREF(stop);
                if (val == NULL) goto error;
            }
            r = val;
            done = true;
        }
        if (done) {
            TOP() = r;
            DECREF(recv);
            DISPATCH();
        }
        ip--;   /* resuming runs YIELD_FROM again with the sent value */
        retval = r;
        goto yield_value;
    }
    /* ---- await, async with, async for (vm_coro.c) ---- */
    TARGET(GET_AWAITABLE) {
        Obj *o = TOP();
        SAVE_FRAME_REGS();
        Obj *it = vm_get_awaitable(o, (int)oparg);
        if (it == NULL) goto error;
        TOP() = it;
        DECREF(o);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Obj *o = TOP();
        SAVE_FRAME_REGS();
        Obj *it = vm_get_aiter(o);
        if (it == NULL) goto error;
        TOP() = it;
        DECREF(o);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        SAVE_FRAME_REGS();
        Obj *aw = vm_get_anext(TOP());
        if (aw == NULL) goto error;
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Obj *exc = POP();
        if (!type_is_subtype(TYPE(exc), &Exc_StopAsyncIteration)) {
            SETREF(ts->cur_exc, exc);
            goto unwind;
        }
        DECREF(exc);
        f->nblocks--;
        restore_handled(ts, POP());
        Obj *aiter = POP();
        DECREF(aiter);
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        Obj *cm = TOP(), *aexit, *res;
        SAVE_FRAME_REGS();
        if (vm_before_async_with(cm, &aexit, &res) < 0) goto error;
        TOP() = aexit;
        DECREF(cm);
        PUSH(res);
        DISPATCH();
    }
    TARGET(SETUP_ASYNC_WITH) {
        if (UNLIKELY(f->nblocks >= co->maxblocks)) {
            err_set_str(&Exc_SystemError, "block stack overflow");
            goto error;
        }
        f->blocks[f->nblocks++] = (Block){BLOCK_FINALLY, (int)oparg, (int)(sp - 1 - f->stack)};
        DISPATCH();
    }

    /* ---- match statements: helpers in vm_match.c ---- */
    TARGET(COPY) {
        Obj *a = PEEK(oparg);
        INCREF(a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(SWAP) {
        Obj *a = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = a;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        Obj *v = POP();
        DECREF(v);
        if (v == NONE) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(GET_LEN) {
        SAVE_FRAME_REGS();
        intptr_t n = obj_len(TOP());
        if (n < 0) goto error;
        Obj *r = int_from_i64(n);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        SAVE_FRAME_REGS();
        int t = vm_match_is_mapping(TOP());
        if (t < 0) goto error;
        PUSH(bool_from(t));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        SAVE_FRAME_REGS();
        int t = vm_match_is_sequence(TOP());
        if (t < 0) goto error;
        PUSH(bool_from(t));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        SAVE_FRAME_REGS();
        Obj *r = vm_match_keys(SECOND(), TOP());
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        Obj *names = POP(), *cls = POP(), *subject = TOP();
        SAVE_FRAME_REGS();
        Obj *r = vm_match_class(subject, cls, names, oparg);
        DECREF(names);
        DECREF(cls);
        if (!r) goto error;
        TOP() = r;
        DECREF(subject);
        DISPATCH();
    }

    /* ---- except* (exceptions_group.c) ---- */
    TARGET(CHECK_EG_MATCH) {
        Obj *type = POP(), *exc = TOP(), *match, *rest;
        SAVE_FRAME_REGS();
        int rc = exc_check_except_star_type(type);
        if (rc == 0)
            rc = exc_group_match(exc, type, &match, &rest);
        DECREF(type);
        if (rc < 0) goto error;
        if (match == NONE) {
            DECREF(rest);
        } else {
            TOP() = rest;
            DECREF(exc);
            SETREF(ts->handled_exc, NEWREF(match));
        }
        PUSH(match);
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Obj *raised = POP(), *orig = TOP();
        SAVE_FRAME_REGS();
        Obj *r = exc_prep_reraise_star(orig, raised);
        DECREF(raised);
        if (!r) goto error;
        TOP() = r;
        DECREF(orig);
        DISPATCH();
    }

#if !USE_COMPUTED_GOTO
    default:
        err_format(&Exc_SystemError, "unknown opcode %d", (int)INSTR_OP(word));
        goto error;
    }
#endif

yield_value:
    /* a generator's frame pauses; it always runs as an entry frame */
    SAVE_FRAME_REGS();
    ts->recursion_depth--;
    vt->current = f->back;
    return retval;

return_from_frame: {
        Frame *back = f->back;
        bool entry = f->is_entry;
        f->sp = sp;
        ts->recursion_depth--;
        vt->current = back;   /* finalisers run while the locals go see the caller */
        if (UNLIKELY(f->gen != NULL)) vm_gen_frame_done(f);
        else frame_pop(vt, f);
        if (entry) return retval;
        f = back;
        LOAD_FRAME_REGS();
        PUSH(retval);
        DISPATCH();
    }

error:
    /* An exception was raised by the instruction before ip: record where. */
    if (UNLIKELY(ts->cur_exc == NULL))
        err_set_str(&Exc_SystemError, "error return without exception set");
    traceback_add(ts->cur_exc, co, f->globals, ip > co->code ? (int)(ip - 1 - co->code) : 0);
unwind:
    while (f->nblocks > 0) {
        Block *b = &f->blocks[--f->nblocks];
        Obj **level = f->stack + b->level;
        if (b->kind == BLOCK_EXCEPT_HANDLER) {
            while (sp > level + 1) XDECREF(*--sp);
            restore_handled(ts, *--sp);
            continue;
        }
        while (sp > level) XDECREF(*--sp);
        b->kind = BLOCK_EXCEPT_HANDLER;
        f->nblocks++;
        Obj *exc = ts->cur_exc;
        ts->cur_exc = NULL;
        PUSH(ts->handled_exc ? ts->handled_exc : NONE);
        ts->handled_exc = NEWREF(exc);
        PUSH(exc);
        JUMPTO(b->handler);
        DISPATCH();
    }
    /* No handler here: the exception leaves the frame. */
    while (sp > f->stack) XDECREF(*--sp);
    {
        Frame *back = f->back;
        bool entry = f->is_entry;
        f->sp = sp;
        ts->recursion_depth--;
        vt->current = back;   /* finalisers run while the locals go see the caller */
        if (UNLIKELY(f->gen != NULL)) vm_gen_frame_done(f);
        else frame_pop(vt, f);
        if (entry) return NULL;
        f = back;
        LOAD_FRAME_REGS();
        goto error;   /* raised by the caller's call instruction */
    }
}
