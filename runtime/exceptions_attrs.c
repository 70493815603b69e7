/* exceptions_attrs.c: the exception families whose instances carry extra
 * attributes: SystemExit.code, StopIteration.value, ImportError.name/path,
 * AttributeError/NameError.name/obj, SyntaxError's location, and the
 * Unicode errors' encoding/object/start/end/reason with their messages.
 * OSError lives in exceptions_os.c. */
#include <stdio.h>
#include <string.h>
#include "exceptions_internal.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "bytes.h"
#include "int.h"
#include "args.h"

/* A read/write attribute stored in a field (deleting makes it None). */
#define MEMBER(S, field) \
    static Obj *get_##S##_##field(Obj *o) { Obj *v = ((S *)o)->field; return NEWREF(v ? v : NONE); } \
    static int set_##S##_##field(Obj *o, Obj *v) { SETREF(((S *)o)->field, v ? NEWREF(v) : NULL); return 0; }
#define MEMBER_DEF(name, S, field) {name, get_##S##_##field, set_##S##_##field}

static Obj *arg_or_null(Obj *const *args, size_t nargs, size_t i) {
    return i < nargs ? NEWREF(args[i]) : NULL;
}

/* ---- SystemExit, StopIteration ------------------------------------------ */
MEMBER(SystemExitObj, code)
static int systemexit_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (exc_base_init(self, args, nargs, kwnames) < 0) return -1;
    Obj *code = nargs == 0 ? NULL : nargs == 1 ? NEWREF(args[0]) : NEWREF(((ExcObj *)self)->args);
    SETREF(((SystemExitObj *)self)->code, code);
    return 0;
}
static const GetSetDef systemexit_getset[] = { MEMBER_DEF("code", SystemExitObj, code), {NULL} };

MEMBER(StopIterationObj, value)
static int stopiteration_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (exc_base_init(self, args, nargs, kwnames) < 0) return -1;
    SETREF(((StopIterationObj *)self)->value, arg_or_null(args, nargs, 0));
    return 0;
}
static const GetSetDef stopiteration_getset[] = { MEMBER_DEF("value", StopIterationObj, value), {NULL} };

/* ---- keyword-accepting families ------------------------------------------- */
/* Splits off the keywords in `allowed` into out[] (NULL when absent). */
static int take_keywords(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                         const char *const *allowed, Obj **out) {
    for (size_t i = 0; allowed[i]; i++) out[i] = NULL;
    size_t nkw = kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Obj *key = tuple_get(kwnames, k);
        size_t i = 0;
        while (allowed[i] && !str_equal_cstr(key, allowed[i])) i++;
        if (allowed[i] == NULL) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                       key, type_name(self));
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return exc_set_args(self, args, nargs);
}

MEMBER(ImportErrorObj, msg)
MEMBER(ImportErrorObj, name)
MEMBER(ImportErrorObj, path)
static int importerror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const kws[] = {"name", "path", NULL};
    Obj *kw[2];
    if (take_keywords(self, args, nargs, kwnames, kws, kw) < 0) return -1;
    ImportErrorObj *e = (ImportErrorObj *)self;
    SETREF(e->name, kw[0] ? NEWREF(kw[0]) : NULL);
    SETREF(e->path, kw[1] ? NEWREF(kw[1]) : NULL);
    SETREF(e->msg, nargs == 1 ? NEWREF(args[0]) : NULL);
    return 0;
}
static Obj *importerror_str(Obj *self) {
    Obj *msg = ((ImportErrorObj *)self)->msg;
    if (msg != NULL && is_str(msg)) return NEWREF(msg);
    return exc_base_str(self);
}
static const GetSetDef importerror_getset[] = {
    MEMBER_DEF("msg", ImportErrorObj, msg), MEMBER_DEF("name", ImportErrorObj, name),
    MEMBER_DEF("path", ImportErrorObj, path), {NULL},
};

