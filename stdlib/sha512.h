/* sha512.h: the SHA-512 digest (FIPS 180-4) of a byte string (Nettle). */
#ifndef GILPY_SHA512_H
#define GILPY_SHA512_H

#include <stddef.h>
#include <stdint.h>

void digest_sha512(const void *data, size_t len, uint8_t out[64]);

#endif
