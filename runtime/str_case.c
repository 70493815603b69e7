/* str_case.c: str's case conversions (upper, lower, casefold, swapcase,
 * title, capitalize) with full Unicode mappings and the final-sigma rule,
 * and the character-class predicates (isalpha, isdigit, islower, ...).
 * ASCII strings take byte-loop fast paths. */
#include <stdlib.h>
#include "str_methods.h"
#include "str_unicode.h"
#include "str_algo.h"
#include "err.h"

/* ---- conversions ------------------------------------------------------------------ */
enum CaseOp { OP_UPPER, OP_LOWER, OP_FOLD, OP_SWAP, OP_TITLE, OP_CAPITALIZE };

static Obj *ascii_convert(Obj *self, enum CaseOp op) {
    size_t n = str_size(self);
    Obj *r = str_new_raw(n, n, true);
    if (r == NULL) return NULL;
    const unsigned char *s = (const unsigned char *)str_data(self);
    unsigned char *d = (unsigned char *)as_str(r)->data;
    /* branch-free loops the compiler vectorises for the two common cases */
    if (op == OP_UPPER) {
        for (size_t i = 0; i < n; i++) d[i] = (unsigned char)(s[i] - (((unsigned char)(s[i] - 'a') < 26) << 5));
        return r;
    }
    if (op == OP_LOWER || op == OP_FOLD) {
        for (size_t i = 0; i < n; i++) d[i] = (unsigned char)(s[i] + (((unsigned char)(s[i] - 'A') < 26) << 5));
        return r;
    }
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        switch (op) {
        case OP_SWAP: d[i] = up ? c + 32 : low ? c - 32 : c; break;
        case OP_TITLE:
            d[i] = prev_cased ? (up ? c + 32 : c) : (low ? c - 32 : c);
            prev_cased = up || low;
            break;
        default: d[i] = i == 0 ? (low ? c - 32 : c) : (up ? c + 32 : c); break;
        }
    }
    return r;
}

/* Σ lowers to ς at the end of a word (CPython's handle_capital_sigma). */
static uint32_t lower_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && uni_iscase_ignorable(cps[j - 1])) j--;
    bool final = j > 0 && uni_iscased(cps[j - 1]);
    if (final) {
        j = i + 1;
        while (j < n && uni_iscase_ignorable(cps[j])) j++;
        final = j == n || !uni_iscased(cps[j]);
    }
    return final ? 0x3c2 : 0x3c3;
}

static size_t lower_at(const uint32_t *cps, size_t n, size_t i, uint32_t out[3]) {
    if (cps[i] == 0x3a3) {
        out[0] = lower_sigma(cps, n, i);
        return 1;
    }
    return uni_lower(cps[i], out);
}

static Obj *unicode_convert(Obj *self, enum CaseOp op) {
    size_t n = str_length(self);
    uint32_t *cps = malloc((n + 1) * sizeof *cps);
    if (cps == NULL) {
        err_no_memory();
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)str_data(self);
    for (size_t i = 0; i < n; i++) cps[i] = utf8_decode(&p);
    StrBuf b;
    strbuf_init(&b);
    bool prev_cased = false;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        uint32_t c = cps[i], out[3];
        size_t k;
        switch (op) {
        case OP_UPPER: k = uni_upper(c, out); break;
        case OP_LOWER: k = lower_at(cps, n, i, out); break;
        case OP_FOLD: k = uni_fold(c, out); break;
        case OP_SWAP:
            if (uni_isupper(c)) k = lower_at(cps, n, i, out);
            else if (uni_islower(c)) k = uni_upper(c, out);
            else out[0] = c, k = 1;
            break;
        case OP_TITLE:
            k = prev_cased ? lower_at(cps, n, i, out) : uni_title(c, out);
            prev_cased = uni_iscased(c);
            break;
        default:   /* OP_CAPITALIZE */
            k = i == 0 ? uni_title(c, out) : lower_at(cps, n, i, out);
            break;
        }
        for (size_t j = 0; j < k && rc == 0; j++) rc = strbuf_append_char(&b, out[j]);
    }
    free(cps);
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

static Obj *convert(const char *fname, Obj *self, size_t nargs, Obj *kwnames, enum CaseOp op) {
    if (str_noargs(fname, nargs, kwnames) < 0) return NULL;
    if (str_size(self) == 0) return str_empty();
    return str_is_ascii(self) ? ascii_convert(self, op) : unicode_convert(self, op);
}

