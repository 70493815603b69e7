/* str_todo.c: TEMPORARY stubs for str methods not written yet (removed one by one). */
#include "str_methods.h"
#include "err.h"

static Obj *todo(const char *name) {
    err_format(&Exc_NotImplementedError, "str.%s() is not implemented yet", name);
    return NULL;
}

Obj *str_m___format__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("__format__"); }
Obj *str_m_capitalize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("capitalize"); }
Obj *str_m_casefold(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("casefold"); }
Obj *str_m_center(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("center"); }
Obj *str_m_encode(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("encode"); }
Obj *str_m_expandtabs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("expandtabs"); }
Obj *str_m_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("format"); }
Obj *str_m_format_map(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("format_map"); }
Obj *str_m_isalnum(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isalnum"); }
Obj *str_m_isalpha(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isalpha"); }
Obj *str_m_isascii(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isascii"); }
Obj *str_m_isdecimal(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isdecimal"); }
Obj *str_m_isdigit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isdigit"); }
Obj *str_m_isidentifier(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isidentifier"); }
Obj *str_m_islower(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("islower"); }
Obj *str_m_isnumeric(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isnumeric"); }
Obj *str_m_isprintable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isprintable"); }
Obj *str_m_isspace(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isspace"); }
Obj *str_m_istitle(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("istitle"); }
Obj *str_m_isupper(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("isupper"); }
Obj *str_m_join(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("join"); }
Obj *str_m_ljust(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("ljust"); }
Obj *str_m_lower(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("lower"); }
Obj *str_m_lstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("lstrip"); }
Obj *str_m_maketrans(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("maketrans"); }
Obj *str_m_partition(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("partition"); }
Obj *str_m_removeprefix(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("removeprefix"); }
Obj *str_m_removesuffix(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("removesuffix"); }
Obj *str_m_replace(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("replace"); }
Obj *str_m_rjust(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("rjust"); }
Obj *str_m_rpartition(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("rpartition"); }
Obj *str_m_rsplit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("rsplit"); }
Obj *str_m_rstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("rstrip"); }
Obj *str_m_split(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("split"); }
Obj *str_m_splitlines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("splitlines"); }
Obj *str_m_strip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("strip"); }
Obj *str_m_swapcase(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("swapcase"); }
Obj *str_m_title(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("title"); }
Obj *str_m_translate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("translate"); }
Obj *str_m_upper(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("upper"); }
Obj *str_m_zfill(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { return todo("zfill"); }

Obj *str_percent_format(Obj *fmt, Obj *args) { return todo("__mod__"); }
Obj *str_format_spec(Obj *s, Obj *spec) { return todo("__format__"); }
Obj *str_join(Obj *sep, Obj *iterable) { return todo("join"); }
