/* json_scanner.c: _json.Scanner (make_scanner): scanner(string, idx)
 * decodes the JSON value at idx and returns (value, end), or raises
 * StopIteration(idx) when no value starts there, as CPython's c scanner:
 * JSONDecodeError for malformed objects, arrays and strings, the decoder's
 * hooks (object_hook, object_pairs_hook, parse_float, parse_int,
 * parse_constant), shared key strings, RecursionError on deep nesting.
 * Fast paths build ints and floats directly when parse_int is int and
 * parse_float is float. */
#include <stdlib.h>
#include <string.h>
#include "json_internal.h"
#include "args.h"
#include "dict.h"
#include "dict_internal.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str_internal.h"
#include "tstate.h"
#include "tuple.h"

typedef struct ScannerObj {
    Obj ob;
    bool strict;
    Obj *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
} ScannerObj;

/* One call of a scanner on one document. */
typedef struct Scan {
    ScannerObj *sc;
    Obj *doc;
    const unsigned char *data;
    size_t size;
    JsonMemo memo;
} Scan;

static inline size_t skip_ws(const Scan *s, size_t i) {
    while (i < s->size) {
        unsigned char c = s->data[i];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
        i++;
    }
    return i;
}

static Obj *scan_value(Scan *s, size_t i, size_t *end);

static inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* A number at i (CPython's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?). */
static Obj *scan_number(Scan *s, size_t start, size_t *end) {
    const unsigned char *d = s->data;
    size_t n = s->size, i = start;
    if (i < n && d[i] == '-') i++;
    if (i < n && d[i] >= '1' && d[i] <= '9') {
        i++;
        while (i < n && is_digit(d[i])) i++;
    } else if (i < n && d[i] == '0') {
        i++;
    } else {
        json_raise_stop(s->doc, start);
        return NULL;
    }
    bool is_float = false;
    if (i + 1 < n && d[i] == '.' && is_digit(d[i + 1])) {
        is_float = true;
        i += 2;
        while (i < n && is_digit(d[i])) i++;
    }
    if (i + 1 < n && (d[i] == 'e' || d[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (d[j] == '-' || d[j] == '+')) j++;
        if (j < n && is_digit(d[j])) {
            while (j < n && is_digit(d[j])) j++;
            is_float = true;
            i = j;
        }
    }
    *end = i;
    const char *text = (const char *)d + start;
    size_t len = i - start;
    Obj *hook = is_float ? s->sc->parse_float : s->sc->parse_int;
    if (hook != (is_float ? (Obj *)&FloatType : (Obj *)&IntType)) {
        Obj *num = str_from_known(text, len, len, true);
        if (num == NULL) return NULL;
        Obj *res = obj_call1(hook, num);
        DECREF(num);
        return res;
    }
    if (!is_float) {
        size_t digits = len - (text[0] == '-');
        if (digits <= 18) {
            int64_t v = 0;
            for (size_t k = len - digits; k < len; k++) v = v * 10 + (text[k] - '0');
            return small_new((intptr_t)(text[0] == '-' ? -v : v));
        }
        return int_from_string(text, len, 10);
    }
    char small[64];
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (buf == NULL) {
        err_no_memory();
        return NULL;
    }
    memcpy(buf, text, len);
    buf[len] = '\0';
    double v = strtod(buf, NULL);
    if (buf != small) free(buf);
    return float_new(v);
}

/* parse_constant(name) for NaN, Infinity, -Infinity. */
static Obj *scan_constant(Scan *s, const char *name, size_t i, size_t *end) {
    size_t len = strlen(name);
    Obj *text = str_from_known(name, len, len, true);
    if (text == NULL) return NULL;
    Obj *res = obj_call1(s->sc->parse_constant, text);
    DECREF(text);
    *end = i + len;
    return res;
}

static bool has_word(const Scan *s, size_t i, const char *word, size_t len) {
    return i + len <= s->size && memcmp(s->data + i, word, len) == 0;
}

/* The object whose body starts at i (after the '{'). */
static Obj *scan_object(Scan *s, size_t i, size_t *end) {
    ScannerObj *sc = s->sc;
    bool pairs = sc->object_pairs_hook != NONE;
    Obj *res = pairs ? list_new(0) : dict_new();
    if (res == NULL) return NULL;
    const unsigned char *d = s->data;
    i = skip_ws(s, i);
    if (i < s->size && d[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= s->size || d[i] != '"') {
                json_raise_error("Expecting property name enclosed in double quotes", s->doc, i);
                goto fail;
            }
            Obj *key = json_scan_string(s->doc, i + 1, sc->strict, &s->memo, &i);
            if (key == NULL) goto fail;
            i = skip_ws(s, i);
            if (i >= s->size || d[i] != ':') {
                DECREF(key);
                json_raise_error("Expecting ':' delimiter", s->doc, i);
                goto fail;
            }
            i = skip_ws(s, i + 1);
            Obj *val = scan_value(s, i, &i);
            if (val == NULL) {
                DECREF(key);
                goto fail;
            }
            int rc;
            if (pairs) {
                Obj *item = tuple_new(2);
                if (item == NULL) {
                    rc = -1;
                    DECREF(key);
                    DECREF(val);
                } else {
                    tuple_set(item, 0, key);
                    tuple_set(item, 1, val);
                    rc = list_append(res, item);
                    DECREF(item);
                }
            } else {
                rc = dict_set_hashed(res, key, str_hash(key), val);
                DECREF(key);
                DECREF(val);
            }
            if (rc < 0) goto fail;
            i = skip_ws(s, i);
            if (i < s->size && d[i] == '}') {
                i++;
                break;
            }
            if (i >= s->size || d[i] != ',') {
                json_raise_error("Expecting ',' delimiter", s->doc, i);
                goto fail;
            }
            i = skip_ws(s, i + 1);
        }
    }
    *end = i;
    if (pairs) {
        Obj *r = obj_call1(sc->object_pairs_hook, res);
        DECREF(res);
        return r;
    }
    if (sc->object_hook != NONE) {
        Obj *r = obj_call1(sc->object_hook, res);
        DECREF(res);
        return r;
    }
    return res;
fail:
    DECREF(res);
    return NULL;
}

/* The array whose body starts at i (after the '['). */
static Obj *scan_array(Scan *s, size_t i, size_t *end) {
    Obj *res = list_new(0);
    if (res == NULL) return NULL;
    const unsigned char *d = s->data;
    i = skip_ws(s, i);
    if (i < s->size && d[i] == ']') {
        i++;
    } else {
        for (;;) {
            Obj *val = scan_value(s, i, &i);
            if (val == NULL) goto fail;
            int rc = list_append(res, val);
            DECREF(val);
            if (rc < 0) goto fail;
            i = skip_ws(s, i);
            if (i < s->size && d[i] == ']') {
                i++;
                break;
            }
            if (i >= s->size || d[i] != ',') {
                json_raise_error("Expecting ',' delimiter", s->doc, i);
                goto fail;
            }
            i = skip_ws(s, i + 1);
        }
    }
    *end = i;
    return res;
fail:
    DECREF(res);
    return NULL;
}

static Obj *scan_value(Scan *s, size_t i, size_t *end) {
    if (i >= s->size) {
        json_raise_stop(s->doc, i);
        return NULL;
    }
    Obj *res;
    switch (s->data[i]) {
    case '"':
        return json_scan_string(s->doc, i + 1, s->sc->strict, NULL, end);
    case '{':
        if (recursion_enter(" while decoding a JSON object from a unicode string") < 0) return NULL;
        res = scan_object(s, i + 1, end);
        recursion_leave();
        return res;
    case '[':
        if (recursion_enter(" while decoding a JSON array from a unicode string") < 0) return NULL;
        res = scan_array(s, i + 1, end);
        recursion_leave();
        return res;
    case 'n':
        if (has_word(s, i, "null", 4)) {
            *end = i + 4;
            return NEWREF(NONE);
        }
        break;
    case 't':
        if (has_word(s, i, "true", 4)) {
            *end = i + 4;
            return NEWREF(TRUE_);
        }
        break;
    case 'f':
        if (has_word(s, i, "false", 5)) {
            *end = i + 5;
            return NEWREF(FALSE_);
        }
        break;
    case 'N':
        if (has_word(s, i, "NaN", 3)) return scan_constant(s, "NaN", i, end);
        break;
    case 'I':
        if (has_word(s, i, "Infinity", 8)) return scan_constant(s, "Infinity", i, end);
        break;
    case '-':
        if (has_word(s, i, "-Infinity", 9)) return scan_constant(s, "-Infinity", i, end);
        break;
    default:
        break;
    }
    return scan_number(s, i, end);
}

/* scanner(string, idx) -> (value, end) */
static Obj *scanner_call(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"string", "idx", NULL};
    Obj *a[2];
    if (args_bind("scan_once", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    intptr_t idx;
    if (int_index_ssize(a[1], &idx) < 0) return NULL;
    Obj *doc = a[0];
    if (!is_str(doc)) return json_not_a_string(doc);
    if (idx < 0) {
        err_set_str(&Exc_ValueError, "idx cannot be negative");
        return NULL;
    }
    if ((size_t)idx >= str_length(doc)) {
        Obj *pos = int_from_i64(idx);
        Obj *exc = exc_new(&Exc_StopIteration, &pos, 1);
        DECREF(pos);
        if (exc != NULL) err_set_obj(exc);
        return NULL;
    }
    Scan s = {(ScannerObj *)self, doc, (const unsigned char *)str_data(doc), str_size(doc)};
    json_memo_init(&s.memo);
    size_t start = str_offset(doc, (size_t)idx), end;
    Obj *val = scan_value(&s, start, &end);
    json_memo_free(&s.memo);
    if (val == NULL) return NULL;
    size_t end_idx = (size_t)idx + (str_is_ascii(doc) ? end - start
                                    : utf8_count(str_data(doc) + start, end - start));
    Obj *pos = int_from_u64(end_idx);
    if (pos == NULL) {
        DECREF(val);
        return NULL;
    }
    Obj *res = tuple_new(2);
    if (res == NULL) {
        DECREF(val);
        DECREF(pos);
        return NULL;
    }
    tuple_set(res, 0, val);
    tuple_set(res, 1, pos);
    return res;
}

/* make_scanner(context): the hooks are read from the decoder once. */
static Obj *scanner_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"context", NULL};
    Obj *ctx;
    if (args_bind("make_scanner", args, nargs, kwnames, names, 1, &ctx) < 0) return NULL;
    ScannerObj *sc = (ScannerObj *)obj_alloc(t, t->size);
    if (sc == NULL) return NULL;
    Obj *strict = obj_getattr_cstr(ctx, "strict");
    int truth = strict ? obj_is_true(strict) : -1;
    XDECREF(strict);
    if (truth < 0) goto fail;
    sc->strict = truth;
    if ((sc->object_hook = obj_getattr_cstr(ctx, "object_hook")) == NULL ||
        (sc->object_pairs_hook = obj_getattr_cstr(ctx, "object_pairs_hook")) == NULL ||
        (sc->parse_float = obj_getattr_cstr(ctx, "parse_float")) == NULL ||
        (sc->parse_int = obj_getattr_cstr(ctx, "parse_int")) == NULL ||
        (sc->parse_constant = obj_getattr_cstr(ctx, "parse_constant")) == NULL)
        goto fail;
    return (Obj *)sc;
fail:
    DECREF((Obj *)sc);
    return NULL;
}

