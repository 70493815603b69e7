/* pickle_reduce.c: the Pickler's side of everything that is not a built-in
 * container: reducer_override, dispatch tables, globals by qualified name
 * (STACK_GLOBAL / GLOBAL / EXT codes), and save_reduce with NEWOBJ,
 * NEWOBJ_EX, list and dict items and state.  Plain instances (a class of
 * Python classes over object, no reduce hooks, no slots) are reduced here
 * directly; every other object goes to pickle._reduce_ex, the Python model
 * of object.__reduce_ex__. */
#include <string.h>
#include "pickle_internal.h"
#include "api.h"
#include "builtin_func.h"
#include "code.h"
#include "dict.h"
#include "err.h"
#include "ident.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type_internal.h"

/* ---- save_reduce ------------------------------------------------------- */

static bool is_iterator(Obj *o) {
    Type *t = TYPE(o);
    return t->iternext != NULL || type_lookup(t, IDENT(__next__)) != NULL;
}

static int save_newobj_ex(PicklerObj *p, Obj *argtup, Obj *obj) {
    if (tuple_size(argtup) != 3) {
        pk_error(PicklingError, "length of the NEWOBJ_EX argument tuple must be exactly 3, not %zd",
                 (intptr_t)tuple_size(argtup));
        return -1;
    }
    Obj *cls = tuple_get(argtup, 0), *args = tuple_get(argtup, 1), *kwargs = tuple_get(argtup, 2);
    if (!type_has(TYPE(cls), TF_TYPE_SUBCLASS)) {
        pk_error(PicklingError, "first item from NEWOBJ_EX argument tuple must be a class, not %s",
                 type_name(cls));
        return -1;
    }
    if (!is_tuple(args)) {
        pk_error(PicklingError, "second item from NEWOBJ_EX argument tuple must be a tuple, not %s",
                 type_name(args));
        return -1;
    }
    if (!is_dict(kwargs)) {
        pk_error(PicklingError, "third item from NEWOBJ_EX argument tuple must be a dict, not %s",
                 type_name(kwargs));
        return -1;
    }
    if (p->proto >= 4) {
        if (pk_save(p, cls, false) < 0 || pk_save(p, args, false) < 0 ||
            pk_save(p, kwargs, false) < 0)
            return -1;
        return out_byte(p, OP_NEWOBJ_EX);
    }
    /* protocols 2 and 3: functools.partial(cls.__new__, cls, *args, **kwargs)() */
    if (pk_shared_load_py() < 0) return -1;
    Obj *cls_new = obj_getattr(cls, IDENT(__new__));
    if (cls_new == NULL) return -1;
    size_t n = tuple_size(args);
    Obj *pargs = tuple_new(n + 2);
    if (pargs == NULL) {
        DECREF(cls_new);
        return -1;
    }
    tuple_set(pargs, 0, cls_new);
    tuple_set(pargs, 1, NEWREF(cls));
    for (size_t i = 0; i < n; i++) tuple_set(pargs, i + 2, NEWREF(tuple_get(args, i)));
    Obj *partial = obj_call_tuple_dict(pk_shared.partial, pargs, kwargs);
    DECREF(pargs);
    if (partial == NULL) return -1;
    Obj *empty = tuple_empty();
    int rc = pk_save(p, partial, false);
    if (rc == 0) rc = pk_save(p, empty, false);
    DECREF(empty);
    DECREF(partial);
    return rc < 0 ? -1 : out_byte(p, OP_REDUCE);
}

static int save_newobj(PicklerObj *p, Obj *argtup, Obj *obj) {
    if (tuple_size(argtup) < 1) {
        pk_error(PicklingError, "__newobj__ arglist is empty");
        return -1;
    }
    Obj *cls = tuple_get(argtup, 0);
    if (!type_has(TYPE(cls), TF_TYPE_SUBCLASS)) {
        pk_error(PicklingError, "args[0] from __newobj__ args is not a type");
        return -1;
    }
    if (obj != NULL && (Obj *)TYPE(obj) != cls) {
        pk_error(PicklingError, "args[0] from __newobj__ args has the wrong class");
        return -1;
    }
    if (pk_save(p, cls, false) < 0) return -1;
    Obj *rest = tuple_from_array(&((TupleObj *)argtup)->items[1], tuple_size(argtup) - 1);
    if (rest == NULL) return -1;
    int rc = pk_save(p, rest, false);
    DECREF(rest);
    return rc < 0 ? -1 : out_byte(p, OP_NEWOBJ);
}

