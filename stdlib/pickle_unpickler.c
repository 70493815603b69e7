/* pickle_unpickler.c: _pickle.Unpickler and the module functions load()
 * and loads(), and the Unpickler's input: a pickle in memory (loads) read in
 * place, or a file read exactly as far as the pickle goes (so several
 * pickles can follow each other in one file), a whole frame at a time. */
#include <stdlib.h>
#include <string.h>
#include "pickle_internal.h"
#include "args.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "ident.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static int truncated(void) {
    pk_error(UnpicklingError, "pickle data was truncated");
    return -1;
}

/* file.read(n) as a bytes object of exactly n bytes, or truncation. */
static Obj *file_read_exact(UnpicklerObj *u, size_t n) {
    Obj *size = int_from_u64(n);
    if (size == NULL) return NULL;
    Obj *data = obj_call1(u->file_read, size);
    DECREF(size);
    if (data == NULL) return NULL;
    if (!is_bytes(data)) {
        Obj *b = is_bytearray(data) ? bytes_from(byteslike_data(data), byteslike_size(data)) : NULL;
        if (b == NULL && !err_occurred())
            err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(data));
        DECREF(data);
        data = b;
        if (data == NULL) return NULL;
    }
    if (byteslike_size(data) < n) {
        DECREF(data);
        truncated();
        return NULL;
    }
    return data;
}

/* Makes `data` (a new reference) the buffer being read. */
static void set_chunk(UnpicklerObj *u, Obj *data) {
    SETREF(u->chunk, data);
    u->in = byteslike_data(data);
    u->in_len = byteslike_size(data);
    u->in_pos = 0;
}

int up_read(UnpicklerObj *u, size_t n, const unsigned char **out) {
    if (u->in_len - u->in_pos >= n) {
        *out = u->in + u->in_pos;
        u->in_pos += n;
        return 0;
    }
    if (u->file_read == NULL) return truncated();
    /* what is left of the buffer, then the rest from the file */
    size_t have = u->in_len - u->in_pos;
    Obj *more = file_read_exact(u, n - have);
    if (more == NULL) return -1;
    if (have != 0) {
        Obj *joined = bytes_new_raw(n);
        if (joined == NULL) {
            DECREF(more);
            return -1;
        }
        memcpy(((BytesObj *)joined)->data, u->in + u->in_pos, have);
        memcpy(((BytesObj *)joined)->data + have, byteslike_data(more), n - have);
        DECREF(more);
        more = joined;
    }
    set_chunk(u, more);
    *out = u->in;
    u->in_pos = n;
    return 0;
}

intptr_t up_readline(UnpicklerObj *u, const unsigned char **out) {
    size_t avail = u->in_len - u->in_pos;
    const unsigned char *start = avail ? u->in + u->in_pos : NULL;
    const unsigned char *nl = avail ? memchr(start, '\n', avail) : NULL;
    if (nl != NULL) {
        size_t n = (size_t)(nl - start) + 1;
        u->in_pos += n;
        *out = start;
        return (intptr_t)n;
    }
    if (u->file_readline == NULL) return truncated();
    Obj *line = obj_call0(u->file_readline);
    if (line == NULL) return -1;
    if (!is_byteslike(line)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(line));
        DECREF(line);
        return -1;
    }
    size_t ln = byteslike_size(line);
    if (avail != 0) {
        Obj *joined = bytes_new_raw(avail + ln);
        if (joined == NULL) {
            DECREF(line);
            return -1;
        }
        memcpy(((BytesObj *)joined)->data, start, avail);
        if (ln != 0) memcpy(((BytesObj *)joined)->data + avail, byteslike_data(line), ln);
        DECREF(line);
        line = joined;
        ln += avail;
    }
    set_chunk(u, line);
    if (ln == 0 || u->in[ln - 1] != '\n') return truncated();
    u->in_pos = ln;
    *out = u->in;
    return (intptr_t)ln;
}

/* A FRAME of `n` bytes: from a file, read it whole into the buffer. */
int up_frame(UnpicklerObj *u, size_t n) {
    if (u->file_read == NULL) {
        if (u->in_len - u->in_pos < n) return truncated();
        return 0;
    }
    const unsigned char *p;
    if (up_read(u, n, &p) < 0) return -1;
    u->in_pos -= n;
    return 0;
}

