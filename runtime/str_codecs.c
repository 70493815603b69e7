/* str_codecs.c: the built-in codecs utf-8, ascii and latin-1 with the error
 * handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace
 * (encoding) and surrogateescape, raising CPython's UnicodeDecodeError /
 * UnicodeEncodeError (encoding, object, start, end, reason).
 *
 * UTF-8 validation follows CPython (and Unicode's "maximal subpart" rule):
 * an invalid sequence is reported (and replaced) as the longest prefix that
 * could have started a valid sequence. */
#include <ctype.h>
#include <stdio.h>
#include "str_internal.h"
#include "str_codecs.h"
#include "bytes.h"
#include "err.h"
#include "api.h"
#include "tuple.h"

enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_ESCAPE, CODEC_RAW_ESCAPE, CODEC_UNKNOWN };
enum Handler { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLCHARREF, H_SURROGATEESCAPE, H_UNKNOWN };

static const char *const codec_names[] = { "utf-8", "ascii", "latin-1", "unicodeescape", "rawunicodeescape" };
static const char *const codec_limits[] = { "", "ordinal not in range(128)", "ordinal not in range(256)", "", "" };

/* Normalises like CPython's encodings.normalize_encoding: lower case, with
 * '-' and ' ' as '_'. */
static enum Codec codec_lookup(Obj *encoding) {
    if (encoding == NULL) return CODEC_UTF8;
    char name[32];
    size_t n = str_size(encoding);
    if (n >= sizeof name) return CODEC_UNKNOWN;
    for (size_t i = 0; i < n; i++) {
        char c = (char)tolower((unsigned char)str_data(encoding)[i]);
        name[i] = c == '-' || c == ' ' ? '_' : c;
    }
    name[n] = '\0';
    static const struct { const char *alias; enum Codec codec; } aliases[] = {
        {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
        {"cp65001", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"us_ascii", CODEC_ASCII}, {"646", CODEC_ASCII},
        {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
        {"l1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1},
        {"unicode_escape", CODEC_ESCAPE}, {"raw_unicode_escape", CODEC_RAW_ESCAPE},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(name, aliases[i].alias) == 0) return aliases[i].codec;
    return CODEC_UNKNOWN;
}

static enum Handler handler_lookup(Obj *errors) {
    if (errors == NULL) return H_STRICT;
    static const char *const names[] = { "strict", "ignore", "replace", "backslashreplace",
                                         "xmlcharrefreplace", "surrogateescape" };
    for (int i = 0; i < H_UNKNOWN; i++)
        if (str_equal_cstr(errors, names[i])) return (enum Handler)i;
    return H_UNKNOWN;
}

static int check_names(Obj *encoding, Obj *errors, const char *who) {
    if (encoding != NULL && !is_str(encoding)) {
        err_format(&Exc_TypeError, "%s() argument 'encoding' must be str, not %s", who, type_name(encoding));
        return -1;
    }
    if (errors != NULL && !is_str(errors)) {
        err_format(&Exc_TypeError, "%s() argument 'errors' must be str, not %s", who, type_name(errors));
        return -1;
    }
    return 0;
}

/* A codec of the codecs module's registry (utf-16, a registered search
 * function...): codecs.lookup(encoding).<encode|decode>(arg, errors)[0],
 * which must be `want` ("bytes" or "str"). */
static Obj *registry_codec(Obj *encoding, Obj *errors, Obj *arg, bool encode) {
    Obj *codecs = import_module_cstr("codecs");
    if (codecs == NULL) return NULL;
    Obj *lookup = obj_getattr(codecs, str_intern_cstr("lookup"));
    DECREF(codecs);
    Obj *info = lookup ? obj_call1(lookup, encoding) : NULL;
    XDECREF(lookup);
    Obj *fn = info ? obj_getattr(info, str_intern_cstr(encode ? "encode" : "decode")) : NULL;
    XDECREF(info);
    if (fn == NULL) return NULL;
    Obj *args[2] = {arg, errors ? errors : str_intern_cstr("strict")};
    Obj *res = obj_call(fn, args, 2, NULL);
    DECREF(fn);
    if (res == NULL) return NULL;
    if (!is_tuple(res) || tuple_size(res) != 2) {
        err_set_str(&Exc_TypeError, encode ? "encoder must return a tuple (object, integer)"
                                           : "decoder must return a tuple (object, integer)");
        DECREF(res);
        return NULL;
    }
    Obj *r = NEWREF(tuple_get(res, 0));
    DECREF(res);
    if (encode ? is_bytes(r) : is_str(r)) return r;
    err_format(&Exc_TypeError, encode ? "'%U' encoder returned '%s' instead of 'bytes'; use codecs.encode() "
                                        "to encode to arbitrary types"
                                      : "'%U' decoder returned '%s' instead of 'str'; use codecs.decode() "
                                        "to decode to arbitrary types",
               encoding, type_name(r));
    DECREF(r);
    return NULL;
}

/* Raises Unicode{De,En}codeError(encoding, object, start, end, reason);
 * `object` is stolen. */
static void raise_unicode_error(Type *type, enum Codec c, Obj *object, size_t start, size_t end,
                                const char *reason) {
    Obj *args[5] = { str_from_cstr(codec_names[c]), object, small_new((intptr_t)start),
                     small_new((intptr_t)end), str_from_cstr(reason) };
    if (args[0] != NULL && args[1] != NULL && args[4] != NULL) {
        Obj *exc = exc_new(type, args, 5);
        if (exc != NULL) err_set_obj(exc);
    }
    XDECREF(args[0]);
    XDECREF(args[1]);
    XDECREF(args[4]);
}

static void unknown_handler(Obj *errors) {
    err_format(&Exc_LookupError, "unknown error handler name '%U'", errors);
}

/* ---- decoding ------------------------------------------------------------------- */
/* Length of the valid UTF-8 sequence at p (n bytes left), or 0 when invalid;
 * then *bad is the maximal subpart's length and *reason says why. */
static size_t utf8_valid_len(const unsigned char *p, size_t n, size_t *bad, const char **reason) {
    unsigned char c = p[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xbf;
    if (c < 0x80) return 1;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c == 0xe0) lo = 0xa0; if (c == 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c == 0xf0) lo = 0x90; if (c == 0xf4) hi = 0x8f; }
    else { *bad = 1; *reason = "invalid start byte"; return 0; }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n) { *bad = i; *reason = "unexpected end of data"; return 0; }
        unsigned char lim_lo = i == 1 ? lo : 0x80, lim_hi = i == 1 ? hi : 0xbf;
        if (p[i] < lim_lo || p[i] > lim_hi) { *bad = i; *reason = "invalid continuation byte"; return 0; }
    }
    return need + 1;
}