/* What follows the constructor: the memo, list and dict items, the state. */
static int save_reduce_tail(PicklerObj *p, Obj *obj, Obj *listitems, Obj *dictitems,
                            Obj *state, Obj *state_setter) {
    if (obj != NULL) {
        intptr_t idx = memo_lookup(&p->memo, obj);
        if (idx >= 0) {
            if (out_byte(p, OP_POP) < 0) return -1;
            return pk_memo_get(p, (size_t)idx);
        }
        if (pk_memo_put(p, obj) < 0) return -1;
    }
    if (listitems != NULL && pk_batch_appends(p, listitems) < 0) return -1;
    if (dictitems != NULL && pk_batch_setitems(p, dictitems) < 0) return -1;
    if (state == NULL) return 0;
    if (state_setter == NULL) {
        if (pk_save(p, state, false) < 0) return -1;
        return out_byte(p, OP_BUILD);
    }
    if (pk_save(p, state_setter, false) < 0 || pk_save(p, obj, false) < 0 ||
        pk_save(p, state, false) < 0)
        return -1;
    const unsigned char ops[3] = {OP_TUPLE2, OP_REDUCE, OP_POP};
    return out_write(p, ops, 3);
}

static int check_optional(Obj **slot, bool iterator, const char *which) {
    if (*slot == NONE) {
        *slot = NULL;
        return 0;
    }
    if (*slot == NULL) return 0;
    if (iterator ? is_iterator(*slot) : TYPE(*slot)->call != NULL) return 0;
    pk_error(PicklingError, iterator
             ? "%s element of the tuple returned by __reduce__ must be an iterator, not %s"
             : "%s element of the tuple returned by __reduce__ must be a function, not %s",
             which, type_name(*slot));
    return -1;
}

int pk_save_reduce(PicklerObj *p, Obj *rv, Obj *obj) {
    size_t size = tuple_size(rv);
    if (size < 2 || size > 6) {
        pk_error(PicklingError, "tuple returned by __reduce__ must contain 2 through 6 elements");
        return -1;
    }
    Obj *func = tuple_get(rv, 0), *argtup = tuple_get(rv, 1);
    Obj *state = size > 2 ? tuple_get(rv, 2) : NULL;
    Obj *listitems = size > 3 ? tuple_get(rv, 3) : NULL;
    Obj *dictitems = size > 4 ? tuple_get(rv, 4) : NULL;
    Obj *state_setter = size > 5 ? tuple_get(rv, 5) : NULL;
    if (TYPE(func)->call == NULL) {
        pk_error(PicklingError, "first item of the tuple returned by __reduce__ must be callable");
        return -1;
    }
    if (!is_tuple(argtup)) {
        pk_error(PicklingError, "second item of the tuple returned by __reduce__ must be a tuple");
        return -1;
    }
    if (state == NONE) state = NULL;
    if (check_optional(&listitems, true, "fourth") < 0 ||
        check_optional(&dictitems, true, "fifth") < 0 ||
        check_optional(&state_setter, false, "sixth") < 0)
        return -1;
    int rc = -2;
    if (p->proto >= 2) {
        Obj *name = pk_lookup(func, IDENT(__name__));
        if (name == NULL && err_occurred()) return -1;
        if (name != NULL && is_str(name)) {
            if (str_equal_cstr(name, "__newobj_ex__")) rc = save_newobj_ex(p, argtup, obj);
            else if (str_equal_cstr(name, "__newobj__")) rc = save_newobj(p, argtup, obj);
        }
        XDECREF(name);
    }
    if (rc == -2)
        rc = (pk_save(p, func, false) < 0 || pk_save(p, argtup, false) < 0 ||
              out_byte(p, OP_REDUCE) < 0) ? -1 : 0;
    if (rc < 0) return -1;
    return save_reduce_tail(p, obj, listitems, dictitems, state, state_setter);
}

int pk_save_reduce_args(PicklerObj *p, Obj *func, Obj *args, Obj *obj) {
    Obj *rv = tuple_pack(2, func, args);
    if (rv == NULL) return -1;
    int rc = pk_save_reduce(p, rv, obj);
    DECREF(rv);
    return rc;
}

