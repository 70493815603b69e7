/* struct.c: the _struct module behind struct: the Struct type (pack,
 * unpack, pack_into, unpack_from, iter_unpack), its unpack iterator, and
 * the module-level functions, which keep compiled formats in a small cache
 * as CPython does.  Formats themselves are in struct_format.c. */
#include <stdlib.h>
#include <string.h>
#include "struct_internal.h"
#include "modules.h"
#include "module_parts.h"
#include "args.h"
#include "array.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "str.h"
#include "str_codecs.h"
#include "tuple.h"

Obj *struct_error;

static void struct_err(const char *msg) { err_set_str((Type *)struct_error, msg); }

/* ---- Struct ------------------------------------------------------------ */

static Obj *struct_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    StructObj *s = (StructObj *)obj_alloc(t, t->size);
    if (s == NULL) return NULL;
    s->format = NEWREF(NONE);
    return (Obj *)s;
}

static void struct_dealloc(Obj *o) {
    StructObj *s = (StructObj *)o;
    XDECREF(s->format);
    free(s->codes);
    obj_free(o);
}

/* (Re)compiles s from a str or bytes format. */
static int struct_set_format(StructObj *s, Obj *format) {
    Obj *text, *raw;
    if (is_str(format)) {
        Obj *ascii = str_intern_cstr("ascii");
        raw = str_encode(format, ascii, NULL);
        if (raw == NULL) return -1;
        text = NEWREF(format);
    } else if (is_bytes(format)) {
        raw = NEWREF(format);
        text = str_decode_utf8((const char *)((BytesObj *)format)->data,
                               ((BytesObj *)format)->size, NULL);
        if (text == NULL) {
            DECREF(raw);
            return -1;
        }
    } else {
        err_format(&Exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                   type_name(format));
        return -1;
    }
    int rc = struct_compile(s, (const char *)((BytesObj *)raw)->data, ((BytesObj *)raw)->size);
    DECREF(raw);
    if (rc < 0) {
        DECREF(text);
        return -1;
    }
    SETREF(s->format, text);
    return 0;
}

static int struct_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"format", NULL};
    Obj *format;
    if (nargs + kw_count(kwnames) > 1) {
        err_format(&Exc_TypeError, "Struct() takes at most 1 argument (%zu given)",
                   nargs + kw_count(kwnames));
        return -1;
    }
    if (args_bind("Struct", args, nargs, kwnames, names, 1, &format) < 0) return -1;
    return struct_set_format((StructObj *)self, format);
}

static Obj *struct_pack_args(StructObj *s, const char *who, Obj *const *args, size_t nargs) {
    if (nargs != s->nitems) {
        err_format((Type *)struct_error, "%s expected %zu items for packing (got %zu)", who,
                   s->nitems, nargs);
        return NULL;
    }
    Obj *res = bytes_new_raw(s->size);
    if (res == NULL) return NULL;
    memset(((BytesObj *)res)->data, 0, s->size);
    if (struct_pack_items(s, ((BytesObj *)res)->data, args) < 0) {
        DECREF(res);
        return NULL;
    }
    return res;
}

/* pack_into's work once the buffer and offset are known. */
static Obj *struct_pack_into_args(StructObj *s, Obj *const *args, size_t nargs) {
    if (nargs < 1) {
        struct_err("pack_into expected buffer argument");
        return NULL;
    }
    if (nargs < 2) {
        struct_err("pack_into expected offset argument");
        return NULL;
    }
    if (nargs - 2 != s->nitems) {
        err_format((Type *)struct_error, "pack_into expected %zu items for packing (got %zu)",
                   s->nitems, nargs - 2);
        return NULL;
    }
    BufView v;
    intptr_t offset;
    if (buf_get_writable(args[0], &v) < 0 || int_index_ssize(args[1], &offset) < 0) return NULL;
    intptr_t size = (intptr_t)v.size, need = (intptr_t)s->size;
    if (offset < 0) {
        if (offset + need > 0) {
            err_format((Type *)struct_error, "no space to pack %zd bytes at offset %zd", need, offset);
            return NULL;
        }
        if (offset + size < 0) {
            err_format((Type *)struct_error, "offset %zd out of range for %zd-byte buffer", offset, size);
            return NULL;
        }
        offset += size;
    }
    if (size - offset < need) {
        err_format((Type *)struct_error,
                   "pack_into requires a buffer of at least %zu bytes for packing %zd bytes at "
                   "offset %zd (actual buffer size is %zd)",
                   (size_t)need + (size_t)offset, need, offset, size);
        return NULL;
    }
    /* Pack into a zeroed scratch copy, then copy it in even after a
     * failure, which leaves what CPython leaves (the region zeroed, the
     * items before the bad one written); an argument's __index__ may
     * have resized the buffer meanwhile, hence the second look. */
    unsigned char small[256], *tmp = s->size <= sizeof small ? small : malloc(s->size);
    if (tmp == NULL) {
        err_no_memory();
        return NULL;
    }
    memset(tmp, 0, s->size);
    int rc = struct_pack_items(s, tmp, args + 2);
    if (buf_try(args[0], &v) && (size_t)offset + s->size <= v.size)
        memcpy(v.data + offset, tmp, s->size);
    if (tmp != small) free(tmp);
    return rc < 0 ? NULL : NEWREF(NONE);
}

