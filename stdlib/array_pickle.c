/* array_pickle.c: pickling array.array as CPython 3.11 does:
 * __reduce_ex__ gives (type, (typecode, list), state) below protocol 3 and
 * (array._array_reconstructor, (type, typecode, machine format, bytes),
 * state) from 3 on; the reconstructor also rebuilds arrays pickled on a
 * machine of the other byte order. */
#include <string.h>
#include "array.h"
#include "args.h"
#include "bytes.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* CPython's machine format codes (arraymodule.c's enum, part of the pickle format). */
typedef struct MachineFormat {
    unsigned char size;
    bool is_signed, big, is_float, is_utf;
} MachineFormat;

static const MachineFormat formats[] = {
    {1, false, false, false, false}, {1, true, false, false, false},     /* 0, 1: u8, s8 */
    {2, false, false, false, false}, {2, false, true, false, false},     /* 2, 3: u16 le/be */
    {2, true, false, false, false}, {2, true, true, false, false},       /* 4, 5: s16 */
    {4, false, false, false, false}, {4, false, true, false, false},     /* 6, 7: u32 */
    {4, true, false, false, false}, {4, true, true, false, false},       /* 8, 9: s32 */
    {8, false, false, false, false}, {8, false, true, false, false},     /* 10, 11: u64 */
    {8, true, false, false, false}, {8, true, true, false, false},       /* 12, 13: s64 */
    {4, false, false, true, false}, {4, false, true, true, false},       /* 14, 15: float */
    {8, false, false, true, false}, {8, false, true, true, false},       /* 16, 17: double */
    {2, false, false, false, true}, {2, false, true, false, true},       /* 18, 19: utf-16 */
    {4, false, false, false, true}, {4, false, true, false, true},       /* 20, 21: utf-32 */
};
enum { N_FORMATS = sizeof formats / sizeof formats[0] };

/* The machine format of a typecode on this (little-endian, LP64) machine. */
static int native_format(char c) {
    switch (c) {
    case 'b': return 1;
    case 'B': return 0;
    case 'h': return 4;
    case 'H': return 2;
    case 'i': return 8;
    case 'I': return 6;
    case 'l': case 'q': return 12;
    case 'L': case 'Q': return 10;
    case 'f': return 14;
    case 'd': return 16;
    default: return 20;   /* u: wchar_t is UTF-32 */
    }
}

Obj *array_reduce_ex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__reduce_ex__", kwnames) < 0 || args_count("__reduce_ex__", nargs, 1, 1) < 0)
        return NULL;
    intptr_t protocol;
    if (intarg_ssize(args[0], &protocol) < 0) return NULL;
    ArrayObj *a = (ArrayObj *)self;
    Obj *state = obj_lookup_attr(self, str_intern_cstr("__dict__"));
    if (state == NULL) {
        if (err_occurred()) return NULL;
        state = NEWREF(NONE);
    }
    char tc = a->typecode;
    Obj *code = str_from(&tc, 1), *r = NULL;
    if (code == NULL) goto done;
    if (protocol < 3) {
        Obj *list = obj_call_method(self, str_intern_cstr("tolist"), NULL, 0);
        Obj *inner = list ? tuple_pack(2, code, list) : NULL;
        if (inner) r = tuple_pack(3, (Obj *)TYPE(self), inner, state);
        XDECREF(list);
        XDECREF(inner);
    } else {
        Obj *recon = obj_getattr_cstr(array_module_obj(), "_array_reconstructor");
        Obj *data = bytes_from(a->data ? a->data : (unsigned char *)"", a->size * a->itemsize);
        Obj *inner = recon && data
            ? tuple_pack(4, (Obj *)TYPE(self), code, small_new(native_format(tc)), data) : NULL;
        if (inner) r = tuple_pack(3, recon, inner, state);
        XDECREF(recon);
        XDECREF(data);
        XDECREF(inner);
    }
done:
    XDECREF(code);
    DECREF(state);
    return r;
}

