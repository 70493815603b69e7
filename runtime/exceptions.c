/* exceptions.c: BaseException and the built-in exception types.
 *
 * EXCEPTION_TABLE (exceptions.h) defines every type with BaseException's
 * slots; exceptions_init() then gives the families with extra attributes
 * (OSError, SyntaxError, ...; see exceptions_attrs.c) their own slots and
 * passes them down to their subclasses before readying everything. */
#include <stddef.h>
#include <string.h>
#include "exceptions_internal.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "list.h"
#include "args.h"
#include "tstate.h"

static void exc_dealloc(Obj *o);
static Obj *exc_repr(Obj *o);
static const GetSetDef exc_getset[];
static const MethodDef exc_methods[];

#define Exc_Object ObjectType   /* BaseException's base in the table */
#define X(N, B) \
    Type Exc_##N = { \
        .ob = STATIC_HEAD(&TypeType), \
        .name = #N, \
        .size = sizeof(ExcObj), \
        .flags = TF_BASETYPE | TF_EXC_SUBCLASS, \
        .base = &Exc_##B, \
        .dealloc = exc_dealloc, \
        .repr = exc_repr, \
        .str = exc_base_str, \
        .new_ = exc_base_new, \
        .init = exc_base_init, \
        .dictoffset = offsetof(ExcObj, dict), \
    };
EXCEPTION_TABLE(X)
#undef X
#undef Exc_Object

/* ---- construction ------------------------------------------------------- */
int exc_set_args(Obj *self, Obj *const *args, size_t nargs) {
    Obj *t = tuple_from_array(args, nargs);
    if (t == NULL) return -1;
    SETREF(((ExcObj *)self)->args, t);
    return 0;
}

Obj *exc_base_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *self = obj_alloc(t, t->size);
    if (self == NULL) return NULL;
    if (exc_set_args(self, args, nargs) < 0) {
        DECREF(self);
        return NULL;
    }
    return self;
}

int exc_base_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kw_count(kwnames) != 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    return exc_set_args(self, args, nargs);
}

Obj *exc_new(Type *type, Obj *const *args, size_t nargs) {
    Obj *self = type->new_(type, args, nargs, NULL);
    if (self == NULL) return NULL;
    Type *t = TYPE(self);
    if (t->init != NULL && type_is_subtype(t, type) && t->init(self, args, nargs, NULL) < 0) {
        DECREF(self);
        return NULL;
    }
    return self;
}

/* The size of the built-in layout under a (possibly heap) exception type:
 * every word after the ExcObj header is a reference. */
static size_t static_size(Type *t) {
    while (type_has(t, TF_HEAPTYPE)) t = t->base;
    return t->size;
}

static void exc_dealloc(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    XDECREF(e->dict);
    XDECREF(e->args);
    XDECREF(e->traceback);
    XDECREF(e->cause);
    XDECREF(e->context);
    XDECREF(e->notes);
    Obj **extra = (Obj **)(e + 1);
    size_t n = (static_size(TYPE(o)) - sizeof(ExcObj)) / sizeof(Obj *);
    for (size_t i = 0; i < n; i++) XDECREF(extra[i]);
    obj_free(o);
}

/* ---- text --------------------------------------------------------------- */
static Obj *exc_repr(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    Obj *name = TYPE(o)->name_obj;
    if (tuple_size(e->args) == 1) return str_from_format("%U(%R)", name, tuple_get(e->args, 0));
    return str_from_format("%U%R", name, e->args);
}

Obj *exc_base_str(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    switch (tuple_size(e->args)) {
    case 0: return str_from_cstr("");
    case 1: return obj_str(tuple_get(e->args, 0));
    default: return obj_str(e->args);
    }
}

/* KeyError('k') prints as 'k': a missing key is clearer quoted. */
static Obj *keyerror_str(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    if (tuple_size(e->args) == 1) return obj_repr(tuple_get(e->args, 0));
    return exc_base_str(o);
}

/* ---- attributes ----------------------------------------------------------- */
static Obj *exc_get_args(Obj *o) { return NEWREF(((ExcObj *)o)->args); }

