/* memoryview.h: memoryview, a view of another object's buffer (buffer.h)
 * as a 1-D sequence of items of one struct format. */
#ifndef GILPY_MEMORYVIEW_H
#define GILPY_MEMORYVIEW_H

#include "buffer.h"

typedef struct MemoryViewObj {
    Obj ob;
    Buffer view;          /* the export of the underlying object (view.obj) */
    char *start;          /* the first item */
    intptr_t nitems;
    intptr_t step;        /* bytes from one item to the next (may be negative) */
    intptr_t itemsize;
    char format[16];      /* NUL-terminated struct format */
    bool readonly, released;
    intptr_t exports;     /* buffers this memoryview lent out */
    intptr_t hash;        /* -1: not computed */
} MemoryViewObj;

extern Type MemoryViewType;
static inline bool is_memoryview(const Obj *o) { return !is_small(o) && o->type == &MemoryViewType; }
/* memoryview(o). */
Obj *memoryview_from_object(Obj *o);

/* memoryview_items.c: reading and writing items by format. */
/* The format character of a native single-character format ("B", "@i"),
 * or 0 when the format is anything else. */
char memoryview_format_char(const char *format);
/* The size of a native format character's items, 0 if unknown. */
intptr_t memoryview_format_size(char c);
/* The value at p, or NULL with NotImplementedError for other formats. */
Obj *memoryview_unpack(const MemoryViewObj *m, const char *p);
/* Stores v at p with CPython's TypeError/ValueError; 0 or -1. */
int memoryview_pack(const MemoryViewObj *m, char *p, Obj *v);
/* ValueError "operation forbidden on released memoryview object" if so. */
int memoryview_check_released(const MemoryViewObj *m);

#endif
