/* zlib_stream.c: zlib's stream objects: zlib.Compress (compressobj) and
 * zlib.Decompress (decompressobj), with flush modes, copies, max_length,
 * unconsumed_tail, unused_data, eof and preset dictionaries.  Each object
 * has a lock; large inputs are worked on with the GIL released, their
 * buffer view held meanwhile. */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "args.h"
#include "array.h"
#include "blocking.h"
#include "buffer.h"
#include "bytes.h"
#include "err.h"
#include "intarg.h"
#include "str.h"
#include "zlib_internal.h"

Type ZlibCompressType, ZlibDecompressType;

typedef struct ZObj {
    Obj ob;
    z_stream zs;
    bool inited, eof;
    Obj *unused_data, *unconsumed_tail;   /* bytes (Decompress) */
    Obj *zdict;                           /* bytes or NULL */
    pthread_mutex_t lock;                 /* one call at a time (the GIL may be released) */
    bool nogil;                           /* this call works without the GIL */
} ZObj;

/* Inputs at least this large are worked on with the GIL released. */
enum { ZS_GIL_FREE_MIN = 64 * 1024 };

static void zlock(ZObj *z) {
    if (pthread_mutex_trylock(&z->lock) == 0) return;
    BLOCKING_BEGIN("zlib lock");
    pthread_mutex_lock(&z->lock);
    BLOCKING_END();
}

static void zunlock(ZObj *z) { pthread_mutex_unlock(&z->lock); }


static ZObj *zobj_new(Type *t) {
    ZObj *z = (ZObj *)obj_alloc(t, sizeof(ZObj));
    if (z == NULL) return NULL;
    pthread_mutex_init(&z->lock, NULL);
    z->unused_data = bytes_from("", 0);
    z->unconsumed_tail = bytes_from("", 0);
    if (z->unused_data == NULL || z->unconsumed_tail == NULL) {
        DECREF((Obj *)z);
        return NULL;
    }
    return z;
}

static void zobj_dealloc(Obj *o) {
    ZObj *z = (ZObj *)o;
    if (z->inited) {
        if (TYPE(o) == &ZlibCompressType) deflateEnd(&z->zs);
        else inflateEnd(&z->zs);
    }
    XDECREF(z->unused_data);
    XDECREF(z->unconsumed_tail);
    XDECREF(z->zdict);
    pthread_mutex_destroy(&z->lock);
    obj_free(o);
}

/* The room each step of a stream object's work gives zlib to write in. */
enum { ZS_CHUNK = 16384 };

/* ---- Compress --------------------------------------------------------------- */

Obj *zlib_compressobj(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict", NULL};
    Obj *a[6];
    int level, method, wbits, memlevel, strategy;
    BufView dict = {0};
    if (args_bind("compressobj", args, nargs, kwnames, names, 0, a) < 0 ||
        zlib_int_arg(a[0], Z_DEFAULT_COMPRESSION, &level) < 0 || zlib_int_arg(a[1], Z_DEFLATED, &method) < 0 ||
        zlib_int_arg(a[2], MAX_WBITS, &wbits) < 0 || zlib_int_arg(a[3], 8, &memlevel) < 0 ||
        zlib_int_arg(a[4], Z_DEFAULT_STRATEGY, &strategy) < 0 ||
        (a[5] != NULL && a[5] != NONE && buf_get(a[5], &dict) < 0))
        return NULL;
    ZObj *z = zobj_new(&ZlibCompressType);
    if (z == NULL) return NULL;
    int rc = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (rc == Z_OK) {
        z->inited = true;
        if (dict.data != NULL) rc = deflateSetDictionary(&z->zs, dict.data, (uInt)dict.size);
        if (rc == Z_OK) return (Obj *)z;
    }
    if (rc == Z_MEM_ERROR) err_set_str(&Exc_MemoryError, "Can't allocate memory for compression object");
    else if (rc == Z_STREAM_ERROR) err_set_str(&Exc_ValueError, "Invalid initialization option");
    else zlib_fail(&z->zs, rc, "creating compression object");
    DECREF((Obj *)z);
    return NULL;
}

