/* pickle_pickler.c: _pickle.Pickler (subclassable: persistent_id,
 * reducer_override and dispatch_table are looked up on the instance at
 * each dump) and the module functions dump() and dumps(). */
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

static int set_protocol(PicklerObj *p, Obj *protocol, bool fix_imports, Obj *buffer_callback) {
    intptr_t proto = PICKLE_DEFAULT_PROTOCOL;
    if (protocol != NULL && protocol != NONE) {
        if (!is_int(protocol)) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(protocol));
            return -1;
        }
        int overflow = 0;
        int64_t v = int_as_i64(protocol, &overflow);
        if (overflow || v > PICKLE_HIGHEST_PROTOCOL) {
            err_format(&Exc_ValueError, "pickle protocol must be <= %d", PICKLE_HIGHEST_PROTOCOL);
            return -1;
        }
        proto = v < 0 ? PICKLE_HIGHEST_PROTOCOL : (intptr_t)v;
    }
    if (buffer_callback == NONE) buffer_callback = NULL;
    if (buffer_callback != NULL && proto < 5) {
        err_set_str(&Exc_ValueError, "buffer_callback needs protocol >= 5");
        return -1;
    }
    p->proto = (int)proto;
    p->bin = proto > 0;
    p->fix_imports = fix_imports && proto < 3;
    SETREF(p->buffer_callback, buffer_callback ? NEWREF(buffer_callback) : NULL);
    return 0;
}

static int fix_imports_arg(Obj *o, bool *out) {
    if (o == NULL) {
        *out = true;
        return 0;
    }
    int t = obj_is_true(o);
    if (t < 0) return -1;
    *out = t != 0;
    return 0;
}

static Obj *pickler_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    PicklerObj *p = (PicklerObj *)obj_alloc(t, t->size);
    if (p == NULL) return NULL;
    p->frame_start = -1;
    p->proto = PICKLE_DEFAULT_PROTOCOL;
    p->bin = true;
    return (Obj *)p;
}

static int pickler_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"file", "protocol", "fix_imports", "buffer_callback", NULL};
    Obj *a[4];
    if (args_bind("Pickler", args, nargs, kwnames, names, 1, a) < 0) return -1;
    PicklerObj *p = (PicklerObj *)self;
    bool fix;
    if (fix_imports_arg(a[2], &fix) < 0 || set_protocol(p, a[1], fix, a[3]) < 0) return -1;
    Obj *write = pk_lookup(a[0], IDENT(write));
    if (write == NULL) {
        if (!err_occurred())
            err_set_str(&Exc_TypeError, "file must have a 'write' attribute");
        return -1;
    }
    SETREF(p->write, write);
    memo_clear(&p->memo);
    p->fast = 0;
    p->initialized = true;
    return 0;
}

static void pickler_dealloc(Obj *o) {
    PicklerObj *p = (PicklerObj *)o;
    XDECREF(p->write);
    XDECREF(p->dispatch_table);
    XDECREF(p->pers_func);
    XDECREF(p->buffer_callback);
    XDECREF(p->cur_pers);
    XDECREF(p->cur_override);
    XDECREF(p->cur_table);
    memo_clear(&p->memo);
    free(p->buf);
    obj_free(o);
}

/* The hooks a subclass (or the instance) may define, found once per dump. */
static int dump_hooks(PicklerObj *p) {
    Obj *self = (Obj *)p;
    bool exact = TYPE(self) == &PicklerType;
    SETREF(p->cur_pers, exact ? (p->pers_func ? NEWREF(p->pers_func) : NULL)
                              : pk_lookup(self, IDENT(persistent_id)));
    if (err_occurred()) return -1;
    SETREF(p->cur_override, exact ? NULL : pk_lookup(self, IDENT(reducer_override)));
    if (err_occurred()) return -1;
    Obj *table = exact ? (p->dispatch_table ? NEWREF(p->dispatch_table) : NULL)
                       : pk_lookup(self, IDENT(dispatch_table));
    if (table == NULL) {
        if (err_occurred() || pk_shared_load() < 0) return -1;
        table = NEWREF(pk_shared.copyreg_dispatch);
    }
    SETREF(p->cur_table, table);
    return 0;
}

