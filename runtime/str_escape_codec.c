/* str_escape_codec.c: the unicode_escape and raw_unicode_escape codecs
 * (str_codecs.c dispatches to them).  unicode_escape writes and reads
 * Python string literal escapes (\n, \xNN, \uNNNN, \UNNNNNNNN, octal,
 * \N{name}) over Latin-1 bytes; raw_unicode_escape only \uNNNN and
 * \UNNNNNNNN, every other byte standing for itself.  Errors carry CPython's
 * reasons and spans. */
#include <stdio.h>
#include "str_internal.h"
#include "str_codecs.h"
#include "api.h"
#include "err.h"
#include "unicode_names.h"

/* ---- encoding ---------------------------------------------------------------- */
static int put_raw(StrBuf *b, const char *bytes, size_t n) {
    if (strbuf_reserve(b, n) < 0) return -1;
    memcpy(b->data + b->size, bytes, n);
    b->size += n;
    return 0;
}

int str_escape_encode(StrBuf *b, Obj *s, bool raw) {
    const unsigned char *p = (const unsigned char *)str_data(s), *end = p + str_size(s);
    char tmp[12];
    while (p < end) {
        uint32_t cp = *p < 0x80 ? *p++ : utf8_decode(&p);
        size_t n;
        if (cp >= 0x10000) n = (size_t)snprintf(tmp, sizeof tmp, "\\U%08x", cp);
        else if (cp >= 0x100) n = (size_t)snprintf(tmp, sizeof tmp, "\\u%04x", cp);
        else if (raw) tmp[0] = (char)cp, n = 1;
        else if (cp == '\\') n = (size_t)snprintf(tmp, sizeof tmp, "\\\\");
        else if (cp == '\t') n = (size_t)snprintf(tmp, sizeof tmp, "\\t");
        else if (cp == '\n') n = (size_t)snprintf(tmp, sizeof tmp, "\\n");
        else if (cp == '\r') n = (size_t)snprintf(tmp, sizeof tmp, "\\r");
        else if (cp < 0x20 || cp >= 0x7f) n = (size_t)snprintf(tmp, sizeof tmp, "\\x%02x", cp);
        else tmp[0] = (char)cp, n = 1;
        if (put_raw(b, tmp, n) < 0) return -1;
    }
    return 0;
}

/* ---- decoding ---------------------------------------------------------------- */
static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Reads up to `digits` hex digits from data[*i]; all of them: 1. */
static bool read_hex(const unsigned char *d, size_t size, size_t *i, int digits, uint32_t *out) {
    uint32_t v = 0;
    for (int k = 0; k < digits; k++) {
        if (*i >= size || hexval(d[*i]) < 0) return false;
        v = v * 16 + (uint32_t)hexval(d[(*i)++]);
    }
    *out = v;
    return true;
}

