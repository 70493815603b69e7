/* complex_format.c: repr() of complex numbers ("(1+2j)", "2j", "(-0-0j)",
 * parts written as float repr without a trailing ".0") and
 * complex.__format__ (types e E f F g G n and none, each part laid out as
 * a float, the whole padded; no '=' alignment, no zero padding). */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "complex.h"
#include "float_internal.h"
#include "formatspec.h"
#include "err.h"
#include "str.h"

/* float repr without the ".0" of integral values ("1", "-0", "1e+20"). */
static void part_repr(double v, bool sign, char *buf, size_t size) {
    char text[40];
    float_repr_cstr(v, text, sizeof text);
    size_t n = strlen(text);
    if (n >= 2 && strcmp(text + n - 2, ".0") == 0) text[n - 2] = '\0';
    bool plus = sign && text[0] != '-';
    snprintf(buf, size, "%s%s", plus ? "+" : "", text);
}

Obj *complex_repr_obj(Cplx z) {
    char re[48], im[48], out[112];
    part_repr(z.imag, false, im, sizeof im);
    if (z.real == 0.0 && !signbit(z.real)) {
        snprintf(out, sizeof out, "%sj", im);
    } else {
        part_repr(z.real, false, re, sizeof re);
        part_repr(z.imag, true, im, sizeof im);
        snprintf(out, sizeof out, "(%s%sj)", re, im);
    }
    return str_from_cstr(out);
}

/* ---- __format__ -------------------------------------------------------- */

/* True when text (after a '-') has only zero digits before any exponent. */
static bool is_zero_text(const char *s) {
    for (; *s != '\0' && *s != 'e' && *s != 'E'; s++)
        if (*s >= '1' && *s <= '9') return false;
    return true;
}

/* One part laid out with the grouping of fs but no padding; sign is the
 * sign character a non-negative value gets (0, '+' or ' '). */
static Obj *format_part(double v, char type, int precision, const FormatSpec *fs, char sign) {
    char *text = float_to_cstr(v, type, precision, fs->alternate, false);
    if (text == NULL) return NULL;
    size_t tn = strlen(text);
    if (type == 'r' && tn >= 2 && strcmp(text + tn - 2, ".0") == 0)
        text[tn - (fs->alternate ? 1 : 2)] = '\0';   /* "1" ("1." with '#'), not "1.0" */
    const char *s = text;
    if (*s == '-') {
        s++;
        if (!(fs->no_neg_zero && isfinite(v) && is_zero_text(s))) sign = '-';
    }
    size_t nd = 0;
    while (s[nd] >= '0' && s[nd] <= '9') nd++;
    FormatSpec part = *fs;
    part.width = -1;
    part.align = '<';
    NumberParts np = { .sign = sign, .digits = s, .ndigits = nd, .rest = s + nd,
                       .rest_size = strlen(s + nd) };
    Obj *r = formatspec_number(&part, &np, 3);
    free(text);
    return r;
}

static Obj *format_with_spec(Cplx z, const FormatSpec *fs, const char *tname) {
    if (fs->precision > INT_MAX) {
        err_set_str(&Exc_ValueError, "precision too big");
        return NULL;
    }
    if (fs->fill == '0') {
        err_set_str(&Exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (fs->align == '=') {
        err_set_str(&Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    char type = fs->type;
    int default_precision = 6;
    bool skip_re = false, parens = false;
    switch (type) {
    case 0:
        type = 'r';
        default_precision = 0;
        if (z.real == 0.0 && !signbit(z.real)) skip_re = true;
        else parens = true;
        break;
    case 'n': type = 'g'; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    default: return formatspec_unknown(fs, tname);
    }
    int precision = fs->precision < 0 ? default_precision : (int)fs->precision;
    if (type == 'r' && fs->precision >= 0) type = 'g';
    char sign = fs->sign == '+' || fs->sign == ' ' ? fs->sign : 0;
    Obj *re = skip_re ? str_from_cstr("") : format_part(z.real, type, precision, fs, sign);
    if (re == NULL) return NULL;
    Obj *im = format_part(z.imag, type, precision, fs, skip_re ? sign : '+');
    if (im == NULL) { DECREF(re); return NULL; }
    StrBuf b;
    strbuf_init(&b);
    int rc = parens ? strbuf_append_ascii(&b, '(') : 0;
    if (rc == 0) rc = strbuf_append_str(&b, re);
    if (rc == 0) rc = strbuf_append_str(&b, im);
    if (rc == 0) rc = strbuf_append_ascii(&b, 'j');
    if (rc == 0 && parens) rc = strbuf_append_ascii(&b, ')');
    DECREF(re);
    DECREF(im);
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    Obj *body = strbuf_finish(&b);
    if (body == NULL || fs->width < 0) return body;
    Obj *r = formatspec_pad(fs, str_data(body), str_size(body), str_length(body));
    DECREF(body);
    return r;
}

Obj *complex_format(Cplx z, Obj *spec, const char *tname) {
    if (str_size(spec) == 0) return complex_repr_obj(z);
    FormatSpec fs;
    if (formatspec_parse(str_data(spec), str_size(spec), '>', 0, tname, &fs) < 0) return NULL;
    return format_with_spec(z, &fs, tname);
}