int pk_dump(PicklerObj *p, Obj *obj) {
    /* a dump() from inside a dump() (a hook calling it) must not pull the
     * outer one's hooks from under it */
    Obj *outer_pers = p->cur_pers, *outer_override = p->cur_override, *outer_table = p->cur_table;
    bool outer_framing = p->framing;
    p->cur_pers = p->cur_override = p->cur_table = NULL;
    int rc = dump_hooks(p);
    if (rc == 0) {
        out_reset(p);
        p->framing = false;
        if (p->proto >= 2) {
            unsigned char h[2] = {OP_PROTO, (unsigned char)p->proto};
            rc = out_write(p, h, 2);
            p->framing = p->proto >= 4;
        }
        if (rc == 0) rc = pk_save(p, obj, false);
        if (rc == 0) rc = out_byte(p, OP_STOP);
        if (rc == 0) rc = out_commit_frame(p);
    }
    SETREF(p->cur_pers, outer_pers);
    SETREF(p->cur_override, outer_override);
    SETREF(p->cur_table, outer_table);
    p->framing = outer_framing;
    return rc;
}

static Obj *m_dump(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("dump", kwnames) < 0 || args_count("dump", nargs, 1, 1) < 0) return NULL;
    PicklerObj *p = (PicklerObj *)self;
    if (!p->initialized) {
        pk_error(PicklingError, "Pickler.__init__() was not called by %s.__init__()",
                 TYPE(self)->name);
        return NULL;
    }
    if (pk_dump(p, args[0]) < 0 || out_flush(p) < 0) {
        out_reset(p);
        return NULL;
    }
    return NEWREF(NONE);
}

static Obj *m_clear_memo(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("clear_memo", nargs, 0, 0) < 0) return NULL;
    memo_clear(&((PicklerObj *)self)->memo);
    return NEWREF(NONE);
}

static const MethodDef pickler_methods[] = {
    {"dump", m_dump, 0}, {"clear_memo", m_clear_memo, 0}, {NULL},
};

/* ---- attributes -------------------------------------------------------- */

/* memo: a dict {id(obj): (index, obj)} copy of the memo. */
static Obj *get_memo(Obj *self) {
    PicklerObj *p = (PicklerObj *)self;
    Obj *d = dict_new();
    if (d == NULL || p->memo.slots == NULL) return d;
    for (size_t i = 0; i <= p->memo.mask; i++) {
        MemoEntry *e = &p->memo.slots[i];
        if (e->key == NULL) continue;
        Obj *id = int_from_i64((int64_t)(intptr_t)e->key);
        Obj *v = id ? tuple_pack(2, small_new((intptr_t)e->index), e->key) : NULL;
        int rc = v ? dict_set(d, id, v) : -1;
        XDECREF(id);
        XDECREF(v);
        if (rc < 0) {
            DECREF(d);
            return NULL;
        }
    }
    return d;
}

static int set_memo(Obj *self, Obj *value) {
    PicklerObj *p = (PicklerObj *)self;
    if (value == NULL) {
        err_set_str(&Exc_TypeError, "attribute deletion is not supported");
        return -1;
    }
    if (!is_dict(value)) {
        err_format(&Exc_TypeError, "'memo' attribute must be a PicklerMemoProxy object or dict, not %s",
                   type_name(value));
        return -1;
    }
    MemoTable fresh = {0};
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(value, &pos, &k, &v)) {
        intptr_t idx;
        if (!is_tuple(v) || tuple_size(v) != 2 || !is_int(tuple_get(v, 0))) {
            err_set_str(&Exc_TypeError, "'memo' values must be 2-item tuples");
            memo_clear(&fresh);
            return -1;
        }
        idx = int_as_ssize(tuple_get(v, 0));
        if ((idx == -1 && err_occurred()) || memo_insert(&fresh, tuple_get(v, 1), (size_t)idx) < 0) {
            memo_clear(&fresh);
            return -1;
        }
    }
    memo_clear(&p->memo);
    p->memo = fresh;
    return 0;
}

