/* exceptions_group.c: BaseExceptionGroup and ExceptionGroup (PEP 654) as
 * CPython 3.11 has them: the constructor's checks and its upgrade of
 * BaseExceptionGroup to ExceptionGroup, message/exceptions, derive(),
 * split() and subgroup() (which keep the group's traceback, cause, context
 * and notes), and what except* needs: matching an exception against a
 * clause and building the exception to re-raise at the end. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "exceptions_internal.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "args.h"
#include "generic_alias.h"

typedef struct ExcGroupObj {
    ExcObj base;
    Obj *msg;       /* str */
    Obj *excs;      /* non-empty tuple of exceptions */
} ExcGroupObj;

static Obj *group_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames);
static int group_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
static Obj *group_str(Obj *self);
static const GetSetDef group_getset[];
static const MethodDef group_methods[];

Type Exc_BaseExceptionGroup = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "BaseExceptionGroup",
    .size = sizeof(ExcGroupObj),
    .flags = TF_BASETYPE | TF_EXC_SUBCLASS,
    .base = &Exc_BaseException,
    .str = group_str,
    .new_ = group_new,
    .init = group_init,
    .getset = group_getset,
    .methods = group_methods,
    .doc = "A combination of multiple unrelated exceptions.",
    .dictoffset = offsetof(ExcObj, dict),
};

Type Exc_ExceptionGroup = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "ExceptionGroup",
    .size = sizeof(ExcGroupObj),
    .flags = TF_BASETYPE | TF_EXC_SUBCLASS,
    .base = &Exc_BaseExceptionGroup,
    .str = group_str,
    .new_ = group_new,
    .init = group_init,
    .dictoffset = offsetof(ExcObj, dict),
};

bool is_exception_group(const Obj *o)
{
    return !is_small(o) && type_is_subtype(TYPE(o), &Exc_BaseExceptionGroup);
}

Obj *exc_group_exceptions(Obj *eg)
{
    return ((ExcGroupObj *)eg)->excs;
}

static bool is_exc_class(Obj *o)
{
    return !is_small(o) && type_has(TYPE(o), TF_TYPE_SUBCLASS) &&
           type_has((Type *)o, TF_EXC_SUBCLASS);
}

/* An interned name made once (NULL with MemoryError). */
static Obj *name_of(const char *s, Obj **cache)
{
    if (!*cache) {
        Obj *o = str_from_cstr(s);
        *cache = o ? str_intern(o) : NULL;
    }
    return *cache;
}

static Obj *name_derive, *name_split, *name_notes, *name_getitem;

/* ---- construction ---------------------------------------------------------- */

/* PySequence_Check: anything with __getitem__ that is not a dict. */
static bool is_sequence(Obj *o)
{
    if (is_small(o))
        return false;
    if (is_list(o) || is_tuple(o))
        return true;
    if (is_dict(o))
        return false;
    Obj *name = name_of("__getitem__", &name_getitem);
    if (!name) {
        err_clear();
        return false;
    }
    return type_lookup(TYPE(o), name) != NULL;
}

