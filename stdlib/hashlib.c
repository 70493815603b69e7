/* hashlib.c: the _hashlib module behind hashlib: hash objects on OpenSSL's
 * EVP digests (_hashlib.HASH, and _hashlib.HASHXOF for the SHAKEs), the
 * openssl_<name> constructors, new(), compare_digest() and the helpers the
 * module's other files share.  Large updates release the GIL (each object
 * has its own lock, as in CPython), so threads hashing big buffers run in
 * parallel.  BLAKE2 is hashlib_blake2.c, the key derivations hashlib_kdf.c. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/err.h>
#include "hashlib_internal.h"
#include "modules.h"
#include "module_parts.h"
#include "args.h"
#include "array.h"
#include "blocking.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* ---- digest names ----------------------------------------------------------- */

static struct {
    const char *py, *ossl;
    const EVP_MD *md;       /* fetched on first use */
    bool tried;
} md_names[] = {
    {"md5", "MD5"}, {"sha1", "SHA1"}, {"sha224", "SHA224"}, {"sha256", "SHA256"},
    {"sha384", "SHA384"}, {"sha512", "SHA512"}, {"sha512_224", "SHA512-224"},
    {"sha512_256", "SHA512-256"}, {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"},
    {"sha3_384", "SHA3-384"}, {"sha3_512", "SHA3-512"}, {"shake_128", "SHAKE128"},
    {"shake_256", "SHAKE256"}, {"blake2b", "BLAKE2B-512"}, {"blake2s", "BLAKE2S-256"},
    {"ripemd160", "RIPEMD160"}, {"md5-sha1", "MD5-SHA1"}, {"sm3", "SM3"},
};
enum { N_MD_NAMES = sizeof md_names / sizeof md_names[0] };

const EVP_MD *hashlib_md(const char *name, const char **pyname) {
    char lower[32];
    size_t n = strlen(name);
    if (n >= sizeof lower) return NULL;
    for (size_t i = 0; i <= n; i++) lower[i] = (char)tolower((unsigned char)name[i]);
    for (size_t i = 0; i < N_MD_NAMES; i++) {
        if (strcmp(lower, md_names[i].py) != 0) continue;
        if (!md_names[i].tried) {
            md_names[i].md = EVP_MD_fetch(NULL, md_names[i].ossl, NULL);
            md_names[i].tried = true;
            ERR_clear_error();
        }
        if (pyname) *pyname = md_names[i].py;
        return md_names[i].md;
    }
    return NULL;
}

/* ---- shared helpers --------------------------------------------------------- */

int hashlib_data(Obj *o, Buffer *view) {
    if (!buffer_check(o)) {
        err_set_str(&Exc_TypeError, is_str(o) ? "Strings must be encoded before hashing"
                                              : "object supporting the buffer API required");
        return -1;
    }
    return buffer_get(o, view, BUF_SIMPLE);
}

void hashlib_lock(pthread_mutex_t *m) {
    if (pthread_mutex_trylock(m) == 0) return;
    BLOCKING_BEGIN("hash lock");
    pthread_mutex_lock(m);
    BLOCKING_END();
}

Obj *hashlib_unsupported_error;

void hashlib_openssl_error(Type *type, const char *msg) {
    unsigned long e = ERR_peek_last_error();
    ERR_clear_error();
    if (e == 0) {
        err_set_str(type, msg);
        return;
    }
    const char *lib = ERR_lib_error_string(e), *reason = ERR_reason_error_string(e);
    if (reason != NULL && ERR_GET_REASON(e) == EVP_R_UNSUPPORTED_ALGORITHM)
        type = (Type *)hashlib_unsupported_error;
    if (lib != NULL && reason != NULL) err_format(type, "[%s] %s", lib, reason);
    else if (reason != NULL) err_set_str(type, reason);
    else err_set_str(type, "no reason supplied");
}

Obj *hashlib_hex(const unsigned char *data, size_t n) {
    static const char digits[] = "0123456789abcdef";
    if (n == 0) return str_from("", 0);
    char small[256], *buf = 2 * n <= sizeof small ? small : malloc(2 * n + 1);
    if (buf == NULL) {
        err_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        buf[2 * i] = digits[data[i] >> 4];
        buf[2 * i + 1] = digits[data[i] & 15];
    }
    Obj *r = str_from(buf, 2 * n);
    if (buf != small) free(buf);
    return r;
}

/* ---- HASH objects ----------------------------------------------------------- */

typedef struct HashObj {
    Obj ob;
    EVP_MD_CTX *ctx;
    const char *name;
    pthread_mutex_t lock;
} HashObj;

static Type HashType, HashXofType;

static HashObj *hash_alloc(const EVP_MD *md, const char *name) {
    bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    HashObj *h = (HashObj *)obj_alloc(xof ? &HashXofType : &HashType, sizeof(HashObj));
    if (h == NULL) return NULL;
    pthread_mutex_init(&h->lock, NULL);
    h->name = name;
    h->ctx = EVP_MD_CTX_new();
    if (h->ctx == NULL || !EVP_DigestInit_ex(h->ctx, md, NULL)) {
        DECREF((Obj *)h);
        hashlib_openssl_error(&Exc_ValueError, "digest initialisation failed");
        return NULL;
    }
    return h;
}

static void hash_dealloc(Obj *o) {
    HashObj *h = (HashObj *)o;
    EVP_MD_CTX_free(h->ctx);
    pthread_mutex_destroy(&h->lock);
    obj_free(o);
}

static int hash_feed(HashObj *h, Obj *data) {
    Buffer view;
    if (hashlib_data(data, &view) < 0) return -1;
    int ok;
    if (view.len >= HASHLIB_GIL_MINSIZE) {
        BLOCKING_BEGIN("hash");
        pthread_mutex_lock(&h->lock);
        ok = EVP_DigestUpdate(h->ctx, view.buf, (size_t)view.len);
        pthread_mutex_unlock(&h->lock);
        BLOCKING_END();
    } else {
        hashlib_lock(&h->lock);
        ok = EVP_DigestUpdate(h->ctx, view.buf, (size_t)view.len);
        pthread_mutex_unlock(&h->lock);
    }
    buffer_release(&view);
    if (!ok) {
        hashlib_openssl_error(&Exc_ValueError, "digest update failed");
        return -1;
    }
    return 0;
}

/* A copy of the context, taken under the object's lock. */
static EVP_MD_CTX *hash_ctx_copy(HashObj *h) {
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    hashlib_lock(&h->lock);
    int ok = c != NULL && EVP_MD_CTX_copy_ex(c, h->ctx);
    pthread_mutex_unlock(&h->lock);
    if (!ok) {
        EVP_MD_CTX_free(c);
        hashlib_openssl_error(&Exc_ValueError, "digest copy failed");
        return NULL;
    }
    return c;
}

/* The digest (length: for XOFs) into out; -1 with an exception. */
static int hash_final(HashObj *h, unsigned char *out, size_t length) {
    EVP_MD_CTX *c = hash_ctx_copy(h);
    if (c == NULL) return -1;
    int ok = TYPE((Obj *)h) == &HashXofType ? EVP_DigestFinalXOF(c, out, length)
                                             : EVP_DigestFinal_ex(c, out, NULL);
    EVP_MD_CTX_free(c);
    if (!ok) {
        hashlib_openssl_error(&Exc_ValueError, "digest failed");
        return -1;
    }
    return 0;
}

static Obj *hash_update(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("HASH.update", kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "HASH.update() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    return hash_feed((HashObj *)self, args[0]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *hash_digest_common(Obj *self, size_t nargs, Obj *kwnames, const char *fname, bool hex) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 0, 0) < 0) return NULL;
    unsigned char md[EVP_MAX_MD_SIZE];
    HashObj *h = (HashObj *)self;
    if (hash_final(h, md, 0) < 0) return NULL;
    size_t n = (size_t)EVP_MD_CTX_get_size(h->ctx);
    return hex ? hashlib_hex(md, n) : bytes_from(md, n);
}

static Obj *hash_digest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return hash_digest_common(self, nargs, kwnames, "HASH.digest", false);
}

static Obj *hash_hexdigest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return hash_digest_common(self, nargs, kwnames, "HASH.hexdigest", true);
}

