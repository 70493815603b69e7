/* formatspec.c: parsing the format-spec mini-language and padding a result
 * to the requested width (shared by int, float and str __format__). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "formatspec.h"
#include "err.h"
#include "str.h"

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Length in bytes of the UTF-8 sequence starting with byte c. */
static size_t utf8_len(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static uint32_t utf8_decode(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    if (n == 1) return u[0];
    uint32_t cp = u[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) cp = (cp << 6) | (u[i] & 0x3F);
    return cp;
}

/* Reads a decimal number at spec[*pos]; -1 if none, -2 on overflow (error set). */
static intptr_t parse_count(const char *spec, size_t size, size_t *pos) {
    size_t i = *pos;
    intptr_t v = 0;
    if (i >= size || spec[i] < '0' || spec[i] > '9') return -1;
    for (; i < size && spec[i] >= '0' && spec[i] <= '9'; i++) {
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set_str(&Exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (spec[i] - '0');
    }
    *pos = i;
    return v;
}

static void set_fill(FormatSpec *fs, const char *s, size_t n) {
    memcpy(fs->fill_utf8, s, n);
    fs->fill_utf8[n] = '\0';
    fs->fill = utf8_decode(s, n);
}

/* Appends the type character to a message the way CPython does: itself
 * when printable ASCII, else '\\x' and its code point in hex. */
static const char *type_fmt(uint32_t t) { return t > 32 && t < 128 ? "%c" : "\\x%x"; }

/* ',' is allowed with decimal and float types, '_' also with b/o/x/X. */
static int check_grouping(const FormatSpec *fs) {
    if (fs->grouping == 0) return 0;
    if (fs->type_code < 128 && strchr("defgEGF%", fs->type) != NULL) return 0;   /* also type 0 */
    if (fs->grouping == '_' && fs->type_code < 128 && strchr("boxX", fs->type) != NULL) return 0;
    char fmt[48];
    snprintf(fmt, sizeof fmt, "Cannot specify '%%c' with '%s'.", type_fmt(fs->type_code));
    err_format(&Exc_ValueError, fmt, fs->grouping, (int)fs->type_code);
    return -1;
}

static int invalid_spec(const char *spec, size_t size, const char *type_name) {
    Obj *s = str_from(spec, size);
    if (s == NULL) return -1;
    err_format(&Exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
               s, type_name);
    DECREF(s);
    return -1;
}

/* [[fill]align]; returns whether a fill character was given. */
static bool parse_align(const char *spec, size_t size, size_t *pos, FormatSpec *fs) {
    size_t n = utf8_len((unsigned char)spec[0]);
    if (n < size && is_align(spec[n])) {
        set_fill(fs, spec, n);
        fs->align = spec[n];
        fs->align_given = true;
        *pos = n + 1;
        return true;
    }
    if (is_align(spec[0])) {
        fs->align = spec[0];
        fs->align_given = true;
        *pos = 1;
    }
    return false;
}

int formatspec_parse(const char *spec, size_t size, char default_align, char default_type,
                     const char *type_name, FormatSpec *fs) {
    memset(fs, 0, sizeof *fs);
    set_fill(fs, " ", 1);
    fs->align = default_align;
    fs->width = fs->precision = -1;
    size_t pos = 0;
    bool fill_given = size > 0 && parse_align(spec, size, &pos, fs);
    if (pos < size && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        fs->sign = spec[pos++];
    if (pos < size && spec[pos] == 'z') { fs->no_neg_zero = true; pos++; }
    if (pos < size && spec[pos] == '#') { fs->alternate = true; pos++; }
    if (!fill_given && pos < size && spec[pos] == '0') {
        set_fill(fs, "0", 1);
        if (!fs->align_given && default_align == '>') { fs->align = '='; fs->align_given = true; }
        pos++;
    }
    if ((fs->width = parse_count(spec, size, &pos)) == -2) return -1;
    if (pos < size && (spec[pos] == ',' || spec[pos] == '_')) {
        fs->grouping = spec[pos++];
        if (pos < size && (spec[pos] == ',' || spec[pos] == '_')) {
            if (spec[pos] == fs->grouping)
                err_format(&Exc_ValueError, "Cannot specify '%c' with '%c'.", spec[pos], spec[pos]);
            else
                err_set_str(&Exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (pos < size && spec[pos] == '.') {
        pos++;
        fs->precision = parse_count(spec, size, &pos);
        if (fs->precision == -2) return -1;
        if (fs->precision == -1) {
            err_set_str(&Exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (pos < size && size - pos != utf8_len((unsigned char)spec[pos]))
        return invalid_spec(spec, size, type_name);
    if (pos < size) {
        fs->type_code = utf8_decode(spec + pos, size - pos);
        fs->type = fs->type_code < 128 ? (char)fs->type_code : (char)0x80;
    } else {
        fs->type = default_type;
        fs->type_code = (unsigned char)default_type;
    }
    return check_grouping(fs);
}

static Obj *unknown_code(uint32_t c, const char *type_name) {
    char fmt[64];
    snprintf(fmt, sizeof fmt, "Unknown format code '%s' for object of type '%%s'", type_fmt(c));
    err_format(&Exc_ValueError, fmt, (int)c, type_name);
    return NULL;
}

Obj *formatspec_unknown_code(char code, const char *type_name) {
    return unknown_code((unsigned char)code, type_name);
}

Obj *formatspec_unknown(const FormatSpec *fs, const char *type_name) {
    return unknown_code(fs->type_code, type_name);
}

void formatspec_padding(const FormatSpec *fs, size_t length, size_t *left, size_t *right) {
    size_t total = fs->width > 0 && (size_t)fs->width > length ? (size_t)fs->width - length : 0;
    switch (fs->align) {
    case '<': *left = 0; break;
    case '^': *left = total / 2; break;
    default:  *left = total; break;
    }
    *right = total - *left;
}

static int append_fill(StrBuf *b, const FormatSpec *fs, size_t count) {
    size_t n = strlen(fs->fill_utf8);
    for (size_t i = 0; i < count; i++)
        if (strbuf_append(b, fs->fill_utf8, n) < 0) return -1;
    return 0;
}

Obj *formatspec_pad(const FormatSpec *fs, const char *utf8, size_t size, size_t length) {
    size_t left, right;
    formatspec_padding(fs, length, &left, &right);
    if (left == 0 && right == 0) return str_from(utf8, size);
    StrBuf b;
    strbuf_init(&b);
    if (append_fill(&b, fs, left) < 0 || strbuf_append(&b, utf8, size) < 0 ||
        append_fill(&b, fs, right) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

/* ---- numbers ----------------------------------------------------------- */

static size_t utf8_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* Writes digits grouped from the right into the end of out (which has room
 * for the result) and returns where they start.  With min_len > 0 the
 * digits are extended with zeros (grouped too) to at least min_len chars,
 * as CPython does for the '0' flag: a separator is never left leading. */
static char *group_digits(const char *digits, size_t n, char sep, size_t group,
                          size_t min_len, char *end) {
    char *p = end;
    size_t len = 0, left = n;
    bool first = true;
    for (;;) {
        if (!first) {
            if (left == 0 && len >= min_len) break;
            *--p = sep;
            len++;
        }
        first = false;
        size_t take = left < group ? left : group;
        for (size_t i = 0; i < take; i++) *--p = digits[--left];
        len += take;
        if (take < group) {
            size_t need = min_len > len ? min_len - len : 0;
            size_t zeros = need < group - take ? need : group - take;
            if (take == 0 && zeros == 0) zeros = 1;
            for (size_t i = 0; i < zeros; i++) *--p = '0';
            len += zeros;
        }
        if (left == 0 && len >= min_len) break;
    }
    return p;
}

Obj *formatspec_number(const FormatSpec *fs, const NumberParts *np, int group_size) {
    size_t prefix_len = np->prefix ? strlen(np->prefix) : 0;
    size_t lead = (np->sign ? 1 : 0) + prefix_len;
    size_t rest_len = utf8_count(np->rest, np->rest_size);
    size_t width = fs->width > 0 ? (size_t)fs->width : 0;
    bool zero_fill = fs->fill == '0' && fs->align == '=' && np->ndigits > 0;
    size_t min_digits = zero_fill && width > lead + rest_len ? width - lead - rest_len : 0;
    char small[128];
    const char *digits = np->digits;
    size_t dsize = np->ndigits, dlen = utf8_count(np->digits, np->ndigits);
    char *heap = NULL;
    if ((fs->grouping != 0 && dsize > 0) || min_digits > dlen) {
        size_t cap = (dsize + min_digits) * 2 + 8;
        char *buf = cap <= sizeof small ? small : (heap = malloc(cap));
        if (buf == NULL) { err_no_memory(); return NULL; }
        char *start;
        if (fs->grouping != 0 && dsize > 0) {   /* only ASCII digits are grouped */
            start = group_digits(np->digits, dsize, fs->grouping, (size_t)group_size,
                                 min_digits, buf + cap);
            dsize = dlen = (size_t)(buf + cap - start);
        } else {
            size_t zeros = min_digits - dlen;
            start = buf;
            memset(start, '0', zeros);
            memcpy(start + zeros, np->digits, dsize);
            dsize += zeros;
            dlen += zeros;
        }
        digits = start;
    }
    size_t left, right;
    formatspec_padding(fs, lead + dlen + rest_len, &left, &right);
    StrBuf b;
    strbuf_init(&b);
    int rc = 0;
    if (fs->align != '=') rc |= append_fill(&b, fs, left);
    if (np->sign) rc |= strbuf_append_ascii(&b, np->sign);
    if (prefix_len) rc |= strbuf_append(&b, np->prefix, prefix_len);
    if (fs->align == '=') rc |= append_fill(&b, fs, left);
    rc |= strbuf_append(&b, digits, dsize);
    if (np->rest_size) rc |= strbuf_append(&b, np->rest, np->rest_size);
    rc |= append_fill(&b, fs, right);
    free(heap);
    if (rc != 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}
