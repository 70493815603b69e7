/* posix_shm.c: posix._shared_memory(size), memory shared with the
 * processes forked after it is made (an anonymous shared mapping):
 * multiprocessing's Value and Array keep their bytes in it.  The object
 * reads and writes byte ranges; the mapping goes when the object does. */
#include <string.h>
#include <sys/mman.h>
#include "posix_internal.h"
#include "args.h"
#include "bytes.h"
#include "err.h"
#include "intarg.h"

typedef struct SharedMemObj {
    Obj ob;
    unsigned char *data;
    size_t size;
} SharedMemObj;

static Type SharedMemType;

static void shm_dealloc(Obj *o) {
    SharedMemObj *m = (SharedMemObj *)o;
    if (m->data != NULL) munmap(m->data, m->size ? m->size : 1);
    obj_free(o);
}

static Obj *shm_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
    return NULL;
}

/* The range [offset, offset+n) checked against the mapping. */
static int range_arg(SharedMemObj *m, Obj *off, intptr_t n, size_t *start) {
    intptr_t o;
    if (intarg_ssize(off, &o) < 0) return -1;
    if (o < 0 || n < 0 || (size_t)o > m->size || (size_t)n > m->size - (size_t)o) {
        err_set_str(&Exc_IndexError, "shared memory range out of bounds");
        return -1;
    }
    *start = (size_t)o;
    return 0;
}

static Obj *shm_read(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    SharedMemObj *m = (SharedMemObj *)self;
    intptr_t n;
    size_t start;
    if (args_no_kwargs("read", kwnames) < 0 || args_count("read", nargs, 2, 2) < 0 ||
        intarg_ssize(args[1], &n) < 0 || range_arg(m, args[0], n, &start) < 0)
        return NULL;
    return bytes_from(m->data + start, (size_t)n);
}

static Obj *shm_write(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    SharedMemObj *m = (SharedMemObj *)self;
    const unsigned char *data;
    size_t size, start;
    if (args_no_kwargs("write", kwnames) < 0 || args_count("write", nargs, 2, 2) < 0 ||
        byteslike_view(args[1], &data, &size) < 0 ||
        range_arg(m, args[0], (intptr_t)size, &start) < 0)
        return NULL;
    memmove(m->data + start, data, size);
    return NEWREF(NONE);
}

static Obj *shm_len(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("size", nargs, 0, 0) < 0) return NULL;
    return small_new((intptr_t)((SharedMemObj *)self)->size);
}

static const MethodDef shm_methods[] = {
    {"read", shm_read}, {"write", shm_write}, {"size", shm_len}, {NULL},
};

static Type SharedMemType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "posix._SharedMemory",
    .size = sizeof(SharedMemObj),
    .base = &ObjectType,
    .dealloc = shm_dealloc,
    .new_ = shm_type_new,
    .methods = shm_methods,
};

static Obj *p_shared_memory(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t size;
    if (args_no_kwargs("_shared_memory", kwnames) < 0 ||
        args_count("_shared_memory", nargs, 1, 1) < 0 || intarg_ssize(args[0], &size) < 0)
        return NULL;
    if (size < 0) {
        err_set_str(&Exc_ValueError, "negative size");
        return NULL;
    }
    if (!(SharedMemType.flags & TF_READY) && type_ready(&SharedMemType) < 0) return NULL;
    void *p = mmap(NULL, size ? (size_t)size : 1, PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return posix_none_or_error(-1, NULL);
    SharedMemObj *m = (SharedMemObj *)obj_alloc(&SharedMemType, sizeof(SharedMemObj));
    if (m == NULL) {
        munmap(p, size ? (size_t)size : 1);
        return NULL;
    }
    m->data = p;
    m->size = (size_t)size;
    return (Obj *)m;
}

const MethodDef posix_shm_methods[] = {
    {"_shared_memory", p_shared_memory},
    {NULL},
};