Obj *str_m_upper(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("upper", self, nargs, kwnames, OP_UPPER);
}
Obj *str_m_lower(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("lower", self, nargs, kwnames, OP_LOWER);
}
Obj *str_m_casefold(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("casefold", self, nargs, kwnames, OP_FOLD);
}
Obj *str_m_swapcase(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("swapcase", self, nargs, kwnames, OP_SWAP);
}
Obj *str_m_title(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("title", self, nargs, kwnames, OP_TITLE);
}
Obj *str_m_capitalize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return convert("capitalize", self, nargs, kwnames, OP_CAPITALIZE);
}

/* ---- predicates ----------------------------------------------------------------- */
/* True when s is non-empty and every character satisfies pred. */
static Obj *all_chars(const char *fname, Obj *self, size_t nargs, Obj *kwnames,
                      bool (*pred)(uint32_t)) {
    if (str_noargs(fname, nargs, kwnames) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)str_data(self), *end = p + str_size(self);
    if (p == end) return NEWREF(FALSE_);
    while (p < end)
        if (!pred(utf8_decode(&p))) return NEWREF(FALSE_);
    return NEWREF(TRUE_);
}

static bool is_alnum(uint32_t c) {
    return uni_isalpha(c) || uni_isdecimal(c) || uni_isdigit(c) || uni_isnumeric(c);
}
static bool is_printable_cp(uint32_t c) { return unicode_isprintable(c); }

Obj *str_m_isalnum(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_chars("isalnum", self, nargs, kwnames, is_alnum);
}
Obj *str_m_isalpha(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_chars("isalpha", self, nargs, kwnames, uni_isalpha);
}
Obj *str_m_isdecimal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_chars("isdecimal", self, nargs, kwnames, uni_isdecimal);
}
Obj *str_m_isdigit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_chars("isdigit", self, nargs, kwnames, uni_isdigit);
}
Obj *str_m_isnumeric(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_chars("isnumeric", self, nargs, kwnames, uni_isnumeric);
}
Obj *str_m_isspace(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return all_chars("isspace", self, nargs, kwnames, unicode_isspace);
}

Obj *str_m_isprintable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_size(self) == 0 && str_noargs("isprintable", nargs, kwnames) == 0) return NEWREF(TRUE_);
    return all_chars("isprintable", self, nargs, kwnames, is_printable_cp);
}

Obj *str_m_isascii(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_noargs("isascii", nargs, kwnames) < 0) return NULL;
    return NEWREF(bool_from(str_size(self) == str_length(self)));
}

Obj *str_m_isidentifier(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_noargs("isidentifier", nargs, kwnames) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)str_data(self), *end = p + str_size(self);
    if (p == end || !uni_isidstart(utf8_decode(&p))) return NEWREF(FALSE_);
    while (p < end)
        if (!uni_isidcontinue(utf8_decode(&p))) return NEWREF(FALSE_);
    return NEWREF(TRUE_);
}

/* islower/isupper: some cased character, and none of the other case or titlecase. */
static Obj *case_check(const char *fname, Obj *self, size_t nargs, Obj *kwnames, bool lower) {
    if (str_noargs(fname, nargs, kwnames) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)str_data(self), *end = p + str_size(self);
    bool cased = false;
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        bool same = lower ? uni_islower(c) : uni_isupper(c);
        bool other = lower ? uni_isupper(c) : uni_islower(c);
        if (other || uni_istitle(c)) return NEWREF(FALSE_);
        cased |= same;
    }
    return NEWREF(bool_from(cased));
}

Obj *str_m_islower(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return case_check("islower", self, nargs, kwnames, true);
}
Obj *str_m_isupper(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return case_check("isupper", self, nargs, kwnames, false);
}

Obj *str_m_istitle(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_noargs("istitle", nargs, kwnames) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)str_data(self), *end = p + str_size(self);
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        if (uni_isupper(c) || uni_istitle(c)) {
            if (prev_cased) return NEWREF(FALSE_);
            prev_cased = cased = true;
        } else if (uni_islower(c)) {
            if (!prev_cased) return NEWREF(FALSE_);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return NEWREF(bool_from(cased));
}