/* ---- globals ----------------------------------------------------------- */

/* getattr along a dotted path; *parent gets the last object walked from.
 * NULL with AttributeError when a step is missing. */
static Obj *deep_getattr(Obj *module, Obj *path, Obj **parent) {
    Obj *cur = NEWREF(module);
    *parent = NULL;
    const char *s = str_data(path), *end = s + str_size(path);
    while (true) {
        const char *dot = memchr(s, '.', (size_t)(end - s));
        const char *stop = dot ? dot : end;
        Obj *part = str_from(s, (size_t)(stop - s));
        if (part == NULL) {
            DECREF(cur);
            XDECREF(*parent);
            return NULL;
        }
        part = str_intern(part);
        Obj *next = obj_getattr(cur, part);
        DECREF(part);
        XDECREF(*parent);
        *parent = cur;
        if (next == NULL) {
            CLEAR(*parent);
            return NULL;
        }
        cur = next;
        if (dot == NULL) return cur;
        s = dot + 1;
    }
}

static bool has_locals_part(Obj *name) {
    const char *s = str_data(name), *end = s + str_size(name);
    while (s <= end) {
        const char *dot = memchr(s, '.', (size_t)(end - s));
        const char *stop = dot ? dot : end;
        if (stop - s == 8 && memcmp(s, "<locals>", 8) == 0) return true;
        if (dot == NULL) break;
        s = dot + 1;
    }
    return false;
}

static Obj *which_module(Obj *obj, Obj *name) {
    Obj *m = pk_lookup(obj, IDENT(__module__));
    if (m != NULL && m != NONE) return m;
    XDECREF(m);
    if (err_occurred()) return NULL;
    if (pk_shared_load_py() < 0) return NULL;
    return obj_call2(pk_shared.whichmodule, obj, name);
}

static int write_ext_code(PicklerObj *p, Obj *module_name, Obj *name, bool *done) {
    *done = false;
    if (dict_size(pk_shared.ext_registry) == 0) return 0;
    Obj *key = tuple_pack(2, module_name, name);
    if (key == NULL) return -1;
    Obj *code = dict_get(pk_shared.ext_registry, key);
    DECREF(key);
    if (code == NULL) return err_occurred() ? -1 : 0;
    int overflow = 0;
    int64_t c = is_int(code) ? int_as_i64(code, &overflow) : 0;
    if (c <= 0 || c > 0x7fffffff || overflow) {
        pk_error(PicklingError, "Can't pickle %R: extension code %R is out of range", name, code);
        return -1;
    }
    unsigned char b[5];
    size_t n;
    if (c <= 0xff) {
        b[0] = OP_EXT1;
        b[1] = (unsigned char)c;
        n = 2;
    } else if (c <= 0xffff) {
        b[0] = OP_EXT2;
        b[1] = (unsigned char)c;
        b[2] = (unsigned char)(c >> 8);
        n = 3;
    } else {
        b[0] = OP_EXT4;
        for (int i = 0; i < 4; i++) b[1 + i] = (unsigned char)(c >> (8 * i));
        n = 5;
    }
    *done = true;
    return out_write(p, b, n);
}

/* GLOBAL's two lines, ASCII for protocols 0-2 (with the Python 2 names when
 * fix_imports), UTF-8 for protocol 3. */
static int write_global_opcode(PicklerObj *p, Obj *module_name, Obj *name) {
    Obj *m = NEWREF(module_name), *n = NEWREF(name);
    if (p->proto < 3 && p->fix_imports &&
        pk_map_names(pk_shared.name_to_py2, pk_shared.module_to_py2, &m, &n) < 0)
        goto fail;
    if (p->proto < 3) {
        if (!((StrObj *)m)->ascii || !((StrObj *)n)->ascii) {
            pk_error(PicklingError, "can't pickle global identifier '%U.%U' using pickle protocol %d",
                     m, n, p->proto);
            goto fail;
        }
    }
    if (out_byte(p, OP_GLOBAL) < 0 || out_write(p, str_data(m), str_size(m)) < 0 ||
        out_byte(p, '\n') < 0 || out_write(p, str_data(n), str_size(n)) < 0 ||
        out_byte(p, '\n') < 0)
        goto fail;
    DECREF(m);
    DECREF(n);
    return 0;
fail:
    DECREF(m);
    DECREF(n);
    return -1;
}

