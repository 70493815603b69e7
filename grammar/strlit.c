/* strlit.c: string and bytes literals: prefixes, escape decoding, and the
 * implicit concatenation of adjacent literals into one Constant or, when an
 * f-string takes part, one JoinedStr. */
#include "parse_internal.h"
#include "unicode_names.h"

#include <string.h>
#include <utf8proc.h>

typedef struct Prefix {
    bool raw, bytes, fstr, u;
    const char *body;       /* after the opening quotes */
    size_t len;             /* body length, without the closing quotes */
} Prefix;

static Prefix read_prefix(const Token *t)
{
    Prefix pf = {0};
    const char *s = t->start;
    for (; *s != '\'' && *s != '"'; s++) {
        char c = (char)(*s | 0x20);
        pf.raw |= c == 'r';
        pf.bytes |= c == 'b';
        pf.fstr |= c == 'f';
        pf.u |= c == 'u';
    }
    size_t q = (s[1] == s[0] && s[2] == s[0] && t->end - s >= 6) ? 3 : 1;
    pf.body = s + q;
    pf.len = (size_t)(t->end - s) - 2 * q;
    return pf;
}

/* A growable byte buffer in the arena. */
typedef struct Buf {
    char *data;
    size_t n, cap;
} Buf;

static void buf_put(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n)
            cap *= 2;
        char *d = arena_alloc(p->arena, cap + 1);
        if (b->n)
            memcpy(d, b->data, b->n);
        b->data = d;
        b->cap = cap;
    }
    if (n)
        memcpy(b->data + b->n, s, n);
    b->n += n;
}

static void buf_put_cp(Parser *p, Buf *b, uint32_t cp, bool bytes)
{
    if (bytes) {
        char c = (char)(cp & 0xFF);
        buf_put(p, b, &c, 1);
        return;
    }
    utf8proc_uint8_t out[4];
    utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, out);
    buf_put(p, b, (const char *)out, (size_t)n);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Like CPython, reported once the string atom is complete: at the token
 * after it (the parser's lookahead). */
static bool escape_error(Parser *p, const Token *tok, bool bytes, size_t from,
                         size_t to, const char *why)
{
    if (bytes)
        return !p_error(p, SYNERR_SYNTAX, p->la.loc, "(value error) invalid \\x escape "
                        "at position %zu", from);
    return !p_error(p, SYNERR_SYNTAX, p->la.loc, "(unicode error) 'unicodeescape' codec "
                    "can't decode bytes in position %zu-%zu: %s", from, to, why);
}

/* Decodes the escape at s[i] == '\\'; returns the index after it, or 0. */
static size_t decode_escape(Parser *p, const char *s, size_t n, size_t i, bool bytes,
                            const Token *tok, Buf *b)
{
    char c = i + 1 < n ? s[i + 1] : '\\';
    static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    for (const char *q = simple; *q; q += 2)
        if (c == q[0]) {
            buf_put(p, b, q + 1, 1);
            return i + 2;
        }
    if (c == '\n')
        return i + 2;
    if (c >= '0' && c <= '7') {
        uint32_t v = 0;
        size_t j = i + 1;
        for (; j < n && j < i + 4 && s[j] >= '0' && s[j] <= '7'; j++)
            v = v * 8 + (uint32_t)(s[j] - '0');
        buf_put_cp(p, b, v, bytes);
        return j;
    }
    int digits = c == 'x' ? 2 : bytes ? 0 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits) {
        uint32_t v = 0;
        size_t j = i + 2;
        for (; j < n && j < i + 2 + (size_t)digits && hexval(s[j]) >= 0; j++)
            v = v * 16 + (uint32_t)hexval(s[j]);
        if (j < i + 2 + (size_t)digits) {
            const char *why = c == 'x' ? "truncated \\xXX escape" : c == 'u'
                ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            escape_error(p, tok, bytes, i, j - 1, why);
            return 0;
        }
        if (v > 0x10FFFF) {
            escape_error(p, tok, bytes, i, j - 1, "illegal Unicode character");
            return 0;
        }
        buf_put_cp(p, b, v, bytes);
        return j;
    }
    if (c == 'N' && !bytes) {
        const char *close = i + 2 < n && s[i + 2] == '{' ? memchr(s + i + 3, '}', n - i - 3) : NULL;
        if (!close) {
            escape_error(p, tok, false, i, n - 1, "malformed \\N character escape");
            return 0;
        }
        int32_t cp = unicode_lookup_name(s + i + 3, (size_t)(close - s - i - 3));
        if (cp < 0) {
            escape_error(p, tok, false, i, (size_t)(close - s), "unknown Unicode character name");
            return 0;
        }
        buf_put_cp(p, b, (uint32_t)cp, false);
        return (size_t)(close - s) + 1;
    }
    buf_put(p, b, s + i, 1);        /* unknown escapes stay as written */
    return i + 1;
}

