/* vm_entry.c: the ways into the VM from C: running module code (eval_code,
 * run_source), class bodies and __build_class__, the frame for code running
 * in explicit namespaces; what C code may ask about the running frame
 * (globals(), locals()); and the eval breaker's hooks. */
#include "vm_internal.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "tuple.h"
#include "list.h"
#include "module.h"
#include "ident.h"
#include "api.h"

/* ---- frames for module and class code ----------------------------------- */

Obj *vm_builtins_of(Obj *globals) {
    Obj *b = is_dict(globals) ? dict_get_str(globals, IDENT(__builtins__)) : NULL;
    if (b != NULL && is_module(b)) b = module_dict(b);
    if (b != NULL && is_dict(b)) return b;
    return builtins_dict();
}

Frame *vm_frame_for_code(VMThread *vt, CodeObj *co, Obj *globals, Obj *locals, Obj *closure) {
    ThreadState *ts = tstate_get();
    if (!co->vm_ready && vm_prepare_code(co) < 0) return NULL;
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        err_set_str(&Exc_SystemError, "generators and coroutines are not yet supported");
        return NULL;
    }
    if (!is_dict(globals)) {
        err_set_str(&Exc_SystemError, "globals must be a dict");
        return NULL;
    }
    size_t nfree = code_nfree(co);
    if (nfree != 0 && (closure == NULL || !is_tuple(closure) || tuple_size(closure) != nfree)) {
        err_format(&Exc_TypeError, "code object requires a closure of exactly length %zu", nfree);
        return NULL;
    }
    if (ts->recursion_depth >= ts->recursion_limit) {
        err_set_str(&Exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    ts->recursion_depth++;
    Frame *f = frame_push(vt, co, NULL, globals, vm_builtins_of(globals), locals);
    if (f == NULL) {
        ts->recursion_depth--;
        return NULL;
    }
    Obj **cells = frame_cells(f);
    size_t ncells = code_ncells(co);
    for (size_t i = 0; i < ncells; i++)
        if ((cells[i] = cell_new(NULL)) == NULL) {
            vm_frame_leave(vt, f);
            return NULL;
        }
    for (size_t i = 0; i < nfree; i++) cells[ncells + i] = NEWREF(tuple_get(closure, i));
    return f;
}

/* Runs code in the namespaces, with the given closure (class bodies). */
static Obj *run_code(CodeObj *co, Obj *globals, Obj *locals, Obj *closure) {
    VMThread *vt = vm_thread(tstate_get());
    if (vt == NULL || vm_check_c_stack(vt) < 0) return NULL;
    Frame *f = vm_frame_for_code(vt, co, globals, locals, closure);
    if (f == NULL) return NULL;
    return vm_run(vt, f);
}

Obj *eval_code(Obj *code, Obj *globals, Obj *locals) {
    if (!is_code(code)) {
        err_format(&Exc_TypeError, "expected a code object, not %s", type_name(code));
        return NULL;
    }
    return run_code((CodeObj *)code, globals, locals ? locals : globals, NULL);
}

Obj *run_source(const char *src, size_t len, const char *filename, Obj *globals) {
    Obj *code = compile_source(src, len, filename, PARSE_FILE);
    if (code == NULL) return NULL;
    if (dict_get_str(globals, IDENT(__builtins__)) == NULL &&
        dict_set(globals, IDENT(__builtins__), builtins_dict()) < 0) {
        DECREF(code);
        return NULL;
    }
    Obj *res = eval_code(code, globals, globals);
    DECREF(code);
    return res;
}

/* ---- classes ------------------------------------------------------------ */

Obj *vm_run_class_body(Obj *func, Obj *ns) {
    FunctionObj *fn = (FunctionObj *)func;
    return run_code((CodeObj *)fn->code, fn->globals, ns, fn->closure);
}

/* The most derived metaclass of `meta` and the bases' types, or NULL with
 * CPython's "metaclass conflict" TypeError. */
static Obj *winner_metaclass(Obj *meta, Obj *bases) {
    Type *winner = (Type *)meta;
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Type *t = TYPE(tuple_get(bases, i));
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        err_set_str(&Exc_TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return (Obj *)winner;
}

/* Keyword arguments other than metaclass=, as (values, kwnames). */
static Obj *other_keywords(Obj *const *kwargs, Obj *kwnames, Obj **meta, Obj **values) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0, n = 0;
    Obj *names[nkw + 1];
    for (size_t i = 0; i < nkw; i++) {
        Obj *k = tuple_get(kwnames, i);
        if (str_equal_cstr(k, "metaclass")) {
            *meta = kwargs[i];
            continue;
        }
        names[n] = k;
        values[n++] = kwargs[i];
    }
    return tuple_from_array(names, n);
}

/* __prepare__(name, bases, **kw) of the metaclass, or a fresh dict. */
static Obj *prepare_namespace(Obj *meta, Obj *name, Obj *bases, Obj **kwv, Obj *kwn) {
    Obj *prep = obj_lookup_attr(meta, IDENT(__prepare__));
    if (prep == NULL) return err_occurred() ? NULL : dict_new();
    size_t nkw = tuple_size(kwn);
    Obj *vec[2 + nkw];
    vec[0] = name;
    vec[1] = bases;
    for (size_t i = 0; i < nkw; i++) vec[2 + i] = kwv[i];
    Obj *ns = obj_call(prep, vec, 2, nkw ? kwn : NULL);
    DECREF(prep);
    if (ns != NULL && TYPE(ns)->mapping == NULL) {
        err_format(&Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                   is_small(meta) || !type_has(TYPE(meta), TF_TYPE_SUBCLASS) ? "<metaclass>"
                                                                              : ((Type *)meta)->name,
                   type_name(ns));
        CLEAR(ns);
    }
    return ns;
}

/* Runs the class body into ns, then meta(name, bases, ns, **kw); checks
 * that the __class__ cell (for super()) ended up holding the new class. */
static Obj *call_metaclass(Obj *meta, Obj *func, Obj *name, Obj *bases, Obj *ns, Obj **kwv, Obj *kwn) {
    Obj *cell = vm_run_class_body(func, ns);
    if (cell == NULL) return NULL;
    size_t n = tuple_size(kwn);
    Obj *vec[3 + n];
    vec[0] = name;
    vec[1] = bases;
    vec[2] = ns;
    for (size_t i = 0; i < n; i++) vec[3 + i] = kwv[i];
    Obj *cls = obj_call(meta, vec, 3, n ? kwn : NULL);
    if (cls != NULL && !is_small(cell) && cell->type == &CellType) {
        Obj *held = ((CellObj *)cell)->value;
        if (held != cls) {
            if (held == NULL)
                err_format(&Exc_RuntimeError,
                           "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                           name, cls);
            else
                err_format(&Exc_TypeError, "__class__ set to %R defining %R as %R", held, name, cls);
            CLEAR(cls);
        }
    }
    DECREF(cell);
    return cls;
}

/* PEP 560: each base that is not a class but has __mro_entries__ is replaced
 * by the tuple that method returns (typing.Generic[T], NamedTuple...).
 * Returns a new reference: bases itself when nothing changed. */
static Obj *resolve_mro_entries(Obj *bases) {
    Obj *out = NULL;
    size_t n = tuple_size(bases);
    for (size_t i = 0; i < n; i++) {
        Obj *b = tuple_get(bases, i);
        Obj *meth = NULL;
        if (!type_has(TYPE(b), TF_TYPE_SUBCLASS))
            meth = obj_lookup_attr(b, str_intern_cstr("__mro_entries__"));
        if (meth == NULL) {
            if (err_occurred()) goto fail;
            if (out != NULL && list_append(out, b) < 0) goto fail;
            continue;
        }
        if (out == NULL) {
            out = list_new(0);
            for (size_t j = 0; out != NULL && j < i; j++)
                if (list_append(out, tuple_get(bases, j)) < 0) CLEAR(out);
            if (out == NULL) { DECREF(meth); goto fail; }
        }
        Obj *entries = obj_call(meth, &bases, 1, NULL);
        DECREF(meth);
        if (entries == NULL) goto fail;
        if (!is_tuple(entries)) {
            err_set_str(&Exc_TypeError, "__mro_entries__ must return a tuple");
            DECREF(entries);
            goto fail;
        }
        int rc = list_extend(out, entries);
        DECREF(entries);
        if (rc < 0) goto fail;
    }
    if (out == NULL) return NEWREF(bases);
    Obj *t = list_as_tuple(out);
    DECREF(out);
    return t;
fail:
    XDECREF(out);
    return NULL;
}

Obj *vm_build_class(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (nargs < 2) {
        err_set_str(&Exc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    Obj *func = args[0], *name = args[1];
    if (!is_function(func)) {
        err_set_str(&Exc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!is_str(name)) {
        err_set_str(&Exc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    Obj *orig_bases = tuple_from_array(args + 2, nargs - 2);
    if (orig_bases == NULL) return NULL;
    Obj *bases = resolve_mro_entries(orig_bases);
    if (bases == NULL) {
        DECREF(orig_bases);
        return NULL;
    }
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Obj *meta = NULL, *kwv[nkw + 1];
    Obj *kwn = other_keywords(args + nargs, kwnames, &meta, kwv);
    Obj *ns = NULL, *cls = NULL;
    if (kwn == NULL) goto done;
    bool is_class = meta == NULL || type_has(TYPE(meta), TF_TYPE_SUBCLASS);
    if (meta == NULL) meta = tuple_size(bases) ? (Obj *)TYPE(tuple_get(bases, 0)) : (Obj *)&TypeType;
    if (is_class && (meta = winner_metaclass(meta, bases)) == NULL) goto done;
    if ((ns = prepare_namespace(meta, name, bases, kwv, kwn)) == NULL) goto done;
    if (bases != orig_bases && obj_setitem(ns, str_intern_cstr("__orig_bases__"), orig_bases) < 0)
        goto done;
    cls = call_metaclass(meta, func, name, bases, ns, kwv, kwn);
done:
    XDECREF(ns);
    XDECREF(kwn);
    DECREF(bases);
    DECREF(orig_bases);
    return cls;
}

/* ---- the running frame -------------------------------------------------- */

static Frame *current_frame(void) {
    ThreadState *ts = tstate_get();
    VMThread *vt = ts ? ts->interp : NULL;
    return vt ? vt->current : NULL;
}

Obj *frame_current_globals(void) {
    Frame *f = current_frame();
    return f ? f->globals : NULL;
}

/* Adds name -> value for every bound slot of names[0..n). */
static int snapshot(Obj *d, Obj *names, Obj **slots, size_t n, bool cells) {
    for (size_t i = 0; i < n; i++) {
        Obj *v = slots[i];
        if (v != NULL && cells) v = ((CellObj *)v)->value;
        if (v == NULL) continue;
        if (dict_set(d, tuple_get(names, i), v) < 0) return -1;
    }
    return 0;
}

Obj *frame_current_locals(void) {
    Frame *f = current_frame();
    if (f == NULL) return NULL;
    if (f->locals != NULL) return NEWREF(f->locals);
    CodeObj *co = f->code;
    Obj *d = dict_new();
    if (d == NULL) return NULL;
    Obj **cells = frame_cells(f);
    size_t ncells = code_ncells(co);
    if (snapshot(d, co->varnames, f->localsplus, (size_t)co->nlocals, false) < 0 ||
        (ncells && snapshot(d, co->cellvars, cells, ncells, true) < 0) ||
        (code_nfree(co) && snapshot(d, co->freevars, cells + ncells, code_nfree(co), true) < 0)) {
        DECREF(d);
        return NULL;
    }
    return d;
}

/* ---- the eval breaker --------------------------------------------------- */

static BreakerHook breaker_hooks[BREAKER_BITS];

void vm_breaker_set_hook(int bit, BreakerHook hook) {
    if (bit >= 0 && bit < BREAKER_BITS) breaker_hooks[bit] = hook;
}

int vm_handle_breaker(void) {
    unsigned bits = atomic_exchange_explicit(&vm_eval_breaker, 0u, memory_order_acquire);
    int rc = 0;
    for (int bit = 0; bits != 0 && bit < BREAKER_BITS; bit++) {
        if (!(bits & (1u << bit))) continue;
        bits &= ~(1u << bit);
        if (breaker_hooks[bit] != NULL && rc == 0 && breaker_hooks[bit]() < 0) rc = -1;
        else if (rc < 0 && breaker_hooks[bit] != NULL) vm_breaker_set(bit);   /* run it next time */
    }
    return rc;
}
