/* contextvars.c: _contextvars, the C half of contextvars (PEP 567):
 * Context, ContextVar, Token and copy_context.
 *
 * A Context maps ContextVars to values.  Its mapping is a dict treated as
 * copy-on-write: copy_context() shares the dict (one reference more), and a
 * ContextVar.set() on a context whose dict is shared first gives that
 * context its own copy; a dict held by one context alone is changed in
 * place.  So copying a context (asyncio does it for every task and every
 * callback) is O(1), and a set() costs a copy only after a copy was made.
 * The current context hangs off the thread state (ThreadState.context);
 * a thread starts with none and gets an empty one on first use.
 */
#include "contextvars.h"
#include "args.h"
#include "dict.h"
#include "err.h"
#include "generic_alias.h"
#include "ident.h"
#include "list.h"
#include "module.h"
#include "modules.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

typedef struct ContextObj {
    Obj ob;
    Obj *vars;          /* dict ContextVar -> value; copy-on-write when shared */
    Obj *prev;          /* the context that was current before run() entered */
    bool entered;
} ContextObj;

typedef struct ContextVarObj {
    Obj ob;
    Obj *name;          /* str */
    Obj *default_;      /* or NULL */
} ContextVarObj;

typedef struct TokenObj {
    Obj ob;
    Obj *ctx;           /* the context the set() happened in */
    Obj *var;
    Obj *old_value;     /* NULL: the variable had no value (Token.MISSING) */
    bool used;
} TokenObj;

/* Token.MISSING: an object whose repr is <Token.MISSING>. */
static Obj *missing_repr(Obj *o) { return str_from_cstr("<Token.MISSING>"); }
static Type MissingType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "Token.MISSING",
    .size = sizeof(Obj),
    .base = &ObjectType,
    .repr = missing_repr,
};
static Obj MissingObj = STATIC_HEAD(&MissingType);

/* ---- contexts ----------------------------------------------------------- */

static ContextObj *context_alloc(Obj *vars) {
    ContextObj *c = (ContextObj *)obj_alloc(&ContextType, sizeof(ContextObj));
    if (c == NULL) return NULL;
    if (vars == NULL) {
        vars = dict_new();
        if (vars == NULL) {
            obj_free((Obj *)c);
            return NULL;
        }
    } else {
        INCREF(vars);
    }
    c->vars = vars;
    return c;
}

/* The thread's current context (borrowed), made empty on first use. */
static ContextObj *context_current(void) {
    ThreadState *ts = tstate_get();
    if (ts->context == NULL) ts->context = (Obj *)context_alloc(NULL);
    return (ContextObj *)ts->context;
}

Obj *context_copy_current(void) {
    ContextObj *cur = context_current();
    if (cur == NULL) return NULL;
    return (Obj *)context_alloc(cur->vars);
}

/* Gives ctx a dict of its own before a change. */
static int context_own_vars(ContextObj *c) {
    if (c->vars->refcnt == 1) return 0;
    Obj *copy = dict_copy(c->vars);
    if (copy == NULL) return -1;
    SETREF(c->vars, copy);
    return 0;
}

static void context_dealloc(Obj *o) {
    ContextObj *c = (ContextObj *)o;
    XDECREF(c->vars);
    XDECREF(c->prev);
    obj_free(o);
}

static Obj *context_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 0 || kw_count(kwnames) != 0) {
        err_set_str(&Exc_TypeError, "Context() does not accept any arguments");
        return NULL;
    }
    return (Obj *)context_alloc(NULL);
}

Obj *context_run(Obj *ctx, Obj *fn, Obj *const *args, size_t nargs, Obj *kwnames) {
    ContextObj *c = (ContextObj *)ctx;
    if (c->entered) {
        err_format(&Exc_RuntimeError, "cannot enter context: %R is already entered", ctx);
        return NULL;
    }
    ThreadState *ts = tstate_get();
    c->prev = ts->context;          /* the thread's reference moves here */
    c->entered = true;
    ts->context = NEWREF(ctx);
    Obj *r = obj_call(fn, args, nargs, kwnames);
    ts->context = c->prev;
    c->prev = NULL;
    c->entered = false;
    DECREF(ctx);
    return r;
}

static Obj *context_run_method(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "run() missing 1 required positional argument");
        return NULL;
    }
    return context_run(self, args[0], args + 1, nargs - 1, kwnames);
}

static Obj *context_copy_method(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("copy", kwnames) < 0 || args_count("copy", nargs, 0, 0) < 0) return NULL;
    return (Obj *)context_alloc(((ContextObj *)self)->vars);
}

static int check_var_key(Obj *key) {
    if (!is_small(key) && key->type == &ContextVarType) return 0;
    err_format(&Exc_TypeError, "a ContextVar key was expected, got %R", key);
    return -1;
}

static Obj *context_getitem(Obj *self, Obj *key) {
    if (check_var_key(key) < 0) return NULL;
    Obj *v = dict_get(((ContextObj *)self)->vars, key);
    if (v == NULL) {
        if (!err_occurred()) {
            Obj *exc = obj_call1((Obj *)&Exc_KeyError, key);
            if (exc != NULL) err_set_obj(exc);
        }
        return NULL;
    }
    return NEWREF(v);
}

