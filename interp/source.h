/* source.h: the bytes of a source file made into the UTF-8 text the parser
 * reads, following PEP 263 as CPython does (interp/source.c). */
#ifndef GILPY_SOURCE_H
#define GILPY_SOURCE_H

#include <stddef.h>

/* Checks and decodes a file's source: UTF-8 by default, a UTF-8 byte-order
 * mark skipped, or the encoding a coding cookie on line 1 or 2 names
 * (utf-8, latin-1 and its aliases, ascii).  Returns the text to parse and
 * its length in *out_len: a pointer into src, or a malloc'd copy stored in
 * *to_free (NULL otherwise) that the caller frees.  NULL with CPython's
 * SyntaxError set ("Non-UTF-8 code starting with ...", "encoding problem:
 * NAME") when the bytes do not decode. */
const char *source_to_utf8(const char *src, size_t len, const char *filename, size_t *out_len,
                           char **to_free);

#endif
