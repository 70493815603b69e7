/* source.c: PEP 263 for source files: the UTF-8 check, the byte-order mark,
 * and coding cookies (see source.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "source.h"
#include "err.h"
#include "exceptions.h"

/* Length of the valid UTF-8 sequence at p (at most n bytes), 0 if invalid:
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
static size_t utf8_seq(const unsigned char *p, size_t n) {
    unsigned c = p[0];
    if (c < 0x80) return 1;
    size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (k == 0 || c > 0xF4 || n < k) return 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;     /* overlong */
    if (c == 0xED && p[1] >= 0xA0) return 0;    /* surrogate */
    if (c == 0xF0 && p[1] < 0x90) return 0;     /* overlong */
    if (c == 0xF4 && p[1] >= 0x90) return 0;    /* past U+10FFFF */
    return k;
}

/* Offset of the first byte that is not valid UTF-8, or len. */
static size_t utf8_invalid_at(const char *src, size_t len) {
    const unsigned char *p = (const unsigned char *)src;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) { i++; continue; }
        size_t k = utf8_seq(p + i, len - i);
        if (k == 0) return i;
        i += k;
    }
    return len;
}

static void non_utf8_error(const char *src, size_t at, const char *filename) {
    int line = 1;
    for (size_t i = 0; i < at; i++) line += src[i] == '\n';
    char byte[8];
    snprintf(byte, sizeof byte, "\\x%02x", (unsigned)(unsigned char)src[at]);
    err_format(&Exc_SyntaxError,
               "Non-UTF-8 code starting with '%s' in file %s on line %d, but no encoding "
               "declared; see https://peps.python.org/pep-0263/ for details",
               byte, filename, line);
}

/* The encoding a comment line names (`coding[:=] NAME`), copied into name. */
static bool cookie_in_line(const char *line, size_t n, char *name, size_t size) {
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
    if (i >= n || line[i] != '#') return false;
    for (; i + 6 < n; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '=')) continue;
        size_t j = i + 7;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) j++;
        size_t k = 0;
        while (j < n && k + 1 < size && (isalnum((unsigned char)line[j]) || strchr("-_.", line[j])))
            name[k++] = line[j++];
        name[k] = '\0';
        return k > 0;
    }
    return false;
}

/* The cookie of line 1, or of line 2 when line 1 is a comment or blank. */
static bool find_cookie(const char *src, size_t len, char *name, size_t size) {
    const char *line = src;
    for (int l = 0; l < 2 && line < src + len; l++) {
        const char *nl = memchr(line, '\n', (size_t)(src + len - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(src + len - line);
        if (cookie_in_line(line, n, name, size)) return true;
        size_t i = 0;
        while (i < n && isspace((unsigned char)line[i])) i++;
        if (i < n && line[i] != '#') return false;   /* code: no cookie on line 2 */
        if (nl == NULL) break;
        line = nl + 1;
    }
    return false;
}

/* CPython's normalisation: lower case, '_' as '-', then the common aliases. */
static const char *canonical_encoding(const char *name) {
    char low[64];
    size_t i = 0;
    for (; name[i] && i + 1 < sizeof low; i++) low[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    low[i] = '\0';
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0 || strcmp(low, "utf8") == 0)
        return "utf-8";
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1",
                                         "iso-latin-1", "l1", "cp819", NULL};
    for (int k = 0; latin1[k]; k++)
        if (strcmp(low, latin1[k]) == 0 || (strncmp(low, latin1[k], strlen(latin1[k])) == 0 &&
                                            low[strlen(latin1[k])] == '-'))
            return "latin-1";
    if (strcmp(low, "ascii") == 0 || strcmp(low, "us-ascii") == 0) return "ascii";
    return NULL;
}

static char *latin1_to_utf8(const char *src, size_t len, size_t *out_len) {
    char *out = malloc(len * 2 + 1), *q = out;
    if (out == NULL) { err_no_memory(); return NULL; }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c < 0x80) *q++ = (char)c;
        else { *q++ = (char)(0xC0 | (c >> 6)); *q++ = (char)(0x80 | (c & 0x3F)); }
    }
    *q = '\0';
    *out_len = (size_t)(q - out);
    return out;
}

const char *source_to_utf8(const char *src, size_t len, const char *filename, size_t *out_len,
                           char **to_free) {
    *to_free = NULL;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }
    char name[64];
    const char *enc = "utf-8";
    if (find_cookie(src, len, name, sizeof name) && (enc = canonical_encoding(name)) == NULL) {
        err_format(&Exc_SyntaxError, "encoding problem: %s", name);
        return NULL;
    }
    if (strcmp(enc, "latin-1") == 0) return *to_free = latin1_to_utf8(src, len, out_len);
    size_t bad = utf8_invalid_at(src, len);     /* ascii: checked as its superset */
    if (bad < len) {
        non_utf8_error(src, bad, filename);
        return NULL;
    }
    *out_len = len;
    return src;
}
