/* module.h: module objects (a name and a dict) and the registry of built-in
 * modules written in C. */
#ifndef GILPY_MODULE_H
#define GILPY_MODULE_H

#include "object.h"

typedef struct ModuleObj {
    Obj ob;
    Obj *dict;      /* __name__, __doc__, globals */
} ModuleObj;

extern Type ModuleType;
static inline bool is_module(const Obj *o) { return !is_small(o) && o->type == &ModuleType; }
static inline Obj *module_dict(Obj *m) { return ((ModuleObj *)m)->dict; }   /* borrowed */

Obj *module_new(const char *name);
/* Adds built-in functions described by a MethodDef table (self = module). */
int module_add_functions(Obj *m, const MethodDef *defs);
int module_add_obj(Obj *m, const char *name, Obj *value);   /* increfs */
int module_add_int(Obj *m, const char *name, int64_t value);

/* A built-in module: its name and the function that creates it. */
typedef struct BuiltinModule {
    const char *name;
    Obj *(*init)(void);
} BuiltinModule;

#endif
