/* zlib.c: the zlib module on the system zlib: one-shot compress and
 * decompress (with level, wbits and bufsize), Compress and Decompress
 * stream objects (flush modes, copy, max_length with unconsumed_tail,
 * unused_data and eof, preset dictionaries), crc32/adler32, zlib.error and
 * the constants, with CPython's messages.  One-shot calls on large inputs
 * release the GIL while zlib works. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <gmp.h>
#include <zlib.h>
#include "modules.h"
#include "module_parts.h"
#include "zlib_internal.h"
#include "args.h"
#include "array.h"
#include "blocking.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "tuple.h"

enum { DEF_BUF_SIZE = 16384, DEF_MEM_LEVEL = 8, GIL_FREE_MIN = 64 * 1024 };

static Obj *zlib_error;

void zlib_fail(const z_stream *zs, int code, const char *what) {
    const char *msg = zs->msg;
    if (code == Z_VERSION_ERROR) msg = "library version mismatch";
    if (msg == NULL) {
        if (code == Z_BUF_ERROR) msg = "incomplete or truncated stream";
        else if (code == Z_STREAM_ERROR) msg = "inconsistent stream state";
        else if (code == Z_DATA_ERROR) msg = "invalid input data";
    }
    if (msg == NULL) err_format((Type *)zlib_error, "Error %d while %s", code, what);
    else err_format((Type *)zlib_error, "Error %d while %s: %s", code, what, msg);
}

/* ---- a growing output buffer ------------------------------------------------ */

int zout_room(ZOut *b, z_stream *zs, size_t want) {
    if (b->limit && b->size >= b->limit) return 0;
    if (b->cap - b->size < want) {
        size_t cap = b->cap ? b->cap : want;
        while (cap - b->size < want) cap *= 2;
        if (b->limit && cap > b->limit) cap = b->limit;
        unsigned char *d = realloc(b->data, cap);
        if (d == NULL) {
            err_no_memory();
            return -1;
        }
        b->data = d;
        b->cap = cap;
    }
    size_t room = b->cap - b->size;
    zs->next_out = b->data + b->size;
    zs->avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
    return 1;
}

Obj *zout_bytes(ZOut *b) {
    Obj *r = bytes_from(b->data ? b->data : (unsigned char *)"", b->size);
    free(b->data);
    return r;
}

/* A bytes-like argument; a mutable one large enough to be worked on
 * without the GIL is copied (*owned, to free). */
static int data_arg(Obj *o, const unsigned char **p, size_t *n, unsigned char **owned) {
    BufView v;
    *owned = NULL;
    if (buf_get(o, &v) < 0) return -1;
    if (!v.readonly && v.size >= GIL_FREE_MIN) {
        if ((*owned = malloc(v.size)) == NULL) {
            err_no_memory();
            return -1;
        }
        memcpy(*owned, v.data, v.size);
        v.data = *owned;
    }
    *p = v.data;
    *n = v.size;
    return 0;
}

int zlib_int_arg(Obj *o, int dflt, int *out) {
    *out = dflt;
    if (o == NULL) return 0;
    intptr_t v;
    if (intarg_ssize(o, &v) < 0) return -1;
    if (v < INT_MIN || v > INT_MAX) {
        err_set_str(&Exc_OverflowError, v < 0 ? "signed integer is less than minimum"
                                              : "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Runs deflate/inflate (step) while it fills the output, into b; its last
 * code, or INT_MIN after MemoryError. */
static int run(z_stream *zs, int (*step)(z_streamp, int), int flush, ZOut *b, size_t chunk,
               bool nogil) {
    int rc;
    do {
        if (zout_room(b, zs, chunk) < 0) return INT_MIN;
        if (nogil) BLOCKING_BEGIN("zlib");
        rc = step(zs, flush);
        if (nogil) BLOCKING_END();
        zout_took(b, zs);
    } while (zs->avail_out == 0 && (rc == Z_OK || rc == Z_BUF_ERROR));
    return rc;
}

/* ---- one-shot functions ----------------------------------------------------- */

static Obj *m_compress(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "/", "level", "wbits", NULL};
    Obj *a[3];
    int level, wbits;
    const unsigned char *p;
    size_t n;
    unsigned char *owned;
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "compress() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (args_bind("compress", args, nargs, kwnames, names, 1, a) < 0 ||
        zlib_int_arg(a[1], Z_DEFAULT_COMPRESSION, &level) < 0 || zlib_int_arg(a[2], MAX_WBITS, &wbits) < 0 ||
        data_arg(a[0], &p, &n, &owned) < 0)
        return NULL;
    z_stream zs = {0};
    int rc = deflateInit2(&zs, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (rc != Z_OK) {
        free(owned);
        if (rc == Z_MEM_ERROR) err_set_str(&Exc_MemoryError, "Out of memory while compressing data");
        else if (rc == Z_STREAM_ERROR) err_set_str((Type *)zlib_error, "Bad compression level");
        else zlib_fail(&zs, rc, "compressing data");
        deflateEnd(&zs);
        return NULL;
    }
    ZOut b = {0};
    zs.next_in = (Bytef *)p;
    size_t left = n;
    bool nogil = n >= GIL_FREE_MIN;
    do {
        uInt take = left > UINT_MAX ? UINT_MAX : (uInt)left;
        zs.next_in = (Bytef *)p + (n - left);
        zs.avail_in = take;
        left -= take;
        rc = run(&zs, deflate, left ? Z_NO_FLUSH : Z_FINISH, &b, DEF_BUF_SIZE, nogil);
    } while (left > 0 && rc >= 0);
    deflateEnd(&zs);
    free(owned);
    if (rc == INT_MIN || rc != Z_STREAM_END) {
        free(b.data);
        if (rc != INT_MIN) zlib_fail(&zs, rc, "compressing data");
        return NULL;
    }
    return zout_bytes(&b);
}

static Obj *m_decompress(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "/", "wbits", "bufsize", NULL};
    Obj *a[3];
    int wbits;
    intptr_t bufsize = DEF_BUF_SIZE;
    const unsigned char *p;
    size_t n;
    unsigned char *owned;
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "decompress() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (args_bind("decompress", args, nargs, kwnames, names, 1, a) < 0 ||
        zlib_int_arg(a[1], MAX_WBITS, &wbits) < 0 || (a[2] != NULL && intarg_ssize(a[2], &bufsize) < 0))
        return NULL;
    if (bufsize < 0) {
        err_set_str(&Exc_ValueError, "bufsize must be non-negative");
        return NULL;
    }
    if (data_arg(a[0], &p, &n, &owned) < 0) return NULL;
    z_stream zs = {0};
    int rc = inflateInit2(&zs, wbits);
    if (rc != Z_OK) {
        free(owned);
        if (rc == Z_MEM_ERROR) err_set_str(&Exc_MemoryError, "Out of memory while decompressing data");
        else zlib_fail(&zs, rc, "preparing to decompress data");
        inflateEnd(&zs);
        return NULL;
    }
    ZOut b = {0};
    size_t left = n;
    bool nogil = n >= GIL_FREE_MIN;
    do {
        uInt take = left > UINT_MAX ? UINT_MAX : (uInt)left;
        zs.next_in = (Bytef *)p + (n - left);
        zs.avail_in = take;
        left -= take;
        rc = run(&zs, inflate, left ? Z_NO_FLUSH : Z_FINISH, &b, bufsize ? (size_t)bufsize : 1, nogil);
        if (rc == Z_BUF_ERROR && zs.avail_in == 0 && left > 0) rc = Z_OK;
    } while (left > 0 && rc >= 0 && rc != Z_STREAM_END);
    free(owned);
    if (rc != Z_STREAM_END) {
        free(b.data);
        if (rc != INT_MIN) zlib_fail(&zs, rc == Z_OK ? Z_BUF_ERROR : rc, "decompressing data");
        inflateEnd(&zs);
        return NULL;
    }
    inflateEnd(&zs);
    return zout_bytes(&b);
}