MEMBER(NameErrorObj, name)
MEMBER(NameErrorObj, obj)
static int attributeerror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const kws[] = {"name", "obj", NULL};
    Obj *kw[2];
    if (take_keywords(self, args, nargs, kwnames, kws, kw) < 0) return -1;
    SETREF(((NameErrorObj *)self)->name, kw[0] ? NEWREF(kw[0]) : NULL);
    SETREF(((NameErrorObj *)self)->obj, kw[1] ? NEWREF(kw[1]) : NULL);
    return 0;
}
static int nameerror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const kws[] = {"name", NULL};
    Obj *kw[1];
    if (take_keywords(self, args, nargs, kwnames, kws, kw) < 0) return -1;
    SETREF(((NameErrorObj *)self)->name, kw[0] ? NEWREF(kw[0]) : NULL);
    return 0;
}
static const GetSetDef attributeerror_getset[] = {
    MEMBER_DEF("name", NameErrorObj, name), MEMBER_DEF("obj", NameErrorObj, obj), {NULL},
};
static const GetSetDef nameerror_getset[] = { MEMBER_DEF("name", NameErrorObj, name), {NULL} };

void exc_attribute_error_set_context(Obj *obj, Obj *name) {
    Obj *exc = err_occurred();
    if (exc == NULL) return;
    if (type_is_subtype(TYPE(exc), &Exc_AttributeError)) {
        SETREF(((NameErrorObj *)exc)->obj, obj ? NEWREF(obj) : NULL);
    } else if (!type_is_subtype(TYPE(exc), &Exc_NameError)) {
        return;
    }
    SETREF(((NameErrorObj *)exc)->name, NEWREF(name));
}

/* ---- SyntaxError ------------------------------------------------------------ */
MEMBER(SyntaxErrorObj, msg)
MEMBER(SyntaxErrorObj, filename)
MEMBER(SyntaxErrorObj, lineno)
MEMBER(SyntaxErrorObj, offset)
MEMBER(SyntaxErrorObj, text)
MEMBER(SyntaxErrorObj, end_lineno)
MEMBER(SyntaxErrorObj, end_offset)
MEMBER(SyntaxErrorObj, print_file_and_line)

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntaxerror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (exc_base_init(self, args, nargs, kwnames) < 0) return -1;
    SyntaxErrorObj *e = (SyntaxErrorObj *)self;
    SETREF(e->msg, arg_or_null(args, nargs, 0));
    if (nargs != 2) return 0;
    Obj *info = tuple_from_iterable(args[1]);
    if (info == NULL) return -1;
    size_t n = tuple_size(info);
    if (n < 4 || n > 6) {
        if (n < 4) err_set_str(&Exc_IndexError, "tuple index out of range");
        else err_format(&Exc_TypeError, "function takes at most 6 arguments (%zu given)", n);
        DECREF(info);
        return -1;
    }
    Obj **fields[] = { &e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset };
    for (size_t i = 0; i < n; i++) SETREF(*fields[i], NEWREF(tuple_get(info, i)));
    DECREF(info);
    return 0;
}

/* "msg (file.py, line 3)": only the file's base name, as CPython. */
static Obj *syntaxerror_str(Obj *self) {
    SyntaxErrorObj *e = (SyntaxErrorObj *)self;
    Obj *msg = e->msg ? e->msg : NONE;
    bool have_file = e->filename && is_str(e->filename);
    bool have_line = e->lineno && is_int(e->lineno);
    const char *file = "";
    if (have_file) {
        file = str_data(e->filename);
        const char *slash = strrchr(file, '/');
        if (slash) file = slash + 1;
    }
    if (have_file && have_line) return str_from_format("%S (%s, line %S)", msg, file, e->lineno);
    if (have_file) return str_from_format("%S (%s)", msg, file);
    if (have_line) return str_from_format("%S (line %S)", msg, e->lineno);
    return obj_str(msg);
}

