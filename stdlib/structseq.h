/* structseq.h: tuples with named fields, like CPython's structseq
 * (sys.version_info, time.struct_time): a tuple subtype whose fields are
 * also readable by name and whose repr names them. */
#ifndef GILPY_STRUCTSEQ_H
#define GILPY_STRUCTSEQ_H

#include "object.h"
#include "tuple.h"

typedef struct StructSeqType {
    Type type;                  /* first, so a Type * is a StructSeqType * */
    const char *const *fields;  /* NULL-terminated field names */
} StructSeqType;

/* Declares a structseq type named `qualname` (e.g. "time.struct_time"). */
#define STRUCTSEQ_TYPE(var, qualname, field_list) \
    StructSeqType var = { .type = { .ob = STATIC_HEAD(&TypeType), .name = qualname, \
        .base = &TupleType }, .fields = field_list }

/* Readies the type (done by structseq_new too); -1 on error. */
int structseq_ready(StructSeqType *t);
/* Makes an instance from n items (references stolen, all non-NULL). */
Obj *structseq_new(StructSeqType *t, Obj **items, size_t n);

#endif
