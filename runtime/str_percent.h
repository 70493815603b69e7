/* str_percent.h: the printf-style `%` formatting engine shared by str % args
 * (str_percent.c) and bytes % args (bytes_percent.c). */
#ifndef GILPY_STR_PERCENT_H
#define GILPY_STR_PERCENT_H

#include "str.h"

/* Formats fmt[0..size) with args into out.  In bytes mode fmt and out are
 * raw bytes, %s/%b take bytes-like objects (or __bytes__), %r/%a give
 * ascii(), %c takes an int < 256 or a single byte, and messages say
 * "bytes formatting".  ascii: fmt is known to be ASCII (bytes mode: any
 * value, the length bookkeeping of out does not matter).  Returns 0, or -1 with CPython's exception set. */
int percent_format_into(StrBuf *out, const char *fmt, size_t size, Obj *args, bool bytes_mode,
                        bool ascii);

#endif