/* deflate(mode) over all of [p, p+n), collecting the output. */
static Obj *deflate_all(ZObj *z, const unsigned char *p, size_t n, int mode, const char *what) {
    if (!z->inited) {
        zlib_fail(&z->zs, Z_STREAM_ERROR, what);
        return NULL;
    }
    ZOut b = {0};
    int rc = Z_OK;
    size_t left = n;
    do {
        uInt take = left > UINT_MAX ? UINT_MAX : (uInt)left;
        z->zs.next_in = (Bytef *)p + (n - left);
        z->zs.avail_in = take;
        left -= take;
        int flush = left ? Z_NO_FLUSH : mode;
        do {
            if (zout_room(&b, &z->zs, ZS_CHUNK) < 0) {
                free(b.data);
                return NULL;
            }
            if (z->nogil) BLOCKING_BEGIN("zlib");
            rc = deflate(&z->zs, flush);
            if (z->nogil) BLOCKING_END();
            zout_took(&b, &z->zs);
        } while (z->zs.avail_out == 0 && rc == Z_OK);
        if (rc == Z_BUF_ERROR && z->zs.avail_out != 0) rc = Z_OK;   /* nothing to do */
    } while (left > 0 && rc == Z_OK);
    if (rc != Z_OK && rc != Z_STREAM_END) {
        free(b.data);
        zlib_fail(&z->zs, rc, what);
        return NULL;
    }
    if (rc == Z_STREAM_END && mode == Z_FINISH) {
        deflateEnd(&z->zs);
        z->inited = false;
    }
    return zout_bytes(&b);
}

static Obj *c_compress(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("compress", kwnames) < 0 || args_count("compress", nargs, 1, 1) < 0) return NULL;
    Buffer view;   /* held: the data stays put while zlib reads it without the GIL */
    if (buffer_get(args[0], &view, BUF_SIMPLE) < 0) return NULL;
    ZObj *z = (ZObj *)self;
    zlock(z);
    z->nogil = view.len >= ZS_GIL_FREE_MIN;
    Obj *r = deflate_all(z, view.buf, (size_t)view.len, Z_NO_FLUSH, "compressing data");
    z->nogil = false;
    zunlock(z);
    buffer_release(&view);
    return r;
}

static Obj *c_flush(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("flush", kwnames) < 0 || args_count("flush", nargs, 0, 1) < 0) return NULL;
    int mode;
    if (zlib_int_arg(nargs ? args[0] : NULL, Z_FINISH, &mode) < 0) return NULL;
    if (mode == Z_NO_FLUSH) return bytes_from("", 0);
    ZObj *z = (ZObj *)self;
    zlock(z);
    Obj *r = deflate_all(z, (const unsigned char *)"", 0, mode, "flushing");
    zunlock(z);
    return r;
}

static Obj *z_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("copy", nargs, 0, 0) < 0) return NULL;
    ZObj *z = (ZObj *)self;
    if (!z->inited) {
        err_set_str(&Exc_ValueError, "Inconsistent stream state");
        return NULL;
    }
    ZObj *c = zobj_new(TYPE(self));
    if (c == NULL) return NULL;
    bool deflating = TYPE(self) == &ZlibCompressType;
    zlock(z);
    int rc = deflating ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    zunlock(z);
    if (rc != Z_OK) {
        DECREF((Obj *)c);
        if (rc == Z_STREAM_ERROR) err_set_str(&Exc_ValueError, "Inconsistent stream state");
        else if (rc == Z_MEM_ERROR) err_set_str(&Exc_MemoryError, "Can't allocate memory for compression object");
        else zlib_fail(&z->zs, rc, "copying compression object");
        return NULL;
    }
    c->inited = true;
    c->eof = z->eof;
    SETREF(c->unused_data, NEWREF(z->unused_data));
    SETREF(c->unconsumed_tail, NEWREF(z->unconsumed_tail));
    c->zdict = z->zdict ? NEWREF(z->zdict) : NULL;
    return (Obj *)c;
}