static int save_global_found(PicklerObj *p, Obj *obj, Obj *name, Obj *module_name, Obj *module,
                             Obj *parent) {
    bool done;
    if (p->proto >= 2 && write_ext_code(p, module_name, name, &done) < 0) return -1;
    if (p->proto >= 2 && done) return 0;
    const char *s = str_data(name);
    const char *dot = strrchr(s, '.');
    Obj *lastname = dot ? str_from(dot + 1, str_size(name) - (size_t)(dot + 1 - s)) : NEWREF(name);
    if (lastname == NULL) return -1;
    int rc;
    name = NEWREF(parent == module ? lastname : name);
    if (p->proto >= 4) {
        rc = (pk_save(p, module_name, false) < 0 || pk_save(p, name, false) < 0 ||
              out_byte(p, OP_STACK_GLOBAL) < 0) ? -1 : 0;
    } else if (parent != module) {
        Obj *args = tuple_pack(2, parent, lastname);
        rc = args == NULL ? -1 : pk_save_reduce_args(p, pk_shared.builtins_getattr, args, NULL);
        XDECREF(args);
    } else {
        rc = write_global_opcode(p, module_name, name);
    }
    DECREF(name);
    DECREF(lastname);
    if (rc < 0) return -1;
    return pk_memo_put(p, obj);
}

int pk_save_global(PicklerObj *p, Obj *obj, Obj *name) {
    if (pk_shared_load_py() < 0) return -1;
    if (name != NULL) {
        INCREF(name);
    } else {
        name = pk_lookup(obj, IDENT(__qualname__));
        if (name == NULL && err_occurred()) return -1;
        if (name == NULL && (name = obj_getattr(obj, IDENT(__name__))) == NULL) return -1;
    }
    if (!is_str(name)) {
        err_format(&Exc_TypeError, "'%s' object is not a valid qualified name", type_name(name));
        DECREF(name);
        return -1;
    }
    if (has_locals_part(name)) {
        err_format(&Exc_AttributeError, "Can't pickle local object %R", name);
        DECREF(name);
        return -1;
    }
    Obj *module_name = which_module(obj, name);
    if (module_name == NULL) {
        DECREF(name);
        return -1;
    }
    int rc = -1;
    Obj *module = NULL, *found = NULL, *parent = NULL;
    if (obj == pk_shared.codecs_encode) {
        /* stands for _codecs.encode, which gilpy does not have */
        rc = save_global_found(p, obj, name, module_name, NULL, NULL);
        goto done;
    }
    if (!is_str(module_name) || (module = pk_import(module_name)) == NULL) {
        err_clear();
        pk_error(PicklingError, "Can't pickle %R: import of module %R failed", obj, module_name);
        goto done;
    }
    found = deep_getattr(module, name, &parent);
    if (found == NULL) {
        err_clear();
        pk_error(PicklingError, "Can't pickle %R: attribute lookup %S on %S failed", obj, name,
                 module_name);
        goto done;
    }
    if (found != obj) {
        pk_error(PicklingError, "Can't pickle %R: it's not the same object as %S.%S", obj,
                 module_name, name);
        goto done;
    }
    rc = save_global_found(p, obj, name, module_name, module, parent);
done:
    XDECREF(found);
    XDECREF(parent);
    XDECREF(module);
    DECREF(module_name);
    DECREF(name);
    return rc;
}

int pk_save_type(PicklerObj *p, Obj *obj) {
    Obj *singleton = obj == (Obj *)&NoneType ? NONE
                   : obj == (Obj *)&NotImplementedType ? NOT_IMPLEMENTED
                   : obj == (Obj *)&EllipsisType ? ELLIPSIS : NULL;
    if (singleton == NULL) return pk_save_global(p, obj, NULL);
    Obj *args = tuple_pack(1, singleton);
    if (args == NULL) return -1;
    int rc = pk_save_reduce_args(p, (Obj *)&TypeType, args, obj);
    DECREF(args);
    return rc;
}

/* ---- plain instances --------------------------------------------------- */

/* True when object.__reduce_ex__(2+) of an instance of t gives
 * (copyreg.__newobj__, (t,), obj.__dict__ or None): t and its bases are
 * Python classes over object, with no reduce, getnewargs, getstate or
 * __slots__ of their own.  Cached per class until any class changes. */
