/* json_encoder.c: _json.Encoder (make_encoder): encoder(obj, level) turns
 * obj into JSON text in one buffer and returns it as a one-item list, as
 * CPython 3.11's c_make_encoder (which json uses for one-shot encoding
 * without indent): int.__repr__/float.__repr__ for int and float
 * subclasses, NaN/Infinity per allow_nan, circular reference detection
 * through `markers`, `default` for other objects, skipkeys, sort_keys and
 * the key conversions of int, float, bool and None keys. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "json_internal.h"
#include "args.h"
#include "builtin_func.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str_internal.h"
#include "tstate.h"
#include "tuple.h"

typedef struct EncoderObj {
    Obj ob;
    Obj *markers, *defaultfn, *encoder, *indent, *key_separator, *item_separator;
    bool sort_keys, skipkeys, allow_nan;
    int (*fast)(StrBuf *, Obj *);   /* the escaper when `encoder` is ours */
} EncoderObj;

static int encode_obj(EncoderObj *e, StrBuf *b, Obj *o);

/* Appends ASCII text. */
static inline int put(StrBuf *b, const char *text, size_t n) {
    if (json_reserve(b, n) < 0) return -1;
    memcpy(b->data + b->size, text, n);
    b->size += n;
    b->length += n;
    return 0;
}

/* Appends a str (the separators). */
static inline int put_str(StrBuf *b, Obj *s) {
    size_t n = str_size(s);
    if (json_reserve(b, n) < 0) return -1;
    memcpy(b->data + b->size, str_data(s), n);
    b->size += n;
    b->length += str_length(s);
    b->ascii &= str_is_ascii(s);
    return 0;
}

/* The text of float v (NULL for a non-finite v refused by allow_nan). */
static const char *float_text(EncoderObj *e, double v, char *buf, size_t size) {
    if (isfinite(v)) {
        float_repr_cstr(v, buf, size);
        return buf;
    }
    if (!e->allow_nan) {
        err_set_str(&Exc_ValueError, "Out of range float values are not JSON compliant");
        return NULL;
    }
    return isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
}

/* The decimal text of a small int, written before `end`; returns its start. */
static char *small_text(intptr_t v, char *end) {
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (v < 0) *--p = '-';
    return p;
}

static int encode_string(EncoderObj *e, StrBuf *b, Obj *s) {
    if (e->fast != NULL) return e->fast(b, s);
    Obj *r = obj_call1(e->encoder, s);
    if (r == NULL) return -1;
    if (!is_str(r)) {
        err_format(&Exc_TypeError, "encoder() must return a string, not %s", type_name(r));
        DECREF(r);
        return -1;
    }
    int rc = strbuf_append_str(b, r);
    DECREF(r);
    return rc;
}

/* A key that is not a str, as its text (quoted by the encoder). */
static int encode_key_text(EncoderObj *e, StrBuf *b, const char *text, size_t n) {
    if (e->fast != NULL) {
        if (json_reserve(b, n + 2) < 0) return -1;
        b->data[b->size] = '"';
        memcpy(b->data + b->size + 1, text, n);
        b->data[b->size + n + 1] = '"';
        b->size += n + 2;
        b->length += n + 2;
        return 0;
    }
    Obj *s = str_from_known(text, n, n, true);
    if (s == NULL) return -1;
    int rc = encode_string(e, b, s);
    DECREF(s);
    return rc;
}

/* Writes key k; 1 when it is skipped (skipkeys), -1 on error. */
static int encode_key(EncoderObj *e, StrBuf *b, Obj *k) {
    char buf[32];
    if (is_str(k)) return encode_string(e, b, k);
    if (is_float(k)) {
        const char *t = float_text(e, float_value(k), buf, sizeof buf);
        return t == NULL ? -1 : encode_key_text(e, b, t, strlen(t));
    }
    if (k == TRUE_) return encode_key_text(e, b, "true", 4);
    if (k == FALSE_) return encode_key_text(e, b, "false", 5);
    if (k == NONE) return encode_key_text(e, b, "null", 4);
    if (is_small(k)) {
        char *p = small_text(small_value(k), buf + sizeof buf);
        return encode_key_text(e, b, p, (size_t)(buf + sizeof buf - p));
    }
    if (is_int(k)) {
        Obj *r = int_repr(k);
        if (r == NULL) return -1;
        int rc = encode_key_text(e, b, str_data(r), str_size(r));
        DECREF(r);
        return rc;
    }
    if (e->skipkeys) return 1;
    err_format(&Exc_TypeError, "keys must be str, int, float, bool or None, not %s", type_name(k));
    return -1;
}