/* ---- Decompress ------------------------------------------------------------- */

Obj *zlib_decompressobj(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"wbits", "zdict", NULL};
    Obj *a[2];
    int wbits;
    if (args_bind("decompressobj", args, nargs, kwnames, names, 0, a) < 0 ||
        zlib_int_arg(a[0], MAX_WBITS, &wbits) < 0)
        return NULL;
    BufView dict = {0};
    if (a[1] != NULL && !buf_try(a[1], &dict)) {
        err_set_str(&Exc_TypeError, "zdict argument must support the buffer protocol");
        return NULL;
    }
    ZObj *z = zobj_new(&ZlibDecompressType);
    if (z == NULL) return NULL;
    if (a[1] != NULL && (z->zdict = bytes_from(dict.data, dict.size)) == NULL) {
        DECREF((Obj *)z);
        return NULL;
    }
    int rc = inflateInit2(&z->zs, wbits);
    if (rc == Z_OK) {
        z->inited = true;
        if (z->zdict != NULL && wbits < 0)   /* raw streams take the dictionary now */
            rc = inflateSetDictionary(&z->zs, ((BytesObj *)z->zdict)->data,
                                      (uInt)((BytesObj *)z->zdict)->size);
        if (rc == Z_OK) return (Obj *)z;
    }
    if (rc == Z_MEM_ERROR) err_set_str(&Exc_MemoryError, "Can't allocate memory for decompression object");
    else if (rc == Z_STREAM_ERROR) err_set_str(&Exc_ValueError, "Invalid initialization option");
    else zlib_fail(&z->zs, rc, "creating decompression object");
    DECREF((Obj *)z);
    return NULL;
}

/* inflate over [p, p+n) with at most `limit` bytes out (0: no limit);
 * updates eof, unused_data and unconsumed_tail. */
static Obj *inflate_some(ZObj *z, const unsigned char *p, size_t n, size_t limit, int flush) {
    if (!z->inited) {
        zlib_fail(&z->zs, Z_STREAM_ERROR, "decompressing data");
        return NULL;
    }
    ZOut b = {.limit = limit};
    z->zs.next_in = (Bytef *)p;
    z->zs.avail_in = n > UINT_MAX ? UINT_MAX : (uInt)n;
    int rc = Z_OK;
    for (;;) {
        int room = zout_room(&b, &z->zs, ZS_CHUNK);
        if (room < 0) {
            free(b.data);
            return NULL;
        }
        if (room == 0) break;
        if (z->nogil) BLOCKING_BEGIN("zlib");
        rc = inflate(&z->zs, flush);
        if (z->nogil) BLOCKING_END();
        zout_took(&b, &z->zs);
        if (rc == Z_NEED_DICT && z->zdict != NULL) {
            rc = inflateSetDictionary(&z->zs, ((BytesObj *)z->zdict)->data,
                                      (uInt)((BytesObj *)z->zdict)->size);
            if (rc == Z_OK) continue;
        }
        if (rc != Z_OK) break;
        if (z->zs.avail_out != 0) break;    /* input used up */
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR && rc != Z_STREAM_END) {
        free(b.data);
        zlib_fail(&z->zs, rc, "decompressing data");
        return NULL;
    }
    /* As CPython: at the end of the stream what is left joins unused_data;
     * the unconsumed tail is what is left when output stopped early (kept
     * too at the end of the stream if the call started from a tail). */
    size_t used = (size_t)(z->zs.next_in - p), left = n - used;
    bool had_tail = ((BytesObj *)z->unconsumed_tail)->size > 0;
    if (rc == Z_STREAM_END) {
        z->eof = true;
        if (left > 0) {
            size_t old = ((BytesObj *)z->unused_data)->size;
            Obj *joined = bytes_new_raw(old + left);
            if (joined == NULL) {
                free(b.data);
                return NULL;
            }
            memcpy(((BytesObj *)joined)->data, ((BytesObj *)z->unused_data)->data, old);
            memcpy(((BytesObj *)joined)->data + old, p + used, left);
            SETREF(z->unused_data, joined);
        }
    }
    if ((rc != Z_STREAM_END && left > 0) || had_tail) {
        Obj *rest = bytes_from(p + used, left);
        if (rest == NULL) {
            free(b.data);
            return NULL;
        }
        SETREF(z->unconsumed_tail, rest);
    }
    return zout_bytes(&b);
}

