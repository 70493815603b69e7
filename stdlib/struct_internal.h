/* struct_internal.h: what the _struct module's files share: compiled
 * formats (struct_format.c) and the Struct type (struct.c). */
#ifndef GILPY_STRUCT_INTERNAL_H
#define GILPY_STRUCT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include "object.h"

/* How one format character packs and unpacks in one byte order. */
typedef struct FormatDef {
    char code;
    unsigned char size, align;
    unsigned char kind;      /* enum FormatKind in struct_format.c */
    unsigned char flags;     /* FF_* in struct_format.c */
} FormatDef;

/* One run of a format: `count` items of def at `offset` (s and p: one
 * item of `count` bytes). */
typedef struct StructCode {
    const FormatDef *def;
    size_t offset, count;
} StructCode;

typedef struct StructObj {
    Obj ob;
    Obj *format;             /* str */
    size_t size;             /* bytes packed */
    size_t nitems;           /* values packed or unpacked */
    size_t ncodes;
    bool little;             /* byte order of the multi-byte items */
    StructCode *codes;
} StructObj;

extern Type StructType, UnpackIterType;
/* struct.error (the class). */
extern Obj *struct_error;

/* Compiles format (ASCII text of length n) into s; -1 with struct.error. */
int struct_compile(StructObj *s, const char *fmt, size_t n);
/* Packs args[0..s->nitems) into buf (s->size bytes, zeroed by the caller). */
int struct_pack_items(const StructObj *s, unsigned char *buf, Obj *const *args);
/* A tuple of the values in buf (s->size bytes). */
Obj *struct_unpack_items(const StructObj *s, const unsigned char *buf);

#endif
