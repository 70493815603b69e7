/* random.c: the _random module: _random.Random, the Mersenne Twister
 * (MT19937) generator that random.Random builds on.  Seeding, random() and
 * getrandbits() follow CPython's _random so that the same int seed gives the
 * same sequence.  Also _sha512_digest, for random's str and bytes seeds. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include "modules.h"
#include "args.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "intarg.h"
#include "bytes.h"
#include "sha512.h"
#include "tuple.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct RandomObj {
    Obj ob;
    int index;              /* next word of mt to temper; MT_N: twist first */
    uint32_t mt[MT_N];
} RandomObj;

Type RandomType;

/* ---- the generator ----------------------------------------------------- */

static void init_genrand(RandomObj *r, uint32_t s) {
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

/* Seeds from a key of 32-bit words, as the reference init_by_array. */
static void init_by_array(RandomObj *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        if (++i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (++j >= len) j = 0;
    }
    for (int k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        if (++i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000u;
}

static void twist(RandomObj *r) {
    uint32_t *mt = r->mt;
    for (int k = 0; k < MT_N; k++) {
        uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % MT_N] & 0x7fffffffu);
        mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    r->index = 0;
}

static inline uint32_t genrand(RandomObj *r) {
    if (r->index >= MT_N) {
        if (r->index > MT_N) init_genrand(r, 5489u);   /* never seeded */
        twist(r);
    }
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

/* ---- seeding ----------------------------------------------------------- */

static int seed_urandom(RandomObj *r) {
    uint32_t key[MT_N];
    unsigned char *p = (unsigned char *)key;
    for (size_t got = 0; got < sizeof key;) {
        ssize_t n = getrandom(p + got, sizeof key - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err_set_from_errno(NULL);
            return -1;
        }
        got += (size_t)n;
    }
    init_by_array(r, key, MT_N);
    return 0;
}

/* Seeds from abs(n) split into 32-bit words, least significant first. */
static int seed_int(RandomObj *r, Obj *n) {
    if (is_small(n)) {
        intptr_t v = small_value(n);
        uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        uint32_t key[2] = {(uint32_t)a, (uint32_t)(a >> 32)};
        init_by_array(r, key, key[1] ? 2 : 1);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    mpz_abs(z, z);
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32, count = 0;
    uint32_t *key = calloc(words ? words : 1, sizeof *key);
    if (key == NULL) {
        mpz_clear(z);
        err_no_memory();
        return -1;
    }
    mpz_export(key, &count, -1, sizeof *key, 0, 0, z);
    mpz_clear(z);
    init_by_array(r, key, count ? count : 1);
    free(key);
    return 0;
}

/* None: from the system's entropy; an int: its absolute value; anything
 * else: its hash. */
static int seed_obj(RandomObj *r, Obj *arg) {
    if (arg == NULL || arg == NONE) return seed_urandom(r);
    if (is_int(arg)) return seed_int(r, arg);
    intptr_t h = obj_hash(arg);
    if (h == -1 && err_occurred()) return -1;
    Obj *n = int_from_i64(h);
    if (n == NULL) return -1;
    int rc = seed_int(r, n);
    DECREF(n);
    return rc;
}

/* ---- methods ----------------------------------------------------------- */

static Obj *random_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (t == &RandomType && args_no_kwargs("Random", kwnames) < 0) return NULL;
    if (nargs > 1) {
        err_set_str(&Exc_TypeError, "Random() requires 0 or 1 argument");
        return NULL;
    }
    RandomObj *r = (RandomObj *)obj_alloc(t, t->size);
    if (r == NULL) return NULL;
    r->index = MT_N + 1;
    /* Subclasses seed in __init__ (random.Random calls self.seed). */
    if (t == &RandomType && seed_obj(r, nargs ? args[0] : NULL) < 0) {
        DECREF((Obj *)r);
        return NULL;
    }
    return (Obj *)r;
}

static Obj *r_seed(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("seed", kwnames) < 0 || args_count("seed", nargs, 0, 1) < 0) return NULL;
    if (seed_obj((RandomObj *)self, nargs ? args[0] : NULL) < 0) return NULL;
    return NEWREF(NONE);
}

/* A float in [0, 1) from 53 random bits: two draws, 27 and 26 bits. */
static Obj *r_random(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("random", nargs, 0, 0) < 0) return NULL;
    RandomObj *r = (RandomObj *)self;
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Obj *r_getrandbits(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t k;
    if (args_no_kwargs("getrandbits", kwnames) < 0 || args_count("getrandbits", nargs, 1, 1) < 0 ||
        intarg_ssize(args[0], &k) < 0)
        return NULL;
    if (k < 0) {
        err_set_str(&Exc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    RandomObj *r = (RandomObj *)self;
    if (k == 0) return small_new(0);
    if (k <= 32) return small_new((intptr_t)(genrand(r) >> (32 - k)));
    if (k <= 64) {
        uint64_t lo = genrand(r), hi = genrand(r);
        if (k < 64) hi >>= 64 - k;
        return int_from_u64(lo | hi << 32);
    }
    size_t words = ((size_t)k + 31) / 32;
    uint32_t *buf = malloc(words * sizeof *buf);
    if (buf == NULL) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand(r);
        buf[i] = k < 32 ? w >> (32 - k) : w;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof *buf, 0, 0, buf);
    free(buf);
    Obj *res = int_from_mpz(z);
    mpz_clear(z);
    return res;
}

/* (mt[0], ..., mt[623], index) */
static Obj *r_getstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("getstate", nargs, 0, 0) < 0) return NULL;
    RandomObj *r = (RandomObj *)self;
    Obj *t = tuple_new(MT_N + 1);
    if (t == NULL) return NULL;
    for (int i = 0; i < MT_N; i++) ((TupleObj *)t)->items[i] = small_new(r->mt[i]);
    ((TupleObj *)t)->items[MT_N] = small_new(r->index > MT_N ? MT_N : r->index);
    return t;
}

static Obj *r_setstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("setstate", kwnames) < 0 || args_count("setstate", nargs, 1, 1) < 0)
        return NULL;
    Obj *state = args[0];
    if (!type_has(TYPE(state), TF_TUPLE_SUBCLASS)) {
        err_set_str(&Exc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (tuple_size(state) != MT_N + 1) {
        err_set_str(&Exc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Obj *w = tuple_get(state, (size_t)i);
        if (!is_int(w)) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(w));
            return NULL;
        }
        int overflow = 0;
        int64_t v = int_as_i64(w, &overflow);
        if (overflow || v < 0 || v > 0xffffffffLL) {
            err_set_str(&Exc_OverflowError, v < 0 && !overflow
                        ? "can't convert negative value to unsigned int"
                        : "Python int too large to convert to C unsigned long");
            return NULL;
        }
        mt[i] = (uint32_t)v;
    }
    intptr_t index;
    if (intarg_ssize(tuple_get(state, MT_N), &index) < 0) return NULL;
    if (index < 0 || index > MT_N) {
        err_set_str(&Exc_ValueError, "invalid state");
        return NULL;
    }
    RandomObj *r = (RandomObj *)self;
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int)index;
    return NEWREF(NONE);
}

