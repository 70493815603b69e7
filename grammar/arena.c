/* arena.c: the bump allocator every AST node, list and string lives in.
 *
 * Memory comes in chunks that double in size (so a 50 MB source costs a
 * handful of mallocs); everything is released at once by arena_free. */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    max_align_t data[];
} Chunk;

struct Arena {
    Chunk *head;
    size_t next_size;
};

enum { ARENA_FIRST_CHUNK = 16 * 1024, ARENA_ALIGN = sizeof(max_align_t) };

static void *arena_oom(void)
{
    fputs("gilpy: out of memory while parsing\n", stderr);
    abort();
}

Arena *arena_new(void)
{
    Arena *a = calloc(1, sizeof *a);
    if (!a)
        return arena_oom();
    a->next_size = ARENA_FIRST_CHUNK;
    return a;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

static Chunk *arena_grow(Arena *a, size_t need)
{
    size_t size = a->next_size;
    while (size < need)
        size *= 2;
    Chunk *c = malloc(sizeof *c + size);
    if (!c)
        return arena_oom();
    c->size = size;
    c->used = 0;
    c->next = a->head;
    a->head = c;
    if (a->next_size < 64u * 1024 * 1024)
        a->next_size *= 2;
    return c;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    Chunk *c = a->head;
    if (!c || c->size - c->used < size)
        c = arena_grow(a, size);
    void *p = (char *)c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}