/* Applies a decoding error handler to bytes [start, end); -1 on error. */
static int decode_error(StrBuf *b, enum Handler h, Obj *errors, enum Codec c, const char *data,
                        size_t size, size_t start, size_t end, const char *reason) {
    switch (h) {
    case H_STRICT:
        raise_unicode_error(&Exc_UnicodeDecodeError, c, bytes_from(data, size), start, end, reason);
        return -1;
    case H_IGNORE: return 0;
    case H_REPLACE: return strbuf_append_char(b, 0xfffd);
    case H_BACKSLASH:
    case H_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++) {
            unsigned char byte = (unsigned char)data[i];
            if (h == H_SURROGATEESCAPE) {
                if (byte < 0x80) goto strict;
                if (strbuf_append_char(b, 0xdc00 + byte) < 0) return -1;
            } else {
                char tmp[8];
                snprintf(tmp, sizeof tmp, "\\x%02x", byte);
                if (strbuf_append_cstr(b, tmp) < 0) return -1;
            }
        }
        return 0;
    default:
        break;
    }
    if (h == H_UNKNOWN) {
        unknown_handler(errors);
        return -1;
    }
strict:
    return decode_error(b, H_STRICT, errors, c, data, size, start, end, reason);
}

static int decode_into(StrBuf *b, enum Codec c, enum Handler h, Obj *errors,
                       const char *data, size_t size) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    while (i < size) {
        size_t run = i;
        while (run < size && p[run] < 0x80) run++;   /* ASCII runs go in one copy */
        if (run > i && strbuf_append(b, data + i, run - i) < 0) return -1;
        i = run;
        if (i >= size) break;
        if (c == CODEC_LATIN1) {
            if (strbuf_append_char(b, p[i++]) < 0) return -1;
            continue;
        }
        size_t bad = 1, len = 0;
        const char *reason = codec_limits[CODEC_ASCII];
        if (c == CODEC_UTF8) len = utf8_valid_len(p + i, size - i, &bad, &reason);
        if (len > 0) {
            if (strbuf_append(b, data + i, len) < 0) return -1;
            i += len;
        } else {
            if (decode_error(b, h, errors, c, data, size, i, i + bad, reason) < 0) return -1;
            i += bad;
        }
    }
    return 0;
}

/* The escape codecs report errors through this, with the handler. */
typedef struct EscapeCtx {
    enum Codec c;
    enum Handler h;
    Obj *errors;
    const char *data;
    size_t size;
} EscapeCtx;

static int escape_error(void *ctx, StrBuf *b, size_t start, size_t end, const char *reason) {
    EscapeCtx *e = ctx;
    return decode_error(b, e->h, e->errors, e->c, e->data, e->size, start, end, reason);
}

