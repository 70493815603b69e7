/* strbuf.c: StrBuf, the growable UTF-8 buffer every string builder uses
 * (repr, join, format, %, str methods).  It starts in an inline array inside
 * the StrBuf itself (so a StrBuf must not be copied once in use), doubles on
 * the heap when that is full, and tracks code-point length and ASCII-ness as
 * it goes so the final str needs no second scan. */
#include <stdlib.h>
#include "str_internal.h"
#include "err.h"

size_t utf8_count(const char *s, size_t size) {
    size_t n = 0;
    for (size_t i = 0; i < size; i++) n += ((unsigned char)s[i] & 0xc0) != 0x80;
    return n;
}

void strbuf_init(StrBuf *b) {
    b->data = b->inline_buf;
    b->size = 0;
    b->cap = STRBUF_INLINE;
    b->length = 0;
    b->ascii = true;
}

int strbuf_reserve(StrBuf *b, size_t extra) {
    size_t need = b->size + extra + 1;      /* room for the NUL strbuf_finish adds */
    if (need <= b->cap) return 0;
    size_t cap = b->cap * 2;
    if (cap < need) cap = need;
    char *p;
    if (b->data == b->inline_buf) {
        p = malloc(cap);
        if (p != NULL) memcpy(p, b->data, b->size);
    } else {
        p = realloc(b->data, cap);
    }
    if (p == NULL) {
        err_no_memory();
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int strbuf_append(StrBuf *b, const char *utf8, size_t size) {
    if (size == 0) return 0;    /* utf8 may be NULL (an empty bytearray) */
    if (strbuf_reserve(b, size) < 0) return -1;
    size_t cont = 0, i = 0;
    /* ASCII runs go 8 bytes at a time */
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        memcpy(&w, utf8 + i, 8);
        if (w & 0x8080808080808080ull) break;
    }
    for (; i < size; i++) {
        unsigned char c = (unsigned char)utf8[i];
        if (c >= 0x80) {
            b->ascii = false;
            cont += (c & 0xc0) == 0x80;
        }
    }
    memcpy(b->data + b->size, utf8, size);
    b->size += size;
    b->length += size - cont;
    return 0;
}

int strbuf_append_cstr(StrBuf *b, const char *s) {
    return strbuf_append(b, s, strlen(s));
}

/* A str already knows its length and ASCII-ness: no scan needed. */
int strbuf_append_str(StrBuf *b, Obj *s) {
    size_t size = str_size(s);
    if (strbuf_reserve(b, size) < 0) return -1;
    memcpy(b->data + b->size, str_data(s), size);
    b->size += size;
    b->length += str_length(s);
    b->ascii &= str_is_ascii(s);
    return 0;
}

int strbuf_append_ascii(StrBuf *b, char c) {
    if (b->size + 2 > b->cap && strbuf_reserve(b, 1) < 0) return -1;
    b->data[b->size++] = c;
    b->length++;
    return 0;
}

int strbuf_append_char(StrBuf *b, uint32_t cp) {
    if (cp < 0x80) return strbuf_append_ascii(b, (char)cp);
    if (strbuf_reserve(b, 4) < 0) return -1;
    b->size += utf8_encode(cp, b->data + b->size);
    b->length++;
    b->ascii = false;
    return 0;
}

int strbuf_append_repeat(StrBuf *b, uint32_t cp, size_t n) {
    char enc[4];
    size_t w = utf8_encode(cp, enc);
    if (strbuf_reserve(b, w * n) < 0) return -1;
    if (w == 1) {
        memset(b->data + b->size, enc[0], n);
        b->size += n;
    } else {
        for (size_t i = 0; i < n; i++, b->size += w) memcpy(b->data + b->size, enc, w);
        if (n > 0) b->ascii = false;
    }
    b->length += n;
    return 0;
}

Obj *strbuf_finish(StrBuf *b) {
    Obj *s = str_from_known(b->data, b->size, b->length, b->ascii);
    strbuf_free(b);
    return s;
}

void strbuf_free(StrBuf *b) {
    if (b->data != b->inline_buf) free(b->data);
    strbuf_init(b);
}
