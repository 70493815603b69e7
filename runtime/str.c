/* str.c: the core of str: allocation, the shared empty and one-character
 * strings, hashing (XXH3), equality, concatenation and code-point indexing.
 *
 * Strings are UTF-8.  ASCII strings (the common case) index in O(1).  For the
 * others, a one-entry cache remembers the last (string, index, byte offset)
 * conversion, so loops walking a string with s[i] stay linear overall. */
#include <xxhash.h>
#include "str_internal.h"
#include "err.h"

/* ---- allocation ---------------------------------------------------------- */
Obj *str_new_raw_type(Type *type, size_t size, size_t length, bool ascii) {
    size_t base = type->size > sizeof(StrObj) ? type->size : sizeof(StrObj);
    StrObj *s = (StrObj *)obj_alloc(type, base + size + 1);
    if (s == NULL) return NULL;
    s->hash = -1;
    s->size = size;
    s->length = length;
    s->ascii = ascii;
    s->data[size] = '\0';
    return (Obj *)s;
}

Obj *str_new_raw(size_t size, size_t length, bool ascii) {
    return str_new_raw_type(&StrType, size, length, ascii);
}

/* Static singletons: the 128 ASCII characters and the empty string, laid
 * out like StrObj with room for their data, initialised at compile time so
 * that handing one out is just an address. */
typedef struct SmallStr {
    Obj ob;
    intptr_t hash;
    size_t size, length;
    bool ascii, interned;
    char data[2];
} SmallStr;
_Static_assert(offsetof(SmallStr, data) == offsetof(StrObj, data), "SmallStr must match StrObj");

#define SMALL1(c) { STATIC_HEAD(&StrType), -1, 1, 1, true, false, { (char)(c), 0 } }
#define SMALL4(c) SMALL1(c), SMALL1((c) + 1), SMALL1((c) + 2), SMALL1((c) + 3)
#define SMALL16(c) SMALL4(c), SMALL4((c) + 4), SMALL4((c) + 8), SMALL4((c) + 12)
#define SMALL64(c) SMALL16(c), SMALL16((c) + 16), SMALL16((c) + 32), SMALL16((c) + 48)
static SmallStr small_strs[129] = {
    SMALL64(0), SMALL64(64),
    { STATIC_HEAD(&StrType), -1, 0, 0, true, false, { 0, 0 } },   /* '' */
};

Obj *str_empty(void) { return (Obj *)&small_strs[128]; }
Obj *str_ascii_char(unsigned char c) { return (Obj *)&small_strs[c & 0x7f]; }

Obj *str_from_known(const char *utf8, size_t size, size_t length, bool ascii) {
    if (size <= 1) return size == 0 ? str_empty() : str_ascii_char((unsigned char)utf8[0]);
    Obj *s = str_new_raw(size, length, ascii);
    if (s != NULL) memcpy(as_str(s)->data, utf8, size);
    return s;
}

Obj *str_from(const char *utf8, size_t size) {
    size_t cont = 0;
    bool ascii = true;
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)utf8[i];
        if (c >= 0x80) {
            ascii = false;
            cont += (c & 0xc0) == 0x80;
        }
    }
    return str_from_known(utf8, size, size - cont, ascii);
}

Obj *str_from_cstr(const char *utf8) {
    return str_from(utf8, strlen(utf8));
}

Obj *str_from_codepoint(uint32_t cp) {
    if (cp < 0x80) return str_ascii_char((unsigned char)cp);
    char buf[4];
    size_t n = utf8_encode(cp, buf);
    return str_from_known(buf, n, 1, false);
}

Obj *str_exact(Obj *s) {
    if (TYPE(s) == &StrType) return NEWREF(s);
    return str_from_known(str_data(s), str_size(s), str_length(s), str_is_ascii(s));
}

/* ---- code-point indexing -------------------------------------------------- */
static struct { const StrObj *s; size_t index, offset; } offset_cache;

void str_dealloc(Obj *o) {
    if (offset_cache.s == (StrObj *)o) offset_cache.s = NULL;
    obj_free(o);
}

Obj *str_append_inplace(Obj *a, Obj *b) {
    size_t na = str_size(a), nb = str_size(b);
    if (offset_cache.s == (StrObj *)a) offset_cache.s = NULL;
    Obj *r = obj_resize(a, sizeof(StrObj) + na + nb + 1);
    if (r == NULL) return NULL;
    StrObj *s = as_str(r);
    memcpy(s->data + na, str_data(b), nb);
    s->data[na + nb] = '\0';
    s->size = na + nb;
    s->length += str_length(b);
    s->ascii = s->ascii && str_is_ascii(b);
    s->hash = -1;
    return r;
}

