/* int_format.c: int.__format__, the format-spec mini-language for ints
 * (types b c d o x X n, and e E f F g G % through float formatting), with
 * CPython's error messages. */
#include <stdlib.h>
#include <string.h>
#include "int_internal.h"
#include "float_internal.h"
#include "formatspec.h"
#include "err.h"
#include "str.h"
#include "args.h"

static int int_spec_errors(const FormatSpec *fs) {
    if (fs->precision != -1) {
        err_set_str(&Exc_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (fs->no_neg_zero) {
        err_set_str(&Exc_ValueError,
                    "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    if (fs->type == 'c' && fs->sign != 0) {
        err_set_str(&Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        return -1;
    }
    if (fs->type == 'c' && fs->alternate) {
        err_set_str(&Exc_ValueError,
                    "Alternate form (#) not allowed with integer format specifier 'c'");
        return -1;
    }
    return 0;
}

/* format(i, 'c'): the character with code point i. */
static Obj *format_char(Obj *o, const FormatSpec *fs) {
    int overflow;
    int64_t v = int_as_i64(o, &overflow);
    if (overflow) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C long");
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        err_set_str(&Exc_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    Obj *ch = str_from_codepoint((uint32_t)v);
    if (ch == NULL) return NULL;
    NumberParts np = { .digits = str_data(ch), .ndigits = str_size(ch) };
    Obj *r = formatspec_number(fs, &np, 3);
    DECREF(ch);
    return r;
}

/* Digits of |v| in base (2, 8, 10 or 16) written backwards from end;
 * returns where they start. */
static char *small_digits(intptr_t v, int base, bool upper, char *end) {
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    do {
        *--p = set[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u != 0);
    return p;
}

static Obj *format_integer(Obj *o, const FormatSpec *fs) {
    int base;
    const char *prefix = NULL;
    switch (fs->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: base = 10; break;
    }
    bool upper = fs->type == 'X';
    char small[72];
    const char *s;
    size_t n;
    bool negative;
    Obj *text = NULL;
    char *heap = NULL;
    intptr_t v;
    if (int_small_value(o, &v)) {   /* no allocation for machine-size ints */
        s = small_digits(v, base, upper, small + sizeof small);
        n = (size_t)(small + sizeof small - s);
        negative = v < 0;
    } else {
        if ((text = int_to_base_string(o, base, false)) == NULL) return NULL;   /* "-" and digits */
        s = str_data(text);
        n = str_size(text);
        negative = s[0] == '-';
        if (negative) { s++; n--; }
        if (upper) {
            if ((heap = malloc(n)) == NULL) { DECREF(text); err_no_memory(); return NULL; }
            for (size_t i = 0; i < n; i++) heap[i] = s[i] >= 'a' && s[i] <= 'f' ? (char)(s[i] - 32) : s[i];
            s = heap;
        }
    }
    NumberParts np = {
        .sign = negative ? '-' : fs->sign == '+' || fs->sign == ' ' ? fs->sign : 0,
        .prefix = fs->alternate ? prefix : NULL,
        .digits = s, .ndigits = n,
    };
    Obj *r = formatspec_number(fs, &np, base == 10 ? 3 : 4);
    free(heap);
    XDECREF(text);
    return r;
}

Obj *int_format(Obj *o, Obj *spec) {
    if (str_size(spec) == 0) return obj_str(o);
    const char *tname = type_name(o);
    FormatSpec fs;
    if (formatspec_parse(str_data(spec), str_size(spec), '>', 'd', tname, &fs) < 0) return NULL;
    switch (fs.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        if (int_spec_errors(&fs) < 0) return NULL;
        return fs.type == 'c' ? format_char(o, &fs) : format_integer(o, &fs);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_as_double(o);
        if (d == -1.0 && err_occurred()) return NULL;
        return float_format_double(d, &fs);
    }
    default:
        return formatspec_unknown(&fs, tname);
    }
}

Obj *int_method_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("int.__format__", kwnames) < 0 ||
        args_count("int.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "__format__() argument must be str, not %s",
                   args[0] == NONE ? "None" : type_name(args[0]));
        return NULL;
    }
    return int_format(self, args[0]);
}
