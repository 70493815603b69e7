/* binascii.c: the binascii module: hex (hexlify/unhexlify and the b2a_hex/
 * a2b_hex aliases), base64 lines (b2a_base64, a2b_base64 with CPython
 * 3.11's strict mode), uuencoded lines, crc32 (zlib's) and crc_hqx, and
 * the Error and Incomplete exceptions, with CPython's messages. */
#include <stdlib.h>
#include <string.h>
#include <gmp.h>
#include <zlib.h>
#include "modules.h"
#include "module_parts.h"
#include "args.h"
#include "array.h"
#include "bytes.h"
#include "bytes_internal.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static Obj *binascii_error, *binascii_incomplete;

static void bin_err(const char *msg) { err_set_str((Type *)binascii_error, msg); }

/* The bytes of an a2b_* argument: a bytes-like object or an ASCII str. */
static int ascii_arg(Obj *o, const unsigned char **data, size_t *size) {
    if (is_str(o)) {
        if (!((StrObj *)o)->ascii) {
            err_set_str(&Exc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *data = (const unsigned char *)str_data(o);
        *size = str_size(o);
        return 0;
    }
    BufView v;
    if (!buf_try(o, &v)) {
        err_format(&Exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                   type_name(o));
        return -1;
    }
    *data = v.data;
    *size = v.size;
    return 0;
}

/* The low `bits` bits of an integer argument (CPython's bitwise converters). */
static int masked_int(Obj *o, unsigned bits, uint64_t *out) {
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    if (is_small(i)) {
        *out = (uint64_t)small_value(i);
    } else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(i, z);
        mpz_fdiv_r_2exp(z, z, 64);
        *out = (uint64_t)mpz_getlimbn(z, 0);
        mpz_clear(z);
    }
    DECREF(i);
    if (bits < 64) *out &= (1ULL << bits) - 1;
    return 0;
}

/* ---- hex ------------------------------------------------------------------ */

static Obj *hexlify_common(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    Obj *a[3];
    BufView v;
    if (args_bind(fname, args, nargs, kwnames, names, 1, a) < 0 || buf_get(a[0], &v) < 0) return NULL;
    Obj *s = bytes_hex_string(v.data, v.size, a[1], a[2]);
    if (s == NULL) return NULL;
    Obj *r = bytes_from(str_data(s), str_size(s));
    DECREF(s);
    return r;
}

static Obj *m_hexlify(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return hexlify_common("hexlify", args, nargs, kwnames);
}

static Obj *m_b2a_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return hexlify_common("b2a_hex", args, nargs, kwnames);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Obj *unhexlify_common(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs(fname, kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return NULL;
    }
    const unsigned char *p;
    size_t n;
    if (ascii_arg(args[0], &p, &n) < 0) return NULL;
    if (n % 2) {
        bin_err("Odd-length string");
        return NULL;
    }
    Obj *r = bytes_new_raw(n / 2);
    if (r == NULL) return NULL;
    unsigned char *out = ((BytesObj *)r)->data;
    for (size_t i = 0; i < n; i += 2) {
        int hi = hexval(p[i]), lo = hexval(p[i + 1]);
        if (hi < 0 || lo < 0) {
            DECREF(r);
            bin_err("Non-hexadecimal digit found");
            return NULL;
        }
        out[i / 2] = (unsigned char)(hi << 4 | lo);
    }
    return r;
}

static Obj *m_unhexlify(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return unhexlify_common("binascii.unhexlify", args, nargs, kwnames);
}

static Obj *m_a2b_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return unhexlify_common("binascii.a2b_hex", args, nargs, kwnames);
}

/* ---- base64 --------------------------------------------------------------- */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static Obj *m_b2a_base64(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "$newline", NULL};
    Obj *a[2];
    BufView v;
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "b2a_base64() takes exactly 1 positional argument (0 given)");
        return NULL;
    }
    if (args_bind("b2a_base64", args, nargs, kwnames, names, 1, a) < 0 || buf_get(a[0], &v) < 0)
        return NULL;
    int newline = a[1] ? obj_is_true(a[1]) : 1;
    if (newline < 0) return NULL;
    size_t n = v.size, outlen = (n + 2) / 3 * 4 + (size_t)newline;
    Obj *r = bytes_new_raw(outlen);
    if (r == NULL) return NULL;
    unsigned char *o = ((BytesObj *)r)->data;
    const unsigned char *p = v.data;
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t w = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        *o++ = (unsigned char)b64_alphabet[w >> 18];
        *o++ = (unsigned char)b64_alphabet[(w >> 12) & 63];
        *o++ = (unsigned char)b64_alphabet[(w >> 6) & 63];
        *o++ = (unsigned char)b64_alphabet[w & 63];
    }
    if (n - i == 1) {
        *o++ = (unsigned char)b64_alphabet[p[i] >> 2];
        *o++ = (unsigned char)b64_alphabet[(p[i] & 3) << 4];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        *o++ = (unsigned char)b64_alphabet[p[i] >> 2];
        *o++ = (unsigned char)b64_alphabet[((p[i] & 3) << 4) | (p[i + 1] >> 4)];
        *o++ = (unsigned char)b64_alphabet[(p[i + 1] & 15) << 2];
        *o++ = '=';
    }
    if (newline) *o++ = '\n';
    return r;
}

