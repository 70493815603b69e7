/* hashlib_blake2.c: BLAKE2b and BLAKE2s (RFC 7693) with the full parameter
 * block (digest size, key, salt, personalisation, tree parameters), as the
 * types _blake2.blake2b and _blake2.blake2s that hashlib exposes.  Written
 * here rather than through OpenSSL, whose EVP interface (3.0) offers
 * neither other digest sizes nor salts without a key. */
#include <stdlib.h>
#include <string.h>
#include <gmp.h>
#include "hashlib_internal.h"
#include "args.h"
#include "array.h"
#include "blocking.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "str.h"

static const uint8_t SIGMA[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

static const uint64_t IV_B[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint32_t IV_S[8] = {
    0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
    0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
};

/* One generic engine per word size: the variant's word type, rounds,
 * rotations and block size are parameters of the macro. */
#define BLAKE2_ENGINE(S, W, ROUNDS, R1, R2, R3, R4, BLOCK, IV)                              \
    typedef struct S##State {                                                               \
        W h[8], t[2];                                                                       \
        unsigned char buf[BLOCK];                                                           \
        size_t buflen, outlen;                                                              \
        bool last_node;                                                                     \
    } S##State;                                                                             \
    static inline W S##_rot(W x, unsigned n) { return (W)((x >> n) | (x << (8 * sizeof(W) - n))); } \
    static W S##_load(const unsigned char *p) {                                             \
        W w = 0;                                                                            \
        for (size_t i = 0; i < sizeof(W); i++) w |= (W)p[i] << (8 * i);                    \
        return w;                                                                           \
    }                                                                                       \
    static void S##_compress(S##State *s, const unsigned char *block, bool last) {          \
        W m[16], v[16];                                                                     \
        for (int i = 0; i < 16; i++) m[i] = S##_load(block + i * sizeof(W));                \
        for (int i = 0; i < 8; i++) v[i] = s->h[i], v[i + 8] = IV[i];                       \
        v[12] ^= s->t[0];                                                                   \
        v[13] ^= s->t[1];                                                                   \
        if (last) {                                                                         \
            v[14] = ~v[14];                                                                 \
            if (s->last_node) v[15] = ~v[15];                                               \
        }                                                                                   \
        for (int r = 0; r < ROUNDS; r++) {                                                  \
            const uint8_t *z = SIGMA[r % 10];                                               \
            for (int i = 0; i < 8; i++) {                                                   \
                static const uint8_t idx[8][4] = {{0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, \
                    {3, 7, 11, 15}, {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}}; \
                W *a = &v[idx[i][0]], *b = &v[idx[i][1]], *c = &v[idx[i][2]], *d = &v[idx[i][3]]; \
                *a = *a + *b + m[z[2 * i]];                                                 \
                *d = S##_rot(*d ^ *a, R1);                                                  \
                *c = *c + *d;                                                               \
                *b = S##_rot(*b ^ *c, R2);                                                  \
                *a = *a + *b + m[z[2 * i + 1]];                                             \
                *d = S##_rot(*d ^ *a, R3);                                                  \
                *c = *c + *d;                                                               \
                *b = S##_rot(*b ^ *c, R4);                                                  \
            }                                                                               \
        }                                                                                   \
        for (int i = 0; i < 8; i++) s->h[i] ^= v[i] ^ v[i + 8];                             \
    }                                                                                       \
    static void S##_count(S##State *s, size_t n) {                                          \
        s->t[0] += (W)n;                                                                    \
        if (s->t[0] < (W)n) s->t[1]++;                                                      \
    }                                                                                       \
    static void S##_update(S##State *s, const unsigned char *p, size_t n) {                 \
        while (n > 0) {                                                                     \
            if (s->buflen == BLOCK) {                                                       \
                S##_count(s, BLOCK);                                                        \
                S##_compress(s, s->buf, false);                                             \
                s->buflen = 0;                                                              \
            }                                                                               \
            size_t k = BLOCK - s->buflen < n ? BLOCK - s->buflen : n;                       \
            memcpy(s->buf + s->buflen, p, k);                                               \
            s->buflen += k, p += k, n -= k;                                                 \
        }                                                                                   \
    }                                                                                       \
    static void S##_final(const S##State *in, unsigned char *out) {                         \
        S##State s = *in;                                                                   \
        S##_count(&s, s.buflen);                                                            \
        memset(s.buf + s.buflen, 0, BLOCK - s.buflen);                                      \
        S##_compress(&s, s.buf, true);                                                      \
        for (size_t i = 0; i < s.outlen; i++)                                               \
            out[i] = (unsigned char)(s.h[i / sizeof(W)] >> (8 * (i % sizeof(W))));          \
    }                                                                                       \
    static void S##_init(S##State *s, const unsigned char *param) {                         \
        memset(s, 0, sizeof *s);                                                            \
        for (int i = 0; i < 8; i++) s->h[i] = IV[i] ^ S##_load(param + i * sizeof(W));      \
        s->outlen = param[0];                                                               \
    }