static bool plain_instance_class(Type *t) {
    enum { CACHE = 64 };
    static struct { Type *t; uint64_t epoch; bool plain; } cache[CACHE];
    size_t slot = ((uintptr_t)t >> 4) & (CACHE - 1);
    if (cache[slot].t == t && cache[slot].epoch == type_epoch) return cache[slot].plain;
    bool plain = type_has(t, TF_HEAPTYPE) && !type_has(t, TF_EXC_SUBCLASS) && t->mro != NULL &&
                 (t->dictoffset != 0 || type_has(t, TF_SIDE_DICT));
    for (size_t i = 0; plain && i < tuple_size(t->mro); i++) {
        Type *c = (Type *)tuple_get(t->mro, i);
        plain = c == &ObjectType || type_has(c, TF_HEAPTYPE);
    }
    Obj *const names[] = {IDENT(__reduce_ex__), IDENT(__reduce__), IDENT(__getnewargs_ex__),
                          IDENT(__getnewargs__), IDENT(__getstate__), IDENT(__slots__),
                          IDENT(__class__)};
    for (size_t i = 0; plain && i < sizeof names / sizeof names[0]; i++) {
        Obj *found = type_lookup(t, names[i]);
        plain = found == NULL || found == type_lookup(&ObjectType, names[i]);
    }
    cache[slot].t = t;
    cache[slot].epoch = type_epoch;
    cache[slot].plain = plain;
    return plain;
}

static int save_plain_instance(PicklerObj *p, Obj *obj) {
    Type *t = TYPE(obj);
    if (pk_save(p, (Obj *)t, false) < 0) return -1;
    Obj *empty = tuple_empty();
    int rc = pk_save(p, empty, false);
    DECREF(empty);
    if (rc < 0 || out_byte(p, OP_NEWOBJ) < 0) return -1;
    Obj **slot = obj_instance_dict_slot(obj, false);
    Obj *state = slot != NULL && *slot != NULL && dict_size(*slot) != 0 ? NEWREF(*slot) : NULL;
    rc = save_reduce_tail(p, obj, NULL, NULL, state, NULL);
    XDECREF(state);
    return rc;
}

/* ---- the reduction of anything else ------------------------------------ */

static Obj *table_lookup(Obj *table, Obj *key) {
    if (TYPE(table) == &DictType) {
        Obj *v = dict_get(table, key);
        return v != NULL ? NEWREF(v) : NULL;
    }
    Obj *v = obj_getitem(table, key);
    if (v == NULL && err_matches(&Exc_KeyError)) err_clear();
    return v;
}

int pk_save_reduced(PicklerObj *p, Obj *obj) {
    Type *t = TYPE(obj);
    Obj *rv = NULL;
    if (p->cur_override != NULL) {
        rv = obj_call1(p->cur_override, obj);
        if (rv == NULL) return -1;
        if (rv != NOT_IMPLEMENTED) goto reduce;
        CLEAR(rv);
    }
    if (t == &TypeType) return pk_save_type(p, obj);
    if (t == &FunctionType || t == &BuiltinFuncType) return pk_save_global(p, obj, NULL);
    Obj *reduce_func = table_lookup(p->cur_table, (Obj *)t);
    if (reduce_func == NULL && err_occurred()) return -1;
    if (reduce_func != NULL) {
        rv = obj_call1(reduce_func, obj);
        DECREF(reduce_func);
    } else if (type_has(t, TF_TYPE_SUBCLASS)) {
        return pk_save_global(p, obj, NULL);
    } else if (p->proto >= 2 && plain_instance_class(t)) {
        return save_plain_instance(p, obj);
    } else {
        if (pk_shared_load_py() < 0) return -1;
        Obj *proto = small_new(p->proto);
        rv = obj_call2(pk_shared.reduce_ex, obj, proto);
    }
    if (rv == NULL) return -1;
reduce:;
    int rc;
    if (is_str(rv)) {
        rc = pk_save_global(p, obj, rv);
    } else if (!is_tuple(rv)) {
        pk_error(PicklingError, "__reduce__ must return a string or tuple");
        rc = -1;
    } else {
        rc = pk_save_reduce(p, rv, obj);
    }
    DECREF(rv);
    return rc;
}