static Obj *get_persid(Obj *self) {
    return pk_get_hook(((PicklerObj *)self)->pers_func, "persistent_id");
}

static int set_persid(Obj *self, Obj *value) {
    return pk_set_hook(&((PicklerObj *)self)->pers_func, value, "persistent_id");
}

static Obj *get_table(Obj *self) {
    PicklerObj *p = (PicklerObj *)self;
    if (p->dispatch_table == NULL) {
        err_set_str(&Exc_AttributeError, "dispatch_table");
        return NULL;
    }
    return NEWREF(p->dispatch_table);
}

static int set_table(Obj *self, Obj *value) {
    SETREF(((PicklerObj *)self)->dispatch_table, value ? NEWREF(value) : NULL);
    return 0;
}

static Obj *get_bin(Obj *self) { return small_new(((PicklerObj *)self)->bin); }
static Obj *get_fast(Obj *self) { return small_new(((PicklerObj *)self)->fast); }

static int set_int_field(Obj *value, int *field) {
    if (value == NULL) {
        err_set_str(&Exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!is_int(value)) {
        err_set_str(&Exc_TypeError, "an integer is required");
        return -1;
    }
    *field = (int)int_as_ssize(value);
    return err_occurred() ? -1 : 0;
}

static int set_fast(Obj *self, Obj *value) { return set_int_field(value, &((PicklerObj *)self)->fast); }

static int set_bin(Obj *self, Obj *value) {
    int v;
    if (set_int_field(value, &v) < 0) return -1;
    ((PicklerObj *)self)->bin = v != 0;
    return 0;
}

static const GetSetDef pickler_getset[] = {
    {"memo", get_memo, set_memo},
    {"persistent_id", get_persid, set_persid},
    {"dispatch_table", get_table, set_table},
    {"bin", get_bin, set_bin},
    {"fast", get_fast, set_fast},
    {NULL},
};

Type PicklerType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_pickle.Pickler",
    .size = sizeof(PicklerObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE,
    .dealloc = pickler_dealloc,
    .new_ = pickler_new,
    .init = pickler_init,
    .methods = pickler_methods,
    .getset = pickler_getset,
    .doc = "This takes a binary file for writing a pickle data stream.",
};

/* ---- dump() and dumps() ------------------------------------------------ */

/* A Pickler on the C stack's behalf (heap-allocated, never seen by Python). */
static PicklerObj *temp_pickler(Obj *file, Obj *protocol, Obj *fix_imports, Obj *buffer_callback) {
    PicklerObj *p = (PicklerObj *)pickler_new(&PicklerType, NULL, 0, NULL);
    if (p == NULL) return NULL;
    bool fix;
    if (fix_imports_arg(fix_imports, &fix) < 0 || set_protocol(p, protocol, fix, buffer_callback) < 0)
        goto fail;
    if (file != NULL) {
        p->write = pk_lookup(file, IDENT(write));
        if (p->write == NULL) {
            if (!err_occurred()) err_set_str(&Exc_TypeError, "file must have a 'write' attribute");
            goto fail;
        }
    }
    p->initialized = true;
    return p;
fail:
    DECREF((Obj *)p);
    return NULL;
}

Obj *pk_m_dumps(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"obj", "protocol", "$fix_imports", "$buffer_callback", NULL};
    Obj *a[4];
    if (args_bind("dumps", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    PicklerObj *p = temp_pickler(NULL, a[1], a[2], a[3]);
    if (p == NULL) return NULL;
    Obj *res = pk_dump(p, a[0]) < 0 ? NULL : bytes_from(p->buf, p->len);
    DECREF((Obj *)p);
    return res;
}

Obj *pk_m_dump(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"obj", "file", "protocol", "$fix_imports",
                                        "$buffer_callback", NULL};
    Obj *a[5];
    if (args_bind("dump", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    PicklerObj *p = temp_pickler(a[1], a[2], a[3], a[4]);
    if (p == NULL) return NULL;
    int rc = pk_dump(p, a[0]);
    if (rc == 0) rc = out_flush(p);
    DECREF((Obj *)p);
    return rc < 0 ? NULL : NEWREF(NONE);
}
