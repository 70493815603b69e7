/* structseq.c: tuples with named fields (see structseq.h). */
#include <string.h>
#include "structseq.h"
#include "err.h"
#include "str.h"
#include "tuple.h"

static void structseq_dealloc(Obj *o) {
    for (size_t i = 0; i < tuple_size(o); i++) XDECREF(tuple_get(o, i));
    obj_free(o);
}

/* name=value pairs, as CPython prints them. */
static Obj *structseq_repr(Obj *o) {
    StructSeqType *t = (StructSeqType *)TYPE(o);
    StrBuf b;
    strbuf_init(&b);
    int rc = strbuf_append_cstr(&b, t->type.name);
    rc |= strbuf_append_cstr(&b, "(");
    for (size_t i = 0; rc == 0 && i < tuple_size(o) && t->fields[i]; i++) {
        Obj *r = obj_repr(tuple_get(o, i));
        if (r == NULL) { rc = -1; break; }
        if (i > 0) rc |= strbuf_append_cstr(&b, ", ");
        rc |= strbuf_append_cstr(&b, t->fields[i]);
        rc |= strbuf_append_cstr(&b, "=");
        rc |= strbuf_append_str(&b, r);
        DECREF(r);
    }
    if (rc != 0 || strbuf_append_cstr(&b, ")") < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* Field names first, then the usual attribute lookup (count, index...). */
static Obj *structseq_getattr(Obj *o, Obj *name) {
    StructSeqType *t = (StructSeqType *)TYPE(o);
    for (size_t i = 0; t->fields[i] && i < tuple_size(o); i++)
        if (str_equal_cstr(name, t->fields[i])) return NEWREF(tuple_get(o, i));
    return obj_generic_getattr(o, name);
}

/* T(sequence): an instance from a sequence of exactly as many items as T has
 * fields (datetime makes time.struct_time this way).  Like CPython, sys.flags
 * and sys.version_info cannot be made. */
static Obj *structseq_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (strcmp(t->name, "sys.flags") == 0 || strcmp(t->name, "sys.version_info") == 0) {
        err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
        return NULL;
    }
    if (nargs != 1 || (kwnames != NULL && tuple_size(kwnames) != 0)) {
        err_set_str(&Exc_TypeError, nargs == 0 ? "structseq() missing required argument 'sequence' (pos 1)"
                                               : "constructor requires a sequence");
        return NULL;
    }
    Obj *items = tuple_from_iterable(args[0]);
    if (items == NULL) return NULL;
    size_t n = 0;
    while (((StructSeqType *)t)->fields[n]) n++;
    if (tuple_size(items) != n) {
        err_format(&Exc_TypeError, "%s() takes a %zu-sequence (%zu-sequence given)", t->name, n,
                   tuple_size(items));
        DECREF(items);
        return NULL;
    }
    Obj *copy[n ? n : 1];
    for (size_t i = 0; i < n; i++) copy[i] = NEWREF(tuple_get(items, i));
    DECREF(items);
    return structseq_new((StructSeqType *)t, copy, n);
}

int structseq_ready(StructSeqType *t) {
    if (t->type.flags & TF_READY) return 0;
    t->type.size = sizeof(TupleObj);
    t->type.flags |= TF_IMMUTABLE;
    t->type.dealloc = structseq_dealloc;
    t->type.repr = structseq_repr;
    t->type.getattr = structseq_getattr;
    t->type.new_ = structseq_type_new;
    return type_ready(&t->type);
}

Obj *structseq_new(StructSeqType *t, Obj **items, size_t n) {
    TupleObj *o = structseq_ready(t) < 0 ? NULL
                : (TupleObj *)obj_alloc(&t->type, sizeof(TupleObj) + n * sizeof(Obj *));
    if (o == NULL) {
        for (size_t i = 0; i < n; i++) DECREF(items[i]);
        return NULL;
    }
    o->hash = -1;
    o->size = n;
    memcpy(o->items, items, n * sizeof(Obj *));
    return (Obj *)o;
}
