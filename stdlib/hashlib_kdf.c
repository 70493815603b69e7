/* hashlib_kdf.c: the key derivations of _hashlib: pbkdf2_hmac and scrypt,
 * on OpenSSL, with the GIL released while they run (they are slow on
 * purpose) and CPython's argument checks and messages. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <gmp.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include "hashlib_internal.h"
#include "args.h"
#include "array.h"
#include "blocking.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "str.h"

/* A bytes-like argument copied out (the GIL is released while it is read). */
static int copy_arg(Obj *o, unsigned char **out, size_t *n) {
    BufView v;
    if (buf_get(o, &v) < 0) return -1;
    *out = malloc(v.size ? v.size : 1);
    if (*out == NULL) {
        err_no_memory();
        return -1;
    }
    memcpy(*out, v.data, v.size);
    *n = v.size;
    return 0;
}

/* An int argument as a C long, OverflowError `too_great` beyond it. */
static int long_arg(Obj *o, const char *too_great, long *out) {
    int64_t v = 0;
    int overflow;
    if (intarg_i64(o, &v, &overflow) < 0) return -1;
    if (overflow) {
        err_set_str(&Exc_OverflowError, too_great);
        return -1;
    }
    *out = (long)v;
    return 0;
}

Obj *hashlib_pbkdf2_hmac(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    Obj *a[5];
    if (args_bind("pbkdf2_hmac", args, nargs, kwnames, names, 4, a) < 0) return NULL;
    if (!is_str(a[0])) {
        err_format(&Exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                   type_name(a[0]));
        return NULL;
    }
    BufView pw, salt;
    long iterations, dklen;
    if (buf_get(a[1], &pw) < 0 || buf_get(a[2], &salt) < 0 ||
        long_arg(a[3], "Python int too large to convert to C long", &iterations) < 0)
        return NULL;
    const EVP_MD *md = hashlib_md(str_data(a[0]), NULL);
    if (md == NULL) {
        err_set_str((Type *)hashlib_unsupported_error, "[digital envelope routines] unsupported");
        return NULL;
    }
    if (iterations < 1) {
        err_set_str(&Exc_ValueError, "iteration value must be greater than 0.");
        return NULL;
    }
    if (iterations > INT_MAX) {
        err_set_str(&Exc_OverflowError, "iteration value is too great.");
        return NULL;
    }
    if (a[4] == NULL || a[4] == NONE) {
        dklen = EVP_MD_get_size(md);
    } else if (long_arg(a[4], "Python int too large to convert to C long", &dklen) < 0) {
        return NULL;
    }
    if (dklen < 1) {
        err_set_str(&Exc_ValueError, "key length must be greater than 0.");
        return NULL;
    }
    if (dklen > INT_MAX) {
        err_set_str(&Exc_OverflowError, "key length is too great.");
        return NULL;
    }
    unsigned char *p, *s;
    size_t np, ns;
    if (copy_arg(a[1], &p, &np) < 0) return NULL;
    if (copy_arg(a[2], &s, &ns) < 0) {
        free(p);
        return NULL;
    }
    Obj *key = bytes_new_raw((size_t)dklen);
    if (key == NULL) {
        free(p);
        free(s);
        return NULL;
    }
    BLOCKING_BEGIN("pbkdf2_hmac");
    int ok = PKCS5_PBKDF2_HMAC((const char *)p, (int)np, s, (int)ns, (int)iterations, md,
                               (int)dklen, ((BytesObj *)key)->data);
    BLOCKING_END();
    free(p);
    free(s);
    if (!ok) {
        DECREF(key);
        hashlib_openssl_error(&Exc_ValueError, "pbkdf2_hmac failed");
        return NULL;
    }
    return key;
}

/* n, r or p: "<name> is required and must be an unsigned int" unless a
 * non-negative int that fits a C unsigned long. */