int up_init_input_file(UnpicklerObj *u, Obj *file) {
    up_release_input(u);
    u->file_read = pk_lookup(file, IDENT(read));
    if (u->file_read != NULL) u->file_readline = pk_lookup(file, IDENT(readline));
    if (u->file_read == NULL || u->file_readline == NULL) {
        if (!err_occurred())
            err_set_str(&Exc_TypeError, "file must have 'read' and 'readline' attributes");
        up_release_input(u);
        return -1;
    }
    return 0;
}

void up_release_input(UnpicklerObj *u) {
    CLEAR(u->file_read);
    CLEAR(u->file_readline);
    CLEAR(u->chunk);
    CLEAR(u->data_obj);
    u->in = NULL;
    u->in_len = u->in_pos = 0;
}

/* ---- the type ---------------------------------------------------------- */

static int set_text_options(UnpicklerObj *u, Obj *fix_imports, Obj *encoding, Obj *errors,
                            Obj *buffers) {
    u->fix_imports = true;
    if (fix_imports != NULL) {
        int t = obj_is_true(fix_imports);
        if (t < 0) return -1;
        u->fix_imports = t != 0;
    }
    const char *enc = "ASCII", *errs = "strict";
    if (encoding != NULL) {
        if (!is_str(encoding)) {
            err_format(&Exc_TypeError, "argument 'encoding' must be str, not %s", type_name(encoding));
            return -1;
        }
        enc = str_data(encoding);
    }
    if (errors != NULL) {
        if (!is_str(errors)) {
            err_format(&Exc_TypeError, "argument 'errors' must be str, not %s", type_name(errors));
            return -1;
        }
        errs = str_data(errors);
    }
    char *e1 = strdup(enc), *e2 = strdup(errs);
    if (e1 == NULL || e2 == NULL) {
        free(e1);
        free(e2);
        err_no_memory();
        return -1;
    }
    free(u->encoding);
    free(u->errors);
    u->encoding = e1;
    u->errors = e2;
    CLEAR(u->buffers);
    if (buffers != NULL && buffers != NONE && (u->buffers = obj_iter(buffers)) == NULL) return -1;
    return 0;
}

static Obj *unpickler_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_alloc(t, t->size);
}

static int unpickler_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"file", "$fix_imports", "$encoding", "$errors",
                                        "$buffers", NULL};
    Obj *a[5];
    if (args_bind("Unpickler", args, nargs, kwnames, names, 1, a) < 0) return -1;
    UnpicklerObj *u = (UnpicklerObj *)self;
    if (up_init_input_file(u, a[0]) < 0 || set_text_options(u, a[1], a[2], a[3], a[4]) < 0)
        return -1;
    up_memo_clear(u);
    u->proto = 0;
    u->initialized = true;
    return 0;
}

static void unpickler_dealloc(Obj *o) {
    UnpicklerObj *u = (UnpicklerObj *)o;
    up_release_input(u);
    up_stack_clear(u);
    free(u->stack);
    free(u->marks);
    up_memo_clear(u);
    free(u->memo);
    XDECREF(u->memo_extra);
    XDECREF(u->pers_func);
    XDECREF(u->buffers);
    XDECREF(u->cur_pers);
    XDECREF(u->cur_find);
    free(u->encoding);
    free(u->errors);
    obj_free(o);
}

static Obj *run_load(UnpicklerObj *u) {
    Obj *self = (Obj *)u;
    if (u->loading) {
        /* the stack and memo belong to the load in progress */
        err_set_str(&Exc_RuntimeError, "Unpickler.load() called while it is loading");
        return NULL;
    }
    bool exact = TYPE(self) == &UnpicklerType;
    SETREF(u->cur_pers, exact ? (u->pers_func ? NEWREF(u->pers_func) : NULL)
                              : pk_lookup(self, IDENT(persistent_load)));
    Obj *res = NULL;
    if (!err_occurred() && !exact) {
        /* a subclass's find_class overrides the built-in one */
        Obj *f = type_lookup(TYPE(self), IDENT(find_class));
        if (f != NULL && f != type_lookup(&UnpicklerType, IDENT(find_class)))
            SETREF(u->cur_find, obj_getattr(self, IDENT(find_class)));
    }
    if (!err_occurred()) {
        u->loading = true;
        res = up_load(u);
        u->loading = false;
    }
    CLEAR(u->cur_pers);
    CLEAR(u->cur_find);
    return res;
}

static Obj *m_load(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("load", nargs, 0, 0) < 0) return NULL;
    UnpicklerObj *u = (UnpicklerObj *)self;
    if (!u->initialized) {
        pk_error(UnpicklingError, "Unpickler.__init__() was not called by %s.__init__()",
                 TYPE(self)->name);
        return NULL;
    }
    return run_load(u);
}

