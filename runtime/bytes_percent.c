/* bytes_percent.c: bytes % args (and bytearray % args via bytearray.c),
 * using the shared engine of str_percent.c in bytes mode. */
#include "bytes_internal.h"
#include "str_percent.h"

Obj *bytes_percent_format(Obj *fmt, Obj *args) {
    StrBuf b;
    strbuf_init(&b);
    if (percent_format_into(&b, (const char *)byteslike_data(fmt), byteslike_size(fmt), args, true, true) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    Obj *r = bytes_from(b.data, b.size);
    strbuf_free(&b);
    return r;
}