static Obj *struct_unpack_obj(StructObj *s, Obj *buffer) {
    BufView v;
    if (buf_get(buffer, &v) < 0) return NULL;
    if (v.size != s->size) {
        err_format((Type *)struct_error, "unpack requires a buffer of %zu bytes", s->size);
        return NULL;
    }
    return struct_unpack_items(s, v.data);
}

static Obj *struct_unpack_from_obj(StructObj *s, Obj *buffer, Obj *offset_obj) {
    BufView v;
    intptr_t offset = 0;
    if (offset_obj != NULL && int_index_ssize(offset_obj, &offset) < 0) return NULL;
    if (buf_get(buffer, &v) < 0) return NULL;
    intptr_t size = (intptr_t)v.size, need = (intptr_t)s->size;
    if (offset < 0) {
        if (offset + size < 0) {
            err_format((Type *)struct_error, "offset %zd out of range for %zd-byte buffer", offset, size);
            return NULL;
        }
        if (offset + need > 0) {
            err_format((Type *)struct_error, "not enough data to unpack %zd bytes at offset %zd",
                       need, offset);
            return NULL;
        }
        offset += size;
    }
    if (size - offset < need) {
        err_format((Type *)struct_error,
                   "unpack_from requires a buffer of at least %zu bytes for unpacking %zd bytes at "
                   "offset %zd (actual buffer size is %zd)",
                   (size_t)need + (size_t)offset, need, offset, size);
        return NULL;
    }
    return struct_unpack_items(s, v.data + offset);
}

/* ---- the unpack iterator ----------------------------------------------- */

typedef struct UnpackIterObj {
    Obj ob;
    StructObj *s;
    Obj *buffer;
    size_t offset;
} UnpackIterObj;

static Obj *struct_iter_unpack_obj(StructObj *s, Obj *buffer) {
    BufView v;
    if (buf_get(buffer, &v) < 0) return NULL;
    if (s->size == 0) {
        err_format((Type *)struct_error, "cannot iteratively unpack with a struct of length %zu",
                   s->size);
        return NULL;
    }
    if (v.size % s->size != 0) {
        err_format((Type *)struct_error,
                   "iterative unpacking requires a buffer of a multiple of %zu bytes", s->size);
        return NULL;
    }
    UnpackIterObj *it = (UnpackIterObj *)obj_alloc(&UnpackIterType, sizeof(UnpackIterObj));
    if (it == NULL) return NULL;
    it->s = (StructObj *)NEWREF((Obj *)s);
    it->buffer = NEWREF(buffer);
    return (Obj *)it;
}

static void unpackiter_dealloc(Obj *o) {
    UnpackIterObj *it = (UnpackIterObj *)o;
    XDECREF((Obj *)it->s);
    XDECREF(it->buffer);
    obj_free(o);
}

static Obj *unpackiter_next(Obj *o) {
    UnpackIterObj *it = (UnpackIterObj *)o;
    if (it->buffer == NULL) return NULL;
    BufView v;
    if (buf_get(it->buffer, &v) < 0) return NULL;
    if (it->offset + it->s->size > v.size) {
        CLEAR(it->buffer);
        return NULL;
    }
    Obj *r = struct_unpack_items(it->s, v.data + it->offset);
    it->offset += it->s->size;
    return r;
}