BLAKE2_ENGINE(b2b, uint64_t, 12, 32, 24, 16, 63, 128, IV_B)
BLAKE2_ENGINE(b2s, uint32_t, 10, 16, 12, 8, 7, 64, IV_S)

/* ---- the Python types ------------------------------------------------------- */

typedef struct Blake2Obj {
    Obj ob;
    pthread_mutex_t lock;
    union { b2bState b; b2sState s; } st;
} Blake2Obj;

static bool is_b(const Obj *o) { return TYPE(o) == &Blake2bType; }

/* The limits of one variant, for parameters and messages. */
typedef struct Variant {
    const char *name;
    size_t max_digest, max_key, salt_size, person_size, block;
    uint64_t max_offset;
} Variant;
static const Variant VB = {"blake2b", 64, 64, 16, 16, 128, UINT64_MAX};
static const Variant VS = {"blake2s", 32, 32, 8, 8, 64, (1ULL << 48) - 1};

static void b2_update(Blake2Obj *o, const unsigned char *p, size_t n) {
    if (is_b((Obj *)o)) b2b_update(&o->st.b, p, n);
    else b2s_update(&o->st.s, p, n);
}

static int b2_feed(Blake2Obj *o, Obj *data) {
    Buffer view;
    if (hashlib_data(data, &view) < 0) return -1;
    const unsigned char *p = view.buf;
    size_t n = (size_t)view.len;
    if (n >= HASHLIB_GIL_MINSIZE) {
        BLOCKING_BEGIN("hash");
        pthread_mutex_lock(&o->lock);
        b2_update(o, p, n);
        pthread_mutex_unlock(&o->lock);
        BLOCKING_END();
    } else {
        hashlib_lock(&o->lock);
        b2_update(o, p, n);
        pthread_mutex_unlock(&o->lock);
    }
    buffer_release(&view);
    return 0;
}

/* An int parameter within [lo, hi], else ValueError "<name> must be between ...". */
static int int_param(Obj *v, intptr_t dflt, intptr_t lo, intptr_t hi, const char *msg, intptr_t *out) {
    *out = dflt;
    if (v == NULL) return 0;
    if (intarg_ssize(v, out) < 0) return -1;
    if (*out < lo || *out > hi) {
        err_set_str(&Exc_ValueError, msg);
        return -1;
    }
    return 0;
}

/* An unsigned parameter of at most `bits` bits (CPython's unsigned converters). */
static int unsigned_param(Obj *v, unsigned cbits, uint64_t max, const char *too_large, uint64_t *out) {
    *out = 0;
    if (v == NULL) return 0;
    Obj *i = obj_index(v);
    if (i == NULL) return -1;
    int sign = int_sign(i);
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    DECREF(i);
    size_t bits = mpz_sizeinbase(z, 2);
    uint64_t value = sign > 0 && bits <= 64 ? (uint64_t)mpz_getlimbn(z, 0) : 0;
    mpz_clear(z);
    if (sign < 0) {
        err_set_str(&Exc_ValueError, "value must be positive");
        return -1;
    }
    if (bits > cbits) {
        err_set_str(&Exc_OverflowError, cbits == 64 ? "int too big to convert"
                                                    : "Python int too large to convert to C unsigned long");
        return -1;
    }
    if (value > max) {
        err_set_str(&Exc_OverflowError, too_large);
        return -1;
    }
    *out = value;
    return 0;
}

static int bytes_param(Obj *v, size_t max, const char *what, BufView *out) {
    out->data = NULL;
    out->size = 0;
    if (v == NULL) return 0;
    if (buf_get(v, out) < 0) return -1;
    if (out->size > max) {
        err_format(&Exc_ValueError, "maximum %s length is %zu bytes", what, max);
        return -1;
    }
    return 0;
}

