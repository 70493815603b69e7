/* builtins.c: the builtins module: which names it binds (types, constants,
 * exceptions, functions) and the small functions about objects in general
 * (len, repr, id, hash, isinstance, getattr, chr/ord, iter/next...).
 * Numbers are in builtins_num.c, reductions (sum/min/max/sorted) in
 * builtins_reduce.c, I/O in builtins_io.c, exec/eval/dir in builtins_code.c,
 * the iterator types (enumerate, zip, map...) in builtins_iter.c. */
#include "memoryview.h"
#include "intarg.h"
#include "builtins.h"
#include "type_internal.h"
#include "api.h"
#include "args.h"
#include "builtin_func.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "complex.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "tstate.h"

static Obj *builtins_module;

Obj *builtins_dict(void) {
    return builtins_module ? module_dict(builtins_module) : NULL;
}

/* ---- functions about any object ---------------------------------------- */

static Obj *b_len(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("len", kwnames) < 0 || args_count("len", nargs, 1, 1) < 0) return NULL;
    intptr_t n = obj_len(args[0]);
    return n < 0 ? NULL : int_from_i64(n);
}

static Obj *b_repr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("repr", kwnames) < 0 || args_count("repr", nargs, 1, 1) < 0) return NULL;
    return obj_repr(args[0]);
}

static Obj *b_ascii(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("ascii", kwnames) < 0 || args_count("ascii", nargs, 1, 1) < 0) return NULL;
    return obj_ascii(args[0]);
}

static Obj *b_id(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("id", kwnames) < 0 || args_count("id", nargs, 1, 1) < 0) return NULL;
    return int_from_u64((uintptr_t)args[0]);
}

static Obj *b_hash(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("hash", kwnames) < 0 || args_count("hash", nargs, 1, 1) < 0) return NULL;
    intptr_t h = obj_hash(args[0]);
    return h == -1 ? NULL : int_from_i64(h);
}

static Obj *b_callable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("callable", kwnames) < 0 || args_count("callable", nargs, 1, 1) < 0) return NULL;
    return bool_from(TYPE(args[0])->call != NULL);
}

static Obj *b_isinstance(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("isinstance", kwnames) < 0 || args_count("isinstance", nargs, 2, 2) < 0) return NULL;
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

static Obj *b_issubclass(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("issubclass", kwnames) < 0 || args_count("issubclass", nargs, 2, 2) < 0) return NULL;
    int r = obj_issubclass(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

/* ---- attributes -------------------------------------------------------- */

static int check_attr_name(const char *fname, Obj *name) {
    if (is_str(name)) return 0;
    err_format(&Exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

static Obj *b_getattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("getattr", kwnames) < 0 || args_count("getattr", nargs, 2, 3) < 0) return NULL;
    if (check_attr_name("getattr", args[1]) < 0) return NULL;
    Obj *v = obj_getattr(args[0], args[1]);
    if (v == NULL && nargs == 3 && err_matches(&Exc_AttributeError)) {
        err_clear();
        v = NEWREF(args[2]);
    }
    return v;
}

static Obj *b_hasattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("hasattr", kwnames) < 0 || args_count("hasattr", nargs, 2, 2) < 0 ||
        check_attr_name("hasattr", args[1]) < 0)
        return NULL;
    Obj *v = obj_getattr(args[0], args[1]);
    if (v != NULL) { DECREF(v); return TRUE_; }
    if (!err_matches(&Exc_AttributeError)) return NULL;
    err_clear();
    return FALSE_;
}

static Obj *b_setattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("setattr", kwnames) < 0 || args_count("setattr", nargs, 3, 3) < 0 ||
        check_attr_name("setattr", args[1]) < 0)
        return NULL;
    return obj_setattr(args[0], args[1], args[2]) < 0 ? NULL : NEWREF(NONE);
}

static Obj *b_delattr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("delattr", kwnames) < 0 || args_count("delattr", nargs, 2, 2) < 0 ||
        check_attr_name("delattr", args[1]) < 0)
        return NULL;
    return obj_setattr(args[0], args[1], NULL) < 0 ? NULL : NEWREF(NONE);
}

/* ---- characters and number bases --------------------------------------- */