static Obj *group_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames)
{
    (void)kwnames;      /* __init__ refuses keywords */
    if (nargs != 2) {
        err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments "
                   "(%zu given)", nargs);
        return NULL;
    }
    Obj *msg = args[0], *seq = args[1];
    if (!is_str(msg)) {
        err_format(&Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                   type_name(msg));
        return NULL;
    }
    if (!is_sequence(seq)) {
        err_set_str(&Exc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Obj *excs = tuple_from_iterable(seq);
    if (!excs)
        return NULL;
    size_t n = tuple_size(excs);
    if (n == 0) {
        err_set_str(&Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
        goto fail;
    }
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        Obj *e = tuple_get(excs, i);
        if (is_small(e) || !is_exception(e)) {
            err_format(&Exc_ValueError, "Item %zu of second argument (exceptions) is not an "
                       "exception", i);
            goto fail;
        }
        nested_base |= !type_is_subtype(TYPE(e), &Exc_Exception);
    }
    if (t == &Exc_BaseExceptionGroup) {
        if (!nested_base)
            t = &Exc_ExceptionGroup;
    } else if (t == &Exc_ExceptionGroup) {
        if (nested_base) {
            err_set_str(&Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto fail;
        }
    } else if (nested_base && type_is_subtype(t, &Exc_Exception)) {
        err_format(&Exc_TypeError, "Cannot nest BaseExceptions in '%s'", t->name);
        goto fail;
    }
    Obj *self = exc_base_new(t, args, nargs, NULL);
    if (!self)
        goto fail;
    ExcGroupObj *g = (ExcGroupObj *)self;
    g->msg = NEWREF(msg);
    g->excs = excs;
    return self;
fail:
    DECREF(excs);
    return NULL;
}

static int group_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (kw_count(kwnames) != 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    return exc_set_args(self, args, nargs);
}

Obj *exc_group_new(Obj *msg, Obj *excs)
{
    Obj *args[2] = {msg, excs};
    return exc_new(&Exc_BaseExceptionGroup, args, 2);
}

static Obj *group_str(Obj *self)
{
    ExcGroupObj *g = (ExcGroupObj *)self;
    size_t n = tuple_size(g->excs);
    return str_from_format("%S (%zu sub-exception%s)", g->msg, n, n > 1 ? "s" : "");
}

static Obj *get_message(Obj *self) { return NEWREF(((ExcGroupObj *)self)->msg); }
static Obj *get_exceptions(Obj *self) { return NEWREF(((ExcGroupObj *)self)->excs); }

static const GetSetDef group_getset[] = {
    {"message", get_message, getset_readonly},
    {"exceptions", get_exceptions, getset_readonly},
    {NULL},
};

/* ---- derive, split, subgroup --------------------------------------------- */

typedef enum { MATCH_BY_TYPE, MATCH_PREDICATE, MATCH_INSTANCES } MatcherKind;

typedef struct Matcher {
    MatcherKind kind;
    Obj *value;             /* type(s) or predicate */
    Obj *const *ids;        /* MATCH_INSTANCES: the leaves to keep */
    size_t nids;
} Matcher;

static int get_matcher(Obj *value, Matcher *m)
{
    static const char msg[] = "expected a function, exception type or tuple of exception types";
    m->value = value;
    bool is_type = !is_small(value) && type_has(TYPE(value), TF_TYPE_SUBCLASS);
    if (!is_type && !is_small(value) && TYPE(value)->call) {
        m->kind = MATCH_PREDICATE;
        return 0;
    }
    m->kind = MATCH_BY_TYPE;
    if (is_exc_class(value))
        return 0;
    if (!is_small(value) && IS_TYPE(value, TupleType)) {
        for (size_t i = 0; i < tuple_size(value); i++)
            if (!is_exc_class(tuple_get(value, i))) {
                err_set_str(&Exc_TypeError, msg);
                return -1;
            }
        return 0;
    }
    err_set_str(&Exc_TypeError, msg);
    return -1;
}

/* exc matches a class or tuple of classes (their MROs, as except does). */
static bool matches_types(Obj *exc, Obj *types)
{
    if (is_tuple(types)) {
        for (size_t i = 0; i < tuple_size(types); i++)
            if (type_is_subtype(TYPE(exc), (Type *)tuple_get(types, i)))
                return true;
        return false;
    }
    return type_is_subtype(TYPE(exc), (Type *)types);
}

static int matcher_check(const Matcher *m, Obj *exc)
{
    switch (m->kind) {
    case MATCH_BY_TYPE:
        return matches_types(exc, m->value);
    case MATCH_PREDICATE: {
        Obj *r = obj_call1(m->value, exc);
        if (!r)
            return -1;
        int t = obj_is_true(r);
        DECREF(r);
        return t;
    }
    case MATCH_INSTANCES:
        for (size_t i = 0; i < m->nids; i++)
            if (m->ids[i] == exc)
                return 1;
        return 0;
    }
    return 0;
}

/* orig.derive(excs) carrying orig's traceback, context, cause and notes;
 * NULL (no exception) when excs is empty. */
static Obj *group_subset(Obj *orig, Obj *excs_list, bool *failed)
{
    if (list_size(excs_list) == 0)
        return NULL;
    Obj *derive = name_of("derive", &name_derive), *notes_name = name_of("__notes__", &name_notes);
    Obj *eg = derive && notes_name ? obj_call_method(orig, derive, &excs_list, 1) : NULL;
    if (!eg)
        goto fail;
    if (!is_exception_group(eg)) {
        err_set_str(&Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        DECREF(eg);
        goto fail;
    }
    ExcObj *o = (ExcObj *)orig, *e = (ExcObj *)eg;
    if (o->traceback)
        SETREF(e->traceback, NEWREF(o->traceback));
    SETREF(e->context, o->context ? NEWREF(o->context) : NULL);
    SETREF(e->cause, o->cause ? NEWREF(o->cause) : NULL);
    e->suppress_context = true;     /* as setting __cause__ does */
    Obj *notes = obj_lookup_attr(orig, notes_name);
    if (!notes) {
        if (err_matches(&Exc_AttributeError))
            err_clear();
        if (err_occurred())
            goto fail_eg;
    } else if (!is_sequence(notes)) {
        DECREF(notes);      /* not a list: ignored, as CPython does */
    } else {
        Obj *copy = list_from_iterable(notes);  /* each part gets its own list */
        DECREF(notes);
        int rc = copy ? obj_setattr(eg, notes_name, copy) : -1;
        XDECREF(copy);
        if (rc < 0)
            goto fail_eg;
    }
    return eg;
fail_eg:
    DECREF(eg);
fail:
    *failed = true;
    return NULL;
}

/* Splits exc by m into *match and (when rest is wanted) *rest, each NULL
 * when empty.  -1 with an exception. */
static int split_recursive(Obj *exc, const Matcher *m, bool want_rest, Obj **match, Obj **rest)
{
    *match = *rest = NULL;
    int is_match = matcher_check(m, exc);
    if (is_match < 0)
        return -1;
    if (is_match) {
        *match = NEWREF(exc);
        return 0;
    }
    if (!is_exception_group(exc)) {
        if (want_rest)
            *rest = NEWREF(exc);
        return 0;
    }
    Obj *excs = ((ExcGroupObj *)exc)->excs;
    Obj *match_list = list_new(0), *rest_list = want_rest ? list_new(0) : NULL;
    int rc = -1;
    if (!match_list || (want_rest && !rest_list))
        goto done;
    for (size_t i = 0; i < tuple_size(excs); i++) {
        Obj *em, *er;
        if (split_recursive(tuple_get(excs, i), m, want_rest, &em, &er) < 0)
            goto done;
        int bad = (em && list_append(match_list, em) < 0) || (er && list_append(rest_list, er) < 0);
        XDECREF(em);
        XDECREF(er);
        if (bad)
            goto done;
    }
    bool failed = false;
    *match = group_subset(exc, match_list, &failed);
    if (!failed && want_rest)
        *rest = group_subset(exc, rest_list, &failed);
    if (failed) {
        XDECREF(*match);
        *match = NULL;
        goto done;
    }
    rc = 0;
done:
    XDECREF(match_list);
    XDECREF(rest_list);
    return rc;
}

static Obj *group_derive(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    if (args_no_kwargs("derive", kwnames) < 0 || args_count("derive", nargs, 1, 1) < 0)
        return NULL;
    return exc_group_new(((ExcGroupObj *)self)->msg, args[0]);
}

static Obj *group_split(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    Matcher m;
    if (args_no_kwargs("split", kwnames) < 0 || args_count("split", nargs, 1, 1) < 0 ||
        get_matcher(args[0], &m) < 0)
        return NULL;
    Obj *match, *rest;
    if (split_recursive(self, &m, true, &match, &rest) < 0)
        return NULL;
    Obj *r = tuple_pack(2, match ? match : NONE, rest ? rest : NONE);
    XDECREF(match);
    XDECREF(rest);
    return r;
}

static Obj *group_subgroup(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
{
    Matcher m;
    if (args_no_kwargs("subgroup", kwnames) < 0 || args_count("subgroup", nargs, 1, 1) < 0 ||
        get_matcher(args[0], &m) < 0)
        return NULL;
    Obj *match, *rest;
    if (split_recursive(self, &m, false, &match, &rest) < 0)
        return NULL;
    return match ? match : NEWREF(NONE);
}

static const MethodDef group_methods[] = {
    {"derive", group_derive},
    {"split", group_split},
    {"subgroup", group_subgroup},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {NULL},
};

/* ---- except* ------------------------------------------------------------------ */

int exc_check_except_star_type(Obj *type)
{
    bool group = false;
    if (is_tuple(type)) {
        for (size_t i = 0; i < tuple_size(type); i++) {
            Obj *t = tuple_get(type, i);
            if (!is_exc_class(t))
                goto not_exc;
            group |= type_is_subtype((Type *)t, &Exc_BaseExceptionGroup);
        }
    } else {
        if (!is_exc_class(type))
            goto not_exc;
        group = type_is_subtype((Type *)type, &Exc_BaseExceptionGroup);
    }
    if (group) {
        err_set_str(&Exc_TypeError,
                    "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
not_exc:
    err_set_str(&Exc_TypeError,
                "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int exc_group_match(Obj *exc, Obj *type, Obj **match, Obj **rest)
{
    if (exc == NONE) {
        *match = NEWREF(NONE);
        *rest = NEWREF(NONE);
        return 0;
    }
    if (matches_types(exc, type)) {
        if (is_exception_group(exc)) {
            *match = NEWREF(exc);
        } else {            /* a naked exception: wrapped in a group */
            Obj *excs = tuple_pack(1, exc), *msg = str_from_cstr("");
            *match = excs && msg ? exc_group_new(msg, excs) : NULL;
            XDECREF(excs);
            XDECREF(msg);
            if (!*match)
                return -1;
        }
        *rest = NEWREF(NONE);
        return 0;
    }
    if (is_exception_group(exc)) {
        Obj *split = name_of("split", &name_split);
        Obj *pair = split ? obj_call_method(exc, split, &type, 1) : NULL;
        if (!pair)
            return -1;
        if (!IS_TYPE(pair, TupleType) || tuple_size(pair) != 2) {
            err_format(&Exc_TypeError, "%s.split must return a 2-tuple, got %s",
                       type_name(exc), type_name(pair));
            DECREF(pair);
            return -1;
        }
        *match = NEWREF(tuple_get(pair, 0));
        *rest = NEWREF(tuple_get(pair, 1));
        DECREF(pair);
        return 0;
    }
    *match = NEWREF(NONE);
    *rest = NEWREF(exc);
    return 0;
}

/* The leaves (non-group exceptions) of exc, appended to *ids. */
static int collect_leaves(Obj *exc, Obj ***ids, size_t *n, size_t *cap)
{
    if (exc == NONE)
        return 0;
    if (is_exception_group(exc)) {
        Obj *excs = ((ExcGroupObj *)exc)->excs;
        for (size_t i = 0; i < tuple_size(excs); i++)
            if (collect_leaves(tuple_get(excs, i), ids, n, cap) < 0)
                return -1;
        return 0;
    }
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        Obj **p = realloc(*ids, c * sizeof *p);
        if (!p) {
            err_no_memory();
            return -1;
        }
        *ids = p;
        *cap = c;
    }
    (*ids)[(*n)++] = exc;
    return 0;
}

/* Re-raised exceptions carry the original's metadata unchanged. */
static bool same_metadata(Obj *a, Obj *b)
{
    ExcObj *x = (ExcObj *)a, *y = (ExcObj *)b;
    return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

Obj *exc_prep_reraise_star(Obj *orig, Obj *excs)
{
    size_t n = list_size(excs);
    if (n == 0)
        return NEWREF(NONE);
    if (!is_exception_group(orig))      /* a naked exception: one clause ran */
        return NEWREF(list_get(excs, 0));
    Obj *raised = list_new(0), *result = NULL, *reraised_eg = NULL;
    Obj **ids = NULL;
    size_t nids = 0, cap = 0;
    if (!raised)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        Obj *e = list_get(excs, i);
        if (e == NONE)
            continue;
        if (same_metadata(e, orig)) {
            if (collect_leaves(e, &ids, &nids, &cap) < 0)
                goto done;
        } else if (list_append(raised, e) < 0) {
            goto done;
        }
    }
    /* the re-raised leaves of orig, in orig's structure */
    Matcher m = {MATCH_INSTANCES, NULL, ids, nids};
    Obj *unused;
    if (split_recursive(orig, &m, false, &reraised_eg, &unused) < 0)
        goto done;
    if (list_size(raised) == 0) {
        result = reraised_eg ? NEWREF(reraised_eg) : NEWREF(NONE);
    } else {
        if (reraised_eg && list_append(raised, reraised_eg) < 0)
            goto done;
        if (list_size(raised) > 1) {
            Obj *msg = str_from_cstr("");
            result = msg ? exc_group_new(msg, raised) : NULL;
            XDECREF(msg);
        } else {
            result = NEWREF(list_get(raised, 0));
        }
    }
done:
    XDECREF(reraised_eg);
    DECREF(raised);
    free(ids);
    return result;
}

/* ---- start-up ------------------------------------------------------------------ */

int exceptions_group_init(void)
{
    Type *base = &Exc_BaseExceptionGroup, *eg = &Exc_ExceptionGroup;
    base->dealloc = eg->dealloc = Exc_BaseException.dealloc;
    base->repr = eg->repr = Exc_BaseException.repr;
    if (type_ready(base) < 0)
        return -1;
    /* ExceptionGroup(BaseExceptionGroup, Exception): a second base */
    eg->bases = tuple_pack(2, (Obj *)base, (Obj *)&Exc_Exception);
    eg->mro = tuple_pack(5, (Obj *)eg, (Obj *)base, (Obj *)&Exc_Exception,
                         (Obj *)&Exc_BaseException, (Obj *)&ObjectType);
    if (!eg->bases || !eg->mro)
        return -1;
    return type_ready(eg);
}