static Obj *unpackiter_self(Obj *o) { return NEWREF(o); }

static Obj *unpackiter_length_hint(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__length_hint__", kwnames) < 0 ||
        args_count("__length_hint__", nargs, 0, 0) < 0)
        return NULL;
    UnpackIterObj *it = (UnpackIterObj *)self;
    BufView v;
    if (it->buffer == NULL || buf_get(it->buffer, &v) < 0 || v.size < it->offset) {
        err_clear();
        return small_new(0);
    }
    return small_new((intptr_t)((v.size - it->offset) / it->s->size));
}

static Obj *unpackiter_type_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    /* sic: CPython 3.11's message */
    err_set_str(&Exc_TypeError, "Cannot create 'unpack_iterator objects");
    return NULL;
}

static const MethodDef unpackiter_methods[] = {
    {"__length_hint__", unpackiter_length_hint}, {NULL},
};

Type UnpackIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_struct.unpack_iterator",
    .size = sizeof(UnpackIterObj),
    .base = &ObjectType,
    .dealloc = unpackiter_dealloc,
    .iter = unpackiter_self,
    .iternext = unpackiter_next,
    .new_ = unpackiter_type_new,
    .methods = unpackiter_methods,
};

/* ---- Struct methods ----------------------------------------------------- */

static Obj *s_pack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("pack", kwnames) < 0) return NULL;
    return struct_pack_args((StructObj *)self, "pack", args, nargs);
}

static Obj *s_pack_into(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("pack_into", kwnames) < 0) return NULL;
    return struct_pack_into_args((StructObj *)self, args, nargs);
}

static Obj *s_unpack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("Struct.unpack", kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "Struct.unpack() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    return struct_unpack_obj((StructObj *)self, args[0]);
}

static Obj *s_unpack_from(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"buffer", "offset", NULL};
    Obj *a[2];
    if (args_bind("unpack_from", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    return struct_unpack_from_obj((StructObj *)self, a[0], a[1]);
}

static Obj *s_iter_unpack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("Struct.iter_unpack", kwnames) < 0) return NULL;
    if (nargs != 1) {
        err_format(&Exc_TypeError, "Struct.iter_unpack() takes exactly one argument (%zu given)",
                   nargs);
        return NULL;
    }
    return struct_iter_unpack_obj((StructObj *)self, args[0]);
}

static Obj *s_sizeof(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__sizeof__", nargs, 0, 0) < 0) return NULL;
    StructObj *s = (StructObj *)self;
    return int_from_u64(sizeof(StructObj) + (s->ncodes + 1) * sizeof(StructCode));
}

static Obj *s_get_format(Obj *self) { return NEWREF(((StructObj *)self)->format); }
static Obj *s_get_size(Obj *self) { return int_from_u64(((StructObj *)self)->size); }

static const MethodDef struct_methods[] = {
    {"pack", s_pack}, {"pack_into", s_pack_into}, {"unpack", s_unpack},
    {"unpack_from", s_unpack_from}, {"iter_unpack", s_iter_unpack}, {"__sizeof__", s_sizeof},
    {NULL},
};

static const GetSetDef struct_getset[] = {
    {"format", s_get_format, NULL}, {"size", s_get_size, NULL}, {NULL},
};

Type StructType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_struct.Struct",
    .size = sizeof(StructObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = struct_dealloc,
    .new_ = struct_type_new,
    .init = struct_init,
    .methods = struct_methods,
    .getset = struct_getset,
    .doc = "Struct(format)\n--\n\nCreate a compiled struct object.",
};

/* ---- the module functions ---------------------------------------------- */

static Obj *cache;   /* format -> Struct */
enum { CACHE_MAX = 100 };

/* The last format seen and its Struct (held): a loop packing with one
 * literal format finds it by identity, without hashing. */
static Obj *last_format;
static StructObj *last_struct;