bool decode_str_body(Parser *p, const char *s, size_t n, bool raw, bool bytes,
                     const Token *tok, char **out, size_t *out_n)
{
    Buf b = {0};
    if (bytes)
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80)
                return !p_error(p, SYNERR_SYNTAX, tok->loc,
                                "bytes can only contain ASCII literal characters");
    if (raw || !memchr(s, '\\', n)) {
        *out = arena_strndup(p->arena, s, n);
        *out_n = n;
        return true;
    }
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t stop = bs ? (size_t)(bs - s) : n;
        buf_put(p, &b, s + i, stop - i);
        if (!bs)
            break;
        i = decode_escape(p, s, n, stop, bytes, tok, &b);
        if (!i)
            return false;
    }
    buf_put(p, &b, "", 0);
    if (!b.data)
        b.data = arena_alloc(p->arena, 1);
    b.data[b.n] = '\0';
    *out = b.data;
    *out_n = b.n;
    return true;
}

/* Appends a constant piece to a JoinedStr's values, merging neighbours. */
static Vec *add_text(Parser *p, Vec *values, const char *s, size_t n, Loc loc)
{
    if (n == 0)
        return values;
    Expr *last = values && values->n ? values->items[values->n - 1] : NULL;
    if (last && last->kind == E_CONSTANT) {
        Buf b = {0};
        buf_put(p, &b, last->u.constant.bytes, last->u.constant.size);
        buf_put(p, &b, s, n);
        b.data[b.n] = '\0';
        last->u.constant.bytes = b.data;
        last->u.constant.size = b.n;
        return values;
    }
    Expr *c = mk_const(p, K_STR, loc);
    c->u.constant.bytes = s;
    c->u.constant.size = n;
    return values ? vpush(p, values, c) : vec1(p, c);
}

static Expr *joined(Parser *p, Vec *tokens, Loc loc)
{
    Vec *values = NULL;
    for (size_t i = 0; i < tokens->n; i++) {
        const Token *t = tokens->items[i];
        Prefix pf = read_prefix(t);
        if (pf.fstr) {
            Vec *parts = NULL;
            if (!parse_fstring_body(p, pf.body, pf.len, pf.raw, t, &parts, 0))
                return NULL;
            for (size_t j = 0; parts && j < parts->n; j++) {
                Expr *e = parts->items[j];
                if (e->kind == E_CONSTANT)
                    values = add_text(p, values, e->u.constant.bytes,
                                      e->u.constant.size, loc);
                else
                    values = values ? vpush(p, values, e) : vec1(p, e);
            }
            continue;
        }
        char *s;
        size_t n;
        if (!decode_str_body(p, pf.body, pf.len, pf.raw, false, t, &s, &n))
            return NULL;
        values = add_text(p, values, s, n, loc);
    }
    Expr *e = ex(p, E_JOINEDSTR, loc);
    e->u.joinedstr.values = elist(values);
    for (size_t i = 0; values && i < values->n; i++) {
        Expr *v = values->items[i];
        if (v->kind == E_CONSTANT)
            v->loc = loc;
    }
    return e;
}

Expr *mk_strings(Parser *p, Vec *tokens, Loc loc)
{
    bool any_f = false, any_bytes = false, all_bytes = true;
    for (size_t i = 0; i < tokens->n; i++) {
        Prefix pf = read_prefix(tokens->items[i]);
        any_f |= pf.fstr;
        any_bytes |= pf.bytes;
        all_bytes &= pf.bytes;
    }
    if (any_bytes && !all_bytes) {
        p_error(p, SYNERR_SYNTAX, loc, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    if (any_f)
        return joined(p, tokens, loc);
    Buf b = {0};
    for (size_t i = 0; i < tokens->n; i++) {
        const Token *t = tokens->items[i];
        Prefix pf = read_prefix(t);
        char *s;
        size_t n;
        if (!decode_str_body(p, pf.body, pf.len, pf.raw, pf.bytes, t, &s, &n))
            return NULL;
        if (tokens->n == 1) {
            b.data = s;
            b.n = n;
            break;
        }
        buf_put(p, &b, s, n);
    }
    if (!b.data)
        b.data = arena_alloc(p->arena, 1);
    b.data[b.n] = '\0';
    Expr *e = mk_const(p, all_bytes ? K_BYTES : K_STR, loc);
    e->u.constant.bytes = b.data;
    e->u.constant.size = b.n;
    e->u.constant.u_prefix = read_prefix(tokens->items[0]).u;
    return e;
}