/* Walks forward from a known (index, offset) pair to `index`. */
static size_t walk_forward(const StrObj *s, size_t from_index, size_t off, size_t index) {
    const unsigned char *p = (const unsigned char *)s->data + off;
    for (size_t i = from_index; i < index; i++) p += utf8_seq_len(*p);
    return (size_t)(p - (const unsigned char *)s->data);
}

static size_t walk_backward(const StrObj *s, size_t from_index, size_t off, size_t index) {
    const unsigned char *p = (const unsigned char *)s->data + off;
    for (size_t i = from_index; i > index; i--) {
        p--;
        while ((*p & 0xc0) == 0x80) p--;
    }
    return (size_t)(p - (const unsigned char *)s->data);
}

size_t str_offset(Obj *o, size_t index) {
    StrObj *s = as_str(o);
    if (s->ascii) return index;
    if (index >= s->length) return s->size;
    size_t off;
    if (offset_cache.s == s && offset_cache.index <= index) {
        off = walk_forward(s, offset_cache.index, offset_cache.offset, index);
    } else if (offset_cache.s == s && index >= offset_cache.index / 2) {
        off = walk_backward(s, offset_cache.index, offset_cache.offset, index);
    } else if (index > s->length / 2) {
        off = walk_backward(s, s->length, s->size, index);
    } else {
        off = walk_forward(s, 0, 0, index);
    }
    offset_cache.s = s;
    offset_cache.index = index;
    offset_cache.offset = off;
    return off;
}

size_t str_index_of_offset(Obj *s, size_t off) {
    if (str_is_ascii(s)) return off;
    return utf8_count(str_data(s), off);
}

uint32_t str_char_at(Obj *s, size_t i) {
    if (str_is_ascii(s)) return (unsigned char)str_data(s)[i];
    const unsigned char *p = (const unsigned char *)str_data(s) + str_offset(s, i);
    return utf8_decode(&p);
}

Obj *str_subbytes(Obj *s, size_t from, size_t to) {
    if (from == 0 && to == str_size(s) && TYPE(s) == &StrType) return NEWREF(s);
    const char *p = str_data(s) + from;
    if (str_is_ascii(s)) return str_from_known(p, to - from, to - from, true);
    return str_from(p, to - from);
}

Obj *str_substr(Obj *s, size_t start, size_t stop) {
    if (start >= stop) return str_empty();
    if (str_is_ascii(s)) return str_subbytes(s, start, stop);
    size_t from = str_offset(s, start);
    size_t to = stop >= str_length(s) ? str_size(s) : str_offset(s, stop);
    if (from == 0 && to == str_size(s) && TYPE(s) == &StrType) return NEWREF(s);
    /* as many bytes as code points: the slice is ASCII */
    return str_from_known(str_data(s) + from, to - from, stop - start, to - from == stop - start);
}

Obj *str_getitem_index(Obj *s, intptr_t i) {
    if (str_is_ascii(s)) return str_ascii_char((unsigned char)str_data(s)[i]);
    size_t off = str_offset(s, (size_t)i);
    const char *p = str_data(s) + off;
    size_t n = utf8_seq_len((unsigned char)*p);
    return str_from_known(p, n, 1, n == 1);
}

/* ---- hashing and equality --------------------------------------------------- */
intptr_t str_hash(Obj *o) {
    StrObj *s = as_str(o);
    if (s->hash != -1) return s->hash;
    intptr_t h = (intptr_t)XXH3_64bits(s->data, s->size);
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

bool str_equal(Obj *a, Obj *b) {
    if (a == b) return true;
    StrObj *x = as_str(a), *y = as_str(b);
    if (x->size != y->size) return false;
    if (x->interned && y->interned) return false;   /* canonical objects differ */
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

bool str_equal_cstr(Obj *a, const char *s) {
    size_t n = strlen(s);
    return str_size(a) == n && memcmp(str_data(a), s, n) == 0;
}

/* ---- concatenation ---------------------------------------------------------- */
Obj *str_concat(Obj *a, Obj *b) {
    size_t na = str_size(a), nb = str_size(b);
    if (nb == 0 && TYPE(a) == &StrType) return NEWREF(a);
    if (na == 0 && TYPE(b) == &StrType) return NEWREF(b);
    Obj *r = str_new_raw(na + nb, str_length(a) + str_length(b),
                         str_is_ascii(a) && str_is_ascii(b));
    if (r == NULL) return NULL;
    memcpy(as_str(r)->data, str_data(a), na);
    memcpy(as_str(r)->data + na, str_data(b), nb);
    return r;
}
