/* buffer.h: the buffer protocol: how an object (bytes, bytearray,
 * memoryview, array.array...) lends the contiguous memory behind it to C
 * code that reads or writes it (bytes(), file and socket writes, hashlib,
 * struct.unpack_from, memoryview).
 *
 * An exporting type sets Type.buffer to a BufferProcs.  A consumer calls
 * buffer_get(), uses view.buf/view.len, and calls buffer_release() when done;
 * between the two the exporter keeps the memory where it is (bytearray
 * refuses to resize: BufferError "Existing exports of data: object cannot
 * be re-sized").  Hold a view across a blocking call (GIL released) rather
 * than a bare pointer.  Code that only reads synchronously, running no
 * Python code meanwhile, may keep using byteslike_view() (bytes.h), which
 * accepts every exporter. */
#ifndef GILPY_BUFFER_H
#define GILPY_BUFFER_H

#include "object.h"

typedef struct Buffer {
    Obj *obj;            /* the exporter (held), NULL once released */
    void *buf;           /* the first byte */
    intptr_t len;        /* size in bytes */
    intptr_t itemsize;   /* bytes per item: len / itemsize items */
    const char *format;  /* struct-module syntax ("B", "d", "<i"...); lives as long as obj */
    bool readonly;
    void *internal;      /* for the exporter */
} Buffer;

/* buffer_get flags */
enum {
    BUF_SIMPLE = 0,
    BUF_WRITABLE = 1,    /* the consumer writes: refuse read-only memory */
};

struct BufferProcs {
    /* Fills buf, len, itemsize, format, readonly (and internal if needed);
     * view->obj is set by buffer_get.  -1 with an exception set. */
    int (*get)(Obj *o, Buffer *view, int flags);
    /* Undoes what get did (an export count...); NULL when nothing. */
    void (*release)(Obj *o, Buffer *view);
};

/* Whether o can export a buffer. */
static inline bool buffer_check(const Obj *o) { return TYPE(o)->buffer != NULL; }
/* Gets o's buffer: 0, or -1 with TypeError "a bytes-like object is
 * required, not 'T'" (no buffer) or BufferError "Object is not writable."
 * (BUF_WRITABLE on read-only memory). */
int buffer_get(Obj *o, Buffer *view, int flags);
/* Ends the use of a view got by buffer_get (safe to call twice). */
void buffer_release(Buffer *view);
/* For exporters of fixed read-only or writable memory (bytes-like
 * objects with one byte per item): fills a "B" view, refusing
 * BUF_WRITABLE when readonly.  0 or -1. */
int buffer_fill_bytes(Buffer *view, void *buf, intptr_t len, bool readonly, int flags);

#endif
