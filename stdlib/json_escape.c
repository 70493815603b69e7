/* json_escape.c: a str as a quoted JSON string, as CPython's
 * encode_basestring_ascii (only ASCII out: \uXXXX, surrogate pairs above
 * U+FFFF) and encode_basestring (non-ASCII kept); runs that need no escape
 * are copied in one piece. */
#include <string.h>
#include "json_internal.h"
#include "args.h"
#include "err.h"
#include "str_internal.h"

/* For ASCII c: 0 when c is written as it is, else the escape's length
 * (DEL is escaped only in ASCII mode). */
static const unsigned char esc_len[128] = {
    6, 6, 6, 6, 6, 6, 6, 6, 2, 2, 2, 6, 2, 2, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6,
};

static const char hexdig[] = "0123456789abcdef";

/* Writes the escape of code point cp (< 0x10000) at o; returns its length. */
static size_t put_escape(char *o, uint32_t cp) {
    switch (cp) {
    case '"': o[0] = '\\'; o[1] = '"'; return 2;
    case '\\': o[0] = '\\'; o[1] = '\\'; return 2;
    case '\b': o[0] = '\\'; o[1] = 'b'; return 2;
    case '\f': o[0] = '\\'; o[1] = 'f'; return 2;
    case '\n': o[0] = '\\'; o[1] = 'n'; return 2;
    case '\r': o[0] = '\\'; o[1] = 'r'; return 2;
    case '\t': o[0] = '\\'; o[1] = 't'; return 2;
    default:
        o[0] = '\\';
        o[1] = 'u';
        o[2] = hexdig[(cp >> 12) & 0xf];
        o[3] = hexdig[(cp >> 8) & 0xf];
        o[4] = hexdig[(cp >> 4) & 0xf];
        o[5] = hexdig[cp & 0xf];
        return 6;
    }
}

static int escape(StrBuf *b, Obj *s, bool ascii_only) {
    const unsigned char *p = (const unsigned char *)str_data(s), *e = p + str_size(s);
    size_t start = b->size;
    /* room for the quotes and the text; escapes reserve more as they come */
    if (json_reserve(b, str_size(s) + 2) < 0) return -1;
    b->data[b->size++] = '"';
    const unsigned char *run = p;
    while (p < e) {
        if (e - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            uint64_t stop = json_word_special(w);
            if (ascii_only) stop |= (w | (w + JSON_ONES)) & JSON_HIGHS;   /* DEL, non-ASCII */
            if (stop == 0) {
                p += 8;
                continue;
            }
        }
        unsigned char c = *p;
        if (c < 0x80 ? esc_len[c] == 0 || (c == 0x7f && !ascii_only) : !ascii_only) {
            p++;
            continue;
        }
        size_t n = (size_t)(p - run);
        if (json_reserve(b, n + 12 + (size_t)(e - p)) < 0) return -1;
        memcpy(b->data + b->size, run, n);
        b->size += n;
        char *o = b->data + b->size;
        if (c < 0x80) {
            b->size += put_escape(o, c);
            p++;
        } else {
            uint32_t cp = utf8_decode(&p);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                size_t k = put_escape(o, 0xd800 | (cp >> 10));
                b->size += k + put_escape(o + k, 0xdc00 | (cp & 0x3ff));
            } else {
                b->size += put_escape(o, cp);
            }
        }
        run = p;
    }
    size_t n = (size_t)(p - run);
    if (json_reserve(b, n + 1) < 0) return -1;
    memcpy(b->data + b->size, run, n);
    b->size += n;
    b->data[b->size++] = '"';
    size_t added = b->size - start;
    if (ascii_only || str_is_ascii(s)) {
        b->length += added;
    } else {
        b->length += added - (str_size(s) - str_length(s));
        b->ascii = false;
    }
    return 0;
}

int json_escape_ascii(StrBuf *b, Obj *s) { return escape(b, s, true); }
int json_escape_utf8(StrBuf *b, Obj *s) { return escape(b, s, false); }

Obj *json_not_a_string(Obj *o) {
    err_format(&Exc_TypeError, "first argument must be a string, not %s", type_name(o));
    return NULL;
}

static Obj *encode_with(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                        int (*fn)(StrBuf *, Obj *)) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    if (!is_str(args[0])) return json_not_a_string(args[0]);
    StrBuf b;
    strbuf_init(&b);
    if (fn(&b, args[0]) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

Obj *json_encode_basestring_ascii(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return encode_with("_json.encode_basestring_ascii", args, nargs, kwnames, json_escape_ascii);
}

Obj *json_encode_basestring(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return encode_with("_json.encode_basestring", args, nargs, kwnames, json_escape_utf8);
}
