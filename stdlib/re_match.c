/* re_match.c: re.Match, the result of a successful search, in C.
 *
 * A Match keeps the spans of its groups twice: as the offsets Python sees
 * (characters for str) and as byte offsets, so group() slices the subject's
 * UTF-8 directly.  Group names, the nesting of groups (for lastindex) and
 * the template expansion come from the Code and the Python Pattern. */
#include <string.h>
#include "re_internal.h"
#include "api.h"
#include "args.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "generic_alias.h"
#include "int.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"

typedef struct ReMatch {
    Obj ob;
    Obj *pattern;          /* the re.Pattern */
    ReCode *code;
    Obj *string;
    intptr_t pos, endpos;
    uint32_t ngroups;      /* groups + 1 */
    intptr_t lastindex;    /* -2 until computed, -1 for None */
    intptr_t span[];       /* 2 * ngroups Python offsets, then 2 * ngroups byte offsets */
} ReMatch;

#define BYTE_SPAN(m) ((m)->span + 2 * (m)->ngroups)

Obj *re_match_new(ReCode *c, Obj *pattern, ReSubject *s) {
    uint32_t n = c->groups + 1;
    ReMatch *m = (ReMatch *)obj_alloc(&ReMatchType, sizeof(ReMatch) + 4 * n * sizeof(intptr_t));
    if (m == NULL) return NULL;
    m->pattern = NEWREF(pattern);
    m->code = (ReCode *)NEWREF((Obj *)c);
    m->string = NEWREF(s->obj);
    m->ngroups = n;
    m->lastindex = -2;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    intptr_t *bs = BYTE_SPAN(m);
    for (uint32_t i = 0; i < 2 * n; i++) {
        if (ov[i] == PCRE2_UNSET) {
            m->span[i] = bs[i] = -1;
        } else {
            bs[i] = (intptr_t)ov[i];
            m->span[i] = (intptr_t)re_subject_index(s, ov[i]);
        }
    }
    m->pos = (intptr_t)s->pos;
    m->endpos = (intptr_t)s->endpos;
    return (Obj *)m;
}

static void match_dealloc(Obj *o) {
    ReMatch *m = (ReMatch *)o;
    DECREF(m->pattern);
    DECREF((Obj *)m->code);
    DECREF(m->string);
    obj_free(o);
}

/* ---- groups ------------------------------------------------------------- */

