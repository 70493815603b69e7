/* sha512.c: the SHA-512 digest, computed by Nettle (nettle-dev): a
 * well-kept library rather than hand-written cryptography. */
#include <nettle/sha2.h>
#include "sha512.h"

void digest_sha512(const void *data, size_t len, uint8_t out[64])
{
    struct sha512_ctx ctx;
    sha512_init(&ctx);
    sha512_update(&ctx, len, data);
    sha512_digest(&ctx, SHA512_DIGEST_SIZE, out);
}