static int context_contains(Obj *self, Obj *key) {
    if (check_var_key(key) < 0) return -1;
    return dict_contains(((ContextObj *)self)->vars, key);
}

static intptr_t context_len(Obj *self) { return (intptr_t)dict_size(((ContextObj *)self)->vars); }

static Obj *context_get(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("get", kwnames) < 0 || args_count("get", nargs, 1, 2) < 0) return NULL;
    if (check_var_key(args[0]) < 0) return NULL;
    Obj *v = dict_get(((ContextObj *)self)->vars, args[0]);
    if (v == NULL) {
        if (err_occurred()) return NULL;
        v = nargs > 1 ? args[1] : NONE;
    }
    return NEWREF(v);
}

static Obj *context_iter(Obj *self) { return obj_iter(((ContextObj *)self)->vars); }

/* keys(), values(), items(): the views of the (then shared) mapping. */
static Obj *context_view(Obj *self, Obj *name, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs(str_data(name), kwnames) < 0 || args_count(str_data(name), nargs, 0, 0) < 0)
        return NULL;
    return obj_call_method(((ContextObj *)self)->vars, name, NULL, 0);
}
static Obj *context_keys(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return context_view(self, IDENT(keys), nargs, kwnames);
}
static Obj *context_values(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return context_view(self, IDENT(values), nargs, kwnames);
}
static Obj *context_items(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return context_view(self, IDENT(items), nargs, kwnames);
}

static Obj *context_richcompare(Obj *a, Obj *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_context(b)) return NEWREF(NOT_IMPLEMENTED);
    int eq = obj_richcompare_bool(((ContextObj *)a)->vars, ((ContextObj *)b)->vars, CMP_EQ);
    if (eq < 0) return NULL;
    return NEWREF(bool_from(op == CMP_EQ ? eq : !eq));
}

static const MappingSlots context_mapping = {
    .len = context_len, .getitem = context_getitem, .contains = context_contains,
};

static const MethodDef context_methods[] = {
    {"run", context_run_method}, {"copy", context_copy_method}, {"get", context_get},
    {"keys", context_keys}, {"values", context_values}, {"items", context_items}, {NULL},
};

Type ContextType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_contextvars.Context",
    .size = sizeof(ContextObj),
    .base = &ObjectType,
    .dealloc = context_dealloc,
    .richcompare = context_richcompare,
    .iter = context_iter,
    .new_ = context_new,
    .mapping = &context_mapping,
    .methods = context_methods,
};

/* ---- context variables -------------------------------------------------- */

static void var_dealloc(Obj *o) {
    ContextVarObj *v = (ContextVarObj *)o;
    XDECREF(v->name);
    XDECREF(v->default_);
    obj_free(o);
}

static Obj *var_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *a[2] = {nargs ? args[0] : NULL, NULL};
    if (nargs != 1) {
        err_format(&Exc_TypeError, "ContextVar() takes %s 1 positional argument (%zu given)",
                   nargs ? "at most" : "exactly", nargs);
        return NULL;
    }
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Obj *k = tuple_get(kwnames, i);
        if (!str_equal_cstr(k, "default")) {
            err_format(&Exc_TypeError, "%R is an invalid keyword argument for ContextVar()", k);
            return NULL;
        }
        a[1] = args[nargs + i];
    }
    if (!is_str(a[0])) {
        err_set_str(&Exc_TypeError, "context variable name must be a str");
        return NULL;
    }
    ContextVarObj *v = (ContextVarObj *)obj_alloc(&ContextVarType, sizeof(ContextVarObj));
    if (v == NULL) return NULL;
    v->name = NEWREF(a[0]);
    if (a[1] != NULL) v->default_ = NEWREF(a[1]);
    return (Obj *)v;
}

static Obj *var_repr(Obj *o) {
    ContextVarObj *v = (ContextVarObj *)o;
    if (v->default_ == NULL)
        return str_from_format("<ContextVar name=%R at %p>", v->name, (void *)o);
    return str_from_format("<ContextVar name=%R default=%R at %p>", v->name, v->default_,
                           (void *)o);
}

static intptr_t var_hash(Obj *o) { return hash_pointer(o); }

static Obj *var_get(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("ContextVar.get", kwnames) < 0 || args_count("get", nargs, 0, 1) < 0)
        return NULL;
    ContextObj *cur = context_current();
    if (cur == NULL) return NULL;
    Obj *v = dict_get(cur->vars, self);
    if (v != NULL) return NEWREF(v);
    if (err_occurred()) return NULL;
    if (nargs == 1) return NEWREF(args[0]);
    ContextVarObj *var = (ContextVarObj *)self;
    if (var->default_ != NULL) return NEWREF(var->default_);
    Obj *exc = obj_call1((Obj *)&Exc_LookupError, self);
    if (exc != NULL) err_set_obj(exc);
    return NULL;
}

