/* str_format.c: str.format(), str.format_map() and str.__format__.
 *
 * Replacement fields follow CPython's grammar:
 *   {[arg_name]("." attr | "[" key "]")*["!" conversion][":" spec]}
 * with automatic or manual numbering, nested fields inside the spec
 * (two levels), '{{' / '}}' escapes and CPython's error messages.  Plain
 * str and int fields with no spec are appended without calling __format__. */
#include "str_methods.h"
#include "str_codecs.h"
#include "formatspec.h"
#include "err.h"
#include "int.h"
#include "float.h"
#include "tuple.h"

typedef struct FmtArgs {
    Obj *const *args;       /* positional arguments (NULL for format_map) */
    size_t nargs;
    Obj *const *kwvals;     /* keyword values of format(), named by kwnames */
    Obj *kwnames;
    Obj *mapping;           /* format_map's mapping */
    int numbering;          /* 0 not yet known, 1 automatic, 2 manual */
    size_t next_auto;
    bool ascii;             /* the format string is ASCII */
} FmtArgs;

/* ---- field lookup ---------------------------------------------------------------- */
/* Decimal digits of [s, s+n) as a size_t: 1 when all digits, 0 when not
 * a number, -1 on overflow (ValueError). */
static int parse_index(const char *s, size_t n, size_t *out) {
    if (n == 0) return 0;
    size_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        if (v > (SIZE_MAX / 2 - 9) / 10) {
            err_set_str(&Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (size_t)(s[i] - '0');
    }
    *out = v;
    return 1;
}

static Obj *positional(FmtArgs *a, size_t index) {
    if (a->args == NULL) {
        err_set_str(&Exc_ValueError, "Format string contains positional fields");
        return NULL;
    }
    if (index >= a->nargs) {
        err_format(&Exc_IndexError, "Replacement index %zu out of range for positional args tuple", index);
        return NULL;
    }
    return NEWREF(a->args[index]);
}

static Obj *keyword(FmtArgs *a, const char *name, size_t n) {
    if (a->mapping == NULL) {
        size_t k = kw_count(a->kwnames);
        for (size_t i = 0; i < k; i++) {
            Obj *kn = tuple_get(a->kwnames, i);
            if (str_size(kn) == n && memcmp(str_data(kn), name, n) == 0) return NEWREF(a->kwvals[i]);
        }
    }
    Obj *key = str_from(name, n);
    if (key == NULL) return NULL;
    Obj *r = NULL;
    if (a->mapping != NULL) r = obj_getitem(a->mapping, key);
    else {
        Obj *exc = exc_new(&Exc_KeyError, &key, 1);
        if (exc != NULL) err_set_obj(exc);
    }
    DECREF(key);
    return r;
}

/* The object a field name designates. */
static Obj *field_object(FmtArgs *a, const char *f, size_t n) {
    size_t first = 0;
    while (first < n && f[first] != '.' && f[first] != '[') first++;
    size_t index;
    int num = parse_index(f, first, &index);
    if (num < 0) return NULL;
    Obj *obj;
    if (first == 0) {
        if (a->numbering == 2) {
            err_set_str(&Exc_ValueError,
                        "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        a->numbering = 1;
        obj = positional(a, a->next_auto++);
    } else if (num) {
        if (a->numbering == 1) {
            err_set_str(&Exc_ValueError,
                        "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        a->numbering = 2;
        obj = positional(a, index);
    } else {
        obj = keyword(a, f, first);
    }
    size_t i = first;
    while (obj != NULL && i < n) {
        char c = f[i++];
        size_t start = i;
        Obj *next;
        if (c == '.') {
            while (i < n && f[i] != '.' && f[i] != '[') i++;
            if (i == start) {
                err_set_str(&Exc_ValueError, "Empty attribute in format string");
                DECREF(obj);
                return NULL;
            }
            Obj *name = str_from(f + start, i - start);
            next = name ? obj_getattr(obj, name) : NULL;
            XDECREF(name);
        } else {
            while (i < n && f[i] != ']') i++;
            if (i >= n) {
                err_set_str(&Exc_ValueError, "Missing ']' in format string");
                DECREF(obj);
                return NULL;
            }
            if (i == start) {
                err_set_str(&Exc_ValueError, "Empty attribute in format string");
                DECREF(obj);
                return NULL;
            }
            size_t k;
            int isnum = parse_index(f + start, i - start, &k);
            Obj *key = isnum < 0 ? NULL : isnum ? small_new((intptr_t)k) : str_from(f + start, i - start);
            next = key ? obj_getitem(obj, key) : NULL;
            XDECREF(key);
            i++;   /* the ']' */
            if (next != NULL && i < n && f[i] != '.' && f[i] != '[') {
                err_set_str(&Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                DECREF(next);
                next = NULL;
            }
        }
        DECREF(obj);
        obj = next;
    }
    return obj;
}

/* ---- rendering ----------------------------------------------------------------------- */
static int render(StrBuf *out, const char *f, size_t n, FmtArgs *a, int depth);

/* Appends obj formatted with spec (already expanded) after conversion conv. */
static int append_field(StrBuf *out, Obj *obj, uint32_t conv, const char *spec, size_t specn) {
    if (conv != 0) {
        Obj *c;
        if (conv == 'r') c = obj_repr(obj);
        else if (conv == 's') c = obj_str(obj);
        else if (conv == 'a') c = obj_ascii(obj);
        else {
            if (conv > 32 && conv < 127)
                err_format(&Exc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                err_format(&Exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            return -1;
        }
        if (c == NULL) return -1;
        obj = c;
    } else {
        INCREF(obj);
    }
    int rc;
    if (specn == 0 && IS_TYPE(obj, StrType)) {
        rc = strbuf_append_str(out, obj);
    } else if (specn == 0 && is_small(obj)) {
        char buf[24];
        intptr_t x = small_value(obj);
        size_t k = str_utoa(x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x, 10, false, buf + sizeof buf);
        if (x < 0) buf[sizeof buf - ++k] = '-';
        rc = strbuf_append_known(out, buf + sizeof buf - k, k, k, true);
    } else {
        /* exact built-in types cannot override __format__: call it directly */
        Obj *spec_obj = str_from(spec, specn);
        Obj *s = spec_obj == NULL ? NULL
               : IS_TYPE(obj, StrType) ? str_format_spec(obj, spec_obj)
               : is_exact_int(obj) ? int_format(obj, spec_obj)
               : IS_TYPE(obj, FloatType) ? float_format(obj, spec_obj)
               : obj_format(obj, spec_obj);
        XDECREF(spec_obj);
        rc = s ? strbuf_append_str(out, s) : -1;
        XDECREF(s);
    }
    DECREF(obj);
    return rc;
}

/* Parses and renders the field starting at f[*i] (just after its '{'),
 * leaving *i after its closing '}'. */
static int do_field(StrBuf *out, const char *f, size_t n, size_t *i, FmtArgs *a, int depth) {
    size_t name = *i, k = *i;
    while (k < n && f[k] != '}' && f[k] != '!' && f[k] != ':') {
        if (f[k] == '{') {
            err_set_str(&Exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (f[k++] == '[')
            while (k < n && f[k] != ']') k++;
    }
    if (k >= n) {
        err_set_str(&Exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    size_t name_end = k;
    char delim = f[k++];
    uint32_t conv = 0;
    if (delim == '!') {
        if (k >= n) {
            err_set_str(&Exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        const unsigned char *p = (const unsigned char *)f + k;
        conv = utf8_decode(&p);
        k = (size_t)((const char *)p - f);
        if (k >= n) {
            err_set_str(&Exc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
        delim = f[k++];
        if (delim != ':' && delim != '}') {
            err_set_str(&Exc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    size_t spec = k, spec_end = k;
    bool nested = false;
    if (delim == ':') {
        int count = 1;
        while (k < n) {
            char c = f[k++];
            if (c == '{') {
                nested = true;
                count++;
            } else if (c == '}' && --count == 0) {
                break;
            }
        }
        if (count != 0) {
            err_set_str(&Exc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
        spec_end = k - 1;
    }
    *i = k;
    Obj *obj = field_object(a, f + name, name_end - name);
    if (obj == NULL) return -1;
    int rc;
    if (nested) {
        StrBuf sb;
        strbuf_init(&sb);
        rc = render(&sb, f + spec, spec_end - spec, a, depth - 1);
        if (rc == 0) rc = append_field(out, obj, conv, sb.data, sb.size);
        strbuf_free(&sb);
    } else {
        rc = append_field(out, obj, conv, f + spec, spec_end - spec);
    }
    DECREF(obj);
    return rc;
}

static int render(StrBuf *out, const char *f, size_t n, FmtArgs *a, int depth) {
    if (depth <= 0) {
        err_set_str(&Exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        size_t lit = i;
        while (i < n && f[i] != '{' && f[i] != '}') i++;
        if (i > lit && (a->ascii ? strbuf_append_known(out, f + lit, i - lit, i - lit, true)
                                 : strbuf_append(out, f + lit, i - lit)) < 0)
            return -1;
        if (i >= n) break;
        char c = f[i++];
        if (c == '}') {
            if (i < n && f[i] == '}') {
                i++;
                if (strbuf_append_ascii(out, '}') < 0) return -1;
                continue;
            }
            err_set_str(&Exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (i >= n) {
            err_set_str(&Exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (f[i] == '{') {
            i++;
            if (strbuf_append_ascii(out, '{') < 0) return -1;
            continue;
        }
        if (do_field(out, f, n, &i, a, depth) < 0) return -1;
    }
    return 0;
}

static Obj *format_with(Obj *self, FmtArgs *a) {
    a->ascii = str_is_ascii(self);
    StrBuf b;
    strbuf_init(&b);
    if (render(&b, str_data(self), str_size(self), a, 2) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

Obj *str_m_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FmtArgs a = { .args = args, .nargs = nargs, .kwvals = args + nargs, .kwnames = kwnames };
    return format_with(self, &a);
}

Obj *str_m_format_map(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_onearg("format_map", nargs, kwnames) < 0) return NULL;
    FmtArgs a = { .mapping = args[0] };
    return format_with(self, &a);
}

/* ---- str.__format__ ---------------------------------------------------------------- */
Obj *str_format_spec(Obj *s, Obj *spec) {
    if (str_size(spec) == 0)    /* a subclass's own __str__ decides, as CPython */
        return TYPE(s) == &StrType ? NEWREF(s) : obj_str(s);
    FormatSpec fs;
    if (formatspec_parse(str_data(spec), str_size(spec), '<', 's', "str", &fs) < 0) return NULL;
    if (fs.type != 's') return formatspec_unknown(&fs, "str");
    const char *msg = fs.sign == ' ' ? "Space not allowed in string format specifier"
                    : fs.sign ? "Sign not allowed in string format specifier"
                    : fs.no_neg_zero ? "Negative zero coercion (z) not allowed in string format specifier"
                    : fs.alternate ? "Alternate form (#) not allowed in string format specifier"
                    : fs.align == '=' ? "'=' alignment not allowed in string format specifier" : NULL;
    if (msg != NULL) {
        err_set_str(&Exc_ValueError, msg);
        return NULL;
    }
    size_t len = str_length(s), size = str_size(s);
    if (fs.precision >= 0 && (size_t)fs.precision < len) {
        len = (size_t)fs.precision;
        size = str_offset(s, len);
    }
    return formatspec_pad(&fs, str_data(s), size, len);
}

Obj *str_m___format__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (str_onearg("__format__", nargs, kwnames) < 0) return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "__format__() argument must be str, not %s", arg_type_name(args[0]));
        return NULL;
    }
    return str_format_spec(self, args[0]);
}

Obj *str_m_encode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "encoding", "errors", NULL };
    Obj *a[2];
    if (str_bind("encode", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    return str_encode(self, a[0], a[1]);
}