static Obj *hash_copy(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("HASH.copy", kwnames) < 0 || args_count("HASH.copy", nargs, 0, 0) < 0)
        return NULL;
    HashObj *h = (HashObj *)self;
    EVP_MD_CTX *c = hash_ctx_copy(h);
    if (c == NULL) return NULL;
    HashObj *r = (HashObj *)obj_alloc(TYPE(self), sizeof(HashObj));
    if (r == NULL) {
        EVP_MD_CTX_free(c);
        return NULL;
    }
    pthread_mutex_init(&r->lock, NULL);
    r->name = h->name;
    r->ctx = c;
    return (Obj *)r;
}

static Obj *xof_digest_common(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                              const char *fname, bool hex) {
    static const char *const names[] = {"length", NULL};
    Obj *a;
    intptr_t length;
    if (nargs + kw_count(kwnames) > 1) {
        err_format(&Exc_TypeError, "%s() takes at most 1 argument (%zu given)", fname,
                   nargs + kw_count(kwnames));
        return NULL;
    }
    if (args_bind(fname, args, nargs, kwnames, names, 1, &a) < 0 || intarg_ssize(a, &length) < 0)
        return NULL;
    if (length < 0) {
        err_set_str(&Exc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return NULL;
    }
    if (length == 0) return hex ? str_from("", 0) : bytes_from("", 0);
    unsigned char *buf = malloc((size_t)length);
    if (buf == NULL) {
        err_no_memory();
        return NULL;
    }
    Obj *r = NULL;
    if (hash_final((HashObj *)self, buf, (size_t)length) == 0)
        r = hex ? hashlib_hex(buf, (size_t)length) : bytes_from(buf, (size_t)length);
    free(buf);
    return r;
}

static Obj *xof_digest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return xof_digest_common(self, args, nargs, kwnames, "digest", false);
}

