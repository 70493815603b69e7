/* object.c: the generic protocols that turn an object into text, a hash, a
 * truth value or a formatted string.  Operators live in object_ops.c,
 * comparisons in compare.c, attributes in object_attr.c, calls in
 * object_call.c, containers and iteration in object_item.c. */
#include "object.h"
#include "err.h"
#include "str.h"
#include "tstate.h"
#include "ident.h"
#include <stdio.h>

const char *type_name(const Obj *o) {
    return TYPE(o)->name;
}

/* Checks that a __repr__/__str__ result is a str (consumed on failure). */
static Obj *check_str_result(Obj *res, const char *what) {
    if (res != NULL && !is_str(res)) {
        err_format(&Exc_TypeError, "%s returned non-string (type %s)", what, type_name(res));
        DECREF(res);
        return NULL;
    }
    return res;
}

Obj *obj_repr(Obj *o) {
    Type *t = TYPE(o);
    if (t == &StrType) return str_repr(o);
    if (recursion_enter(" while getting the repr of an object") < 0) return NULL;
    /* a type not readied yet has not inherited object's repr */
    Obj *res = (t->repr ? t->repr : ObjectType.repr)(o);
    recursion_leave();
    return check_str_result(res, "__repr__");
}

Obj *obj_str(Obj *o) {
    Type *t = TYPE(o);
    if (t == &StrType) return NEWREF(o);
    if (t->str == NULL) return obj_repr(o);
    if (recursion_enter(" while getting the str of an object") < 0) return NULL;
    Obj *res = t->str(o);
    recursion_leave();
    return check_str_result(res, "__str__");
}

/* Escapes one non-ASCII code point the way ascii() does. */
static int append_ascii_escape(StrBuf *b, uint32_t cp) {
    char tmp[16];
    if (cp < 0x100) snprintf(tmp, sizeof tmp, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(tmp, sizeof tmp, "\\u%04x", cp);
    else snprintf(tmp, sizeof tmp, "\\U%08x", cp);
    return strbuf_append_cstr(b, tmp);
}

/* Decodes one UTF-8 sequence (the string is valid UTF-8) at *p. */
static uint32_t utf8_next(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t cp;
    int extra;
    if (s[0] < 0xe0) { cp = s[0] & 0x1f; extra = 1; }
    else if (s[0] < 0xf0) { cp = s[0] & 0x0f; extra = 2; }
    else { cp = s[0] & 0x07; extra = 3; }
    for (int i = 1; i <= extra; i++) cp = (cp << 6) | (s[i] & 0x3f);
    *p = s + extra + 1;
    return cp;
}

Obj *obj_ascii(Obj *o) {
    Obj *r = obj_repr(o);
    if (r == NULL || ((StrObj *)r)->ascii) return r;
    StrBuf b;
    strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)str_data(r);
    const unsigned char *end = p + str_size(r);
    int rc = 0;
    while (p < end && rc == 0) {
        if (*p < 0x80) rc = strbuf_append(&b, (const char *)p++, 1);
        else rc = append_ascii_escape(&b, utf8_next(&p));
    }
    DECREF(r);
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

intptr_t obj_hash(Obj *o) {
    Type *t = TYPE(o);
    if (t->hash == NULL && !(t->flags & TF_READY)) {
        /* a C type used before anything readied it inherits object's hash */
        if (type_ready(t) < 0) return -1;
    }
    if (t->hash == NULL) {
        err_format(&Exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(o);
}

int obj_is_true(Obj *o) {
    if (o == TRUE_) return 1;
    if (o == FALSE_ || o == NONE) return 0;
    if (is_small(o)) return small_value(o) != 0;
    Type *t = o->type;
    if (t->number != NULL && t->number->bool_ != NULL) return t->number->bool_(o);
    if (t->mapping != NULL && t->mapping->len != NULL) {
        intptr_t n = t->mapping->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

Obj *obj_format(Obj *o, Obj *spec) {
    bool empty = spec == NULL || str_size(spec) == 0;
    if (empty && (IS_TYPE(o, StrType) || is_small(o))) return obj_str(o);
    Obj *meth = type_lookup(TYPE(o), IDENT(__format__));
    if (meth == NULL) {
        err_format(&Exc_TypeError, "Type %s doesn't define __format__", type_name(o));
        return NULL;
    }
    Obj *args[2] = { o, spec ? spec : str_intern_cstr("") };
    Obj *res = obj_call_unbound(meth, o, args + 1, 1);
    if (res != NULL && !is_str(res)) {
        err_format(&Exc_TypeError, "__format__ must return a str, not %s", type_name(res));
        DECREF(res);
        return NULL;
    }
    return res;
}
