/* module_parts.c: an exception class of a C module's own and tables of int
 * constants, for the modules' init functions (see module_parts.h). */
#include "module_parts.h"
#include "dict.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

Obj *module_new_exception(const char *module, const char *name, Obj *base) {
    Obj *n = str_from_cstr(name), *bases = tuple_pack(1, base), *ns = dict_new();
    Obj *mod = str_from_cstr(module), *cls = NULL;
    if (n && bases && ns && mod && dict_set_cstr(ns, "__module__", mod) == 0) {
        Obj *args[3] = {n, bases, ns};
        cls = obj_call((Obj *)&TypeType, args, 3, NULL);
    }
    XDECREF(n);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return cls;
}

int module_add_constants(Obj *m, const IntConstant *table) {
    for (; table->name != NULL; table++)
        if (module_add_int(m, table->name, table->value) < 0) return -1;
    return 0;
}