static Obj *var_set(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("set", kwnames) < 0 || args_count("set", nargs, 1, 1) < 0) return NULL;
    ContextObj *cur = context_current();
    if (cur == NULL) return NULL;
    TokenObj *t = (TokenObj *)obj_alloc(&ContextTokenType, sizeof(TokenObj));
    if (t == NULL) return NULL;
    t->ctx = NEWREF((Obj *)cur);
    t->var = NEWREF(self);
    Obj *old = dict_get(cur->vars, self);
    XINCREF(old);
    t->old_value = old;
    if (context_own_vars(cur) < 0 || dict_set(cur->vars, self, args[0]) < 0) {
        DECREF((Obj *)t);
        return NULL;
    }
    return (Obj *)t;
}

static Obj *var_reset(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("reset", kwnames) < 0 || args_count("reset", nargs, 1, 1) < 0) return NULL;
    Obj *tok = args[0];
    if (is_small(tok) || tok->type != &ContextTokenType) {
        err_format(&Exc_TypeError, "expected an instance of Token, got %R", tok);
        return NULL;
    }
    TokenObj *t = (TokenObj *)tok;
    if (t->used) {
        err_format(&Exc_RuntimeError, "%R has already been used once", tok);
        return NULL;
    }
    if (t->var != self) {
        err_format(&Exc_ValueError, "%R was created by a different ContextVar", tok);
        return NULL;
    }
    ContextObj *cur = context_current();
    if (cur == NULL) return NULL;
    if (t->ctx != (Obj *)cur) {
        err_format(&Exc_ValueError, "%R was created in a different Context", tok);
        return NULL;
    }
    if (context_own_vars(cur) < 0) return NULL;
    t->used = true;
    if (t->old_value == NULL) {
        if (dict_contains(cur->vars, self) == 1 && dict_del(cur->vars, self) < 0) return NULL;
    } else if (dict_set(cur->vars, self, t->old_value) < 0) {
        return NULL;
    }
    return NEWREF(NONE);
}

static Obj *var_name(Obj *self) { return NEWREF(((ContextVarObj *)self)->name); }

static const MethodDef var_methods[] = {
    {"get", var_get}, {"set", var_set}, {"reset", var_reset},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS}, {NULL},
};

static const GetSetDef var_getset[] = {{"name", var_name}, {NULL}};

Type ContextVarType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_contextvars.ContextVar",
    .size = sizeof(ContextVarObj),
    .base = &ObjectType,
    .dealloc = var_dealloc,
    .repr = var_repr,
    .hash = var_hash,
    .new_ = var_new,
    .methods = var_methods,
    .getset = var_getset,
};

/* ---- tokens ------------------------------------------------------------- */

static void token_dealloc(Obj *o) {
    TokenObj *t = (TokenObj *)o;
    XDECREF(t->ctx);
    XDECREF(t->var);
    XDECREF(t->old_value);
    obj_free(o);
}

static Obj *token_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&Exc_RuntimeError, "Tokens can only be created by ContextVars");
    return NULL;
}

static Obj *token_repr(Obj *o) {
    TokenObj *t = (TokenObj *)o;
    return str_from_format("<Token%s var=%R at %p>", t->used ? " used" : "", t->var, (void *)o);
}

static Obj *token_var(Obj *self) { return NEWREF(((TokenObj *)self)->var); }
static Obj *token_old_value(Obj *self) {
    Obj *v = ((TokenObj *)self)->old_value;
    return NEWREF(v == NULL ? &MissingObj : v);
}

static const MethodDef token_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS}, {NULL},
};
static const GetSetDef token_getset[] = {
    {"var", token_var}, {"old_value", token_old_value}, {NULL},
};

Type ContextTokenType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_contextvars.Token",
    .size = sizeof(TokenObj),
    .base = &ObjectType,
    .dealloc = token_dealloc,
    .repr = token_repr,
    .new_ = token_new,
    .methods = token_methods,
    .getset = token_getset,
};

/* ---- the module --------------------------------------------------------- */

static Obj *copy_context_fn(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("copy_context", kwnames) < 0 ||
        args_count("copy_context", nargs, 0, 0) < 0)
        return NULL;
    return context_copy_current();
}

static const MethodDef module_functions[] = {{"copy_context", copy_context_fn}, {NULL}};

Obj *contextvars_module_init(void) {
    if (type_ready(&MissingType) < 0 || type_ready(&ContextType) < 0 ||
        type_ready(&ContextVarType) < 0 || type_ready(&ContextTokenType) < 0)
        return NULL;
    if (dict_get_cstr(ContextTokenType.dict, "MISSING") == NULL) {
        if (dict_set_cstr(ContextTokenType.dict, "MISSING", &MissingObj) < 0) return NULL;
        type_modified(&ContextTokenType);
    }
    Obj *m = module_new("_contextvars");
    if (m == NULL) return NULL;
    if (module_add_functions(m, module_functions) < 0 ||
        module_add_obj(m, "Context", (Obj *)&ContextType) < 0 ||
        module_add_obj(m, "ContextVar", (Obj *)&ContextVarType) < 0 ||
        module_add_obj(m, "Token", (Obj *)&ContextTokenType) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
