/* json_scanstr.c: decoding the body of a JSON string (after its opening
 * quote) into a str, with CPython's _json errors and positions: control
 * characters when strict, bad escapes, \uXXXX escapes and surrogate pairs,
 * unterminated strings.  A string without escapes is one copy. */
#include "json_internal.h"
#include "err.h"
#include "str_internal.h"

/* The bytes that end a plain run: quote, backslash, control characters. */
static const bool is_stop[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

/* The first stop byte at or after q (or e); ORs the bytes passed into *acc
 * (their high bits tell non-ASCII text). */
static inline const unsigned char *find_stop(const unsigned char *q, const unsigned char *e,
                                             uint64_t *acc) {
    uint64_t seen = 0;
    while (e - q >= 8) {
        uint64_t w;
        memcpy(&w, q, 8);
        if (json_word_special(w)) break;
        seen |= w;
        q += 8;
    }
    while (q < e && !is_stop[*q]) seen |= *q++;
    *acc |= seen;
    return q;
}

/* The value of 4 hex digits at p, or -1. */
static int32_t hex4(const unsigned char *p) {
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i];
        int d;
        if (c >= '0' && c <= '9') d = (int)(c - '0');
        else if (c >= 'a' && c <= 'f') d = (int)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') d = (int)(c - 'A' + 10);
        else return -1;
        v = v << 4 | d;
    }
    return v;
}

static char short_escape(unsigned char c) {
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

/* Decodes the escape whose backslash is at *pp (the string's bytes end at
 * e) and appends it to b; advances *pp past it.  -1 with an error. */
static int decode_escape(Obj *doc, const unsigned char *base, const unsigned char **pp,
                         const unsigned char *e, size_t begin, StrBuf *b) {
    const unsigned char *q = *pp;
    if (q + 1 >= e) {
        json_raise_error("Unterminated string starting at", doc, begin);
        return -1;
    }
    unsigned char c = q[1];
    if (c != 'u') {
        char ch = short_escape(c);
        if (ch == 0) {
            json_raise_error("Invalid \\escape", doc, (size_t)(q - base));
            return -1;
        }
        *pp = q + 2;
        return strbuf_append_ascii(b, ch);
    }
    /* \uXXXX: four hex digits, and something after them */
    int32_t cp = e - q > 6 ? hex4(q + 2) : -1;
    if (cp < 0) {
        json_raise_error("Invalid \\uXXXX escape", doc, (size_t)(q + 1 - base));
        return -1;
    }
    q += 6;
    if (cp >= 0xd800 && cp <= 0xdbff && e - q > 6 && q[0] == '\\' && q[1] == 'u') {
        int32_t lo = hex4(q + 2);
        if (lo < 0) {
            json_raise_error("Invalid \\uXXXX escape", doc, (size_t)(q + 1 - base));
            return -1;
        }
        if (lo >= 0xdc00 && lo <= 0xdfff) {
            cp = 0x10000 + (((cp - 0xd800) << 10) | (lo - 0xdc00));
            q += 6;
        }
    }
    *pp = q;
    return strbuf_append_char(b, (uint32_t)cp);
}

/* The slow path: the string has escapes; [start, q) is its plain start. */
static Obj *scan_escaped(Obj *doc, const unsigned char *base, const unsigned char *start,
                         const unsigned char *q, const unsigned char *e, bool strict,
                         JsonMemo *memo, size_t *end) {
    size_t begin = (size_t)(start - base) - 1;
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append(&b, (const char *)start, (size_t)(q - start)) < 0) goto fail;
    for (;;) {
        /* q is at a backslash */
        if (decode_escape(doc, base, &q, e, begin, &b) < 0) goto fail;
        const unsigned char *run = q;
        uint64_t acc = 0;
        for (;;) {
            q = find_stop(q, e, &acc);
            if (q == e) {
                json_raise_error("Unterminated string starting at", doc, begin);
                goto fail;
            }
            if (*q >= 0x20 || !strict) {
                if (*q == '"' || *q == '\\') break;
                q++;
                continue;
            }
            json_raise_error("Invalid control character at", doc, (size_t)(q - base));
            goto fail;
        }
        if (strbuf_append(&b, (const char *)run, (size_t)(q - run)) < 0) goto fail;
        if (*q == '"') break;
    }
    *end = (size_t)(q + 1 - base);
    Obj *s = strbuf_finish(&b);
    if (s == NULL || memo == NULL) return s;
    return json_memo_str(memo, s);
fail:
    strbuf_free(&b);
    return NULL;
}

Obj *json_scan_string(Obj *doc, size_t off, bool strict, JsonMemo *memo, size_t *end) {
    const unsigned char *base = (const unsigned char *)str_data(doc);
    const unsigned char *e = base + str_size(doc), *start = base + off, *q = start;
    uint64_t acc = 0;
    for (;;) {
        q = find_stop(q, e, &acc);
        if (q == e) {
            json_raise_error("Unterminated string starting at", doc, off - 1);
            return NULL;
        }
        unsigned char c = *q;
        if (c == '"') break;
        if (c == '\\') return scan_escaped(doc, base, start, q, e, strict, memo, end);
        if (strict) {
            json_raise_error("Invalid control character at", doc, (size_t)(q - base));
            return NULL;
        }
        q++;
    }
    *end = (size_t)(q + 1 - base);
    size_t n = (size_t)(q - start);
    bool ascii = (acc & JSON_HIGHS) == 0;
    size_t length = ascii ? n : utf8_count((const char *)start, n);
    if (memo != NULL) return json_memo_get(memo, (const char *)start, n, length, ascii);
    return str_from_known((const char *)start, n, length, ascii);
}