static Obj *b_chr(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("chr", kwnames) < 0 || args_count("chr", nargs, 1, 1) < 0) return NULL;
    Obj *i = obj_index(args[0]);
    if (i == NULL) return NULL;
    int overflow = 0;
    int64_t cp = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (cp < 0 || cp > 0x10FFFF) {
        err_set_str(&Exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return str_from_codepoint((uint32_t)cp);
}

/* The code point of a one-character UTF-8 string. */
static uint32_t utf8_decode_one(const unsigned char *s) {
    if (s[0] < 0x80) return s[0];
    if (s[0] < 0xE0) return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (s[0] < 0xF0) return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static Obj *b_ord(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("ord", kwnames) < 0 || args_count("ord", nargs, 1, 1) < 0) return NULL;
    Obj *c = args[0];
    size_t len;
    const unsigned char *data;
    if (is_str(c)) {
        len = str_length(c);
        data = (const unsigned char *)str_data(c);
    } else if (is_bytes(c) || is_bytearray(c)) {
        len = is_bytes(c) ? ((BytesObj *)c)->size : ((ByteArrayObj *)c)->size;
        data = is_bytes(c) ? ((BytesObj *)c)->data : ((ByteArrayObj *)c)->data;
        if (len == 1) return small_new(data[0]);
    } else {
        err_format(&Exc_TypeError, "ord() expected string of length 1, but %T found", c);
        return NULL;
    }
    if (len != 1) {
        err_format(&Exc_TypeError, "ord() expected a character, but string of length %zu found", len);
        return NULL;
    }
    return small_new(utf8_decode_one(data));
}

static Obj *int_in_base(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, int base) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    Obj *i = obj_index(args[0]);
    if (i == NULL) return NULL;
    Obj *s = int_to_base_string(i, base, true);
    DECREF(i);
    return s;
}

static Obj *b_bin(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return int_in_base("bin", args, nargs, kwnames, 2);
}
static Obj *b_oct(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return int_in_base("oct", args, nargs, kwnames, 8);
}
static Obj *b_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return int_in_base("hex", args, nargs, kwnames, 16);
}

static Obj *b_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("format", kwnames) < 0 || args_count("format", nargs, 1, 2) < 0) return NULL;
    Obj *a[2] = {args[0], nargs == 2 ? args[1] : NULL};
    if (a[1] != NULL && !is_str(a[1])) {
        err_format(&Exc_TypeError, "format() argument 2 must be str, not %T", a[1]);
        return NULL;
    }
    return obj_format(a[0], a[1] ? a[1] : str_intern_cstr(""));
}

/* ---- iteration --------------------------------------------------------- */

static Obj *b_iter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("iter", kwnames) < 0 || args_count("iter", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1) return obj_iter(args[0]);
    if (TYPE(args[0])->call == NULL) {
        err_set_str(&Exc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return callable_iter_new(args[0], args[1]);
}

static Obj *b_next(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("next", kwnames) < 0 || args_count("next", nargs, 1, 2) < 0) return NULL;
    if (TYPE(args[0])->iternext == NULL) {
        err_format(&Exc_TypeError, "'%T' object is not an iterator", args[0]);
        return NULL;
    }
    ThreadState *ts = tstate_get();
    CLEAR(ts->stop_exc);
    Obj *v = TYPE(args[0])->iternext(args[0]);   /* keeps StopIteration(value) */
    if (v != NULL || err_occurred()) {
        if (v == NULL && nargs == 2 && err_matches(&Exc_StopIteration)) {
            err_clear();
            return NEWREF(args[1]);
        }
        return v;
    }
    if (nargs == 2) {
        CLEAR(ts->stop_exc);
        return NEWREF(args[1]);
    }
    if (ts->stop_exc != NULL) {       /* a Python __next__'s StopIteration(value) */
        err_set_obj(ts->stop_exc);
        ts->stop_exc = NULL;
    } else {
        err_set_none(&Exc_StopIteration);
    }
    return NULL;
}

/* ---- import (__build_class__ is the VM's, see interp/init.c) ---------- */

