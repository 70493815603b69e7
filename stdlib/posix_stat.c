/* posix_stat.c: os.stat_result, what stat/lstat/fstat return.  As in
 * CPython it is a 10-item tuple (the times in it are whole seconds) with
 * more fields reached by name only: st_atime/st_mtime/st_ctime as floats,
 * their _ns forms, st_blksize, st_blocks, st_rdev.  Those live in slots
 * after the tuple's items, which this file's dealloc releases. */
#include <string.h>
#include "posix_internal.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "structseq.h"
#include "tuple.h"

#define STAT_SEQ 10     /* the tuple part */
#define STAT_EXTRA 9    /* fields by name only */

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime", NULL,
};
static const char *const extra_fields[STAT_EXTRA] = {
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev",
};
static STRUCTSEQ_TYPE(StatResultType, "os.stat_result", stat_fields);
static void (*seq_dealloc)(Obj *);
static Obj *(*seq_getattr)(Obj *, Obj *);

static void stat_dealloc(Obj *o) {
    TupleObj *t = (TupleObj *)o;
    for (size_t i = STAT_SEQ; i < STAT_SEQ + STAT_EXTRA; i++) XDECREF(t->items[i]);
    seq_dealloc(o);
}

static Obj *stat_getattr(Obj *o, Obj *name) {
    if (is_str(name) && tuple_size(o) == STAT_SEQ)
        for (size_t i = 0; i < STAT_EXTRA; i++)
            if (str_equal_cstr(name, extra_fields[i]))
                return NEWREF(((TupleObj *)o)->items[STAT_SEQ + i]);
    return seq_getattr(o, name);
}

int posix_stat_add_type(Obj *m) {
    if (seq_dealloc == NULL) {
        if (structseq_ready(&StatResultType) < 0) return -1;
        seq_dealloc = StatResultType.type.dealloc;
        seq_getattr = StatResultType.type.getattr;
        StatResultType.type.dealloc = stat_dealloc;
        StatResultType.type.getattr = stat_getattr;
    }
    return module_add_obj(m, "stat_result", (Obj *)&StatResultType);
}

static Obj *seconds(struct timespec ts) {
    return float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Obj *nanoseconds(struct timespec ts) {
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

Obj *posix_stat_result(const struct stat *st) {
    Obj *items[STAT_SEQ + STAT_EXTRA] = {
        int_from_i64(st->st_mode), int_from_i64((int64_t)st->st_ino),
        int_from_i64((int64_t)st->st_dev), int_from_i64((int64_t)st->st_nlink),
        int_from_i64(st->st_uid), int_from_i64(st->st_gid), int_from_i64(st->st_size),
        int_from_i64(st->st_atim.tv_sec), int_from_i64(st->st_mtim.tv_sec),
        int_from_i64(st->st_ctim.tv_sec),
        seconds(st->st_atim), seconds(st->st_mtim), seconds(st->st_ctim),
        nanoseconds(st->st_atim), nanoseconds(st->st_mtim), nanoseconds(st->st_ctim),
        int_from_i64(st->st_blksize), int_from_i64(st->st_blocks),
        int_from_i64((int64_t)st->st_rdev),
    };
    size_t n = STAT_SEQ + STAT_EXTRA;
    for (size_t i = 0; i < n; i++)
        if (items[i] == NULL) {
            for (size_t j = 0; j < n; j++) XDECREF(items[j]);
            return NULL;
        }
    Obj *r = structseq_new(&StatResultType, items, n);
    if (r != NULL) ((TupleObj *)r)->size = STAT_SEQ;   /* the rest by name only */
    return r;
}