/* The group number an argument names, or -1 with IndexError/TypeError. */
static intptr_t group_index(ReMatch *m, Obj *g) {
    intptr_t i = -1;
    if (is_int(g)) {
        int overflow = 0;
        int64_t v = int_as_i64(g, &overflow);
        i = overflow ? -1 : (intptr_t)v;
    } else if (m->code->groupindex != NULL) {
        Obj *v = dict_get(m->code->groupindex, g);
        if (v == NULL && err_occurred()) return -1;
        if (v != NULL && is_int(v)) i = int_as_ssize(v);
    }
    if (i < 0 || i >= (intptr_t)m->ngroups) {
        err_set_str(&Exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

/* Group i's text, or `dflt` (new reference) when it did not take part. */
static Obj *group_text(ReMatch *m, intptr_t i, Obj *dflt) {
    intptr_t *bs = BYTE_SPAN(m);
    intptr_t a = bs[2 * i], b = bs[2 * i + 1];
    if (a < 0) return NEWREF(dflt);
    if (is_str(m->string)) {
        if (str_is_ascii(m->string)) return str_from_known(str_data(m->string) + a, b - a, b - a, true);
        return str_from(str_data(m->string) + a, (size_t)(b - a));
    }
    /* bytes or bytearray; a bytearray may have shrunk since */
    size_t size = byteslike_size(m->string);
    if ((size_t)b > size) b = (intptr_t)size;
    if (a > b) a = b;
    return bytes_from(byteslike_data(m->string) + a, (size_t)(b - a));
}

static Obj *match_group(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("group", kwnames) < 0) return NULL;
    ReMatch *m = (ReMatch *)self;
    if (nargs == 0) return group_text(m, 0, NONE);
    if (nargs == 1) {
        intptr_t i = group_index(m, args[0]);
        return i < 0 ? NULL : group_text(m, i, NONE);
    }
    Obj *t = tuple_new(nargs);
    if (t == NULL) return NULL;
    for (size_t k = 0; k < nargs; k++) {
        intptr_t i = group_index(m, args[k]);
        Obj *v = i < 0 ? NULL : group_text(m, i, NONE);
        if (v == NULL) {
            for (size_t j = k; j < nargs; j++) tuple_set(t, j, NEWREF(NONE));
            DECREF(t);
            return NULL;
        }
        tuple_set(t, k, v);
    }
    return t;
}

static Obj *match_getitem(Obj *self, Obj *key) {
    ReMatch *m = (ReMatch *)self;
    intptr_t i = group_index(m, key);
    return i < 0 ? NULL : group_text(m, i, NONE);
}

static Obj *match_groups(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"default", NULL};
    Obj *a[1];
    if (args_bind("groups", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    Obj *dflt = a[0] ? a[0] : NONE;
    ReMatch *m = (ReMatch *)self;
    Obj *t = tuple_new(m->ngroups - 1);
    if (t == NULL) return NULL;
    for (uint32_t i = 1; i < m->ngroups; i++) {
        Obj *v = group_text(m, i, dflt);
        if (v == NULL) {
            for (uint32_t j = i; j < m->ngroups; j++) tuple_set(t, j - 1, NEWREF(NONE));
            DECREF(t);
            return NULL;
        }
        tuple_set(t, i - 1, v);
    }
    return t;
}

static Obj *match_groupdict(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"default", NULL};
    Obj *a[1];
    if (args_bind("groupdict", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    Obj *dflt = a[0] ? a[0] : NONE;
    ReMatch *m = (ReMatch *)self;
    Obj *d = dict_new();
    if (d == NULL || m->code->groupindex == NULL) return d;
    Obj *key, *value;
    size_t pos = 0;
    while (dict_next(m->code->groupindex, &pos, &key, &value)) {
        Obj *v = group_text(m, int_as_ssize(value), dflt);
        if (v == NULL || dict_set(d, key, v) < 0) {
            XDECREF(v);
            DECREF(d);
            return NULL;
        }
        DECREF(v);
    }
    return d;
}

/* The group of an optional argument (0 when absent). */
static intptr_t opt_group(ReMatch *m, const char *fname, Obj *const *args, size_t nargs,
                          Obj *kwnames) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 1) < 0) return -1;
    return nargs == 0 ? 0 : group_index(m, args[0]);
}

static Obj *match_start(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ReMatch *m = (ReMatch *)self;
    intptr_t i = opt_group(m, "start", args, nargs, kwnames);
    return i < 0 ? NULL : small_new(m->span[2 * i]);
}

static Obj *match_end(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ReMatch *m = (ReMatch *)self;
    intptr_t i = opt_group(m, "end", args, nargs, kwnames);
    return i < 0 ? NULL : small_new(m->span[2 * i + 1]);
}

static Obj *match_span(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ReMatch *m = (ReMatch *)self;
    intptr_t i = opt_group(m, "span", args, nargs, kwnames);
    if (i < 0) return NULL;
    return tuple_pack(2, small_new(m->span[2 * i]), small_new(m->span[2 * i + 1]));
}

static Obj *match_expand(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("expand", kwnames) < 0 || args_count("expand", nargs, 1, 1) < 0)
        return NULL;
    ReMatch *m = (ReMatch *)self;
    Obj *argv[2] = {self, args[0]};
    Obj *name = str_intern_cstr("_expand");
    return obj_call_method(m->pattern, name, argv, 2);
}

static Obj *match_self(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return NEWREF(self);
}

/* ---- attributes --------------------------------------------------------- */

/* CPython's lastindex is the group closed last; from the spans: the set
 * group ending last, and of groups ending together the enclosing one, or
 * else the later one. */