static int ulong_arg(Obj *o, const char *required_msg, uint64_t *out) {
    if (o == NULL || !is_int(o) || int_sign(o) < 0) {
        err_set_str(&Exc_TypeError, required_msg);
        return -1;
    }
    int overflow = 0;
    int64_t v = int_as_i64(o, &overflow);
    if (overflow) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(o, z);
        bool fits = mpz_sizeinbase(z, 2) <= 64;
        *out = fits ? (uint64_t)mpz_getlimbn(z, 0) : 0;
        mpz_clear(z);
        if (!fits) {
            err_set_str(&Exc_OverflowError, "Python int too large to convert to C unsigned long");
            return -1;
        }
        return 0;
    }
    *out = (uint64_t)v;
    return 0;
}

/* n, r and p: ints (TypeError naming the argument otherwise). */
static int int_type_arg(Obj *o, const char *name) {
    if (o == NULL || is_int(o)) return 0;
    err_format(&Exc_TypeError, "scrypt() argument '%s' must be int, not %s", name, type_name(o));
    return -1;
}

Obj *hashlib_scrypt(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"password", "$salt", "$n", "$r", "$p", "$maxmem", "$dklen", NULL};
    Obj *a[7];
    if (args_bind("scrypt", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    BufView pw, salt;
    if (buf_get(a[0], &pw) < 0) return NULL;
    if (a[1] == NULL) {
        err_set_str(&Exc_TypeError, "salt is required");
        return NULL;
    }
    if (buf_get(a[1], &salt) < 0) return NULL;
    uint64_t n, r, p;
    if (int_type_arg(a[2], "n") < 0 || int_type_arg(a[3], "r") < 0 || int_type_arg(a[4], "p") < 0 ||
        ulong_arg(a[2], "n is required and must be an unsigned int", &n) < 0 ||
        ulong_arg(a[3], "r is required and must be an unsigned int", &r) < 0 ||
        ulong_arg(a[4], "p is required and must be an unsigned int", &p) < 0)
        return NULL;
    if (n < 2 || (n & (n - 1)) != 0) {
        err_set_str(&Exc_ValueError, "n must be a power of 2.");
        return NULL;
    }
    long maxmem = 0, dklen = 64;
    if (a[5] != NULL && long_arg(a[5], "Python int too large to convert to C long", &maxmem) < 0)
        return NULL;
    if (maxmem < 0 || maxmem > INT_MAX) {
        err_format(&Exc_ValueError, "maxmem must be positive and smaller than %d", INT_MAX);
        return NULL;
    }
    if (a[6] != NULL && long_arg(a[6], "Python int too large to convert to C long", &dklen) < 0)
        return NULL;
    if (dklen < 1 || dklen > INT_MAX) {
        err_format(&Exc_ValueError, "dklen must be greater than 0 and smaller than %d", INT_MAX);
        return NULL;
    }
    /* let OpenSSL judge the combination first */
    if (!EVP_PBE_scrypt(NULL, 0, NULL, 0, n, r, p, (uint64_t)maxmem, NULL, 0)) {
        hashlib_openssl_error(&Exc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
        return NULL;
    }
    unsigned char *pwc, *saltc;
    size_t npw, nsalt;
    if (copy_arg(a[0], &pwc, &npw) < 0) return NULL;
    if (copy_arg(a[1], &saltc, &nsalt) < 0) {
        free(pwc);
        return NULL;
    }
    Obj *key = bytes_new_raw((size_t)dklen);
    if (key == NULL) {
        free(pwc);
        free(saltc);
        return NULL;
    }
    BLOCKING_BEGIN("scrypt");
    int ok = EVP_PBE_scrypt((const char *)pwc, npw, saltc, nsalt, n, r, p, (uint64_t)maxmem,
                            ((BytesObj *)key)->data, (size_t)dklen);
    BLOCKING_END();
    free(pwc);
    free(saltc);
    if (!ok) {
        DECREF(key);
        hashlib_openssl_error(&Exc_ValueError, "scrypt failed");
        return NULL;
    }
    return key;
}
