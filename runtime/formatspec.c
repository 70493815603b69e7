/* formatspec.c: parsing the format-spec mini-language and padding a result
 * to the requested width (shared by int, float and str __format__). */
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

/* ',' is allowed with decimal and float types, '_' also with b/o/x/X. */
static int check_grouping(const FormatSpec *fs) {
    if (fs->grouping == 0) return 0;
    if (strchr("defgEGF%", fs->type) != NULL) return 0;   /* also matches type 0 */
    if (fs->grouping == '_' && strchr("boxX", fs->type) != NULL) return 0;
    unsigned char t = (unsigned char)fs->type;
    if (t > 32 && t < 128)
        err_format(&Exc_ValueError, "Cannot specify '%c' with '%c'.", fs->grouping, t);
    else
        err_format(&Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", fs->grouping, (int)t);
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
    if (size - pos > 1) return invalid_spec(spec, size, type_name);
    fs->type = pos < size ? spec[pos] : default_type;
    return check_grouping(fs);
}

Obj *formatspec_unknown_code(char code, const char *type_name) {
    unsigned char c = (unsigned char)code;
    if (c > 32 && c < 128)
        err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                   c, type_name);
    else
        err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                   (int)c, type_name);
    return NULL;
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