static intptr_t compute_lastindex(ReMatch *m) {
    Obj *parents = m->code->parents;
    intptr_t best = -1, best_end = -1;
    for (uint32_t i = 1; i < m->ngroups; i++) {
        if (m->span[2 * i] < 0) continue;
        intptr_t e = m->span[2 * i + 1];
        if (e > best_end) {
            best = i;
            best_end = e;
        } else if (e == best_end && parents != NULL) {
            intptr_t p = (intptr_t)i < (intptr_t)tuple_size(parents)
                             ? small_value(tuple_get(parents, i)) : 0;
            while (p > 0 && p != best)
                p = p < (intptr_t)tuple_size(parents) ? small_value(tuple_get(parents, p)) : 0;
            if (p <= 0) best = i;
        }
    }
    return best;
}

static Obj *match_get_lastindex(Obj *self) {
    ReMatch *m = (ReMatch *)self;
    if (m->lastindex == -2) m->lastindex = compute_lastindex(m);
    return m->lastindex < 0 ? NEWREF(NONE) : small_new(m->lastindex);
}

static Obj *match_get_lastgroup(Obj *self) {
    ReMatch *m = (ReMatch *)self;
    if (m->lastindex == -2) m->lastindex = compute_lastindex(m);
    if (m->lastindex < 0 || m->code->names == NULL) return NEWREF(NONE);
    Obj *name = dict_get(m->code->names, small_new(m->lastindex));
    return NEWREF(name ? name : NONE);
}

static Obj *match_get_regs(Obj *self) {
    ReMatch *m = (ReMatch *)self;
    Obj *t = tuple_new(m->ngroups);
    if (t == NULL) return NULL;
    for (uint32_t i = 0; i < m->ngroups; i++) {
        Obj *p = tuple_pack(2, small_new(m->span[2 * i]), small_new(m->span[2 * i + 1]));
        if (p == NULL) {
            for (uint32_t j = i; j < m->ngroups; j++) tuple_set(t, j, NEWREF(NONE));
            DECREF(t);
            return NULL;
        }
        tuple_set(t, i, p);
    }
    return t;
}

static Obj *match_get_re(Obj *self) { return NEWREF(((ReMatch *)self)->pattern); }
static Obj *match_get_string(Obj *self) { return NEWREF(((ReMatch *)self)->string); }
static Obj *match_get_pos(Obj *self) { return small_new(((ReMatch *)self)->pos); }
static Obj *match_get_endpos(Obj *self) { return small_new(((ReMatch *)self)->endpos); }

static Obj *match_repr(Obj *self) {
    ReMatch *m = (ReMatch *)self;
    Obj *g = group_text(m, 0, NONE);
    if (g == NULL) return NULL;
    Obj *r = obj_repr(g);
    DECREF(g);
    if (r == NULL) return NULL;
    if (str_length(r) > 50) SETREF(r, str_substr(r, 0, 50));
    if (r == NULL) return NULL;
    Obj *out = str_from_format("<re.Match object; span=(%zd, %zd), match=%U>",
                               m->span[0], m->span[1], r);
    DECREF(r);
    return out;
}

static const MethodDef match_methods[] = {
    {"group", match_group},
    {"groups", match_groups},
    {"groupdict", match_groupdict},
    {"start", match_start},
    {"end", match_end},
    {"span", match_span},
    {"expand", match_expand},
    {"__copy__", match_self},
    {"__deepcopy__", match_self},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {NULL},
};

static const GetSetDef match_getset[] = {
    {"lastindex", match_get_lastindex, NULL},
    {"lastgroup", match_get_lastgroup, NULL},
    {"regs", match_get_regs, NULL},
    {"re", match_get_re, NULL},
    {"string", match_get_string, NULL},
    {"pos", match_get_pos, NULL},
    {"endpos", match_get_endpos, NULL},
    {NULL},
};

static const MappingSlots match_mapping = {
    .getitem = match_getitem,
};

static Obj *match_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&Exc_TypeError, "cannot create 're.Match' instances");
    return NULL;
}

Type ReMatchType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "re.Match",
    .size = sizeof(ReMatch),
    .base = &ObjectType,
    .dealloc = match_dealloc,
    .repr = match_repr,
    .new_ = match_new,
    .mapping = &match_mapping,
    .methods = match_methods,
    .getset = match_getset,
    .doc = "The result of re.match() and re.search().\n"
           "Match objects always have a boolean value of True.",
};
