/* float_format.c: float.__format__ (types e E f F g G n % and none, with
 * CPython's layout rules) and float_to_cstr, the double -> text conversion
 * behind it. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "float_internal.h"
#include "formatspec.h"
#include "err.h"
#include "str.h"
#include "args.h"

static char *dup_cstr(const char *s) {
    size_t n = strlen(s) + 1;
    char *r = malloc(n);
    if (r == NULL) err_no_memory();
    else memcpy(r, s, n);
    return r;
}

/* 'g' as CPython does it: p significant digits (trailing zeros dropped
 * unless alt); exponent form when the exponent is < -4 or >= p, or >= p-1
 * with add_dot_0 (the none presentation type with a precision). */
static char *general_format(double v, int p, bool alt, bool add_dot_0, bool upper) {
    if (p == 0) p = 1;
    char *e = float_sci_cstr(fabs(v), p - 1, false, false);
    if (e == NULL) return NULL;
    char *mark = strchr(e, 'e');
    int exp10 = atoi(mark + 1);
    /* digits without the point */
    size_t nd = 0;
    for (char *q = e; q < mark; q++) if (*q != '.') e[nd++] = *q;
    if (!alt) while (nd > 1 && e[nd - 1] == '0') nd--;
    bool use_exp = exp10 < -4 || exp10 >= (add_dot_0 ? p - 1 : p);
    size_t cap = nd + (size_t)(exp10 < 0 ? -exp10 : exp10) + 16;
    char *r = malloc(cap);
    if (r == NULL) { free(e); err_no_memory(); return NULL; }
    char *o = r;
    if (signbit(v)) *o++ = '-';
    if (use_exp) {
        *o++ = e[0];
        if (nd > 1 || alt) *o++ = '.';
        memcpy(o, e + 1, nd - 1);
        o += nd - 1;
        snprintf(o, cap - (size_t)(o - r), "%c%c%02d", upper ? 'E' : 'e', exp10 < 0 ? '-' : '+',
                 exp10 < 0 ? -exp10 : exp10);
    } else if (exp10 < 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -exp10 - 1; i++) *o++ = '0';
        memcpy(o, e, nd);
        o[nd] = '\0';
    } else {
        size_t ip = (size_t)exp10 + 1;
        for (size_t i = 0; i < ip; i++) *o++ = i < nd ? e[i] : '0';
        if (nd > ip) {
            *o++ = '.';
            memcpy(o, e + ip, nd - ip);
            o += nd - ip;
        } else if (alt || add_dot_0) {
            *o++ = '.';
            if (add_dot_0) *o++ = '0';
        }
        *o = '\0';
    }
    free(e);
    return r;
}

char *float_to_cstr(double v, char type, int precision, bool alt, bool add_dot_0) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (isnan(v)) return dup_cstr(upper ? "NAN" : "nan");
    if (isinf(v)) return dup_cstr(v > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf"));
    switch (type) {
    case 'e': case 'E': return float_sci_cstr(v, precision, alt, type == 'E');
    case 'f': case 'F': return float_fixed_cstr(v, precision, alt);
    case 'g': case 'G': return general_format(v, precision, alt, add_dot_0, upper);
    default: break;   /* 'r' */
    }
    char buf[48];
    float_repr_cstr(v, buf, sizeof buf - 1);
    char *mark = strchr(buf, 'e');
    if (alt && mark != NULL && memchr(buf, '.', (size_t)(mark - buf)) == NULL) {
        memmove(mark + 1, mark, strlen(mark) + 1);
        *mark = '.';
    }
    return dup_cstr(buf);
}

/* True when text (after a '-') has only zero digits before any exponent. */
static bool is_zero_text(const char *s) {
    for (; *s != '\0' && *s != 'e' && *s != 'E'; s++)
        if (*s >= '1' && *s <= '9') return false;
    return true;
}

Obj *float_format_double(double v, const FormatSpec *fs) {
    char type = fs->type;
    int default_precision = 6;
    bool add_dot_0 = false, percent = false;
    if (fs->precision > INT_MAX) {
        err_set_str(&Exc_ValueError, "precision too big");
        return NULL;
    }
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        add_dot_0 = true;
    } else if (type == 'n') {
        type = 'g';
    } else if (type == '%') {
        type = 'f';
        v *= 100;
        percent = true;
    }
    int precision = fs->precision < 0 ? default_precision : (int)fs->precision;
    if (type == 'r' && fs->precision >= 0) type = 'g';
    char *text = float_to_cstr(v, type, precision, fs->alternate, add_dot_0);
    if (text == NULL) return NULL;
    const char *s = text;
    char sign = fs->sign == '+' || fs->sign == ' ' ? fs->sign : 0;
    if (*s == '-') {
        s++;
        if (!(fs->no_neg_zero && isfinite(v) && is_zero_text(s))) sign = '-';
    }
    size_t nd = 0;
    while (s[nd] >= '0' && s[nd] <= '9') nd++;
    size_t rest = strlen(s + nd);
    if (percent) {
        size_t at = (size_t)(s - text);
        char *t = realloc(text, strlen(text) + 2);
        if (t == NULL) { free(text); err_no_memory(); return NULL; }
        text = t;
        s = t + at;
        strcat(text, "%");
        rest++;
    }
    NumberParts np = { .sign = sign, .digits = s, .ndigits = nd, .rest = s + nd, .rest_size = rest };
    Obj *r = formatspec_number(fs, &np, 3);
    free(text);
    return r;
}

Obj *float_format(Obj *o, Obj *spec) {
    if (str_size(spec) == 0) return obj_str(o);
    const char *tname = type_name(o);
    FormatSpec fs;
    if (formatspec_parse(str_data(spec), str_size(spec), '>', 0, tname, &fs) < 0) return NULL;
    switch (fs.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return float_format_double(float_value(o), &fs);
    default:
        return formatspec_unknown(&fs, tname);
    }
}

Obj *float_method_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("float.__format__", kwnames) < 0 ||
        args_count("float.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "__format__() argument must be str, not %s",
                   args[0] == NONE ? "None" : type_name(args[0]));
        return NULL;
    }
    return float_format(self, args[0]);
}
