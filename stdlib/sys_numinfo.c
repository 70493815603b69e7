/* sys_numinfo.c: sys.float_info, sys.int_info and sys.hash_info, the named
 * tuples that describe the number types (float: the C double; int: GMP's
 * limbs under the small tagged ints; hash: CPython's numeric hash modulo
 * 2**61 - 1, str hashed with XXH3). */
#include <gmp.h>
#include "sys_internal.h"
#include "float.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "structseq.h"

static const char *const float_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
    "epsilon", "radix", "rounds", NULL,
};
static STRUCTSEQ_TYPE(FloatInfoType, "sys.float_info", float_fields);

static const char *const int_fields[] = {
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold", NULL,
};
static STRUCTSEQ_TYPE(IntInfoType, "sys.int_info", int_fields);

static const char *const hash_fields[] = {
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff", NULL,
};
static STRUCTSEQ_TYPE(HashInfoType, "sys.hash_info", hash_fields);

/* The C double's limits, from the compiler's predefined macros (<float.h>
 * is shadowed by runtime/float.h on the include path). */
static Obj *make_float_info(void) {
    Obj *items[] = {
        float_new(__DBL_MAX__), small_new(__DBL_MAX_EXP__), small_new(__DBL_MAX_10_EXP__),
        float_new(__DBL_MIN__), small_new(__DBL_MIN_EXP__), small_new(__DBL_MIN_10_EXP__),
        small_new(__DBL_DIG__), small_new(__DBL_MANT_DIG__), float_new(__DBL_EPSILON__),
        small_new(__FLT_RADIX__), small_new(1),
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
        if (items[i] == NULL) return NULL;
    return structseq_new(&FloatInfoType, items, sizeof items / sizeof items[0]);
}

static Obj *make_int_info(void) {
    Obj *items[] = {
        small_new(GMP_NUMB_BITS), small_new((intptr_t)sizeof(mp_limb_t)), small_new(4300), small_new(640),
    };
    return structseq_new(&IntInfoType, items, sizeof items / sizeof items[0]);
}

static Obj *make_hash_info(void) {
    Obj *items[] = {
        small_new(64), int_from_i64(((int64_t)1 << 61) - 1), small_new(314159), small_new(0),
        small_new(1000003), NEWREF(str_intern_cstr("xxh3")), small_new(64), small_new(0),
        small_new(0),
    };
    if (items[1] == NULL) return NULL;
    return structseq_new(&HashInfoType, items, sizeof items / sizeof items[0]);
}

int sys_add_numinfo(Obj *sys) {
    Obj *f = make_float_info(), *i = make_int_info(), *h = make_hash_info();
    int rc = f && i && h && module_add_obj(sys, "float_info", f) == 0 &&
             module_add_obj(sys, "int_info", i) == 0 && module_add_obj(sys, "hash_info", h) == 0
             ? 0 : -1;
    XDECREF(f);
    XDECREF(i);
    XDECREF(h);
    return rc;
}