Obj *builtins_import(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Obj *a[5];
    if (args_bind("__import__", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    intptr_t level = 0;
    if (a[4] && intarg_ssize(a[4], &level) < 0) return NULL;
    return import_module_level(a[0], a[1], a[3], (int)level);
}

static const MethodDef builtins_methods[] = {
    {"len", b_len, 0},
    {"repr", b_repr, 0},
    {"ascii", b_ascii, 0},
    {"id", b_id, 0},
    {"hash", b_hash, 0},
    {"callable", b_callable, 0},
    {"isinstance", b_isinstance, 0},
    {"issubclass", b_issubclass, 0},
    {"getattr", b_getattr, 0},
    {"hasattr", b_hasattr, 0},
    {"setattr", b_setattr, 0},
    {"delattr", b_delattr, 0},
    {"chr", b_chr, 0},
    {"ord", b_ord, 0},
    {"bin", b_bin, 0},
    {"oct", b_oct, 0},
    {"hex", b_hex, 0},
    {"format", b_format, 0},
    {"iter", b_iter, 0},
    {"next", b_next, 0},
    {"__import__", builtins_import, 0},
    {NULL},
};

/* ---- the module -------------------------------------------------------- */

static int add_types(Obj *m) {
    static const struct { const char *name; Type *type; } types[] = {
        {"object", &ObjectType}, {"type", &TypeType}, {"int", &IntType},
        {"bool", &BoolType}, {"float", &FloatType}, {"complex", &ComplexType}, {"str", &StrType},
        {"bytes", &BytesType}, {"bytearray", &ByteArrayType}, {"memoryview", &MemoryViewType},
        {"list", &ListType},
        {"tuple", &TupleType}, {"dict", &DictType}, {"set", &SetType},
        {"frozenset", &FrozenSetType}, {"range", &RangeType}, {"slice", &SliceType},
        {"enumerate", &EnumerateType}, {"zip", &ZipType}, {"map", &MapType},
        {"filter", &FilterType}, {"reversed", &ReversedType},
        {"property", &PropertyType}, {"staticmethod", &StaticMethodType}, {"classmethod", &ClassMethodType}, {"super", &SuperType},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (type_ready(types[i].type) < 0 ||
            module_add_obj(m, types[i].name, (Obj *)types[i].type) < 0)
            return -1;
    }
    return 0;
}

static int add_exceptions(Obj *m) {
#define X(name, base) \
    if (type_ready(&Exc_##name) < 0 || module_add_obj(m, #name, (Obj *)&Exc_##name) < 0) return -1;
    EXCEPTION_TABLE(X)
    X(BaseExceptionGroup, BaseException)
    X(ExceptionGroup, BaseExceptionGroup)
#undef X
    return module_add_obj(m, "EnvironmentError", (Obj *)&Exc_OSError) < 0 ||
           module_add_obj(m, "IOError", (Obj *)&Exc_OSError) < 0 ? -1 : 0;
}

static int add_constants(Obj *m) {
    Obj *quit = quitter_new("quit"), *exit_ = quitter_new("exit");
    int rc = quit && exit_ &&
             module_add_obj(m, "None", NONE) == 0 &&
             module_add_obj(m, "True", TRUE_) == 0 &&
             module_add_obj(m, "False", FALSE_) == 0 &&
             module_add_obj(m, "NotImplemented", NOT_IMPLEMENTED) == 0 &&
             module_add_obj(m, "Ellipsis", ELLIPSIS) == 0 &&
             module_add_obj(m, "__debug__", TRUE_) == 0 &&
             module_add_obj(m, "quit", quit) == 0 &&
             module_add_obj(m, "exit", exit_) == 0 ? 0 : -1;
    XDECREF(quit);
    XDECREF(exit_);
    return rc;
}

static Obj *make_builtins(void) {
    Obj *m = module_new("builtins");
    if (m == NULL) return NULL;
    const MethodDef *tables[] = {builtins_methods, builtins_num_methods, builtins_reduce_methods,
                                 builtins_io_methods, builtins_code_methods};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (module_add_functions(m, tables[i]) < 0) goto fail;
    if (builtins_io_init() < 0 || add_types(m) < 0 || add_exceptions(m) < 0 ||
        add_constants(m) < 0)
        goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}

Obj *builtins_module_init(void) {
    if (builtins_module == NULL) {
        builtins_module = make_builtins();
        if (builtins_module == NULL) return NULL;
        if (dict_set_cstr(sys_modules(), "builtins", builtins_module) < 0) return NULL;
    }
    return NEWREF(builtins_module);
}