static Obj *m_find_class(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("find_class", kwnames) < 0 || args_count("find_class", nargs, 2, 2) < 0)
        return NULL;
    return up_find_class((UnpicklerObj *)self, args[0], args[1]);
}

static const MethodDef unpickler_methods[] = {
    {"load", m_load, 0}, {"find_class", m_find_class, 0}, {NULL},
};

static Obj *get_memo(Obj *self) {
    UnpicklerObj *u = (UnpicklerObj *)self;
    Obj *d = u->memo_extra ? dict_copy(u->memo_extra) : dict_new();
    for (size_t i = 0; d != NULL && i < u->memo_cap; i++)
        if (u->memo[i] != NULL && dict_set(d, small_new((intptr_t)i), u->memo[i]) < 0) CLEAR(d);
    return d;
}

static int set_memo(Obj *self, Obj *value) {
    UnpicklerObj *u = (UnpicklerObj *)self;
    if (value == NULL || !is_dict(value)) {
        err_format(&Exc_TypeError, "'memo' attribute must be an UnpicklerMemoProxy object or dict, not %s",
                   value ? type_name(value) : "NULL");
        return -1;
    }
    up_memo_clear(u);
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(value, &pos, &k, &v)) {
        intptr_t idx = is_int(k) ? int_as_ssize(k) : -1;
        if (idx < 0) {
            if (!err_occurred()) err_set_str(&Exc_ValueError, "memo key must be positive integers.");
            return -1;
        }
        if (up_memo_set(u, (size_t)idx, v) < 0) return -1;
    }
    return 0;
}

static Obj *get_persload(Obj *self) {
    return pk_get_hook(((UnpicklerObj *)self)->pers_func, "persistent_load");
}

static int set_persload(Obj *self, Obj *value) {
    return pk_set_hook(&((UnpicklerObj *)self)->pers_func, value, "persistent_load");
}

static const GetSetDef unpickler_getset[] = {
    {"memo", get_memo, set_memo},
    {"persistent_load", get_persload, set_persload},
    {NULL},
};

Type UnpicklerType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_pickle.Unpickler",
    .size = sizeof(UnpicklerObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = unpickler_dealloc,
    .new_ = unpickler_new,
    .init = unpickler_init,
    .methods = unpickler_methods,
    .getset = unpickler_getset,
    .doc = "This takes a binary file for reading a pickle data stream.",
};

/* ---- load() and loads() ------------------------------------------------ */

static UnpicklerObj *temp_unpickler(Obj *fix_imports, Obj *encoding, Obj *errors, Obj *buffers) {
    UnpicklerObj *u = (UnpicklerObj *)unpickler_new(&UnpicklerType, NULL, 0, NULL);
    if (u == NULL) return NULL;
    if (set_text_options(u, fix_imports, encoding, errors, buffers) < 0) {
        DECREF((Obj *)u);
        return NULL;
    }
    u->initialized = true;
    return u;
}

Obj *pk_m_loads(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"data", "/", "$fix_imports", "$encoding", "$errors",
                                        "$buffers", NULL};
    Obj *a[5];
    if (args_bind("loads", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    Obj *data = a[0];
    if (is_str(data)) {
        err_set_str(&Exc_TypeError, "a bytes-like object is required, not 'str'");
        return NULL;
    }
    const unsigned char *p;
    size_t n;
    if (byteslike_view(data, &p, &n) < 0) return NULL;
    UnpicklerObj *u = temp_unpickler(a[1], a[2], a[3], a[4]);
    if (u == NULL) return NULL;
    /* a bytearray could change under us while Python code runs: copy it */
    u->data_obj = TYPE(data) == &BytesType ? NEWREF(data) : bytes_from(p, n);
    Obj *res = NULL;
    if (u->data_obj != NULL) {
        u->in = byteslike_data(u->data_obj);
        u->in_len = n;
        res = run_load(u);
    }
    DECREF((Obj *)u);
    return res;
}

Obj *pk_m_load(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"file", "$fix_imports", "$encoding", "$errors",
                                        "$buffers", NULL};
    Obj *a[5];
    if (args_bind("load", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    UnpicklerObj *u = temp_unpickler(a[1], a[2], a[3], a[4]);
    if (u == NULL) return NULL;
    Obj *res = up_init_input_file(u, a[0]) < 0 ? NULL : run_load(u);
    DECREF((Obj *)u);
    return res;
}