static int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* Decodes base64 as CPython 3.11: non-alphabet characters are skipped
 * (strict mode refuses them), '=' ends a quad once it has two data
 * characters, and input after the padding is ignored (strict: refused). */
static Obj *m_a2b_base64(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "/", "$strict_mode", NULL};
    Obj *a[2];
    if (nargs != 1) {
        err_format(&Exc_TypeError, "a2b_base64() takes exactly 1 positional argument (%zu given)", nargs);
        return NULL;
    }
    const unsigned char *p;
    size_t n;
    if (args_bind("a2b_base64", args, nargs, kwnames, names, 1, a) < 0 || ascii_arg(a[0], &p, &n) < 0)
        return NULL;
    int strict = a[1] ? obj_is_true(a[1]) : 0;
    if (strict < 0) return NULL;
    Obj *r = bytes_new_raw(n / 4 * 3 + 3);
    if (r == NULL) return NULL;
    unsigned char *out = ((BytesObj *)r)->data, *o = out;
    int quad = 0, pads = 0;
    bool padding_started = false;
    unsigned left = 0;
    const char *error = NULL;
    if (strict && n > 0 && p[0] == '=') {
        error = "Leading padding not allowed";
        goto fail;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '=') {
            padding_started = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) {
                    error = "Excess data after padding";
                    goto fail;
                }
                goto done;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) {
                error = "Only base64 data is allowed";
                goto fail;
            }
            continue;
        }
        if (strict && padding_started) {
            error = "Discontinuous padding not allowed";
            goto fail;
        }
        pads = 0;
        switch (quad) {
        case 0: left = (unsigned)v; quad = 1; break;
        case 1: *o++ = (unsigned char)(left << 2 | (unsigned)v >> 4); left = (unsigned)v & 15; quad = 2; break;
        case 2: *o++ = (unsigned char)(left << 4 | (unsigned)v >> 2); left = (unsigned)v & 3; quad = 3; break;
        default: *o++ = (unsigned char)(left << 6 | (unsigned)v); quad = 0; break;
        }
    }
    if (quad == 1) {
        DECREF(r);
        err_format((Type *)binascii_error,
                   "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more "
                   "than a multiple of 4", (size_t)(o - out) / 3 * 4 + 1);
        return NULL;
    }
    if (quad != 0) {
        error = "Incorrect padding";
        goto fail;
    }
done:;
    Obj *res = bytes_from(out, (size_t)(o - out));
    DECREF(r);
    return res;
fail:
    DECREF(r);
    bin_err(error);
    return NULL;
}

/* ---- uuencode ------------------------------------------------------------- */

static Obj *m_b2a_uu(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "/", "$backtick", NULL};
    Obj *a[2];
    BufView v;
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "b2a_uu() takes exactly 1 positional argument (0 given)");
        return NULL;
    }
    if (args_bind("b2a_uu", args, nargs, kwnames, names, 1, a) < 0 || buf_get(a[0], &v) < 0) return NULL;
    int backtick = a[1] ? obj_is_true(a[1]) : 0;
    if (backtick < 0) return NULL;
    if (v.size > 45) {
        bin_err("At most 45 bytes at once");
        return NULL;
    }
    unsigned char out[2 + 60 + 1], *o = out;
    *o++ = backtick && v.size == 0 ? '`' : (unsigned char)(' ' + v.size);
    for (size_t i = 0; i < v.size; i += 3) {
        uint32_t w = (uint32_t)v.data[i] << 16;
        if (i + 1 < v.size) w |= (uint32_t)v.data[i + 1] << 8;
        if (i + 2 < v.size) w |= v.data[i + 2];
        for (int k = 18; k >= 0; k -= 6) {
            unsigned c = (w >> k) & 63;
            *o++ = backtick && c == 0 ? '`' : (unsigned char)(' ' + c);
        }
    }
    *o++ = '\n';
    return bytes_from(out, (size_t)(o - out));
}