/* Enters o in markers (*ident: the key to remove afterwards, or NULL). */
static int mark(EncoderObj *e, Obj *o, Obj **ident) {
    *ident = NULL;
    if (e->markers == NONE) return 0;
    Obj *id = int_from_u64((uintptr_t)o);
    if (id == NULL) return -1;
    int has = dict_contains(e->markers, id);
    if (has != 0) {
        if (has > 0) err_set_str(&Exc_ValueError, "Circular reference detected");
        DECREF(id);
        return -1;
    }
    if (dict_set(e->markers, id, o) < 0) {
        DECREF(id);
        return -1;
    }
    *ident = id;
    return 0;
}

static int unmark(EncoderObj *e, Obj *ident) {
    if (ident == NULL) return 0;
    int rc = dict_del(e->markers, ident);
    DECREF(ident);
    return rc;
}

/* One key: value pair; *first says whether a separator is due. */
static int encode_pair(EncoderObj *e, StrBuf *b, Obj *k, Obj *v, bool *first) {
    size_t undo = b->size, undo_len = b->length;
    if (!*first && put_str(b, e->item_separator) < 0) return -1;
    int rc = encode_key(e, b, k);
    if (rc != 0) {
        b->size = undo;
        b->length = undo_len;
        return rc > 0 ? 0 : -1;
    }
    *first = false;
    if (put_str(b, e->key_separator) < 0) return -1;
    return encode_obj(e, b, v);
}

/* The (key, value) items of a dict subclass, or sorted: a list. */
static Obj *dict_items(Obj *d) {
    if (TYPE(d) == &DictType) return dict_items_list(d);
    Obj *r = obj_call_method(d, str_intern_cstr("items"), NULL, 0);
    if (r == NULL) return NULL;
    Obj *l = list_from_iterable(r);
    if (l == NULL && err_matches(&Exc_TypeError)) {
        err_clear();
        err_format(&Exc_TypeError, "%s.items() returned a non-iterable (type %s)",
                   type_name(d), type_name(r));
    }
    DECREF(r);
    return l;
}

static int encode_dict(EncoderObj *e, StrBuf *b, Obj *d) {
    if (dict_size(d) == 0) return put(b, "{}", 2);
    Obj *ident;
    if (mark(e, d, &ident) < 0) return -1;
    if (put(b, "{", 1) < 0) goto fail;
    bool first = true;
    if (TYPE(d) == &DictType && !e->sort_keys) {
        /* the pairs as they are now (CPython encodes a copy of the items,
         * whatever `default` does to the dict meanwhile), without tuples */
        size_t n = dict_size(d), count = 0, pos = 0;
        Obj *small[64], **kv = 2 * n <= 64 ? small : malloc(2 * n * sizeof *kv);
        if (kv == NULL) {
            err_no_memory();
            goto fail;
        }
        Obj *k, *v;
        while (count < 2 * n && dict_next(d, &pos, &k, &v)) {
            kv[count++] = NEWREF(k);
            kv[count++] = NEWREF(v);
        }
        int rc = 0;
        for (size_t i = 0; i < count && rc == 0; i += 2) rc = encode_pair(e, b, kv[i], kv[i + 1], &first);
        for (size_t i = 0; i < count; i++) DECREF(kv[i]);
        if (kv != small) free(kv);
        if (rc < 0) goto fail;
    } else {
        Obj *items = dict_items(d);
        if (items == NULL) goto fail;
        if (e->sort_keys && list_sort(items, NULL, false) < 0) {
            DECREF(items);
            goto fail;
        }
        for (size_t i = 0; i < list_size(items); i++) {
            Obj *item = list_get(items, i);
            if (!is_tuple(item) || tuple_size(item) != 2) {
                err_set_str(&Exc_ValueError, "items must return 2-tuples");
                DECREF(items);
                goto fail;
            }
            if (encode_pair(e, b, tuple_get(item, 0), tuple_get(item, 1), &first) < 0) {
                DECREF(items);
                goto fail;
            }
        }
        DECREF(items);
    }
    if (unmark(e, ident) < 0) return -1;
    return put(b, "}", 1);
fail:
    XDECREF(ident);
    return -1;
}

