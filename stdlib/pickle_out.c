/* pickle_out.c: the Pickler's output buffer with protocol 4's frames (a
 * frame is opened on the first write after the previous one closed, and
 * closed between objects once it holds 64 KiB), and the memo: a hash table
 * from object identity to memo index. */
#include <stdlib.h>
#include <string.h>
#include "pickle_internal.h"
#include "bytes.h"
#include "err.h"

/* ---- the buffer -------------------------------------------------------- */

int out_reserve(PicklerObj *p, size_t n) {
    if (p->len + n <= p->cap) return 0;
    size_t cap = p->cap ? p->cap : 256;
    while (cap < p->len + n) cap *= 2;
    char *b = realloc(p->buf, cap);
    if (b == NULL) {
        err_no_memory();
        return -1;
    }
    p->buf = b;
    p->cap = cap;
    return 0;
}

int out_write(PicklerObj *p, const void *data, size_t n) {
    size_t extra = n;
    if (p->framing && p->frame_start < 0) extra += FRAME_HEADER_SIZE;
    if (p->len + extra > p->cap && out_reserve(p, extra) < 0) return -1;
    if (p->framing && p->frame_start < 0) {
        p->frame_start = (intptr_t)p->len;
        p->len += FRAME_HEADER_SIZE;
    }
    memcpy(p->buf + p->len, data, n);
    p->len += n;
    return 0;
}

static void put_u64(unsigned char *d, uint64_t v) {
    for (int i = 0; i < 8; i++) d[i] = (unsigned char)(v >> (8 * i));
}

/* Closes the open frame: writes its header, or takes the header out again
 * when the frame is too small to be worth one. */
int out_commit_frame(PicklerObj *p) {
    if (!p->framing || p->frame_start < 0) return 0;
    size_t start = (size_t)p->frame_start;
    size_t flen = p->len - start - FRAME_HEADER_SIZE;
    unsigned char *h = (unsigned char *)p->buf + start;
    if (flen >= FRAME_SIZE_MIN) {
        h[0] = OP_FRAME;
        put_u64(h + 1, flen);
    } else {
        memmove(h, h + FRAME_HEADER_SIZE, flen);
        p->len -= FRAME_HEADER_SIZE;
    }
    p->frame_start = -1;
    return 0;
}

void out_reset(PicklerObj *p) {
    p->len = 0;
    p->frame_start = -1;
}

int out_flush(PicklerObj *p) {
    if (p->write == NULL) return 0;
    if (out_commit_frame(p) < 0) return -1;
    Obj *b = bytes_from(p->buf, p->len);
    if (b == NULL) return -1;
    out_reset(p);
    Obj *r = obj_call1(p->write, b);
    DECREF(b);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

int out_boundary(PicklerObj *p) {
    if (!p->framing || p->frame_start < 0) return 0;
    if (p->len - (size_t)p->frame_start - FRAME_HEADER_SIZE < FRAME_SIZE_TARGET) return 0;
    if (out_commit_frame(p) < 0) return -1;
    return p->write != NULL ? out_flush(p) : 0;
}

int out_write_large(PicklerObj *p, const void *header, size_t hlen, const void *data,
                    size_t n, Obj *payload_obj) {
    if (n < FRAME_SIZE_TARGET) {
        if (out_reserve(p, hlen + n + FRAME_HEADER_SIZE) < 0 || out_write(p, header, hlen) < 0)
            return -1;
        if (n != 0) memcpy(p->buf + p->len, data, n);   /* an empty bytearray has no data */
        p->len += n;
        return 0;
    }
    /* the payload goes out of any frame, straight to the file if any */
    if (out_commit_frame(p) < 0) return -1;
    bool framing = p->framing;
    p->framing = false;
    int rc = out_write(p, header, hlen);
    p->framing = framing;
    if (rc < 0) return -1;
    if (p->write == NULL) {
        if (out_reserve(p, n) < 0) return -1;
        memcpy(p->buf + p->len, data, n);
        p->len += n;
        return 0;
    }
    if (out_flush(p) < 0) return -1;
    Obj *b = payload_obj != NULL && TYPE(payload_obj) == &BytesType ? NEWREF(payload_obj)
                                                                   : bytes_from(data, n);
    if (b == NULL) return -1;
    Obj *r = obj_call1(p->write, b);
    DECREF(b);
    if (r == NULL) return -1;
    DECREF(r);
    return 0;
}

/* ---- the memo ---------------------------------------------------------- */

/* Objects allocated one after another have nearby addresses; keeping
 * them in nearby slots keeps the table's cache lines warm.  The high bits
 * folded in break up the regular strides of the allocator's pools. */
static inline size_t memo_slot(const MemoTable *m, const Obj *o) {
    uintptr_t x = (uintptr_t)o >> 4;
    return (size_t)(x ^ (x >> 16)) & m->mask;
}

intptr_t memo_lookup(const MemoTable *m, const Obj *o) {
    if (m->used == 0) return -1;
    for (size_t i = memo_slot(m, o);; i = (i + 1) & m->mask) {
        const MemoEntry *e = &m->slots[i];
        if (e->key == o) return (intptr_t)e->index;
        if (e->key == NULL) return -1;
    }
}

static void memo_place(MemoTable *m, Obj *o, size_t index) {
    size_t i = memo_slot(m, o);
    while (m->slots[i].key != NULL) i = (i + 1) & m->mask;
    m->slots[i].key = o;
    m->slots[i].index = index;
}

int memo_insert(MemoTable *m, Obj *o, size_t index) {
    if (m->slots == NULL || (m->used + 1) * 2 > m->mask + 1) {
        MemoTable bigger = {0};
        size_t cap = m->slots ? (m->mask + 1) * 2 : 64;
        bigger.slots = calloc(cap, sizeof *bigger.slots);
        if (bigger.slots == NULL) {
            err_no_memory();
            return -1;
        }
        bigger.mask = cap - 1;
        bigger.shift = 64 - (unsigned)__builtin_ctzll(cap);
        bigger.used = m->used;
        if (m->slots != NULL)
            for (size_t i = 0; i <= m->mask; i++)
                if (m->slots[i].key != NULL) memo_place(&bigger, m->slots[i].key, m->slots[i].index);
        free(m->slots);
        *m = bigger;
    }
    INCREF(o);
    memo_place(m, o, index);
    m->used++;
    return 0;
}

void memo_clear(MemoTable *m) {
    if (m->slots == NULL) return;
    MemoEntry *slots = m->slots;
    size_t cap = m->mask + 1;
    m->slots = NULL;
    m->mask = 0;
    m->used = 0;
    for (size_t i = 0; i < cap; i++)
        if (slots[i].key != NULL) DECREF(slots[i].key);
    free(slots);
}
