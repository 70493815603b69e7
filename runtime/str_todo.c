/* str_todo.c: TEMPORARY stubs for str methods not written yet (removed one by one). */
#include "str_methods.h"
#include "err.h"

static Obj *todo(const char *name) {
    err_format(&Exc_NotImplementedError, "str.%s() is not implemented yet", name);
    return NULL;
}

Obj *str_m___format__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("__format__"); }
Obj *str_m_encode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("encode"); }
Obj *str_m_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("format"); }
Obj *str_m_format_map(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("format_map"); }

Obj *str_format_spec(Obj *s, Obj *spec) { return todo("__format__"); }