static Obj *xof_hexdigest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return xof_digest_common(self, args, nargs, kwnames, "hexdigest", true);
}

static Obj *hash_get_name(Obj *self) { return str_from_cstr(((HashObj *)self)->name); }

static Obj *hash_get_digest_size(Obj *self) {
    if (TYPE(self) == &HashXofType) return small_new(0);
    return small_new(EVP_MD_CTX_get_size(((HashObj *)self)->ctx));
}

static Obj *hash_get_block_size(Obj *self) {
    return small_new(EVP_MD_CTX_get_block_size(((HashObj *)self)->ctx));
}

static Obj *hash_repr(Obj *self) {
    return str_from_format("<%s %s object @ %p>", ((HashObj *)self)->name,
                           TYPE(self)->name, (void *)self);
}

static Obj *hash_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
    return NULL;
}

static const MethodDef hash_methods[] = {
    {"update", hash_update}, {"digest", hash_digest}, {"hexdigest", hash_hexdigest},
    {"copy", hash_copy}, {NULL},
};
static const MethodDef xof_methods[] = {
    {"digest", xof_digest}, {"hexdigest", xof_hexdigest}, {NULL},
};
static const GetSetDef hash_getset[] = {
    {"name", hash_get_name, NULL}, {"digest_size", hash_get_digest_size, NULL},
    {"block_size", hash_get_block_size, NULL}, {NULL},
};

static Type HashType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_hashlib.HASH",
    .size = sizeof(HashObj),
    .base = &ObjectType,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .new_ = hash_type_new,
    .methods = hash_methods,
    .getset = hash_getset,
};

static Type HashXofType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_hashlib.HASHXOF",
    .size = sizeof(HashObj),
    .base = &HashType,
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .new_ = hash_type_new,
    .methods = xof_methods,
};

/* ---- constructors ----------------------------------------------------------- */

/* A hash object for a known name, fed with data (NULL: nothing). */
static Obj *hash_make(const char *name, Obj *data) {
    const char *pyname = NULL;
    if (strcasecmp(name, "blake2b") == 0 || strcasecmp(name, "blake2s") == 0)
        return blake2_new_default(tolower((unsigned char)name[6]) == 'b' ? &Blake2bType : &Blake2sType,
                                  data);   /* ours: keys, salts, any size */
    const EVP_MD *md = hashlib_md(name, &pyname);
    if (md == NULL) {
        err_format(&Exc_ValueError, "unsupported hash type %s", name);
        return NULL;
    }
    HashObj *h = hash_alloc(md, pyname);
    if (h == NULL) return NULL;
    if (data != NULL && hash_feed(h, data) < 0) {
        DECREF((Obj *)h);
        return NULL;
    }
    return (Obj *)h;
}

static const char *const ctor_params[] = {"string", "$usedforsecurity", NULL};

#define HASH_CONSTRUCTORS(X) \
    X(md5) X(sha1) X(sha224) X(sha256) X(sha384) X(sha512) \
    X(sha3_224) X(sha3_256) X(sha3_384) X(sha3_512) X(shake_128) X(shake_256)

