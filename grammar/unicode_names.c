/* unicode_names.c: the names \N{...} accepts, exactly CPython 3.11's: every
 * Unicode 14.0 character name and formal alias (unicode_names_data.inc,
 * generated from CPython's unicodedata by gen_unicode_names.py), plus the
 * names made by rule: "CJK UNIFIED IDEOGRAPH-4E00" and its kin, and the
 * Hangul syllables.  Lookup ignores case, like CPython's, except for those
 * two kinds, which CPython only knows in upper case. */
#include "unicode_names.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct RuleRange { const char *prefix; int32_t first, last; } RuleRange;

#include "unicode_names_data.inc"

enum { MAX_NAME = 128 };

static const char cjk_prefix[] = "CJK UNIFIED IDEOGRAPH-";
static const char hangul_prefix[] = "HANGUL SYLLABLE ";

static bool in_rule_range(const char *prefix, long cp)
{
    for (size_t i = 0; i < sizeof rule_ranges / sizeof rule_ranges[0]; i++)
        if (strcmp(rule_ranges[i].prefix, prefix) == 0 && cp >= rule_ranges[i].first &&
            cp <= rule_ranges[i].last)
            return true;
    return false;
}

/* As CPython: four or five upper-case hex digits after the prefix. */
static int32_t lookup_cjk(const char *hex)
{
    size_t n = strlen(hex);
    if (n != 4 && n != 5)
        return -1;
    long cp = 0;
    for (size_t i = 0; i < n; i++) {
        char c = hex[i];
        if (c >= '0' && c <= '9')
            cp = cp * 16 + (c - '0');
        else if (c >= 'A' && c <= 'F')
            cp = cp * 16 + (c - 'A' + 10);
        else
            return -1;
    }
    return in_rule_range(cjk_prefix, cp) ? (int32_t)cp : -1;
}

/* The other names made by rule (TANGUT IDEOGRAPH-17000, ...) are ordinary
 * names to CPython: the whole name must match, in any case. */
static int32_t lookup_rule_name(const char *key)
{
    for (size_t i = 0; i < sizeof rule_ranges / sizeof rule_ranges[0]; i++) {
        const RuleRange *r = &rule_ranges[i];
        size_t n = strlen(r->prefix);
        if (strcmp(r->prefix, cjk_prefix) == 0 || strncmp(key, r->prefix, n) != 0 ||
            !isxdigit((unsigned char)key[n]))
            continue;
        long cp = strtol(key + n, NULL, 16);
        char again[MAX_NAME];
        snprintf(again, sizeof again, "%s%lX", r->prefix, cp);
        if (cp >= r->first && cp <= r->last && strcmp(again, key) == 0)
            return (int32_t)cp;
    }
    return -1;
}

/* The longest of `count` jamo names starting `s` (the empty one matches
 * anywhere); its index in *index, or -1. */
static size_t match_jamo(const char *s, const char *const *jamo, int count, int *index)
{
    int best_len = -1;
    *index = -1;
    for (int i = 0; i < count; i++) {
        int len = (int)strlen(jamo[i]);
        if (len > best_len && strncmp(s, jamo[i], (size_t)len) == 0) {
            best_len = len;
            *index = i;
        }
    }
    return best_len < 0 ? 0 : (size_t)best_len;
}

/* "HANGUL SYLLABLE GAG": lead, vowel and tail jamo, each the longest
 * match in turn (upper case), as CPython reads them. */
static int32_t lookup_hangul(const char *jamo)
{
    static const char *const lead[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                         "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    static const char *const vowel[21] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
                                          "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
                                          "YU", "EU", "YI", "I"};
    static const char *const tail[28] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                         "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS",
                                         "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    int l, v, t;
    const char *p = jamo;
    p += match_jamo(p, lead, 19, &l);
    p += match_jamo(p, vowel, 21, &v);
    p += match_jamo(p, tail, 28, &t);
    if (l < 0 || v < 0 || t < 0 || *p != '\0')
        return -1;
    return 0xAC00 + (l * 21 + v) * 28 + t;
}

/* Walks the sorted, front-coded table; stops once past the key. */
static int32_t lookup_listed(const char *key)
{
    char name[MAX_NAME];
    const char *p = name_table;
    while (*p) {
        size_t keep = (size_t)(*p++ - 33), n = keep;
        while (*p != ';' && n < MAX_NAME - 1)
            name[n++] = *p++;
        name[n] = '\0';
        char *end;
        long cp = strtol(p + 1, &end, 16);
        p = end + 1;        /* past the newline */
        int cmp = strcmp(name, key);
        if (cmp == 0)
            return (int32_t)cp;
        if (cmp > 0)
            return -1;
    }
    return -1;
}

int32_t unicode_lookup_name(const char *s, size_t n)
{
    char key[MAX_NAME];
    if (n == 0 || n >= sizeof key)
        return -1;
    memcpy(key, s, n);
    key[n] = '\0';
    if (strncmp(key, cjk_prefix, sizeof cjk_prefix - 1) == 0)
        return lookup_cjk(key + sizeof cjk_prefix - 1);
    if (strncmp(key, hangul_prefix, sizeof hangul_prefix - 1) == 0)
        return lookup_hangul(key + sizeof hangul_prefix - 1);
    for (size_t i = 0; i < n; i++)
        key[i] = (char)toupper((unsigned char)key[i]);
    int32_t cp = lookup_rule_name(key);
    return cp >= 0 ? cp : lookup_listed(key);
}
