/* formatspec.h: the format-spec mini-language shared by int, float and str
 * __format__:  [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * Parsing raises CPython's exact ValueError messages. */
#ifndef GILPY_FORMATSPEC_H
#define GILPY_FORMATSPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"

typedef struct FormatSpec {
    uint32_t fill;          /* fill code point (' ' unless given) */
    char fill_utf8[5];      /* fill as NUL-terminated UTF-8 */
    char align;             /* '<' '>' '^' '=' ; the default_align when not given */
    bool align_given;       /* align was explicit (or implied by the '0' flag) */
    char sign;              /* '+', '-', ' ', or 0 when not given */
    bool no_neg_zero;       /* 'z' flag */
    bool alternate;         /* '#' flag */
    intptr_t width;         /* -1 when not given */
    char grouping;          /* ',' or '_' or 0 */
    intptr_t precision;     /* -1 when not given */
    char type;              /* presentation type, 0 when not given; 0x80 for
                               a non-ASCII type character (see type_code) */
    uint32_t type_code;     /* the presentation type as a code point */
} FormatSpec;

/* Parses spec (UTF-8, `size` bytes).  default_align is '>' for numbers and
 * '<' for str (it decides what the '0' flag means); default_type ('d' for
 * int, 's' for str, 0 for float) is stored when no type is given.
 * type_name names the object's type in "Invalid format specifier ... for
 * object of type 'T'".  Returns 0, or -1 with ValueError set. */
int formatspec_parse(const char *spec, size_t size, char default_align, char default_type,
                     const char *type_name, FormatSpec *out);

/* Raises ValueError "Unknown format code 'c' for object of type 'T'"; returns NULL. */
Obj *formatspec_unknown_code(char code, const char *type_name);

/* The same for fs->type_code (right for non-ASCII type characters too). */
Obj *formatspec_unknown(const FormatSpec *fs, const char *type_name);

/* A number split the way __format__ lays it out: sign, prefix ("0x"),
 * integer digits (grouped, and zero-padded for the '0' flag), then the rest
 * (fraction, exponent, '%', or all of "inf"/"nan").  All UTF-8. */
typedef struct NumberParts {
    char sign;                  /* '-', '+', ' ' or 0 */
    const char *prefix;         /* may be NULL */
    const char *digits;
    size_t ndigits;             /* bytes */
    const char *rest;           /* may be NULL */
    size_t rest_size;           /* bytes */
} NumberParts;

/* Lays out a number per fs (fill, align incl. '=', width, grouping of
 * group_size digits with fs->grouping).  Returns a new str. */
Obj *formatspec_number(const FormatSpec *fs, const NumberParts *p, int group_size);

/* Pads `utf8` (size bytes, length code points) to fs->width with fs->fill,
 * aligned per fs->align ('=' is treated as '>').  Returns a new str. */
Obj *formatspec_pad(const FormatSpec *fs, const char *utf8, size_t size, size_t length);

/* Number of fill code points before and after content of `length` code
 * points, for fs->width and fs->align. */
void formatspec_padding(const FormatSpec *fs, size_t length, size_t *left, size_t *right);

#endif