static const MethodDef random_methods[] = {
    {"seed", r_seed}, {"random", r_random}, {"getrandbits", r_getrandbits},
    {"getstate", r_getstate}, {"setstate", r_setstate}, {NULL},
};

/* _sha512_digest(data): the 64-byte SHA-512 digest of a bytes-like object;
 * random.seed() turns str and bytes seeds into ints with it, as CPython. */
static Obj *m_sha512_digest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const unsigned char *data;
    size_t size;
    if (args_no_kwargs("_sha512_digest", kwnames) < 0 ||
        args_count("_sha512_digest", nargs, 1, 1) < 0 || byteslike_view(args[0], &data, &size) < 0)
        return NULL;
    uint8_t digest[64];
    digest_sha512(data, size, digest);
    return bytes_from(digest, sizeof digest);
}

static const MethodDef module_methods[] = {{"_sha512_digest", m_sha512_digest}, {NULL}};

static void random_dealloc(Obj *o) { obj_free(o); }

Type RandomType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_random.Random",
    .size = sizeof(RandomObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = random_dealloc,
    .new_ = random_new,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

Obj *random_module_init(void) {
    Obj *m = module_new("_random");
    if (m == NULL) return NULL;
    if (type_ready(&RandomType) < 0 || module_add_obj(m, "Random", (Obj *)&RandomType) < 0 ||
        module_add_functions(m, module_methods) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