static Obj *blake2_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {
        "data", "/", "$digest_size", "$key", "$salt", "$person", "$fanout", "$depth",
        "$leaf_size", "$node_offset", "$node_depth", "$inner_size", "$last_node",
        "$usedforsecurity", NULL,
    };
    const Variant *var = t == &Blake2bType ? &VB : &VS;
    Obj *a[13];
    if (args_bind(var->name, args, nargs, kwnames, names, 0, a) < 0) return NULL;
    intptr_t digest_size, fanout, depth, node_depth, inner_size;
    uint64_t leaf_size, node_offset;
    BufView key, salt, person;
    char msg[64];
    snprintf(msg, sizeof msg, "digest_size must be between 1 and %zu bytes", var->max_digest);
    if (int_param(a[1], (intptr_t)var->max_digest, 1, (intptr_t)var->max_digest, msg, &digest_size) < 0 ||
        bytes_param(a[2], var->max_key, "key", &key) < 0 ||
        bytes_param(a[3], var->salt_size, "salt", &salt) < 0 ||
        bytes_param(a[4], var->person_size, "person", &person) < 0 ||
        int_param(a[5], 1, 0, 255, "fanout must be between 0 and 255", &fanout) < 0 ||
        int_param(a[6], 1, 1, 255, "depth must be between 1 and 255", &depth) < 0 ||
        unsigned_param(a[7], 64, UINT32_MAX, "leaf_size is too large", &leaf_size) < 0 ||
        unsigned_param(a[8], 64, var->max_offset, "node_offset is too large", &node_offset) < 0 ||
        int_param(a[9], 0, 0, 255, "node_depth must be between 0 and 255", &node_depth) < 0)
        return NULL;
    snprintf(msg, sizeof msg, "inner_size must be between 0 and is %zu", var->max_digest);
    if (int_param(a[10], 0, 0, (intptr_t)var->max_digest, msg, &inner_size) < 0) return NULL;
    int last_node = a[11] ? obj_is_true(a[11]) : 0;
    if (last_node < 0) return NULL;

    unsigned char param[64] = {0};
    param[0] = (unsigned char)digest_size;
    param[1] = (unsigned char)key.size;
    param[2] = (unsigned char)fanout;
    param[3] = (unsigned char)depth;
    for (int i = 0; i < 4; i++) param[4 + i] = (unsigned char)(leaf_size >> (8 * i));
    size_t off_bytes = t == &Blake2bType ? 8 : 6;
    for (size_t i = 0; i < off_bytes; i++) param[8 + i] = (unsigned char)(node_offset >> (8 * i));
    param[8 + off_bytes] = (unsigned char)node_depth;
    param[9 + off_bytes] = (unsigned char)inner_size;
    size_t salt_at = t == &Blake2bType ? 32 : 16;
    if (salt.size) memcpy(param + salt_at, salt.data, salt.size);
    if (person.size) memcpy(param + salt_at + var->salt_size, person.data, person.size);

    Blake2Obj *o = (Blake2Obj *)obj_alloc(t, sizeof(Blake2Obj));
    if (o == NULL) return NULL;
    pthread_mutex_init(&o->lock, NULL);
    if (t == &Blake2bType) {
        b2b_init(&o->st.b, param);
        o->st.b.last_node = last_node;
    } else {
        b2s_init(&o->st.s, param);
        o->st.s.last_node = last_node;
    }
    if (key.size) {
        unsigned char block[128] = {0};
        memcpy(block, key.data, key.size);
        b2_update(o, block, var->block);
    }
    if (a[0] != NULL && b2_feed(o, a[0]) < 0) {
        DECREF((Obj *)o);
        return NULL;
    }
    return (Obj *)o;
}

Obj *blake2_new_default(Type *t, Obj *data) {
    Obj *args[1] = {data};
    return blake2_type_new(t, args, data != NULL, NULL);
}

static void blake2_dealloc(Obj *o) {
    pthread_mutex_destroy(&((Blake2Obj *)o)->lock);
    obj_free(o);
}

