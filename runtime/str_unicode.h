/* str_unicode.h: per-code-point Unicode properties and case mappings as
 * CPython 3.11 defines them (utf8proc plus the tables of str_unidata.h). */
#ifndef GILPY_STR_UNICODE_H
#define GILPY_STR_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The general category as a UTF8PROC_CATEGORY_* value, per CPython 3.11's
 * Unicode version (code points assigned later are Cn). */
int uni_category(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_islower(uint32_t cp);      /* the Lowercase property */
bool uni_isupper(uint32_t cp);      /* the Uppercase property */
bool uni_istitle(uint32_t cp);      /* category Lt */
bool uni_iscased(uint32_t cp);
bool uni_iscase_ignorable(uint32_t cp);
bool uni_isidstart(uint32_t cp);    /* XID_Start or '_' */
bool uni_isidcontinue(uint32_t cp); /* XID_Continue */

/* Full case mappings: write up to 3 code points to out, return the count. */
size_t uni_upper(uint32_t cp, uint32_t out[3]);
size_t uni_lower(uint32_t cp, uint32_t out[3]);
size_t uni_title(uint32_t cp, uint32_t out[3]);
size_t uni_fold(uint32_t cp, uint32_t out[3]);

#endif