#define X(n) \
    static Obj *ctor_##n(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        Obj *a[2]; \
        if (args_bind("openssl_" #n, args, nargs, kwnames, ctor_params, 0, a) < 0) return NULL; \
        return hash_make(#n, a[0]); \
    }
HASH_CONSTRUCTORS(X)
#undef X

static Obj *m_new(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"name", "string", "$usedforsecurity", NULL};
    Obj *a[3];
    if (args_bind("new", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    if (!is_str(a[0])) {
        err_set_str(&Exc_TypeError, "name must be a string");
        return NULL;
    }
    return hash_make(str_data(a[0]), a[1]);
}

/* compare_digest(a, b): equality that takes as long whatever differs. */
static Obj *m_compare_digest(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("compare_digest", kwnames) < 0) return NULL;
    if (nargs != 2) {
        err_format(&Exc_TypeError, "compare_digest expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    Obj *a = args[0], *b = args[1];
    const unsigned char *pa, *pb;
    size_t na, nb;
    BufView va, vb;
    if (is_str(a) && is_str(b)) {
        if (!((StrObj *)a)->ascii || !((StrObj *)b)->ascii) {
            err_set_str(&Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
            return NULL;
        }
        pa = (const unsigned char *)str_data(a), na = str_size(a);
        pb = (const unsigned char *)str_data(b), nb = str_size(b);
    } else {
        if (!buf_try(a, &va) && !buf_try(b, &vb)) {
            err_format(&Exc_TypeError,
                       "unsupported operand types(s) or combination of types: '%s' and '%s'",
                       type_name(a), type_name(b));
            return NULL;
        }
        if (buf_get(a, &va) < 0 || buf_get(b, &vb) < 0) return NULL;
        pa = va.data, na = va.size, pb = vb.data, nb = vb.size;
    }
    /* compare b with itself when the lengths differ: the time depends on b only */
    const volatile unsigned char *left = na == nb ? pa : pb;
    unsigned char diff = na == nb ? 0 : 1;
    for (size_t i = 0; i < nb; i++) diff |= (unsigned char)(left[i] ^ pb[i]);
    return NEWREF(bool_from(diff == 0));
}

static Obj *m_get_fips_mode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("get_fips_mode", nargs, 0, 0) < 0) return NULL;
    return small_new(0);
}

static const MethodDef module_functions[] = {
#define X(n) {"openssl_" #n, ctor_##n},
    HASH_CONSTRUCTORS(X)
#undef X
    {"new", m_new}, {"compare_digest", m_compare_digest}, {"get_fips_mode", m_get_fips_mode},
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac}, {"scrypt", hashlib_scrypt}, {NULL},
};

/* openssl_md_meth_names: the digests this OpenSSL provides. */
static Obj *available_names(void) {
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    for (size_t i = 0; i < N_MD_NAMES; i++) {
        if (hashlib_md(md_names[i].py, NULL) == NULL) continue;
        Obj *s = str_from_cstr(md_names[i].py);
        if (s == NULL || list_append(list, s) < 0) {
            XDECREF(s);
            DECREF(list);
            return NULL;
        }
        DECREF(s);
    }
    Obj *r = frozenset_new(list);
    DECREF(list);
    return r;
}

Obj *hashlib_module_init(void) {
    if (type_ready(&HashType) < 0 || type_ready(&HashXofType) < 0 ||
        type_ready(&Blake2bType) < 0 || type_ready(&Blake2sType) < 0 || blake2_add_constants() < 0)
        return NULL;
    if (hashlib_unsupported_error == NULL &&
        (hashlib_unsupported_error = module_new_exception(
             "_hashlib", "UnsupportedDigestmodError", (Obj *)&Exc_ValueError)) == NULL)
        return NULL;
    Obj *m = module_new("_hashlib");
    if (m == NULL) return NULL;
    Obj *names = available_names();
    if (names == NULL || module_add_functions(m, module_functions) < 0 ||
        module_add_obj(m, "HASH", (Obj *)&HashType) < 0 ||
        module_add_obj(m, "HASHXOF", (Obj *)&HashXofType) < 0 ||
        module_add_obj(m, "blake2b", (Obj *)&Blake2bType) < 0 ||
        module_add_obj(m, "blake2s", (Obj *)&Blake2sType) < 0 ||
        module_add_obj(m, "UnsupportedDigestmodError", hashlib_unsupported_error) < 0 ||
        module_add_obj(m, "openssl_md_meth_names", names) < 0) {
        XDECREF(names);
        DECREF(m);
        return NULL;
    }
    DECREF(names);
    return m;
}
