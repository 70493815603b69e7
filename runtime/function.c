/* function.c: the function type (functions made by `def` and `lambda`):
 * creation, deallocation, repr, binding into methods (descr_get) and the
 * __name__/__defaults__/... attributes.  Calling is the VM's job
 * (function_call in interp/vm_call.c). */
#include <stdio.h>
#include "code.h"
#include "err.h"
#include "str.h"
#include "dict.h"
#include "tuple.h"
#include "module.h"
#include "args.h"

Obj *function_new(Obj *code, Obj *globals, Obj *qualname) {
    FunctionObj *fn = (FunctionObj *)obj_alloc(&FunctionType, sizeof(FunctionObj));
    if (fn == NULL) return NULL;
    CodeObj *co = (CodeObj *)code;
    fn->code = NEWREF(code);
    fn->globals = NEWREF(globals);
    fn->name = NEWREF(co->name);
    fn->qualname = NEWREF(qualname ? qualname : co->name);
    Obj *doc = co->consts && tuple_size(co->consts) > 0 ? tuple_get(co->consts, 0) : NONE;
    fn->doc = NEWREF(is_str(doc) ? doc : NONE);
    Obj *module = dict_get_cstr(globals, "__name__");
    fn->module = NEWREF(module ? module : NONE);
    Obj *builtins = dict_get_cstr(globals, "__builtins__");
    if (builtins != NULL && is_module(builtins)) builtins = module_dict(builtins);
    if (builtins != NULL && is_dict(builtins)) fn->builtins = NEWREF(builtins);
    return (Obj *)fn;
}

/* function(code, globals, name=None, argdefs=None, closure=None): what
 * types.FunctionType(...) makes, with CPython's checks and messages. */
static Obj *function_type_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    Obj *a[5];
    if (args_bind("function", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    Obj *code = a[0], *globals = a[1], *name = a[2], *defs = a[3], *closure = a[4];
    if (!is_code(code)) {
        err_format(&Exc_TypeError, "function() argument 'code' must be code, not %T", code);
        return NULL;
    }
    if (!is_dict(globals)) {
        err_format(&Exc_TypeError, "function() argument 'globals' must be dict, not %T", globals);
        return NULL;
    }
    if (name != NULL && name != NONE && !is_str(name)) {
        err_set_str(&Exc_TypeError, "arg 3 (name) must be None or string");
        return NULL;
    }
    if (defs != NULL && defs != NONE && !is_tuple(defs)) {
        err_set_str(&Exc_TypeError, "arg 4 (defaults) must be None or tuple");
        return NULL;
    }
    CodeObj *co = (CodeObj *)code;
    size_t nfree = co->freevars ? tuple_size(co->freevars) : 0;
    if (closure == NONE) closure = NULL;
    if (closure != NULL && !is_tuple(closure)) {
        err_set_str(&Exc_TypeError, "arg 5 (closure) must be tuple");
        return NULL;
    }
    if (nfree > 0 && closure == NULL) {
        err_set_str(&Exc_TypeError, "arg 5 (closure) must be tuple");
        return NULL;
    }
    size_t nclosure = closure ? tuple_size(closure) : 0;
    if (nclosure != nfree) {
        err_format(&Exc_ValueError, "%U requires closure of length %zu, not %zu", co->name, nfree,
                   nclosure);
        return NULL;
    }
    for (size_t i = 0; i < nclosure; i++) {
        if (TYPE(tuple_get(closure, i)) != &CellType) {
            err_format(&Exc_TypeError, "arg 5 (closure) expected cell, found %T",
                       tuple_get(closure, i));
            return NULL;
        }
    }
    FunctionObj *fn = (FunctionObj *)function_new(code, globals, co->qualname);
    if (fn == NULL) return NULL;
    if (name != NULL && name != NONE) SETREF(fn->name, NEWREF(name));
    if (defs != NULL && defs != NONE) fn->defaults = NEWREF(defs);
    if (closure != NULL && nclosure > 0) fn->closure = NEWREF(closure);
    return (Obj *)fn;
}

static void function_dealloc(Obj *o) {
    FunctionObj *fn = (FunctionObj *)o;
    DECREF(fn->code);
    DECREF(fn->globals);
    XDECREF(fn->builtins);
    XDECREF(fn->name);
    XDECREF(fn->qualname);
    XDECREF(fn->defaults);
    XDECREF(fn->kwdefaults);
    XDECREF(fn->closure);
    XDECREF(fn->doc);
    XDECREF(fn->module);
    XDECREF(fn->annotations);
    XDECREF(fn->dict);
    obj_free(o);
}

static Obj *function_repr(Obj *o) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)o);
    return str_from_format("<function %U at %s>", ((FunctionObj *)o)->qualname, addr);
}

/* Looking a function up through an instance binds it; through the class
 * (obj NULL or None) gives the plain function. */
