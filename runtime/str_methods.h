/* str_methods.h: the table of str's methods (one line each) and what the
 * files implementing them share.  Each method is `str_m_<name>`. */
#ifndef GILPY_STR_METHODS_H
#define GILPY_STR_METHODS_H

#include "str_internal.h"
#include "args.h"

/* X(name, flags) in the order dir(str) lists them. */
#define STR_METHOD_TABLE(X) \
    X(__format__, 0) X(__getnewargs__, 0) X(__sizeof__, 0) \
    X(capitalize, 0) X(casefold, 0) X(center, 0) X(count, 0) X(encode, 0) \
    X(endswith, 0) X(expandtabs, 0) X(find, 0) X(format, 0) X(format_map, 0) \
    X(index, 0) X(isalnum, 0) X(isalpha, 0) X(isascii, 0) X(isdecimal, 0) \
    X(isdigit, 0) X(isidentifier, 0) X(islower, 0) X(isnumeric, 0) \
    X(isprintable, 0) X(isspace, 0) X(istitle, 0) X(isupper, 0) X(join, 0) \
    X(ljust, 0) X(lower, 0) X(lstrip, 0) X(maketrans, METH_STATIC) \
    X(partition, 0) X(removeprefix, 0) X(removesuffix, 0) X(replace, 0) \
    X(rfind, 0) X(rindex, 0) X(rjust, 0) X(rpartition, 0) X(rsplit, 0) \
    X(rstrip, 0) X(split, 0) X(splitlines, 0) X(startswith, 0) X(strip, 0) \
    X(swapcase, 0) X(title, 0) X(translate, 0) X(upper, 0) X(zfill, 0)

#define X(name, flags) Obj *str_m_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
STR_METHOD_TABLE(X)
#undef X

/* "f() takes at least 1 argument (0 given)": the wording of str methods. */
int str_args_count(const char *fname, size_t nargs, size_t min, size_t max);
/* "str.f() takes no keyword arguments" and friends, CPython's wording for
 * positional-only methods: */
int str_no_kwargs(const char *fname, Obj *kwnames);
int str_noargs(const char *fname, size_t nargs, Obj *kwnames);   /* "takes no arguments" */
int str_onearg(const char *fname, size_t nargs, Obj *kwnames);   /* "takes exactly one argument" */
/* The type name argument-clinic messages use: "None" for None. */
static inline const char *arg_type_name(const Obj *o) { return o == NONE ? "None" : type_name(o); }
/* Positional-only arguments checked the way CPython's argument clinic does:
 * "str.f() takes no keyword arguments", "f expected at least 1 argument, got 0". */
int str_positional(const char *fname, size_t nargs, Obj *kwnames, size_t min, size_t max);
/* args_bind (args.h) for methods whose parameters are all plain names,
 * counting every argument first the way CPython does: "f() takes at most
 * 1 argument (2 given)" even when one of them is an unknown keyword. */
int str_bind(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
             const char *const *names, size_t nrequired, Obj **out);
/* A start/end argument (None keeps *out); -1 with TypeError. */
int str_slice_index(Obj *o, intptr_t *out);
/* (sub[, start[, end]]) of find & co: the byte range to search; possible is
 * false when start lies past the end.  sub_any: accept any sub type. */
int str_parse_search(const char *fname, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                     bool sub_any, Obj **sub, size_t *from, size_t *to, bool *possible);
/* self with the first maxcount (< 0: all) occurrences of old replaced by new. */
Obj *str_replace(Obj *self, Obj *old, Obj *new_, intptr_t maxcount);
/* Non-overlapping occurrences of a non-empty sub in bytes [from, to), at most max. */
size_t str_count_bytes(Obj *s, Obj *sub, size_t from, size_t to, size_t max);
/* An integer argument that CPython reads as a C int: OverflowError "Python
 * int too large to convert to C int" outside its range. */
int str_cint_arg(Obj *o, intptr_t *out);
/* An integer argument (via __index__) as intptr_t; -1 with error set. */
int str_int_arg(Obj *o, intptr_t *out);

#endif