/* A list or tuple; subclasses are iterated (their __iter__ counts), as
 * CPython's PySequence_Fast does. */
static int encode_seq(EncoderObj *e, StrBuf *b, Obj *seq) {
    Type *t = TYPE(seq);
    Obj *items = t == &ListType || t == &TupleType ? NEWREF(seq) : list_from_iterable(seq);
    if (items == NULL) return -1;
    bool list = is_list(items);
    size_t n = list ? list_size(items) : tuple_size(items);
    if (n == 0) {
        DECREF(items);
        return put(b, "[]", 2);
    }
    Obj *ident;
    if (mark(e, seq, &ident) < 0) {
        DECREF(items);
        return -1;
    }
    if (put(b, "[", 1) < 0) goto fail;
    for (size_t i = 0; i < (list ? list_size(items) : n); i++) {
        if (i > 0 && put_str(b, e->item_separator) < 0) goto fail;
        Obj *item = list ? list_get(items, i) : tuple_get(items, i);
        INCREF(item);
        int rc = encode_obj(e, b, item);
        DECREF(item);
        if (rc < 0) goto fail;
    }
    DECREF(items);
    if (unmark(e, ident) < 0) return -1;
    return put(b, "]", 1);
fail:
    DECREF(items);
    XDECREF(ident);
    return -1;
}

/* An object of no JSON type: default(o), encoded in turn. */
static int encode_other(EncoderObj *e, StrBuf *b, Obj *o) {
    Obj *ident;
    if (mark(e, o, &ident) < 0) return -1;
    Obj *r = obj_call1(e->defaultfn, o);
    if (r == NULL) goto fail;
    int rc = recursion_enter(" while encoding a JSON object");
    if (rc == 0) {
        rc = encode_obj(e, b, r);
        recursion_leave();
    }
    DECREF(r);
    if (rc < 0) goto fail;
    return unmark(e, ident);
fail:
    XDECREF(ident);
    return -1;
}

static int encode_obj(EncoderObj *e, StrBuf *b, Obj *o) {
    char buf[32];
    if (is_small(o)) {
        char *p = small_text(small_value(o), buf + sizeof buf);
        return put(b, p, (size_t)(buf + sizeof buf - p));
    }
    if (o == NONE) return put(b, "null", 4);
    if (o == TRUE_) return put(b, "true", 4);
    if (o == FALSE_) return put(b, "false", 5);
    Type *t = o->type;
    if (type_has(t, TF_STR_SUBCLASS)) return encode_string(e, b, o);
    if (type_has(t, TF_INT_SUBCLASS)) {
        Obj *r = int_repr(o);
        if (r == NULL) return -1;
        int rc = put(b, str_data(r), str_size(r));
        DECREF(r);
        return rc;
    }
    if (is_float(o)) {
        const char *text = float_text(e, float_value(o), buf, sizeof buf);
        return text == NULL ? -1 : put(b, text, strlen(text));
    }
    bool seq = type_has(t, TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS);
    if (seq || type_has(t, TF_DICT_SUBCLASS)) {
        if (recursion_enter(" while encoding a JSON object") < 0) return -1;
        int rc = seq ? encode_seq(e, b, o) : encode_dict(e, b, o);
        recursion_leave();
        return rc;
    }
    return encode_other(e, b, o);
}