/* The compiled Struct for a format (new reference). */
static StructObj *cached_struct(Obj *format) {
    if (format == last_format) return (StructObj *)NEWREF((Obj *)last_struct);
    if (cache == NULL && (cache = dict_new()) == NULL) return NULL;
    if (is_str(format) || is_bytes(format)) {
        Obj *hit = dict_get(cache, format);
        if (hit != NULL) {
            SETREF(last_format, NEWREF(format));
            SETREF(last_struct, (StructObj *)NEWREF(hit));
            return (StructObj *)NEWREF(hit);
        }
        if (err_occurred()) return NULL;
    }
    StructObj *s = (StructObj *)struct_type_new(&StructType, NULL, 0, NULL);
    if (s == NULL) return NULL;
    if (struct_set_format(s, format) < 0) {
        DECREF((Obj *)s);
        return NULL;
    }
    if (dict_size(cache) >= CACHE_MAX) dict_clear(cache);
    if (dict_set(cache, format, (Obj *)s) < 0) {
        DECREF((Obj *)s);
        return NULL;
    }
    SETREF(last_format, NEWREF(format));
    SETREF(last_struct, (StructObj *)NEWREF((Obj *)s));
    return s;
}

static Obj *m_calcsize(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("calcsize", kwnames) < 0 || args_count("_struct.calcsize", nargs, 1, 1) < 0) return NULL;
    StructObj *s = cached_struct(args[0]);
    if (s == NULL) return NULL;
    Obj *r = int_from_u64(s->size);
    DECREF((Obj *)s);
    return r;
}

static Obj *m_pack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("pack", kwnames) < 0) return NULL;
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "missing format argument");
        return NULL;
    }
    StructObj *s = cached_struct(args[0]);
    if (s == NULL) return NULL;
    Obj *r = struct_pack_args(s, "pack", args + 1, nargs - 1);
    DECREF((Obj *)s);
    return r;
}

static Obj *m_pack_into(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("pack_into", kwnames) < 0) return NULL;
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "missing format argument");
        return NULL;
    }
    StructObj *s = cached_struct(args[0]);
    if (s == NULL) return NULL;
    Obj *r = struct_pack_into_args(s, args + 1, nargs - 1);
    DECREF((Obj *)s);
    return r;
}

static Obj *m_unpack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("unpack", kwnames) < 0) return NULL;
    if (nargs != 2) {
        err_format(&Exc_TypeError, "unpack expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    StructObj *s = cached_struct(args[0]);
    if (s == NULL) return NULL;
    Obj *r = struct_unpack_obj(s, args[1]);
    DECREF((Obj *)s);
    return r;
}

static Obj *m_unpack_from(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"format", "/", "buffer", "offset", NULL};
    Obj *a[3];
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "unpack_from() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (args_bind("unpack_from", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    StructObj *s = cached_struct(a[0]);
    if (s == NULL) return NULL;
    Obj *r = struct_unpack_from_obj(s, a[1], a[2]);
    DECREF((Obj *)s);
    return r;
}

static Obj *m_iter_unpack(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("iter_unpack", kwnames) < 0) return NULL;
    if (nargs != 2) {
        err_format(&Exc_TypeError, "iter_unpack expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    StructObj *s = cached_struct(args[0]);
    if (s == NULL) return NULL;
    Obj *r = struct_iter_unpack_obj(s, args[1]);
    DECREF((Obj *)s);
    return r;
}

static Obj *m_clearcache(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("_clearcache", nargs, 0, 0) < 0) return NULL;
    if (cache != NULL) dict_clear(cache);
    CLEAR(last_format);
    CLEAR(last_struct);
    return NEWREF(NONE);
}

static const MethodDef module_functions[] = {
    {"calcsize", m_calcsize}, {"pack", m_pack}, {"pack_into", m_pack_into},
    {"unpack", m_unpack}, {"unpack_from", m_unpack_from}, {"iter_unpack", m_iter_unpack},
    {"_clearcache", m_clearcache}, {NULL},
};

Obj *struct_module_init(void) {
    if (type_ready(&StructType) < 0 || type_ready(&UnpackIterType) < 0) return NULL;
    /* struct.error: a new Exception subclass whose __module__ is "struct". */
    if (struct_error == NULL &&
        (struct_error = module_new_exception("struct", "error", (Obj *)&Exc_Exception)) == NULL)
        return NULL;
    Obj *m = module_new("_struct");
    if (m == NULL) return NULL;
    if (module_add_functions(m, module_functions) < 0 ||
        module_add_obj(m, "Struct", (Obj *)&StructType) < 0 ||
        module_add_obj(m, "error", struct_error) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