static Obj *b2_method_update(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *fname = is_b(self) ? "blake2b.update" : "blake2s.update";
    if (args_no_kwargs(fname, kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return NULL;
    }
    return b2_feed((Blake2Obj *)self, args[0]) < 0 ? NULL : NEWREF(NONE);
}

/* The digest into out (at most 64 bytes); its length. */
static size_t b2_digest_into(Blake2Obj *o, unsigned char *out) {
    hashlib_lock(&o->lock);
    size_t n;
    if (is_b((Obj *)o)) {
        b2b_final(&o->st.b, out);
        n = o->st.b.outlen;
    } else {
        b2s_final(&o->st.s, out);
        n = o->st.s.outlen;
    }
    pthread_mutex_unlock(&o->lock);
    return n;
}

static Obj *b2_digest_common(Obj *self, size_t nargs, Obj *kwnames, const char *what, bool hex) {
    char fname[32];
    snprintf(fname, sizeof fname, "%s.%s", is_b(self) ? "blake2b" : "blake2s", what);
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 0) < 0) return NULL;
    unsigned char out[64];
    size_t n = b2_digest_into((Blake2Obj *)self, out);
    return hex ? hashlib_hex(out, n) : bytes_from(out, n);
}

static Obj *b2_method_digest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return b2_digest_common(self, nargs, kwnames, "digest", false);
}

static Obj *b2_method_hexdigest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return b2_digest_common(self, nargs, kwnames, "hexdigest", true);
}

static Obj *b2_method_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *fname = is_b(self) ? "blake2b.copy" : "blake2s.copy";
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 0) < 0) return NULL;
    Blake2Obj *o = (Blake2Obj *)self;
    Blake2Obj *c = (Blake2Obj *)obj_alloc(TYPE(self), sizeof(Blake2Obj));
    if (c == NULL) return NULL;
    pthread_mutex_init(&c->lock, NULL);
    hashlib_lock(&o->lock);
    c->st = o->st;
    pthread_mutex_unlock(&o->lock);
    return (Obj *)c;
}

static Obj *b2_get_name(Obj *self) { return str_from_cstr(is_b(self) ? "blake2b" : "blake2s"); }
static Obj *b2_get_digest_size(Obj *self) {
    Blake2Obj *o = (Blake2Obj *)self;
    return small_new((intptr_t)(is_b(self) ? o->st.b.outlen : o->st.s.outlen));
}
static Obj *b2_get_block_size(Obj *self) { return small_new(is_b(self) ? 128 : 64); }

static const MethodDef blake2_methods[] = {
    {"update", b2_method_update}, {"digest", b2_method_digest},
    {"hexdigest", b2_method_hexdigest}, {"copy", b2_method_copy}, {NULL},
};
static const GetSetDef blake2_getset[] = {
    {"name", b2_get_name, NULL}, {"digest_size", b2_get_digest_size, NULL},
    {"block_size", b2_get_block_size, NULL}, {NULL},
};

#define BLAKE2_TYPE(var, pyname) \
    Type var = { \
        .ob = STATIC_HEAD(&TypeType), \
        .name = "_blake2." pyname, \
        .size = sizeof(Blake2Obj), \
        .base = &ObjectType, \
        .dealloc = blake2_dealloc, \
        .new_ = blake2_type_new, \
        .methods = blake2_methods, \
        .getset = blake2_getset, \
        .doc = "Return a new BLAKE2 hash object.", \
    };
BLAKE2_TYPE(Blake2bType, "blake2b")
BLAKE2_TYPE(Blake2sType, "blake2s")

/* The class constants SALT_SIZE, PERSON_SIZE, MAX_KEY_SIZE, MAX_DIGEST_SIZE. */
int blake2_add_constants(void) {
    const Variant *vars[2] = {&VB, &VS};
    Type *types[2] = {&Blake2bType, &Blake2sType};
    for (int i = 0; i < 2; i++) {
        Obj *d = types[i]->dict;
        if (dict_set_cstr(d, "SALT_SIZE", small_new((intptr_t)vars[i]->salt_size)) < 0 ||
            dict_set_cstr(d, "PERSON_SIZE", small_new((intptr_t)vars[i]->person_size)) < 0 ||
            dict_set_cstr(d, "MAX_KEY_SIZE", small_new((intptr_t)vars[i]->max_key)) < 0 ||
            dict_set_cstr(d, "MAX_DIGEST_SIZE", small_new((intptr_t)vars[i]->max_digest)) < 0)
            return -1;
        type_modified(types[i]);
    }
    return 0;
}
