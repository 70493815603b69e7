/* unicode_names.h: Unicode character names for \N{...} escapes. */
#ifndef GILPY_UNICODE_NAMES_H
#define GILPY_UNICODE_NAMES_H

#include <stddef.h>
#include <stdint.h>

/* The code point named `s` (n bytes, any case), or -1 if unknown. */
int32_t unicode_lookup_name(const char *s, size_t n);

#endif