Obj *str_decode(const char *data, size_t size, Obj *encoding, Obj *errors, const char *who) {
    if (check_names(encoding, errors, who) < 0) return NULL;
    enum Codec c = codec_lookup(encoding);
    if (c == CODEC_UNKNOWN) {
        Obj *arg = bytes_from(data, size);
        Obj *r = arg ? registry_codec(encoding, errors, arg, false) : NULL;
        XDECREF(arg);
        return r;
    }
    StrBuf b;
    strbuf_init(&b);
    EscapeCtx ctx = {c, handler_lookup(errors), errors, data, size};
    int rc = c == CODEC_ESCAPE || c == CODEC_RAW_ESCAPE
                 ? str_escape_decode(&b, c == CODEC_RAW_ESCAPE, data, size, escape_error, &ctx)
                 : decode_into(&b, c, ctx.h, errors, data, size);
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

Obj *str_decode_utf8(const char *bytes, size_t size, const char *errors) {
    Obj *err = errors ? str_from_cstr(errors) : NULL;
    if (errors && err == NULL) return NULL;
    Obj *r = str_decode(bytes, size, NULL, err, "decode");
    XDECREF(err);
    return r;
}

/* ---- encoding ------------------------------------------------------------------- */
/* Is code point cp encodable by codec c? */
static bool encodable(enum Codec c, uint32_t cp) {
    if (c == CODEC_UTF8) return cp < 0xd800 || cp > 0xdfff;
    return cp < (c == CODEC_ASCII ? 0x80u : 0x100u);
}

static int put_byte(StrBuf *b, unsigned char byte) {
    if (strbuf_reserve(b, 1) < 0) return -1;
    b->data[b->size++] = (char)byte;
    return 0;
}

static int put_encoded(StrBuf *b, enum Codec c, uint32_t cp) {
    if (c != CODEC_UTF8) return put_byte(b, (unsigned char)cp);
    if (strbuf_reserve(b, 4) < 0) return -1;
    b->size += utf8_encode(cp, b->data + b->size);
    return 0;
}

/* Handles the unencodable characters [start, end) (code point indices) whose
 * UTF-8 is at text [from, to). */
static int encode_error(StrBuf *b, enum Handler h, Obj *errors, enum Codec c, Obj *s,
                        size_t start, size_t end, const unsigned char *from, const unsigned char *to) {
    if (h == H_STRICT) {
        raise_unicode_error(&Exc_UnicodeEncodeError, c, NEWREF(s), start, end,
                            c == CODEC_UTF8 ? "surrogates not allowed" : codec_limits[c]);
        return -1;
    }
    if (h == H_UNKNOWN) {
        unknown_handler(errors);
        return -1;
    }
    for (const unsigned char *p = from; p < to;) {
        uint32_t cp = utf8_decode(&p);
        char tmp[16];
        int rc = 0;
        switch (h) {
        case H_IGNORE: break;
        case H_REPLACE: rc = put_byte(b, '?'); break;
        case H_BACKSLASH:
            snprintf(tmp, sizeof tmp, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
            rc = strbuf_append_cstr(b, tmp);
            break;
        case H_XMLCHARREF:
            snprintf(tmp, sizeof tmp, "&#%u;", cp);
            rc = strbuf_append_cstr(b, tmp);
            break;
        default:   /* surrogateescape */
            if (cp < 0xdc80 || cp > 0xdcff)
                return encode_error(b, H_STRICT, errors, c, s, start, end, from, to);
            rc = put_byte(b, (unsigned char)(cp - 0xdc00));
            break;
        }
        if (rc < 0) return -1;
    }
    return 0;
}

static int encode_into(StrBuf *b, enum Codec c, enum Handler h, Obj *errors, Obj *s) {
    const unsigned char *p = (const unsigned char *)str_data(s), *end = p + str_size(s);
    size_t index = 0;
    while (p < end) {
        const unsigned char *start = p;
        uint32_t cp = utf8_decode(&p);
        if (encodable(c, cp)) {
            if (put_encoded(b, c, cp) < 0) return -1;
            index++;
            continue;
        }
        size_t first = index++;   /* extend over the run of unencodable characters */
        const unsigned char *q = p;
        while (q < end) {
            const unsigned char *r = q;
            if (encodable(c, utf8_decode(&r))) break;
            q = r;
            index++;
        }
        if (encode_error(b, h, errors, c, s, first, index, start, q) < 0) return -1;
        p = q;
    }
    return 0;
}

Obj *str_encode(Obj *s, Obj *encoding, Obj *errors) {
    if (check_names(encoding, errors, "encode") < 0) return NULL;
    enum Codec c = codec_lookup(encoding);
    if (c == CODEC_UNKNOWN) return registry_codec(encoding, errors, s, true);
    bool escape = c == CODEC_ESCAPE || c == CODEC_RAW_ESCAPE;
    if (str_is_ascii(s) && !escape) return bytes_from(str_data(s), str_size(s));
    StrBuf b;
    strbuf_init(&b);
    if ((escape ? str_escape_encode(&b, s, c == CODEC_RAW_ESCAPE)
                : encode_into(&b, c, handler_lookup(errors), errors, s)) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    Obj *r = bytes_from(b.data, b.size);
    strbuf_free(&b);
    return r;
}