/* The DeprecationWarning CPython gives for the first invalid escape. */
static int warn_escape(const char *fmt, const unsigned char *esc, size_t n) {
    Obj *warnings = import_module_cstr("warnings");
    if (warnings == NULL) return -1;
    char text[16];
    snprintf(text, sizeof text, "%.*s", (int)n, (const char *)esc);
    Obj *msg = str_from_format(fmt, text);
    Obj *warn = msg ? obj_getattr(warnings, str_intern_cstr("warn")) : NULL;
    Obj *r = NULL;
    if (warn != NULL) {
        Obj *args[2] = {msg, (Obj *)&Exc_DeprecationWarning};
        r = obj_call(warn, args, 2, NULL);
    }
    XDECREF(msg);
    XDECREF(warn);
    DECREF(warnings);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

/* One escape after the backslash at data[start] (i: the byte after it).
 * Appends its character; 1 with *i past it, 0 for an error (reason and
 * *i, its end, set), -1 with an exception. */
static int decode_escape(StrBuf *b, const unsigned char *d, size_t size, size_t start, size_t *i,
                         const char **reason, bool *warned) {
    unsigned char c = d[(*i)++];
    uint32_t cp;
    switch (c) {
    case '\n': return 1;
    case '\\': case '\'': case '"': return strbuf_append_ascii(b, (char)c) < 0 ? -1 : 1;
    case 'b': cp = '\b'; break;
    case 'f': cp = '\f'; break;
    case 't': cp = '\t'; break;
    case 'n': cp = '\n'; break;
    case 'r': cp = '\r'; break;
    case 'v': cp = '\v'; break;
    case 'a': cp = '\a'; break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        cp = (uint32_t)(c - '0');
        for (int k = 0; k < 2 && *i < size && d[*i] >= '0' && d[*i] <= '7'; k++)
            cp = cp * 8 + (uint32_t)(d[(*i)++] - '0');
        if (cp > 0377 && !*warned) {
            *warned = true;
            if (warn_escape("invalid octal escape sequence '\\%s'", d + start + 1, *i - start - 1) < 0)
                return -1;
        }
        break;
    case 'x':
        if (!read_hex(d, size, i, 2, &cp)) {
            *reason = "truncated \\xXX escape";
            return 0;
        }
        break;
    case 'u':
        if (!read_hex(d, size, i, 4, &cp)) {
            *reason = "truncated \\uXXXX escape";
            return 0;
        }
        break;
    case 'U':
        if (!read_hex(d, size, i, 8, &cp)) {
            *reason = "truncated \\UXXXXXXXX escape";
            return 0;
        }
        if (cp > 0x10ffff) {
            *reason = "illegal Unicode character";
            return 0;
        }
        break;
    case 'N': {
        *reason = "malformed \\N character escape";
        if (*i >= size || d[*i] != '{') return 0;
        size_t name = ++*i;
        while (*i < size && d[*i] != '}') ++*i;
        if (*i == name || *i >= size) return 0;
        int32_t found = unicode_lookup_name((const char *)d + name, *i - name);
        ++*i;
        if (found < 0) {
            *reason = "unknown Unicode character name";
            return 0;
        }
        cp = (uint32_t)found;
        break;
    }
    default:
        /* not an escape: both bytes stay */
        if (!*warned) {
            *warned = true;
            if (warn_escape("invalid escape sequence '\\%s'", &c, 1) < 0) return -1;
        }
        if (strbuf_append_ascii(b, '\\') < 0) return -1;
        return strbuf_append_char(b, c) < 0 ? -1 : 1;
    }
    return strbuf_append_char(b, cp) < 0 ? -1 : 1;
}

/* raw_unicode_escape: \u and \U after an odd run of backslashes. */
static int decode_raw_escape(StrBuf *b, const unsigned char *d, size_t size, size_t *i, const char **reason) {
    bool wide = d[*i] == 'U';
    ++*i;
    uint32_t cp;
    if (!read_hex(d, size, i, wide ? 8 : 4, &cp)) {
        *reason = wide ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape";
        return 0;
    }
    if (cp > 0x10ffff) {
        *reason = "\\Uxxxxxxxx out of range";
        return 0;
    }
    return strbuf_append_char(b, cp) < 0 ? -1 : 1;
}

int str_escape_decode(StrBuf *b, bool raw, const char *data, size_t size, EscapeErrorFn on_error, void *ctx) {
    const unsigned char *d = (const unsigned char *)data;
    size_t i = 0;
    bool warned = false;
    while (i < size) {
        unsigned char c = d[i];
        if (c != '\\') {
            i++;
            if (strbuf_append_char(b, c) < 0) return -1;
            continue;
        }
        size_t start = i++;
        const char *reason = NULL;
        int rc;
        if (raw) {
            if (i >= size || (d[i] != 'u' && d[i] != 'U')) {
                if (strbuf_append_ascii(b, '\\') < 0) return -1;
                /* a backslash that escapes the next one: both stay */
                if (i < size && d[i] == '\\') {
                    i++;
                    if (strbuf_append_ascii(b, '\\') < 0) return -1;
                }
                continue;
            }
            rc = decode_raw_escape(b, d, size, &i, &reason);
        } else if (i >= size) {
            reason = "\\ at end of string";
            rc = 0;
        } else {
            rc = decode_escape(b, d, size, start, &i, &reason, &warned);
        }
        if (rc < 0) return -1;
        if (rc == 0 && on_error(ctx, b, start, i, reason) < 0) return -1;
    }
    return 0;
}