/* encoder(obj, _current_indent_level) -> [json text] */
static Obj *encoder_call(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    Obj *a[2];
    intptr_t level;
    if (args_bind("_iterencode", args, nargs, kwnames, names, 2, a) < 0 ||
        int_index_ssize(a[1], &level) < 0)
        return NULL;
    StrBuf b;
    strbuf_init(&b);
    if (encode_obj((EncoderObj *)self, &b, a[0]) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    Obj *s = strbuf_finish(&b);
    if (s == NULL) return NULL;
    Obj *l = list_new(1);
    if (l == NULL) {
        DECREF(s);
        return NULL;
    }
    list_set_new(l, 0, s);
    return l;
}

static Obj *encoder_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"markers", "default", "encoder", "indent",
                                        "key_separator", "item_separator", "sort_keys",
                                        "skipkeys", "allow_nan", NULL};
    Obj *a[9];
    if (args_bind("make_encoder", args, nargs, kwnames, names, 9, a) < 0) return NULL;
    if (a[0] != NONE && !is_dict(a[0])) {
        err_format(&Exc_TypeError, "make_encoder() argument 1 must be dict or None, not %s",
                   type_name(a[0]));
        return NULL;
    }
    for (int i = 4; i < 6; i++) {
        if (!is_str(a[i])) {
            err_format(&Exc_TypeError, "make_encoder() argument %d must be str, not %s", i + 1,
                       a[i] == NONE ? "None" : type_name(a[i]));
            return NULL;
        }
    }
    int flags[3];
    for (int i = 0; i < 3; i++)
        if ((flags[i] = obj_is_true(a[6 + i])) < 0) return NULL;
    EncoderObj *e = (EncoderObj *)obj_alloc(t, t->size);
    if (e == NULL) return NULL;
    e->markers = NEWREF(a[0]);
    e->defaultfn = NEWREF(a[1]);
    e->encoder = NEWREF(a[2]);
    e->indent = NEWREF(a[3]);
    e->key_separator = NEWREF(a[4]);
    e->item_separator = NEWREF(a[5]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    if (TYPE(a[2]) == &BuiltinFuncType) {
        methodfunc fn = ((BuiltinFuncObj *)a[2])->def->fn;
        if (fn == json_encode_basestring_ascii) e->fast = json_escape_ascii;
        else if (fn == json_encode_basestring) e->fast = json_escape_utf8;
    }
    return (Obj *)e;
}

static void encoder_dealloc(Obj *o) {
    EncoderObj *e = (EncoderObj *)o;
    XDECREF(e->markers);
    XDECREF(e->defaultfn);
    XDECREF(e->encoder);
    XDECREF(e->indent);
    XDECREF(e->key_separator);
    XDECREF(e->item_separator);
    Type *t = TYPE(o);
    obj_free(o);
    if (type_has(t, TF_HEAPTYPE)) DECREF((Obj *)t);
}

#define GETTER(field) \
    static Obj *g_##field(Obj *self) { return NEWREF(((EncoderObj *)self)->field); }
GETTER(markers)
GETTER(defaultfn)
GETTER(encoder)
GETTER(indent)
GETTER(key_separator)
GETTER(item_separator)
#undef GETTER
static Obj *g_sort_keys(Obj *self) { return NEWREF(bool_from(((EncoderObj *)self)->sort_keys)); }
static Obj *g_skipkeys(Obj *self) { return NEWREF(bool_from(((EncoderObj *)self)->skipkeys)); }

static const GetSetDef encoder_getset[] = {
    {"markers", g_markers, getset_readonly},
    {"default", g_defaultfn, getset_readonly},
    {"encoder", g_encoder, getset_readonly},
    {"indent", g_indent, getset_readonly},
    {"key_separator", g_key_separator, getset_readonly},
    {"item_separator", g_item_separator, getset_readonly},
    {"sort_keys", g_sort_keys, getset_readonly},
    {"skipkeys", g_skipkeys, getset_readonly},
    {NULL},
};

Type JsonEncoderType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_json.Encoder",
    .size = sizeof(EncoderObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = encoder_dealloc,
    .new_ = encoder_new,
    .call = encoder_call,
    .getset = encoder_getset,
    .doc = "_iterencode(obj, _current_indent_level) -> iterable",
};
