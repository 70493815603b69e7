/* vm_ops.c: the slower opcode bodies the eval loop (vm.c) calls out to:
 * unpacking, imports, raising and matching exceptions, making functions,
 * f-string pieces, displays with ** and *, CALL_FUNCTION_EX, names looked up
 * through mappings, with-statement set-up, and the NameError /
 * UnboundLocalError messages.  Each raises exactly CPython 3.11's message. */
#include <stdlib.h>
#include "vm_internal.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "module.h"
#include "ident.h"
#include "api.h"
#include "builtin_func.h"
#include "modules.h"

/* ---- unpacking ---------------------------------------------------------- */

/* Replaces the TypeError of iter(seq) by "cannot unpack non-iterable T
 * object" when seq is not iterable at all. */
static Obj *unpack_iter(Obj *seq) {
    Obj *it = obj_iter(seq);
    if (it == NULL && err_matches(&Exc_TypeError) && TYPE(seq)->iter == NULL &&
        type_lookup(TYPE(seq), IDENT(__getitem__)) == NULL) {
        err_clear();
        err_format(&Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    }
    return it;
}

int vm_unpack_sequence(Obj *seq, size_t n, Obj **out) {
    Obj *const *items = NULL;
    size_t size = 0;
    if (!is_small(seq) && seq->type == &TupleType) {
        items = ((TupleObj *)seq)->items;
        size = tuple_size(seq);
    } else if (!is_small(seq) && seq->type == &ListType) {
        items = ((ListObj *)seq)->items;
        size = list_size(seq);
    }
    if (items != NULL && size == n) {
        for (size_t i = 0; i < n; i++) out[n - 1 - i] = NEWREF(items[i]);
        return 0;
    }
    Obj *it = unpack_iter(seq);
    if (it == NULL) return -1;
    size_t got = 0;
    for (; got < n; got++) {
        Obj *v = obj_next(it);
        if (v == NULL) {
            if (!err_occurred())
                err_format(&Exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, got);
            goto fail;
        }
        out[n - 1 - got] = v;
    }
    Obj *extra = obj_next(it);
    if (extra != NULL || err_occurred()) {
        if (extra != NULL) {
            DECREF(extra);
            err_format(&Exc_ValueError, "too many values to unpack (expected %zu)", n);
        }
        goto fail;
    }
    DECREF(it);
    return 0;
fail:
    for (size_t i = 0; i < got; i++) DECREF(out[n - 1 - i]);
    DECREF(it);
    return -1;
}

int vm_unpack_ex(Obj *seq, size_t before, size_t after, Obj **out) {
    size_t total = before + 1 + after;
    Obj *it = unpack_iter(seq);
    if (it == NULL) return -1;
    size_t got = 0;
    for (; got < before; got++) {
        Obj *v = obj_next(it);
        if (v == NULL) {
            if (!err_occurred())
                err_format(&Exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                           before + after, got);
            for (size_t i = 0; i < got; i++) DECREF(out[total - 1 - i]);
            DECREF(it);
            return -1;
        }
        out[total - 1 - got] = v;
    }
    Obj *rest = list_from_iterable(it);
    DECREF(it);
    if (rest == NULL) {
        for (size_t i = 0; i < before; i++) DECREF(out[total - 1 - i]);
        return -1;
    }
    size_t n = list_size(rest);
    if (n < after) {
        err_format(&Exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                   before + after, before + n);
        for (size_t i = 0; i < before; i++) DECREF(out[total - 1 - i]);
        DECREF(rest);
        return -1;
    }
    /* the last `after` items leave the list for their own slots */
    ListObj *l = (ListObj *)rest;
    for (size_t j = 0; j < after; j++) out[after - 1 - j] = l->items[n - after + j];
    l->size = n - after;
    out[after] = rest;
    return 0;
}

/* ---- imports ------------------------------------------------------------ */

/* ImportError "cannot import name 'x' from 'm' (path)" with .name/.path. */
static void cannot_import(Obj *module, Obj *name) {
    Obj *modname = obj_lookup_attr(module, IDENT(__name__));
    if (modname == NULL && err_occurred()) return;
    if (modname != NULL && !is_str(modname)) CLEAR(modname);
    Obj *path = obj_lookup_attr(module, IDENT(__file__));
    if (path == NULL && err_occurred()) {
        XDECREF(modname);
        return;
    }
    if (path != NULL && !is_str(path)) CLEAR(path);
    Obj *msg;
    if (modname == NULL)
        msg = str_from_format("cannot import name '%U' from '<unknown module name>' (%s)", name,
                              path ? str_data(path) : "unknown location");
    else
        msg = str_from_format("cannot import name '%U' from '%U' (%s)", name, modname,
                              path ? str_data(path) : "unknown location");
    if (msg != NULL) {
        Obj *exc = exc_new(&Exc_ImportError, &msg, 1);
        DECREF(msg);
        if (exc != NULL) {
            if ((modname && obj_setattr(exc, IDENT(name), modname) < 0) ||
                (path && obj_setattr(exc, IDENT(path), path) < 0)) {
                DECREF(exc);
            } else {
                err_set_obj(exc);
            }
        }
    }
    XDECREF(modname);
    XDECREF(path);
}

/* IMPORT_NAME: the import machinery, or a replacement __import__ a script
 * put in builtins (called as CPython does, with globals, locals, fromlist
 * and level). */
Obj *vm_import_name(Frame *f, Obj *name, Obj *fromlist, Obj *level) {
    Obj *imp = dict_get_str(f->builtins, IDENT(__import__));
    if (imp == NULL) {
        if (!err_occurred()) err_set_str(&Exc_ImportError, "__import__ not found");
        return NULL;
    }
    if (TYPE(imp) == &BuiltinFuncType && ((BuiltinFuncObj *)imp)->def->fn == builtins_import)
        return import_module_level(name, f->globals, fromlist,
                                   is_small(level) ? (int)small_value(level) : 0);
    INCREF(imp);
    Obj *args[5] = {name, f->globals, f->locals ? f->locals : NONE, fromlist, level};
    Obj *r = obj_call(imp, args, 5, NULL);
    DECREF(imp);
    return r;
}

Obj *vm_import_from(Obj *module, Obj *name) {
    Obj *v = obj_lookup_attr(module, name);
    if (v != NULL || err_occurred()) return v;
    /* a submodule imported by a circular import may be in sys.modules only */
    Obj *pkgname = obj_lookup_attr(module, IDENT(__name__));
    if (pkgname == NULL && err_occurred()) return NULL;
    if (pkgname != NULL && is_str(pkgname)) {
        Obj *full = str_from_format("%U.%U", pkgname, name);
        if (full == NULL) {
            DECREF(pkgname);
            return NULL;
        }
        v = dict_get(sys_modules(), full);
        DECREF(full);
        if (v != NULL) {
            DECREF(pkgname);
            return NEWREF(v);
        }
        if (err_occurred()) {
            DECREF(pkgname);
            return NULL;
        }
    }
    XDECREF(pkgname);
    cannot_import(module, name);
    return NULL;
}

static int import_one(Obj *module, Obj *name, Obj *locals) {
    Obj *v = obj_getattr(module, name);
    if (v == NULL) return -1;
    int rc = IS_TYPE(locals, DictType) ? dict_set(locals, name, v) : obj_setitem(locals, name, v);
    DECREF(v);
    return rc;
}

int vm_import_star(Obj *module, Obj *locals) {
    if (locals == NULL) {
        err_set_str(&Exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    Obj *all = obj_lookup_attr(module, IDENT(__all__));
    if (all == NULL && err_occurred()) return -1;
    if (all != NULL) {
        Obj *it = obj_iter(all);
        DECREF(all);
        if (it == NULL) return -1;
        Obj *name;
        int rc = 0;
        while (rc == 0 && (name = obj_next(it)) != NULL) {
            if (!is_str(name)) {
                Obj *modname = obj_lookup_attr(module, IDENT(__name__));
                if (modname != NULL && is_str(modname))
                    err_format(&Exc_TypeError, "Item in %U.__all__ must be str, not %s", modname,
                               type_name(name));
                else if (!err_occurred())
                    err_format(&Exc_TypeError, "Item in __all__ must be str, not %s", type_name(name));
                XDECREF(modname);
                rc = -1;
            } else {
                rc = import_one(module, name, locals);
            }
            DECREF(name);
        }
        DECREF(it);
        return rc < 0 || err_occurred() ? -1 : 0;
    }
    Obj *dict = obj_lookup_attr(module, IDENT(__dict__));
    if (dict == NULL) {
        if (!err_occurred())
            err_set_str(&Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    Obj *keys = is_dict(dict) ? dict_keys_list(dict) : list_from_iterable(dict);
    DECREF(dict);
    if (keys == NULL) return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < list_size(keys); i++) {
        Obj *name = list_get(keys, i);
        if (!is_str(name) || str_data(name)[0] == '_') continue;
        rc = import_one(module, name, locals);
    }
    DECREF(keys);
    return rc;
}

/* ---- exceptions --------------------------------------------------------- */

static bool is_exc_class(Obj *o) {
    return type_has(TYPE(o), TF_TYPE_SUBCLASS) && type_has((Type *)o, TF_EXC_SUBCLASS);
}

int vm_exc_match(Obj *exc, Obj *type) {
    static const char msg[] = "catching classes that do not inherit from BaseException is not allowed";
    if (is_tuple(type)) {
        for (size_t i = 0; i < tuple_size(type); i++)
            if (!is_exc_class(tuple_get(type, i))) {
                err_set_str(&Exc_TypeError, msg);
                return -1;
            }
        for (size_t i = 0; i < tuple_size(type); i++)
            if (type_is_subtype(TYPE(exc), (Type *)tuple_get(type, i))) return 1;
        return 0;
    }
    if (!is_exc_class(type)) {
        err_set_str(&Exc_TypeError, msg);
        return -1;
    }
    return type_is_subtype(TYPE(exc), (Type *)type);
}

Obj *vm_make_exception(Obj *v, bool cause) {
    if (is_exc_class(v)) {
        Obj *inst = obj_call(v, NULL, 0, NULL);
        if (inst == NULL) return NULL;
        if (!is_exception(inst)) {
            err_format(&Exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %s", v,
                       type_name(inst));
            DECREF(inst);
            return NULL;
        }
        return inst;
    }
    if (is_exception(v)) return NEWREF(v);
    err_set_str(&Exc_TypeError, cause ? "exception causes must derive from BaseException"
                                      : "exceptions must derive from BaseException");
    return NULL;
}

int vm_raise(Obj *exc, Obj *cause) {
    Obj *value = vm_make_exception(exc, false);
    DECREF(exc);
    if (value == NULL) {
        XDECREF(cause);
        return -1;
    }
    if (cause != NULL) {
        Obj *c = NULL;
        if (cause != NONE && (c = vm_make_exception(cause, true)) == NULL) {
            DECREF(cause);
            DECREF(value);
            return -1;
        }
        DECREF(cause);
        ExcObj *e = (ExcObj *)value;
        SETREF(e->cause, c);
        e->suppress_context = true;
    }
    /* like CPython, the handled exception replaces any older __context__ */
    err_set_context(value);
    SETREF(tstate_get()->cur_exc, value);
    return -1;
}

/* ---- functions ---------------------------------------------------------- */

/* ('x', int, 'return', str) -> {'x': int, 'return': str} */
static Obj *annotations_dict(Obj *pairs) {
    Obj *d = dict_new();
    if (d == NULL) return NULL;
    for (size_t i = 0; i + 1 < tuple_size(pairs); i += 2)
        if (dict_set(d, tuple_get(pairs, i), tuple_get(pairs, i + 1)) < 0) {
            DECREF(d);
            return NULL;
        }
    return d;
}

Obj *vm_make_function(Obj *code, Obj *qualname, Obj **extra, int flags, Obj *globals, Obj *builtins) {
    FunctionObj *fn = (FunctionObj *)function_new(code, globals, qualname);
    if (fn == NULL) return NULL;
    if (fn->builtins == NULL && builtins != NULL) fn->builtins = NEWREF(builtins);
    if (flags & 1) fn->defaults = NEWREF(*extra++);
    if (flags & 2) fn->kwdefaults = NEWREF(*extra++);
    if (flags & 4) {
        Obj *a = *extra++;
        fn->annotations = is_tuple(a) ? annotations_dict(a) : NEWREF(a);
        if (fn->annotations == NULL) {
            DECREF((Obj *)fn);
            return NULL;
        }
    }
    if (flags & 8) fn->closure = NEWREF(*extra++);
    return (Obj *)fn;
}

/* ---- f-strings and displays --------------------------------------------- */

Obj *vm_format_value(Obj *v, int conv, Obj *spec) {
    Obj *conv_v;
    switch (conv) {
    case 1: conv_v = obj_str(v); break;
    case 2: conv_v = obj_repr(v); break;
    case 3: conv_v = obj_ascii(v); break;
    default: conv_v = NEWREF(v); break;
    }
    if (conv_v == NULL) return NULL;
    if (spec == NULL && !is_small(conv_v) && conv_v->type == &StrType) return conv_v;
    Obj *empty = NULL;
    if (spec == NULL && (spec = empty = str_from("", 0)) == NULL) {
        DECREF(conv_v);
        return NULL;
    }
    Obj *r = obj_format(conv_v, spec);
    DECREF(conv_v);
    XDECREF(empty);
    return r;
}

Obj *vm_build_string(Obj **items, size_t n) {
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++)
        if (strbuf_append_str(&b, items[i]) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    return strbuf_finish(&b);
}

Obj *vm_build_map(Obj **items, size_t n) {
    Obj *d = dict_new_presized(n);
    if (d == NULL) return NULL;
    for (size_t i = 0; i < n; i++)
        if (dict_set(d, items[2 * i], items[2 * i + 1]) < 0) {
            DECREF(d);
            return NULL;
        }
    return d;
}

Obj *vm_build_const_key_map(Obj **values, Obj *keys) {
    Obj *d = dict_new_presized(tuple_size(keys));
    if (d == NULL) return NULL;
    for (size_t i = 0; i < tuple_size(keys); i++)
        if (dict_set(d, tuple_get(keys, i), values[i]) < 0) {
            DECREF(d);
            return NULL;
        }
    return d;
}

/* True when o can never be iterated (no __iter__, no __getitem__): the
 * case where CPython rewords "not iterable" errors of star-args. */
static bool not_iterable(Obj *o) {
    return TYPE(o)->iter == NULL && type_lookup(TYPE(o), IDENT(__iter__)) == NULL &&
           type_lookup(TYPE(o), IDENT(__getitem__)) == NULL;
}

int vm_list_extend(Obj *list, Obj *it) {
    if (list_extend(list, it) == 0) return 0;
    if (err_matches(&Exc_TypeError) && not_iterable(it)) {
        err_clear();
        err_format(&Exc_TypeError, "Value after * must be an iterable, not %s", type_name(it));
    }
    return -1;
}

/* Calls fn(key, value) for each item of mapping m (a dict or anything with
 * keys() and __getitem__). */
static int for_each_item(Obj *m, int (*fn)(Obj *dict, Obj *k, Obj *v), Obj *dict) {
    if (is_dict(m)) {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(m, &pos, &k, &v)) {
            INCREF(k);
            INCREF(v);
            int rc = fn(dict, k, v);
            DECREF(k);
            DECREF(v);
            if (rc < 0) return -1;
        }
        return 0;
    }
    Obj *keys = obj_call_method(m, IDENT(keys), NULL, 0);
    if (keys == NULL) return -1;
    Obj *it = obj_iter(keys);
    DECREF(keys);
    if (it == NULL) return -1;
    Obj *k;
    int rc = 0;
    while (rc == 0 && (k = obj_next(it)) != NULL) {
        Obj *v = obj_getitem(m, k);
        rc = v ? fn(dict, k, v) : -1;
        XDECREF(v);
        DECREF(k);
    }
    DECREF(it);
    return rc < 0 || err_occurred() ? -1 : 0;
}

static int set_item(Obj *dict, Obj *k, Obj *v) { return dict_set(dict, k, v); }

static bool has_keys(Obj *m) {
    if (is_dict(m)) return true;
    Obj *keys = obj_lookup_attr(m, IDENT(keys));
    if (keys == NULL) {
        err_clear();
        return false;
    }
    DECREF(keys);
    return true;
}

int vm_dict_update(Obj *dict, Obj *m) {
    if (!has_keys(m)) {
        err_format(&Exc_TypeError, "'%s' object is not a mapping", type_name(m));
        return -1;
    }
    return for_each_item(m, set_item, dict);
}

/* DICT_MERGE: a duplicate keyword raises KeyError(key), reworded below. */
static int merge_item(Obj *dict, Obj *k, Obj *v) {
    int has = dict_contains(dict, k);
    if (has < 0) return -1;
    if (has) {
        Obj *exc = exc_new(&Exc_KeyError, &k, 1);
        if (exc != NULL) err_set_obj(exc);
        return -1;
    }
    return dict_set(dict, k, v);
}

int vm_dict_merge(Obj *func, Obj *dict, Obj *m) {
    if (!has_keys(m)) {
        Obj *fs = vm_function_str(func);
        if (fs != NULL) {
            err_format(&Exc_TypeError, "%U argument after ** must be a mapping, not %s", fs, type_name(m));
            DECREF(fs);
        }
        return -1;
    }
    if (for_each_item(m, merge_item, dict) == 0) return 0;
    if (err_matches(&Exc_KeyError)) {
        Obj *exc = err_fetch();
        Obj *args = ((ExcObj *)exc)->args;
        Obj *key = args && tuple_size(args) == 1 ? tuple_get(args, 0) : NULL;
        if (key != NULL && is_str(key)) {
            Obj *fs = vm_function_str(func);
            if (fs != NULL) {
                err_format(&Exc_TypeError, "%U got multiple values for keyword argument '%U'", fs, key);
                DECREF(fs);
            }
            DECREF(exc);
        } else {
            err_set_obj(exc);
        }
    }
    return -1;
}

Obj *vm_call_ex(Obj *func, Obj *args, Obj *kwargs) {
    Obj *tuple;
    if (is_tuple(args)) {
        tuple = NEWREF(args);
    } else if ((tuple = tuple_from_iterable(args)) == NULL) {
        if (err_matches(&Exc_TypeError) && not_iterable(args)) {
            err_clear();
            Obj *fs = vm_function_str(func);
            if (fs != NULL) {
                err_format(&Exc_TypeError, "%U argument after * must be an iterable, not %s", fs,
                           type_name(args));
                DECREF(fs);
            }
        }
        return NULL;
    }
    size_t npos = tuple_size(tuple);
    size_t nkw = kwargs ? dict_size(kwargs) : 0;
    if (nkw == 0) {
        Obj *r = obj_call(func, ((TupleObj *)tuple)->items, npos, NULL);
        DECREF(tuple);
        return r;
    }
    Obj *small[16];
    Obj **vec = npos + nkw <= 16 ? small : malloc((npos + nkw) * sizeof(Obj *));
    Obj *kwnames = tuple_new(nkw);
    Obj *r = NULL;
    if (vec == NULL || kwnames == NULL) {
        if (vec == NULL) err_no_memory();
        goto done;
    }
    for (size_t i = 0; i < npos; i++) vec[i] = tuple_get(tuple, i);
    size_t pos = 0, i = 0;
    Obj *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!is_str(k)) {
            for (size_t j = i; j < nkw; j++) tuple_set(kwnames, j, NEWREF(NONE));
            err_set_str(&Exc_TypeError, "keywords must be strings");
            goto done;
        }
        tuple_set(kwnames, i, NEWREF(k));
        vec[npos + i++] = v;
    }
    r = obj_call(func, vec, npos, kwnames);
done:
    XDECREF(kwnames);
    if (vec != small) free(vec);
    DECREF(tuple);
    return r;
}

/* ---- names -------------------------------------------------------------- */

int vm_print_expr(Obj *v) {
    Obj *hook = sys_get_object("displayhook");
    if (hook == NULL) {
        if (!err_occurred()) err_set_str(&Exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    Obj *r = obj_call1(hook, v);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

Obj *vm_load_name(Frame *f, Obj *name) {
    Obj *v;
    if (f->locals == NULL) {
        err_format(&Exc_SystemError, "no locals when loading %R", name);
        return NULL;
    }
    /* names are str: the str-only lookups never run Python code */
    if (IS_TYPE(f->locals, DictType)) {
        if ((v = dict_get_str(f->locals, name)) != NULL) return NEWREF(v);
    } else {
        if ((v = obj_getitem(f->locals, name)) != NULL) return v;
        if (!err_matches(&Exc_KeyError)) return NULL;
        err_clear();
    }
    if (f->globals != f->locals && (v = dict_get_str(f->globals, name)) != NULL) return NEWREF(v);
    if ((v = dict_get_str(f->builtins, name)) != NULL) return NEWREF(v);
    if (!err_occurred()) vm_name_error(name);
    return NULL;
}

void vm_name_error(Obj *name) {
    err_format(&Exc_NameError, "name '%U' is not defined", name);
    exc_attribute_error_set_context(NULL, name);
}

void vm_unbound_local(CodeObj *co, int slot) {
    Obj *name = tuple_get(co->varnames, (size_t)slot);
    err_format(&Exc_UnboundLocalError,
               "cannot access local variable '%U' where it is not associated with a value", name);
    exc_attribute_error_set_context(NULL, name);
}

void vm_unbound_deref(CodeObj *co, int slot) {
    int ncells = (int)code_ncells(co);
    if (slot < ncells) {
        Obj *name = tuple_get(co->cellvars, (size_t)slot);
        err_format(&Exc_UnboundLocalError,
                   "cannot access local variable '%U' where it is not associated with a value", name);
        exc_attribute_error_set_context(NULL, name);
    } else {
        Obj *name = tuple_get(co->freevars, (size_t)(slot - ncells));
        err_format(&Exc_NameError,
                   "cannot access free variable '%U' where it is not associated with a value"
                   " in enclosing scope", name);
        exc_attribute_error_set_context(NULL, name);
    }
}

/* ---- with, annotations, classes ----------------------------------------- */

/* type(o).<name> bound to o (new reference), or NULL without exception. */
static Obj *special_method(Obj *o, Obj *name) {
    Obj *d = type_lookup(TYPE(o), name);
    if (d == NULL) return NULL;
    Type *dt = TYPE(d);
    if (dt->descr_get != NULL) return dt->descr_get(d, o, (Obj *)TYPE(o));
    return NEWREF(d);
}

int vm_setup_with(Obj *cm, Obj **exit_out, Obj **enter_res) {
    Obj *enter = special_method(cm, IDENT(__enter__));
    if (enter == NULL) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "'%s' object does not support the context manager protocol",
                       type_name(cm));
        return -1;
    }
    Obj *exit = special_method(cm, IDENT(__exit__));
    if (exit == NULL) {
        if (!err_occurred())
            err_format(&Exc_TypeError,
                       "'%s' object does not support the context manager protocol (missed __exit__ method)",
                       type_name(cm));
        DECREF(enter);
        return -1;
    }
    Obj *res = obj_call0(enter);
    DECREF(enter);
    if (res == NULL) {
        DECREF(exit);
        return -1;
    }
    *exit_out = exit;
    *enter_res = res;
    return 0;
}

Obj *vm_with_exit_call(Obj *exit, Obj *exc) {
    Obj *tb = ((ExcObj *)exc)->traceback;
    Obj *args[3] = {(Obj *)TYPE(exc), exc, tb ? tb : NONE};
    return obj_call(exit, args, 3, NULL);
}

int vm_setup_annotations(Obj *locals) {
    if (locals == NULL) {
        err_set_str(&Exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    Obj *key = IDENT(__annotations__);
    if (is_dict(locals)) {
        Obj *v = dict_get(locals, key);
        if (v != NULL) return 0;
        if (err_occurred()) return -1;
    } else {
        Obj *v = obj_getitem(locals, key);
        if (v != NULL) {
            DECREF(v);
            return 0;
        }
        if (!err_matches(&Exc_KeyError)) return -1;
        err_clear();
    }
    Obj *d = dict_new();
    if (d == NULL) return -1;
    int rc = is_dict(locals) ? dict_set(locals, key, d) : obj_setitem(locals, key, d);
    DECREF(d);
    return rc;
}

Obj *vm_load_build_class(Obj *builtins) {
    Obj *bc = is_dict(builtins) ? dict_get(builtins, IDENT(__build_class__)) : NULL;
    if (bc != NULL) return NEWREF(bc);
    if (!err_occurred()) err_set_str(&Exc_NameError, "__build_class__ not found");
    return NULL;
}