static const GetSetDef syntaxerror_getset[] = {
    MEMBER_DEF("msg", SyntaxErrorObj, msg), MEMBER_DEF("filename", SyntaxErrorObj, filename),
    MEMBER_DEF("lineno", SyntaxErrorObj, lineno), MEMBER_DEF("offset", SyntaxErrorObj, offset),
    MEMBER_DEF("text", SyntaxErrorObj, text), MEMBER_DEF("end_lineno", SyntaxErrorObj, end_lineno),
    MEMBER_DEF("end_offset", SyntaxErrorObj, end_offset),
    MEMBER_DEF("print_file_and_line", SyntaxErrorObj, print_file_and_line), {NULL},
};

/* ---- Unicode errors ----------------------------------------------------------- */
MEMBER(UnicodeErrorObj, encoding)
MEMBER(UnicodeErrorObj, object)
MEMBER(UnicodeErrorObj, start)
MEMBER(UnicodeErrorObj, end)
MEMBER(UnicodeErrorObj, reason)

/* Checks argument i against a kind: 's' str, 'b' bytes-like, 'i' int. */
static int check_unicode_arg(Obj *const *args, size_t i, char kind) {
    Obj *a = args[i];
    bool ok = kind == 's' ? is_str(a) : kind == 'i' ? is_int(a) : is_bytes(a) || is_bytearray(a);
    if (ok) return 0;
    const char *want = kind == 's' ? "str" : kind == 'i' ? "int" : "a bytes-like object";
    if (kind == 'b')
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a));
    else
        err_format(&Exc_TypeError, "argument %zu must be %s, not %s", i + 1, want, type_name(a));
    return -1;
}

/* kinds: the expected argument kinds; fields follow the same order. */
static int unicode_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                        const char *kinds, Obj **const *fields) {
    if (exc_base_init(self, args, nargs, kwnames) < 0) return -1;
    size_t want = strlen(kinds);
    if (nargs != want) {
        err_format(&Exc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    for (size_t i = 0; i < want; i++)
        if (check_unicode_arg(args, i, kinds[i]) < 0) return -1;
    for (size_t i = 0; i < want; i++) {
        Obj *v = args[i];
        if (kinds[i] == 'b' && is_bytearray(v))
            v = bytes_from(((ByteArrayObj *)v)->data, ((ByteArrayObj *)v)->size);
        else
            INCREF(v);
        if (v == NULL) return -1;
        SETREF(*fields[i], v);
    }
    return 0;
}

static int decodeerror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    Obj **const fields[] = { &e->encoding, &e->object, &e->start, &e->end, &e->reason };
    return unicode_init(self, args, nargs, kwnames, "sbiis", fields);
}

static int encodeerror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    Obj **const fields[] = { &e->encoding, &e->object, &e->start, &e->end, &e->reason };
    return unicode_init(self, args, nargs, kwnames, "ssiis", fields);
}

static int translateerror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    Obj **const fields[] = { &e->object, &e->start, &e->end, &e->reason };
    return unicode_init(self, args, nargs, kwnames, "siis", fields);
}

static intptr_t small_or_zero(Obj *o) { return o && is_small(o) ? small_value(o) : 0; }

/* "character '\xe9'" for one code point, as the messages spell it. */
static Obj *codepoint_text(Obj *s, intptr_t i) {
    Obj *ch = str_getitem_index(s, (intptr_t)i);
    if (ch == NULL) return NULL;
    const unsigned char *p = (const unsigned char *)str_data(ch);
    uint32_t cp = p[0];
    if (cp >= 0xc0) {
        int extra = cp >= 0xf0 ? 3 : cp >= 0xe0 ? 2 : 1;
        cp &= 0x3f >> extra;
        for (int k = 1; k <= extra; k++) cp = (cp << 6) | (p[k] & 0x3f);
    }
    DECREF(ch);
    char buf[16];
    if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
    else snprintf(buf, sizeof buf, "\\U%08x", cp);
    return str_from_cstr(buf);
}

static bool single_in_range(UnicodeErrorObj *e, size_t len) {
    intptr_t start = small_or_zero(e->start), end = small_or_zero(e->end);
    return end == start + 1 && start >= 0 && (size_t)start < len;
}

