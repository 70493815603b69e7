/* str_unicode.c: Unicode character properties and full case mappings for
 * the str methods: utf8proc's categories and simple mappings, corrected by
 * the generated exception tables of str_unidata.h. */
#include <utf8proc.h>
#include "str_unicode.h"
#include "str_unidata.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

/* utf8proc's category, except Cn where CPython's older Unicode has nothing. */
int uni_category(uint32_t cp) {
    int c = utf8proc_category((utf8proc_int32_t)cp);
    if (c != UTF8PROC_CATEGORY_CN && cp >= unassigned[0][0] && in_ranges(unassigned, COUNT(unassigned), cp))
        return UTF8PROC_CATEGORY_CN;
    return c;
}

static int category(uint32_t cp) { return uni_category(cp); }

/* Code points CPython does not know map to themselves. */
static bool unknown(uint32_t cp) {
    return cp >= unassigned[0][0] && in_ranges(unassigned, COUNT(unassigned), cp);
}

bool uni_isalpha(uint32_t cp) {
    int c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool uni_isdecimal(uint32_t cp) { return category(cp) == UTF8PROC_CATEGORY_ND; }

bool uni_isdigit(uint32_t cp) {
    return uni_isdecimal(cp) || in_ranges(digit_extra, COUNT(digit_extra), cp);
}

bool uni_isnumeric(uint32_t cp) {
    int c = category(cp);
    bool n = c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
    return n != in_ranges(numeric_diff, COUNT(numeric_diff), cp);
}

bool uni_islower(uint32_t cp) {
    if (cp < 128) return cp >= 'a' && cp <= 'z';
    return (category(cp) == UTF8PROC_CATEGORY_LL) != in_ranges(lower_diff, COUNT(lower_diff), cp);
}

bool uni_isupper(uint32_t cp) {
    if (cp < 128) return cp >= 'A' && cp <= 'Z';
    return (category(cp) == UTF8PROC_CATEGORY_LU) != in_ranges(upper_diff, COUNT(upper_diff), cp);
}

bool uni_istitle(uint32_t cp) { return cp >= 128 && category(cp) == UTF8PROC_CATEGORY_LT; }

bool uni_iscased(uint32_t cp) { return uni_islower(cp) || uni_isupper(cp) || uni_istitle(cp); }

bool uni_iscase_ignorable(uint32_t cp) {
    switch (cp) {
    case 0x27: case 0x2e: case 0x3a: case 0xb7: case 0x387: case 0x55f: case 0x5f4:
    case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xfe13: case 0xfe52:
    case 0xfe55: case 0xff07: case 0xff0e: case 0xff1a:
        return true;
    default:
        break;
    }
    if (cp < 128) return cp == '^' || cp == '`';
    int c = category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME || c == UTF8PROC_CATEGORY_CF ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_SK;
}

bool uni_isidstart(uint32_t cp) {
    if (cp < 128) return (cp | 0x20) - 'a' < 26 || cp == '_';
    return uni_isalpha(cp) || category(cp) == UTF8PROC_CATEGORY_NL
               ? !in_ranges(idstart_diff, COUNT(idstart_diff), cp)
               : in_ranges(idstart_diff, COUNT(idstart_diff), cp);
}

bool uni_isidcontinue(uint32_t cp) {
    if (cp < 128) return (cp | 0x20) - 'a' < 26 || cp == '_' || (cp >= '0' && cp <= '9');
    int c = category(cp);
    bool base = (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND) ||
                c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_PC;
    base = base && c != UTF8PROC_CATEGORY_ME;
    return base != in_ranges(idcont_diff, COUNT(idcont_diff), cp);
}

/* ---- case mappings ------------------------------------------------------------- */
static int special_index(uint32_t cp) {
    size_t lo = 0, hi = COUNT(special_case);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < special_case[mid].cp) hi = mid;
        else if (cp > special_case[mid].cp) lo = mid + 1;
        else return (int)mid;
    }
    return -1;
}

static size_t copy_seq(const uint32_t src[3], uint32_t out[3]) {
    size_t n = 0;
    while (n < 3 && src[n] != 0) {
        out[n] = src[n];
        n++;
    }
    return n;
}

size_t uni_upper(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    int i = special_index(cp);
    if (i >= 0) return copy_seq(special_case[i].upper, out);
    out[0] = unknown(cp) ? cp : (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
    return 1;
}

size_t uni_lower(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    int i = special_index(cp);
    if (i >= 0) return copy_seq(special_case[i].lower, out);
    out[0] = unknown(cp) ? cp : (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    return 1;
}

size_t uni_title(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) return uni_upper(cp, out);
    int i = special_index(cp);
    if (i >= 0) return copy_seq(special_case[i].title, out);
    out[0] = unknown(cp) ? cp : (uint32_t)utf8proc_totitle((utf8proc_int32_t)cp);
    return 1;
}

size_t uni_fold(uint32_t cp, uint32_t out[3]) {
    if (cp >= 128) {
        size_t lo = 0, hi = COUNT(case_fold);
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cp < case_fold[mid].cp) hi = mid;
            else if (cp > case_fold[mid].cp) lo = mid + 1;
            else return copy_seq(case_fold[mid].fold, out);
        }
    }
    return uni_lower(cp, out);
}
