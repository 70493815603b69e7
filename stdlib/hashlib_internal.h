/* hashlib_internal.h: what the _hashlib module's files share: the digest
 * names known to OpenSSL, the data-argument rules, the per-object lock
 * taken around hashing with the GIL released, and the BLAKE2 types. */
#ifndef GILPY_HASHLIB_INTERNAL_H
#define GILPY_HASHLIB_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <openssl/evp.h>
#include "object.h"
#include "buffer.h"

/* Updates of at least this many bytes release the GIL, as in CPython. */
enum { HASHLIB_GIL_MINSIZE = 2048 };

/* The OpenSSL digest of a Python hash name ("sha256", "sha3_224"...);
 * NULL when unknown or unavailable.  *pyname: the canonical static name. */
const EVP_MD *hashlib_md(const char *name, const char **pyname);

/* The buffer of a data argument, held (buffer_release it when done; the
 * exporter keeps it in place meanwhile, even with the GIL released): str
 * is "Strings must be encoded before hashing", anything else without a
 * buffer "object supporting the buffer API required".  0 or -1. */
int hashlib_data(Obj *o, Buffer *view);

/* The object lock: taken with the GIL released when another thread holds it. */
void hashlib_lock(pthread_mutex_t *m);

/* ValueError (or `type`) with OpenSSL's last error "[lib] reason", or msg. */
void hashlib_openssl_error(Type *type, const char *msg);
extern Obj *hashlib_unsupported_error;    /* _hashlib.UnsupportedDigestmodError */

/* Hex digits of data as a str. */
Obj *hashlib_hex(const unsigned char *data, size_t n);

/* BLAKE2 (hashlib_blake2.c): _blake2.blake2b and _blake2.blake2s. */
extern Type Blake2bType, Blake2sType;
/* A default-parameter BLAKE2 object fed with data (NULL: none). */
Obj *blake2_new_default(Type *t, Obj *data);
/* Sets the types' SALT_SIZE... class constants (after type_ready). */
int blake2_add_constants(void);

/* Key derivation (hashlib_kdf.c). */
Obj *hashlib_pbkdf2_hmac(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *hashlib_scrypt(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