static Obj *d_decompress(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "/", "max_length", NULL};
    Obj *a[2];
    intptr_t max_length = 0;
    if (args_bind("decompress", args, nargs, kwnames, names, 1, a) < 0 ||
        (a[1] != NULL && intarg_ssize(a[1], &max_length) < 0))
        return NULL;
    if (max_length < 0) {
        err_set_str(&Exc_ValueError, "max_length must be non-negative");
        return NULL;
    }
    Buffer view;   /* held: it may be the unconsumed_tail this call replaces */
    if (buffer_get(a[0], &view, BUF_SIMPLE) < 0) return NULL;
    ZObj *z = (ZObj *)self;
    zlock(z);
    z->nogil = view.len >= ZS_GIL_FREE_MIN;
    Obj *r = inflate_some(z, view.buf, (size_t)view.len, (size_t)max_length, Z_SYNC_FLUSH);
    z->nogil = false;
    zunlock(z);
    buffer_release(&view);
    return r;
}

static Obj *d_flush(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("flush", kwnames) < 0 || args_count("flush", nargs, 0, 1) < 0) return NULL;
    intptr_t length = 16384;
    if (nargs && intarg_ssize(args[0], &length) < 0) return NULL;
    if (length <= 0) {
        err_set_str(&Exc_ValueError, "length must be greater than zero");
        return NULL;
    }
    ZObj *z = (ZObj *)self;
    zlock(z);
    Obj *tail = NEWREF(z->unconsumed_tail);
    z->nogil = ((BytesObj *)tail)->size >= ZS_GIL_FREE_MIN;
    Obj *r = inflate_some(z, ((BytesObj *)tail)->data, ((BytesObj *)tail)->size, 0, Z_FINISH);
    z->nogil = false;
    DECREF(tail);
    zunlock(z);
    return r;
}

static Obj *d_get_unused_data(Obj *self) { return NEWREF(((ZObj *)self)->unused_data); }
static Obj *d_get_unconsumed_tail(Obj *self) { return NEWREF(((ZObj *)self)->unconsumed_tail); }
static Obj *d_get_eof(Obj *self) { return NEWREF(bool_from(((ZObj *)self)->eof)); }

static Obj *z_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
    return NULL;
}

static const MethodDef compress_methods[] = {
    {"compress", c_compress}, {"flush", c_flush}, {"copy", z_copy}, {"__copy__", z_copy}, {NULL},
};
static const MethodDef decompress_methods[] = {
    {"decompress", d_decompress}, {"flush", d_flush}, {"copy", z_copy}, {"__copy__", z_copy}, {NULL},
};
static const GetSetDef decompress_getset[] = {
    {"unused_data", d_get_unused_data, NULL}, {"unconsumed_tail", d_get_unconsumed_tail, NULL},
    {"eof", d_get_eof, NULL}, {NULL},
};

Type ZlibCompressType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "zlib.Compress",
    .size = sizeof(ZObj),
    .base = &ObjectType,
    .dealloc = zobj_dealloc,
    .new_ = z_type_new,
    .methods = compress_methods,
};

Type ZlibDecompressType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "zlib.Decompress",
    .size = sizeof(ZObj),
    .base = &ObjectType,
    .dealloc = zobj_dealloc,
    .new_ = z_type_new,
    .methods = decompress_methods,
    .getset = decompress_getset,
};