static int exc_set_args_attr(Obj *o, Obj *v) {
    if (v == NULL) {
        err_set_str(&Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Obj *t = tuple_from_iterable(v);
    if (t == NULL) return -1;
    SETREF(((ExcObj *)o)->args, t);
    return 0;
}

static Obj *or_none(Obj *o) { return NEWREF(o ? o : NONE); }

static Obj *exc_get_traceback(Obj *o) { return or_none(((ExcObj *)o)->traceback); }

static int exc_set_traceback(Obj *o, Obj *v) {
    if (v == NULL) {
        err_set_str(&Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != NONE && strcmp(type_name(v), "traceback") != 0) {
        err_set_str(&Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    SETREF(((ExcObj *)o)->traceback, v == NONE ? NULL : NEWREF(v));
    return 0;
}

/* Shared by __cause__ and __context__: None or an exception. */
static int set_chain_link(Obj **slot, Obj *v, const char *what) {
    if (v == NULL) {
        err_format(&Exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (v != NONE && !is_exception(v)) {
        err_format(&Exc_TypeError, "exception %s must be None or derive from BaseException",
                   strcmp(what, "__cause__") == 0 ? "cause" : "context");
        return -1;
    }
    SETREF(*slot, v == NONE ? NULL : NEWREF(v));
    return 0;
}

static Obj *exc_get_cause(Obj *o) { return or_none(((ExcObj *)o)->cause); }
static Obj *exc_get_context(Obj *o) { return or_none(((ExcObj *)o)->context); }

static int exc_set_cause(Obj *o, Obj *v) {
    if (set_chain_link(&((ExcObj *)o)->cause, v, "__cause__") < 0) return -1;
    ((ExcObj *)o)->suppress_context = true;
    return 0;
}

static int exc_set_context(Obj *o, Obj *v) {
    return set_chain_link(&((ExcObj *)o)->context, v, "__context__");
}

static Obj *exc_get_suppress(Obj *o) { return NEWREF(bool_from(((ExcObj *)o)->suppress_context)); }

static int exc_set_suppress(Obj *o, Obj *v) {
    if (v == NULL) {
        err_set_str(&Exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int truth = obj_is_true(v);
    if (truth < 0) return -1;
    ((ExcObj *)o)->suppress_context = truth;
    return 0;
}

static Obj *exc_get_notes(Obj *o) {
    Obj *notes = ((ExcObj *)o)->notes;
    if (notes == NULL) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute '__notes__'", type_name(o));
        return NULL;
    }
    return NEWREF(notes);
}

static int exc_set_notes(Obj *o, Obj *v) {
    SETREF(((ExcObj *)o)->notes, v ? NEWREF(v) : NULL);
    return 0;
}

static Obj *exc_get_dict(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    if (e->dict == NULL && (e->dict = dict_new()) == NULL) return NULL;
    return NEWREF(e->dict);
}

static const GetSetDef exc_getset[] = {
    {"args", exc_get_args, exc_set_args_attr},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__notes__", exc_get_notes, exc_set_notes},
    {"__dict__", exc_get_dict},
    {NULL},
};

static Obj *exc_with_traceback(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("with_traceback", kwnames) < 0 ||
        args_count("with_traceback", nargs, 1, 1) < 0)
        return NULL;
    if (exc_set_traceback(self, args[0]) < 0) return NULL;
    return NEWREF(self);
}

static Obj *exc_add_note(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("add_note", kwnames) < 0 || args_count("add_note", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "note must be a str, not '%s'", type_name(args[0]));
        return NULL;
    }
    ExcObj *e = (ExcObj *)self;
    if (e->notes == NULL && (e->notes = list_new(0)) == NULL) return NULL;
    if (!is_list(e->notes)) {
        err_set_str(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    if (list_append(e->notes, args[0]) < 0) return NULL;
    return NEWREF(NONE);
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback},
    {"add_note", exc_add_note},
    {NULL},
};

/* ---- start-up --------------------------------------------------------------- */
static Type *const all_types[] = {
#define X(name, base) &Exc_##name,
    EXCEPTION_TABLE(X)
#undef X
};
enum { NTYPES = sizeof all_types / sizeof all_types[0] };

static const ExcFamily *family_of(Type *t) {
    for (const ExcFamily *f = exc_families; f->type; f++)
        if (f->type == t) return f;
    return NULL;
}

/* Family roots get their slots; every other type copies its base's (the
 * table lists bases first), as the static initialisers only knew
 * BaseException's. */
static void install_family_slots(void) {
    for (size_t i = 1; i < NTYPES; i++) {
        Type *t = all_types[i], *b = t->base;
        const ExcFamily *f = family_of(t);
        t->size = f && f->size ? f->size : b->size;
        t->new_ = f && f->new_ ? f->new_ : b->new_;
        t->init = f && f->init ? f->init : b->init;
        t->str = f && f->str ? f->str : b->str;
        if (f && f->getset) t->getset = f->getset;
    }
}

int exceptions_init(void) {
    static bool done;
    if (done) return 0;
    done = true;
    tstate_init_main();
    Exc_BaseException.getset = exc_getset;
    Exc_BaseException.methods = exc_methods;
    Exc_BaseException.doc = "Common base class for all exceptions";
    install_family_slots();
    Exc_KeyError.str = keyerror_str;
    for (size_t i = 0; i < NTYPES; i++)
        if (type_ready(all_types[i]) < 0) return -1;
    return exceptions_group_init();
}

int exceptions_add_builtins(Obj *dict) {
    for (size_t i = 0; i < NTYPES; i++)
        if (dict_set_cstr(dict, all_types[i]->name, (Obj *)all_types[i]) < 0) return -1;
    if (dict_set_cstr(dict, "BaseExceptionGroup", (Obj *)&Exc_BaseExceptionGroup) < 0 ||
        dict_set_cstr(dict, "ExceptionGroup", (Obj *)&Exc_ExceptionGroup) < 0)
        return -1;
    if (dict_set_cstr(dict, "EnvironmentError", (Obj *)&Exc_OSError) < 0 ||
        dict_set_cstr(dict, "IOError", (Obj *)&Exc_OSError) < 0)
        return -1;
    return 0;
}