/* crc32/adler32(data, value): value masked to 32 bits, as CPython. */
static Obj *checksum(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, uLong start,
                     uLong (*fn)(uLong, const Bytef *, uInt)) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 2) < 0) return NULL;
    BufView v;
    if (buf_get(args[0], &v) < 0) return NULL;
    uLong value = start;
    if (nargs == 2) {
        Obj *i = obj_index(args[1]);
        if (i == NULL) return NULL;
        mpz_t z;
        mpz_init(z);
        int_to_mpz(i, z);
        DECREF(i);
        mpz_fdiv_r_2exp(z, z, 32);
        value = (uLong)mpz_get_ui(z);
        mpz_clear(z);
    }
    const unsigned char *p = v.data;
    size_t n = v.size;
    if (n >= GIL_FREE_MIN && v.readonly) {
        BLOCKING_BEGIN("zlib");
        for (; n > 0;) {
            uInt k = n > 0x40000000u ? 0x40000000u : (uInt)n;
            value = fn(value, p, k);
            p += k, n -= k;
        }
        BLOCKING_END();
    } else {
        for (; n > 0;) {
            uInt k = n > 0x40000000u ? 0x40000000u : (uInt)n;
            value = fn(value, p, k);
            p += k, n -= k;
        }
    }
    return int_from_u64(value & 0xffffffffu);
}

static Obj *m_crc32(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return checksum("crc32", args, nargs, kwnames, 0, crc32);
}

static Obj *m_adler32(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return checksum("adler32", args, nargs, kwnames, 1, adler32);
}

/* ---- stream objects (zlib_stream.c) ----------------------------------------- */

extern Type ZlibCompressType, ZlibDecompressType;

static const MethodDef module_functions[] = {
    {"compress", m_compress}, {"decompress", m_decompress}, {"crc32", m_crc32},
    {"adler32", m_adler32}, {"compressobj", zlib_compressobj},
    {"decompressobj", zlib_decompressobj}, {NULL},
};

static const IntConstant constants[] = {
    {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", DEF_MEM_LEVEL},
    {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
    {"Z_TREES", Z_TREES}, {NULL, 0},
};

Obj *zlib_module_init(void) {
    if (type_ready(&ZlibCompressType) < 0 || type_ready(&ZlibDecompressType) < 0) return NULL;
    if (zlib_error == NULL &&
        (zlib_error = module_new_exception("zlib", "error", (Obj *)&Exc_Exception)) == NULL)
        return NULL;
    Obj *m = module_new("zlib");
    if (m == NULL) return NULL;
    Obj *ver = str_from_cstr(ZLIB_VERSION), *rver = str_from_cstr(zlibVersion());
    int bad = ver == NULL || rver == NULL || module_add_functions(m, module_functions) < 0 ||
              module_add_obj(m, "error", zlib_error) < 0 ||
              module_add_obj(m, "ZLIB_VERSION", ver) < 0 ||
              module_add_obj(m, "ZLIB_RUNTIME_VERSION", rver) < 0 ||
              module_add_constants(m, constants) < 0;
    XDECREF(ver);
    XDECREF(rver);
    if (bad) {
        DECREF(m);
        return NULL;
    }
    return m;
}
