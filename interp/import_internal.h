/* import_internal.h: what import.c and import_path.c share. */
#ifndef GILPY_IMPORT_INTERNAL_H
#define GILPY_IMPORT_INTERNAL_H

#include <stdbool.h>
#include "object.h"

/* What a finder found: how to make the module. */
typedef enum SpecKind { SPEC_BUILTIN, SPEC_EMBEDDED, SPEC_FILE } SpecKind;
typedef struct ModuleSpec {
    SpecKind kind;
    Obj *(*load)(const struct ModuleSpec *spec, const char *fullname);
    const void *data;           /* a built-in or embedded module's record */
    char *file;                 /* a source file (malloc'd), or NULL */
    char *pkgdir;               /* a package's folder (malloc'd), or NULL */
    bool is_package;
} ModuleSpec;

/* Reads a whole file (NUL-terminated); NULL with OSError set. */
char *import_read_file(const char *path, size_t *len);

/* Releases what a spec owns. */
void module_spec_clear(ModuleSpec *spec);

/* Each finder fills *spec and returns 1, returns 0 when it does not know the
 * name, or -1 with an exception set. */
int find_embedded(const char *fullname, ModuleSpec *spec);    /* import.c */
int find_on_path(const char *fullname, ModuleSpec *spec);     /* import_path.c */
int import_find_spec(const char *fullname, ModuleSpec *spec); /* either */

/* Makes module `fullname` (registered in sys.modules first, so circular
 * imports see it) by running UTF-8 source; `filename` names it in
 * tracebacks, `file` is its __file__ (NULL for none), `pkgdir` its
 * __path__ entry when it is a package.  Returns sys.modules[fullname]. */
Obj *exec_module_source(const char *fullname, const char *src, size_t len, const char *filename,
                        const char *file, const char *pkgdir);

#endif
