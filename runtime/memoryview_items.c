/* memoryview_items.c: a memoryview's items as Python values: unpacking
 * and packing the native single-character struct formats ('B', 'b', 'c',
 * 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', 'P'),
 * with CPython's messages for values of the wrong type or range. */
#include <gmp.h>
#include <string.h>
#include "memoryview.h"
#include "bytes.h"
#include "err.h"
#include "float.h"
#include "int.h"

int memoryview_check_released(const MemoryViewObj *m) {
    if (m->released) {
        err_set_str(&Exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

char memoryview_format_char(const char *format) {
    if (format[0] == '@') format++;
    if (format[0] == 0 || format[1] != 0) return 0;
    return memoryview_format_size(format[0]) ? format[0] : 0;
}

intptr_t memoryview_format_size(char c) {
    switch (c) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'n': case 'N': return sizeof(size_t);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    case 'P': return sizeof(void *);
    default: return 0;
    }
}

#define LOAD(type) ({ type v_; memcpy(&v_, p, sizeof v_); v_; })

Obj *memoryview_unpack(const MemoryViewObj *m, const char *p) {
    switch (memoryview_format_char(m->format)) {
    case 'B': return small_new(LOAD(unsigned char));
    case 'b': return small_new(LOAD(signed char));
    case 'c': return bytes_from(p, 1);
    case '?': return NEWREF(bool_from(LOAD(unsigned char) != 0));
    case 'h': return small_new(LOAD(short));
    case 'H': return small_new(LOAD(unsigned short));
    case 'i': return small_new(LOAD(int));
    case 'I': return small_new(LOAD(unsigned int));
    case 'l': return int_from_i64(LOAD(long));
    case 'L': return int_from_u64(LOAD(unsigned long));
    case 'q': return int_from_i64(LOAD(long long));
    case 'Q': return int_from_u64(LOAD(unsigned long long));
    case 'n': return int_from_i64((int64_t)LOAD(intptr_t));
    case 'N': case 'P': return int_from_u64(LOAD(uintptr_t));
    case 'f': return float_new(LOAD(float));
    case 'd': return float_new(LOAD(double));
    default:
        err_format(&Exc_NotImplementedError, "memoryview: format %s not supported", m->format);
        return NULL;
    }
}

static int bad_type(const MemoryViewObj *m) {
    err_format(&Exc_TypeError, "memoryview: invalid type for format '%s'", m->format);
    return -1;
}

static int bad_value(const MemoryViewObj *m) {
    err_format(&Exc_ValueError, "memoryview: invalid value for format '%s'", m->format);
    return -1;
}

/* v as an integer in [lo, hi] (signed) for the integer formats. */
static int signed_arg(const MemoryViewObj *m, Obj *v, int64_t lo, int64_t hi, int64_t *out) {
    if (!is_int(v)) return bad_type(m);
    int overflow = 0;
    int64_t x = int_as_i64(v, &overflow);
    if (overflow || x < lo || x > hi) return bad_value(m);
    *out = x;
    return 0;
}

static int unsigned_arg(const MemoryViewObj *m, Obj *v, uint64_t hi, uint64_t *out) {
    if (!is_int(v)) return bad_type(m);
    if (int_sign(v) < 0) return bad_value(m);
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    uint64_t x = fits ? (uint64_t)mpz_get_ui(z) : 0;
    mpz_clear(z);
    if (!fits || x > hi) return bad_value(m);
    *out = x;
    return 0;
}

#define STORE(type, value) do { type v_ = (type)(value); memcpy(p, &v_, sizeof v_); } while (0)

int memoryview_pack(const MemoryViewObj *m, char *p, Obj *v) {
    int64_t s;
    uint64_t u;
    char c = memoryview_format_char(m->format);
    switch (c) {
    case 'b': if (signed_arg(m, v, -128, 127, &s) < 0) return -1; STORE(signed char, s); return 0;
    case 'B': if (unsigned_arg(m, v, 255, &u) < 0) return -1; STORE(unsigned char, u); return 0;
    case 'h': if (signed_arg(m, v, -32768, 32767, &s) < 0) return -1; STORE(short, s); return 0;
    case 'H': if (unsigned_arg(m, v, 65535, &u) < 0) return -1; STORE(unsigned short, u); return 0;
    case 'i': if (signed_arg(m, v, INT32_MIN, INT32_MAX, &s) < 0) return -1; STORE(int, s); return 0;
    case 'I': if (unsigned_arg(m, v, UINT32_MAX, &u) < 0) return -1; STORE(unsigned int, u); return 0;
    case 'l': case 'q': case 'n':
        if (signed_arg(m, v, INT64_MIN, INT64_MAX, &s) < 0) return -1;
        STORE(int64_t, s);
        return 0;
    case 'L': case 'Q': case 'N': case 'P':
        if (unsigned_arg(m, v, UINT64_MAX, &u) < 0) return -1;
        STORE(uint64_t, u);
        return 0;
    case '?': {
        int t = obj_is_true(v);
        if (t < 0) return -1;
        STORE(unsigned char, t);
        return 0;
    }
    case 'c':
        if (!is_bytes(v)) return bad_type(m);
        if (byteslike_size(v) != 1) return bad_value(m);
        *p = (char)byteslike_data(v)[0];
        return 0;
    case 'f': case 'd': {
        double d;
        if (is_float(v)) d = float_as_double(v);
        else if (is_int(v)) {
            d = int_as_double(v);
            if (d == -1.0 && err_occurred()) return -1;
        } else return bad_type(m);
        if (c == 'f') STORE(float, d);
        else STORE(double, d);
        return 0;
    }
    default:
        err_format(&Exc_NotImplementedError, "memoryview: format %s not supported", m->format);
        return -1;
    }
}