static Obj *decodeerror_str(Obj *self) {
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    if (e->object == NULL) return exc_base_str(self);
    intptr_t start = small_or_zero(e->start);
    if (single_in_range(e, ((BytesObj *)e->object)->size))
        return str_from_format("'%S' codec can't decode byte 0x%02x in position %zd: %S",
                               e->encoding, (int)((BytesObj *)e->object)->data[start], start, e->reason);
    return str_from_format("'%S' codec can't decode bytes in position %zd-%zd: %S",
                           e->encoding, start, small_or_zero(e->end) - 1, e->reason);
}

/* Encode and translate errors share their wording after the prefix. */
static Obj *char_error_str(UnicodeErrorObj *e, Obj *prefix) {
    intptr_t start = small_or_zero(e->start);
    if (single_in_range(e, str_length(e->object))) {
        Obj *ch = codepoint_text(e->object, start);
        if (ch == NULL) return NULL;
        Obj *res = str_from_format("%Ucharacter '%U' in position %zd: %S", prefix, ch, start, e->reason);
        DECREF(ch);
        return res;
    }
    return str_from_format("%Ucharacters in position %zd-%zd: %S", prefix, start,
                           small_or_zero(e->end) - 1, e->reason);
}

static Obj *encodeerror_str(Obj *self) {
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    if (e->object == NULL) return exc_base_str(self);
    Obj *prefix = str_from_format("'%S' codec can't encode ", e->encoding);
    if (prefix == NULL) return NULL;
    Obj *res = char_error_str(e, prefix);
    DECREF(prefix);
    return res;
}

static Obj *translateerror_str(Obj *self) {
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    if (e->object == NULL) return exc_base_str(self);
    Obj *prefix = str_from_cstr("can't translate ");
    if (prefix == NULL) return NULL;
    Obj *res = char_error_str(e, prefix);
    DECREF(prefix);
    return res;
}

static const GetSetDef unicodeerror_getset[] = {
    MEMBER_DEF("encoding", UnicodeErrorObj, encoding), MEMBER_DEF("object", UnicodeErrorObj, object),
    MEMBER_DEF("start", UnicodeErrorObj, start), MEMBER_DEF("end", UnicodeErrorObj, end),
    MEMBER_DEF("reason", UnicodeErrorObj, reason), {NULL},
};

extern Obj *oserror_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames);
extern int oserror_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
extern Obj *oserror_str(Obj *self);
extern const GetSetDef oserror_getset[];

const ExcFamily exc_families[] = {
    {&Exc_SystemExit, sizeof(SystemExitObj), NULL, systemexit_init, NULL, systemexit_getset},
    {&Exc_StopIteration, sizeof(StopIterationObj), NULL, stopiteration_init, NULL, stopiteration_getset},
    {&Exc_ImportError, sizeof(ImportErrorObj), NULL, importerror_init, importerror_str, importerror_getset},
    {&Exc_AttributeError, sizeof(NameErrorObj), NULL, attributeerror_init, NULL, attributeerror_getset},
    {&Exc_NameError, sizeof(NameErrorObj), NULL, nameerror_init, NULL, nameerror_getset},
    {&Exc_SyntaxError, sizeof(SyntaxErrorObj), NULL, syntaxerror_init, syntaxerror_str, syntaxerror_getset},
    {&Exc_UnicodeDecodeError, sizeof(UnicodeErrorObj), NULL, decodeerror_init, decodeerror_str, unicodeerror_getset},
    {&Exc_UnicodeEncodeError, sizeof(UnicodeErrorObj), NULL, encodeerror_init, encodeerror_str, unicodeerror_getset},
    {&Exc_UnicodeTranslateError, sizeof(UnicodeErrorObj), NULL, translateerror_init, translateerror_str, unicodeerror_getset},
    {&Exc_OSError, sizeof(OSErrorObj), oserror_new, oserror_init, oserror_str, oserror_getset},
    {NULL},
};
