/* embedded.h: the table of Python modules (stdlib/lib) compiled into gilpy. */
#ifndef GILPY_EMBEDDED_H
#define GILPY_EMBEDDED_H

#include <stdbool.h>
#include <stddef.h>

typedef struct EmbeddedModule {
    const char *name;       /* dotted module name; a package's is its own name */
    const char *source;     /* UTF-8 Python source */
    size_t size;
    bool is_package;
} EmbeddedModule;

/* Terminated by an entry whose name is NULL. */
extern const EmbeddedModule embedded_modules[];

#endif