/* Decodes one uuencoded line: its first character gives the length; a
 * short line is padded with zero bits; what follows may only be spaces,
 * backticks and line ends. */
static Obj *m_a2b_uu(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("binascii.a2b_uu", kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "binascii.a2b_uu() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    const unsigned char *p;
    size_t n;
    if (ascii_arg(args[0], &p, &n) < 0) return NULL;
    size_t len = ((n > 0 ? p[0] : 0) - ' ') & 63, i = n > 0 ? 1 : 0;
    Obj *r = bytes_new_raw(len);
    if (r == NULL) return NULL;
    unsigned char *out = ((BytesObj *)r)->data;
    unsigned left = 0, bits = 0;
    for (size_t k = 0; k < len; i++) {
        unsigned c = i < n ? p[i] : 0;
        if (c == '\n' || c == '\r' || i >= n) {
            c = 0;
        } else if (c < ' ' || c > ' ' + 64) {
            DECREF(r);
            bin_err("Illegal char");
            return NULL;
        } else {
            c = (c - ' ') & 63;
        }
        left = (left << 6) | c;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[k++] = (unsigned char)(left >> bits);
            left &= (1u << bits) - 1;
        }
    }
    for (; i < n; i++) {
        unsigned char c = p[i];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
            DECREF(r);
            bin_err("Trailing garbage");
            return NULL;
        }
    }
    return r;
}

/* ---- checksums ------------------------------------------------------------ */

static Obj *m_crc32(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("binascii.crc32", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 2) {
        err_format(&Exc_TypeError, nargs < 1 ? "crc32 expected at least 1 argument, got %zu"
                                             : "crc32 expected at most 2 arguments, got %zu", nargs);
        return NULL;
    }
    BufView v;
    uint64_t crc = 0;
    if (buf_get(args[0], &v) < 0 || (nargs == 2 && masked_int(args[1], 32, &crc) < 0)) return NULL;
    uLong c = (uLong)crc;
    const unsigned char *p = v.data;
    size_t n = v.size;
    while (n > 0) {   /* zlib takes uInt lengths */
        uInt k = n > 0x40000000u ? 0x40000000u : (uInt)n;
        c = crc32(c, p, k);
        p += k, n -= k;
    }
    return int_from_u64(c & 0xffffffffu);
}

static Obj *m_crc_hqx(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("binascii.crc_hqx", kwnames) < 0) return NULL;
    if (nargs != 2) {
        err_format(&Exc_TypeError, "crc_hqx expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    BufView v;
    uint64_t crc0;
    if (buf_get(args[0], &v) < 0 || masked_int(args[1], 16, &crc0) < 0) return NULL;
    unsigned crc = (unsigned)crc0;
    for (size_t i = 0; i < v.size; i++) {   /* CRC-CCITT, polynomial 0x1021, bit by bit */
        crc ^= (unsigned)v.data[i] << 8;
        for (int b = 0; b < 8; b++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
        crc &= 0xffff;
    }
    return small_new((intptr_t)crc);
}

static const MethodDef module_functions[] = {
    {"hexlify", m_hexlify}, {"b2a_hex", m_b2a_hex}, {"unhexlify", m_unhexlify},
    {"a2b_hex", m_a2b_hex}, {"b2a_base64", m_b2a_base64}, {"a2b_base64", m_a2b_base64},
    {"crc32", m_crc32}, {"crc_hqx", m_crc_hqx}, {"b2a_uu", m_b2a_uu}, {"a2b_uu", m_a2b_uu},
    {NULL},
};

static Obj *new_exception(const char *name, Type *base) {
    return module_new_exception("binascii", name, (Obj *)base);
}

Obj *binascii_module_init(void) {
    if (binascii_error == NULL && (binascii_error = new_exception("Error", &Exc_ValueError)) == NULL)
        return NULL;
    if (binascii_incomplete == NULL &&
        (binascii_incomplete = new_exception("Incomplete", &Exc_Exception)) == NULL)
        return NULL;
    Obj *m = module_new("binascii");
    if (m == NULL) return NULL;
    if (module_add_functions(m, module_functions) < 0 ||
        module_add_obj(m, "Error", binascii_error) < 0 ||
        module_add_obj(m, "Incomplete", binascii_incomplete) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