static Obj *function_descr_get(Obj *fn, Obj *obj, Obj *type) {
    if (obj == NULL || obj == NONE) return NEWREF(fn);
    return method_new(fn, obj);
}

/* ---- attributes ---------------------------------------------------------- */
#define FN(o) ((FunctionObj *)(o))

static Obj *or_none(Obj *v) { return NEWREF(v ? v : NONE); }

/* Replaces *slot by value after checking it: `ok` says value has the right
 * type; None and deletion clear an optional slot. */
static int set_checked(Obj **slot, Obj *value, bool ok, bool optional,
                       const char *attr, const char *kind) {
    if (optional && (value == NULL || value == NONE)) {
        CLEAR(*slot);
        return 0;
    }
    if (value == NULL || !ok) {
        err_format(&Exc_TypeError, "%s must be set to a %s object", attr, kind);
        return -1;
    }
    INCREF(value);
    SETREF(*slot, value);
    return 0;
}

/* Any value goes; deleting stores None. */
static int set_any(Obj **slot, Obj *value) {
    SETREF(*slot, NEWREF(value ? value : NONE));
    return 0;
}

static Obj *get_name(Obj *o) { return NEWREF(FN(o)->name); }
static int set_name(Obj *o, Obj *v) {
    return set_checked(&FN(o)->name, v, v && is_str(v), false, "__name__", "string");
}
static Obj *get_qualname(Obj *o) { return NEWREF(FN(o)->qualname); }
static int set_qualname(Obj *o, Obj *v) {
    return set_checked(&FN(o)->qualname, v, v && is_str(v), false, "__qualname__", "string");
}
static Obj *get_defaults(Obj *o) { return or_none(FN(o)->defaults); }
static int set_defaults(Obj *o, Obj *v) {
    return set_checked(&FN(o)->defaults, v, v && is_tuple(v), true, "__defaults__", "tuple");
}
static Obj *get_kwdefaults(Obj *o) { return or_none(FN(o)->kwdefaults); }
static int set_kwdefaults(Obj *o, Obj *v) {
    return set_checked(&FN(o)->kwdefaults, v, v && is_dict(v), true, "__kwdefaults__", "dict");
}
static Obj *get_code(Obj *o) { return NEWREF(FN(o)->code); }
static int set_code(Obj *o, Obj *v) {
    return set_checked(&FN(o)->code, v, v && is_code(v), false, "__code__", "code");
}
static Obj *get_globals(Obj *o) { return NEWREF(FN(o)->globals); }
static Obj *get_builtins(Obj *o) { return or_none(FN(o)->builtins); }
static Obj *get_closure(Obj *o) { return or_none(FN(o)->closure); }
static Obj *get_doc(Obj *o) { return or_none(FN(o)->doc); }
static int set_doc(Obj *o, Obj *v) { return set_any(&FN(o)->doc, v); }
static Obj *get_module(Obj *o) { return or_none(FN(o)->module); }
static int set_module(Obj *o, Obj *v) { return set_any(&FN(o)->module, v); }

/* __annotations__ is made empty on first access, as CPython does. */
static Obj *get_annotations(Obj *o) {
    if (FN(o)->annotations == NULL && (FN(o)->annotations = dict_new()) == NULL) return NULL;
    return NEWREF(FN(o)->annotations);
}
static int set_annotations(Obj *o, Obj *v) {
    return set_checked(&FN(o)->annotations, v, v && is_dict(v), true, "__annotations__", "dict");
}

static Obj *get_dict(Obj *o) {
    if (FN(o)->dict == NULL && (FN(o)->dict = dict_new()) == NULL) return NULL;
    return NEWREF(FN(o)->dict);
}
static int set_dict(Obj *o, Obj *v) {
    if (v == NULL) {
        err_set_str(&Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!is_dict(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
        return -1;
    }
    SETREF(FN(o)->dict, NEWREF(v));
    return 0;
}

static const GetSetDef function_getset[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__code__", get_code, set_code},
    {"__globals__", get_globals, NULL},
    {"__builtins__", get_builtins, NULL},
    {"__closure__", get_closure, NULL},
    {"__doc__", get_doc, set_doc},
    {"__module__", get_module, set_module},
    {"__annotations__", get_annotations, set_annotations},
    {"__dict__", get_dict, set_dict},
    {NULL},
};

static intptr_t function_hash(Obj *o) { return hash_pointer(o); }

Type FunctionType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "function",
    .size = sizeof(FunctionObj),
    .flags = TF_IMMUTABLE | TF_METHOD_DESCRIPTOR | TF_WEAKREFABLE,
    .dealloc = function_dealloc,
    .repr = function_repr,
    .hash = function_hash,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .descr_get = function_descr_get,
    .call = function_call,
    .new_ = function_type_new,
    .getset = function_getset,
    .dictoffset = offsetof(FunctionObj, dict),
};