static void scanner_dealloc(Obj *o) {
    ScannerObj *sc = (ScannerObj *)o;
    XDECREF(sc->object_hook);
    XDECREF(sc->object_pairs_hook);
    XDECREF(sc->parse_float);
    XDECREF(sc->parse_int);
    XDECREF(sc->parse_constant);
    Type *t = TYPE(o);
    obj_free(o);
    if (type_has(t, TF_HEAPTYPE)) DECREF((Obj *)t);
}

static Obj *g_strict(Obj *self) { return NEWREF(bool_from(((ScannerObj *)self)->strict)); }
static Obj *g_object_hook(Obj *self) { return NEWREF(((ScannerObj *)self)->object_hook); }
static Obj *g_object_pairs_hook(Obj *self) { return NEWREF(((ScannerObj *)self)->object_pairs_hook); }
static Obj *g_parse_float(Obj *self) { return NEWREF(((ScannerObj *)self)->parse_float); }
static Obj *g_parse_int(Obj *self) { return NEWREF(((ScannerObj *)self)->parse_int); }
static Obj *g_parse_constant(Obj *self) { return NEWREF(((ScannerObj *)self)->parse_constant); }

static const GetSetDef scanner_getset[] = {
    {"strict", g_strict, getset_readonly},
    {"object_hook", g_object_hook, getset_readonly},
    {"object_pairs_hook", g_object_pairs_hook, getset_readonly},
    {"parse_float", g_parse_float, getset_readonly},
    {"parse_int", g_parse_int, getset_readonly},
    {"parse_constant", g_parse_constant, getset_readonly},
    {NULL},
};

Type JsonScannerType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_json.Scanner",
    .size = sizeof(ScannerObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = scanner_dealloc,
    .new_ = scanner_new,
    .call = scanner_call,
    .getset = scanner_getset,
    .doc = "JSON scanner object",
};