/* The items of `data` in machine format f, as Python values (a list). */
static Obj *decode_items(const MachineFormat *f, const unsigned char *p, size_t n) {
    size_t count = n / f->size;
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    for (size_t i = 0; i < count; i++, p += f->size) {
        uint64_t bits = 0;
        for (size_t k = 0; k < f->size; k++)
            bits = (bits << 8) | p[f->big ? k : f->size - 1 - k];
        Obj *v;
        if (f->is_float) {
            double d;
            if (f->size == 4) {
                uint32_t b32 = (uint32_t)bits;
                float x;
                memcpy(&x, &b32, 4);
                d = x;
            } else {
                memcpy(&d, &bits, 8);
            }
            v = float_new(d);
        } else if (f->is_utf) {
            v = str_from_codepoint((uint32_t)bits);
        } else if (f->is_signed) {
            unsigned shift = 64u - 8u * f->size;
            v = int_from_i64((int64_t)(bits << shift) >> shift);
        } else {
            v = int_from_u64(bits);
        }
        if (v == NULL || list_append(list, v) < 0) {
            XDECREF(v);
            DECREF(list);
            return NULL;
        }
        DECREF(v);
    }
    return list;
}

Obj *array_reconstructor(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("_array_reconstructor", kwnames) < 0 ||
        args_count("_array_reconstructor", nargs, 4, 4) < 0)
        return NULL;
    Obj *type = args[0], *tcode = args[1], *data = args[3];
    if (!type_has(TYPE(type), TF_TYPE_SUBCLASS)) {
        err_format(&Exc_TypeError, "first argument must be a type object, not %s", type_name(type));
        return NULL;
    }
    if (!type_is_subtype((Type *)type, &ArrayType)) {
        err_format(&Exc_TypeError, "%s is not a subtype of array.array", ((Type *)type)->name);
        return NULL;
    }
    if (!is_str(tcode) || str_length(tcode) != 1 || str_size(tcode) != 1 ||
        strchr(array_typecodes, str_data(tcode)[0]) == NULL) {
        err_set_str(&Exc_ValueError, "second argument must be a valid type code");
        return NULL;
    }
    intptr_t mf;
    if (intarg_ssize(args[2], &mf) < 0) return NULL;
    if (mf < 0 || mf >= N_FORMATS) {
        err_set_str(&Exc_ValueError, "third argument must be a valid machine format code.");
        return NULL;
    }
    if (!is_bytes(data)) {
        err_format(&Exc_TypeError, "fourth argument should be bytes, not %s", type_name(data));
        return NULL;
    }
    char tc = str_data(tcode)[0];
    Obj *ctor_args[2] = {tcode, data};
    if (native_format(tc) == mf)   /* the common case: the bytes as they are */
        return obj_call(type, ctor_args, 2, NULL);
    const MachineFormat *f = &formats[mf];
    size_t n = ((BytesObj *)data)->size;
    if (n % f->size) {
        err_set_str(&Exc_ValueError, "bytes length not a multiple of item size");
        return NULL;
    }
    /* another machine's layout: decode, then store with a typecode of that kind */
    if (f->is_float) tc = f->size == 4 ? 'f' : 'd';
    else if (f->is_utf) tc = 'u';
    else {
        static const char ints[] = "bBhHiIlLqQ";
        for (const char *c = ints; *c; c++) {
            bool sgn = *c == 'b' || *c == 'h' || *c == 'i' || *c == 'l' || *c == 'q';
            if (array_itemsize(*c) == f->size && sgn == f->is_signed) {
                tc = *c;
                break;
            }
        }
    }
    Obj *items = decode_items(f, ((BytesObj *)data)->data, n);
    if (items == NULL) return NULL;
    Obj *code = str_from(&tc, 1), *r = NULL;
    if (code != NULL) {
        Obj *cargs[2] = {code, items};
        r = obj_call(type, cargs, 2, NULL);
        DECREF(code);
    }
    DECREF(items);
    return r;
}
