/* memoryview.c: the memoryview type (1-D views).
 *
 * A memoryview holds a buffer of the object it views (buffer.h) for its
 * whole life, until release(); slicing and memoryview(m) make new views
 * that take their own buffer of the same underlying object and describe
 * their items by a start, a count and a step, so a strided slice needs no
 * copy.  A view exports a buffer in turn when it is contiguous.  Casts are
 * 1-D. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "memoryview.h"
#include "args.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

static MemoryViewObj *as_mv(Obj *o) { return (MemoryViewObj *)o; }

static bool contiguous(const MemoryViewObj *m) { return m->nitems <= 1 || m->step == m->itemsize; }

/* A new view of `base`'s underlying object with the given layout. */
static MemoryViewObj *view_like(MemoryViewObj *base, char *start, intptr_t nitems, intptr_t step) {
    MemoryViewObj *m = (MemoryViewObj *)obj_alloc(&MemoryViewType, sizeof *m);
    if (m == NULL) return NULL;
    if (buffer_get(base->view.obj, &m->view, BUF_SIMPLE) < 0) {
        m->released = true;
        DECREF((Obj *)m);
        return NULL;
    }
    m->start = start;
    m->nitems = nitems;
    m->step = step;
    m->itemsize = base->itemsize;
    memcpy(m->format, base->format, sizeof m->format);
    m->readonly = base->readonly;
    m->hash = -1;
    return m;
}

Obj *memoryview_from_object(Obj *o) {
    if (is_memoryview(o)) {
        MemoryViewObj *b = as_mv(o);
        if (memoryview_check_released(b) < 0) return NULL;
        return (Obj *)view_like(b, b->start, b->nitems, b->step);
    }
    if (!buffer_check(o)) {
        err_format(&Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(o));
        return NULL;
    }
    MemoryViewObj *m = (MemoryViewObj *)obj_alloc(&MemoryViewType, sizeof *m);
    if (m == NULL) return NULL;
    if (buffer_get(o, &m->view, BUF_SIMPLE) < 0) {
        m->released = true;
        DECREF((Obj *)m);
        return NULL;
    }
    const char *fmt = m->view.format ? m->view.format : "B";
    snprintf(m->format, sizeof m->format, "%s", fmt);
    m->itemsize = m->view.itemsize > 0 ? m->view.itemsize : 1;
    m->start = m->view.buf;
    m->nitems = m->view.len / m->itemsize;
    m->step = m->itemsize;
    m->readonly = m->view.readonly;
    m->hash = -1;
    return (Obj *)m;
}

static Obj *mv_new(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"object", NULL};
    Obj *a[1];
    if (nargs > 1) {
        err_format(&Exc_TypeError, "memoryview() takes at most 1 argument (%zu given)", nargs + kw_count(kwnames));
        return NULL;
    }
    if (args_bind("memoryview", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    return memoryview_from_object(a[0]);
}

static void mv_dealloc(Obj *o) {
    MemoryViewObj *m = as_mv(o);
    if (!m->released) buffer_release(&m->view);
    obj_free(o);
}

static Obj *mv_repr(Obj *o) {
    return str_from_format(as_mv(o)->released ? "<released memory at %p>" : "<memory at %p>", (void *)o);
}

/* ---- the buffer it lends -------------------------------------------------- */

static int mv_getbuffer(Obj *o, Buffer *view, int flags) {
    MemoryViewObj *m = as_mv(o);
    if (memoryview_check_released(m) < 0) return -1;
    if (!contiguous(m)) {
        err_set_str(&Exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    view->buf = m->start;
    view->len = m->nitems * m->itemsize;
    view->itemsize = m->itemsize;
    view->format = m->format;
    view->readonly = m->readonly;
    (void)flags;
    m->exports++;
    return 0;
}

static void mv_releasebuffer(Obj *o, Buffer *view) {
    (void)view;
    as_mv(o)->exports--;
}

static const BufferProcs mv_buffer = { .get = mv_getbuffer, .release = mv_releasebuffer };

/* ---- release and the context manager ---------------------------------------- */

static int do_release(MemoryViewObj *m) {
    if (m->released) return 0;
    if (m->exports > 0) {
        err_format(&Exc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                   m->exports > 1 ? "s" : "");
        return -1;
    }
    m->released = true;
    buffer_release(&m->view);
    return 0;
}

static Obj *mv_release(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("release", kwnames) < 0 || args_count("release", nargs, 0, 0) < 0) return NULL;
    return do_release(as_mv(self)) < 0 ? NULL : NEWREF(NONE);
}

static Obj *mv_enter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__enter__", nargs, 0, 0) < 0 || memoryview_check_released(as_mv(self)) < 0) return NULL;
    return NEWREF(self);
}

static Obj *mv_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return do_release(as_mv(self)) < 0 ? NULL : NEWREF(NONE);
}

/* ---- items ---------------------------------------------------------------- */

static intptr_t mv_len(Obj *o) {
    if (memoryview_check_released(as_mv(o)) < 0) return -1;
    return as_mv(o)->nitems;
}

static char *item_ptr(MemoryViewObj *m, intptr_t i) { return m->start + i * m->step; }

/* The index of key (an int-like), -1 with IndexError/TypeError. */
static int item_index(MemoryViewObj *m, Obj *key, intptr_t *out) {
    if (!is_int(key) && !(TYPE(key)->number && TYPE(key)->number->index)) {
        err_set_str(&Exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    intptr_t i;
    if (int_item_index(key, &i) < 0) return -1;
    if (i < 0) i += m->nitems;
    if (i < 0 || i >= m->nitems) {
        err_set_str(&Exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = i;
    return 0;
}

static Obj *mv_getitem(Obj *o, Obj *key) {
    MemoryViewObj *m = as_mv(o);
    if (memoryview_check_released(m) < 0) return NULL;
    if (is_slice(key)) {
        intptr_t start, stop, step, count;
        if (slice_unpack(key, m->nitems, &start, &stop, &step, &count) < 0) return NULL;
        return (Obj *)view_like(m, item_ptr(m, start), count, m->step * step);
    }
    if (key == ELLIPSIS) return NEWREF(o);
    intptr_t i;
    if (item_index(m, key, &i) < 0) return NULL;
    return memoryview_unpack(m, item_ptr(m, i));
}

static int assign_slice(MemoryViewObj *m, Obj *key, Obj *value) {
    intptr_t start, stop, step, count;
    if (slice_unpack(key, m->nitems, &start, &stop, &step, &count) < 0) return -1;
    Buffer src;
    MemoryViewObj *sv = is_memoryview(value) ? as_mv(value) : NULL;
    if (sv != NULL && memoryview_check_released(sv) < 0) return -1;
    if (sv == NULL && buffer_get(value, &src, BUF_SIMPLE) < 0) return -1;
    const char *sfmt = sv ? sv->format : (src.format ? src.format : "B");
    intptr_t sitemsize = sv ? sv->itemsize : src.itemsize, sn = sv ? sv->nitems : src.len / src.itemsize;
    intptr_t sstep = sv ? sv->step : sitemsize;
    const char *sp = sv ? sv->start : src.buf;
    int rc = 0;
    if (strcmp(sfmt, m->format) != 0 || sitemsize != m->itemsize || sn != count) {
        err_set_str(&Exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        rc = -1;
    } else if (count > 0) {
        /* through a copy: source and target may overlap */
        char *tmp = malloc((size_t)(count * m->itemsize));
        if (tmp == NULL) {
            err_no_memory();
            rc = -1;
        } else {
            for (intptr_t k = 0; k < count; k++) memcpy(tmp + k * m->itemsize, sp + k * sstep, (size_t)m->itemsize);
            for (intptr_t k = 0; k < count; k++)
                memcpy(item_ptr(m, start + k * step), tmp + k * m->itemsize, (size_t)m->itemsize);
            free(tmp);
        }
    }
    if (sv == NULL) buffer_release(&src);
    return rc;
}

static int mv_setitem(Obj *o, Obj *key, Obj *value) {
    MemoryViewObj *m = as_mv(o);
    if (memoryview_check_released(m) < 0) return -1;
    if (m->readonly) {
        err_set_str(&Exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        err_set_str(&Exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (is_slice(key)) return assign_slice(m, key, value);
    intptr_t i;
    if (item_index(m, key, &i) < 0) return -1;
    return memoryview_pack(m, item_ptr(m, i), value);
}

static const MappingSlots mv_mapping = { .len = mv_len, .getitem = mv_getitem, .setitem = mv_setitem };

/* ---- conversions ----------------------------------------------------------- */

/* The items' bytes, in order, as a new bytes. */
static Obj *to_bytes(MemoryViewObj *m) {
    if (contiguous(m)) return bytes_from(m->start, (size_t)(m->nitems * m->itemsize));
    Obj *b = bytes_new_raw((size_t)(m->nitems * m->itemsize));
    if (b == NULL) return NULL;
    for (intptr_t i = 0; i < m->nitems; i++)
        memcpy(((BytesObj *)b)->data + i * m->itemsize, item_ptr(m, i), (size_t)m->itemsize);
    return b;
}

static Obj *mv_tobytes(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"order", NULL};
    Obj *a[1];
    if (args_bind("tobytes", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    if (a[0] != NULL && a[0] != NONE) {
        if (!is_str(a[0])) {
            err_format(&Exc_TypeError, "memoryview.tobytes() argument 'order' must be str or None, not %s",
                       type_name(a[0]));
            return NULL;
        }
        const char *s = str_data(a[0]);
        if (strcmp(s, "C") != 0 && strcmp(s, "F") != 0 && strcmp(s, "A") != 0) {
            err_set_str(&Exc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
    }
    if (memoryview_check_released(as_mv(self)) < 0) return NULL;
    return to_bytes(as_mv(self));
}

static Obj *mv_tolist(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("tolist", kwnames) < 0 || args_count("tolist", nargs, 0, 0) < 0) return NULL;
    MemoryViewObj *m = as_mv(self);
    if (memoryview_check_released(m) < 0) return NULL;
    Obj *l = list_new((size_t)m->nitems);
    for (intptr_t i = 0; l != NULL && i < m->nitems; i++) {
        Obj *v = memoryview_unpack(m, item_ptr(m, i));
        if (v == NULL) {
            for (intptr_t j = i; j < m->nitems; j++) list_set_new(l, (size_t)j, NEWREF(NONE));
            CLEAR(l);
            break;
        }
        list_set_new(l, (size_t)i, v);
    }
    return l;
}

/* hex(sep, bytes_per_sep): bytes.hex of the contents. */
static Obj *mv_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (memoryview_check_released(as_mv(self)) < 0) return NULL;
    Obj *b = to_bytes(as_mv(self));
    if (b == NULL) return NULL;
    Obj *hex = obj_getattr_cstr(b, "hex");
    Obj *r = hex ? obj_call(hex, args, nargs, kwnames) : NULL;
    XDECREF(hex);
    DECREF(b);
    return r;
}

static Obj *mv_toreadonly(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("toreadonly", kwnames) < 0 || args_count("toreadonly", nargs, 0, 0) < 0) return NULL;
    MemoryViewObj *m = as_mv(self);
    if (memoryview_check_released(m) < 0) return NULL;
    MemoryViewObj *r = view_like(m, m->start, m->nitems, m->step);
    if (r != NULL) r->readonly = true;
    return (Obj *)r;
}

static bool byte_format(const char *f) {
    char c = memoryview_format_char(f);
    return c == 'B' || c == 'b' || c == 'c';
}

static Obj *mv_cast(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"format", "shape", NULL};
    Obj *a[2];
    if (args_bind("cast", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    MemoryViewObj *m = as_mv(self);
    if (memoryview_check_released(m) < 0) return NULL;
    if (!is_str(a[0])) {
        err_format(&Exc_TypeError, "cast() argument 'format' must be str, not %s", type_name(a[0]));
        return NULL;
    }
    if (!contiguous(m)) {
        err_set_str(&Exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    const char *fmt = str_data(a[0]);
    char c = memoryview_format_char(fmt);
    if (c == 0 || strlen(fmt) >= sizeof m->format) {
        err_set_str(&Exc_ValueError, "memoryview: destination format must be a native single character "
                                     "format prefixed with an optional '@'");
        return NULL;
    }
    if (!byte_format(m->format) && !byte_format(fmt)) {
        err_set_str(&Exc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    intptr_t size = memoryview_format_size(c), nbytes = m->nitems * m->itemsize;
    if (nbytes % size != 0) {
        err_set_str(&Exc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    if (a[1] != NULL) {
        if (!is_list(a[1]) && !is_tuple(a[1])) {
            err_set_str(&Exc_TypeError, "shape must be a list or a tuple");
            return NULL;
        }
        Obj *shape = a[1];
        size_t nd = is_list(shape) ? list_size(shape) : tuple_size(shape);
        if (nd != 1) {
            err_set_str(&Exc_NotImplementedError, "memoryview: only 1-D casts are supported");
            return NULL;
        }
        Obj *n0 = is_list(shape) ? list_get(shape, 0) : tuple_get(shape, 0);
        if (!is_small(n0) || small_value(n0) <= 0) {
            err_set_str(&Exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            return NULL;
        }
        if (small_value(n0) * size != nbytes) {
            err_set_str(&Exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
            return NULL;
        }
    }
    MemoryViewObj *r = view_like(m, m->start, nbytes / size, size);
    if (r != NULL) {
        r->itemsize = size;
        snprintf(r->format, sizeof r->format, "%s", fmt);
    }
    return (Obj *)r;
}

static Obj *mv_reduce(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    err_set_str(&Exc_TypeError, "cannot pickle memoryview objects");
    return NULL;
}

static const MethodDef mv_methods[] = {
    {"__reduce__", mv_reduce}, {"__reduce_ex__", mv_reduce},
    {"release", mv_release}, {"__enter__", mv_enter}, {"__exit__", mv_exit},
    {"tobytes", mv_tobytes}, {"tolist", mv_tolist}, {"hex", mv_hex},
    {"toreadonly", mv_toreadonly}, {"cast", mv_cast},
    {NULL},
};

/* ---- attributes ----------------------------------------------------------- */

#define GETTER(name, expr) \
    static Obj *mv_get_##name(Obj *o) { \
        MemoryViewObj *m = as_mv(o); \
        if (memoryview_check_released(m) < 0) return NULL; \
        return expr; \
    }
GETTER(obj, NEWREF(m->view.obj))
GETTER(nbytes, small_new(m->nitems * m->itemsize))
GETTER(readonly, NEWREF(bool_from(m->readonly)))
GETTER(itemsize, small_new(m->itemsize))
GETTER(format, str_from_cstr(m->format))
GETTER(ndim, small_new(1))
GETTER(shape, tuple_pack(1, small_new(m->nitems)))
GETTER(strides, tuple_pack(1, small_new(m->step)))
GETTER(suboffsets, tuple_empty())
GETTER(contiguous, NEWREF(bool_from(contiguous(m))))
#undef GETTER
static Obj *mv_get_released(Obj *o) { return NEWREF(bool_from(as_mv(o)->released)); }

static const GetSetDef mv_getset[] = {
    {"obj", mv_get_obj}, {"nbytes", mv_get_nbytes}, {"readonly", mv_get_readonly},
    {"itemsize", mv_get_itemsize}, {"format", mv_get_format}, {"ndim", mv_get_ndim},
    {"shape", mv_get_shape}, {"strides", mv_get_strides}, {"suboffsets", mv_get_suboffsets},
    {"c_contiguous", mv_get_contiguous}, {"f_contiguous", mv_get_contiguous},
    {"contiguous", mv_get_contiguous}, {"released", mv_get_released},
    {NULL},
};

/* ---- comparison and hashing ------------------------------------------------ */

/* Compares item by item as values (formats may differ); 1, 0, -1. */
static int equal_items(MemoryViewObj *a, MemoryViewObj *b) {
    if (a->nitems != b->nitems) return 0;
    if (strcmp(a->format, b->format) == 0 && byte_format(a->format) && contiguous(a) && contiguous(b))
        return memcmp(a->start, b->start, (size_t)(a->nitems * a->itemsize)) == 0;
    for (intptr_t i = 0; i < a->nitems; i++) {
        Obj *x = memoryview_unpack(a, item_ptr(a, i));
        Obj *y = x ? memoryview_unpack(b, item_ptr(b, i)) : NULL;
        int r = y ? obj_richcompare_bool(x, y, CMP_EQ) : -1;
        XDECREF(x);
        XDECREF(y);
        if (r <= 0) return r;
    }
    return 1;
}

static Obj *mv_richcompare(Obj *a, Obj *b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NEWREF(NOT_IMPLEMENTED);
    int eq;
    if (a == b) {
        eq = 1;
    } else if (as_mv(a)->released || (is_memoryview(b) && as_mv(b)->released)) {
        eq = 0;
    } else if (is_memoryview(b)) {
        eq = equal_items(as_mv(a), as_mv(b));
    } else if (buffer_check(b)) {
        MemoryViewObj *other = (MemoryViewObj *)memoryview_from_object(b);
        if (other == NULL) return NULL;
        eq = equal_items(as_mv(a), other);
        DECREF((Obj *)other);
    } else {
        return NEWREF(NOT_IMPLEMENTED);
    }
    if (eq < 0) return NULL;
    return NEWREF(bool_from((eq == 1) == (op == CMP_EQ)));
}

static intptr_t mv_hash(Obj *o) {
    MemoryViewObj *m = as_mv(o);
    if (m->hash != -1) return m->hash;
    if (memoryview_check_released(m) < 0) return -1;
    if (!m->readonly) {
        err_set_str(&Exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!byte_format(m->format)) {
        err_set_str(&Exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    Obj *b = to_bytes(m);
    if (b == NULL) return -1;
    m->hash = obj_hash(b);
    DECREF(b);
    return m->hash;
}

/* ---- iteration ------------------------------------------------------------ */

typedef struct MemIterObj {
    Obj ob;
    Obj *mv;
    intptr_t index;
} MemIterObj;

static Type MemIterType;

static Obj *mv_iter(Obj *o) {
    if (memoryview_check_released(as_mv(o)) < 0) return NULL;
    MemIterObj *it = (MemIterObj *)obj_alloc(&MemIterType, sizeof *it);
    if (it == NULL) return NULL;
    it->mv = NEWREF(o);
    return (Obj *)it;
}

static void memiter_dealloc(Obj *o) {
    XDECREF(((MemIterObj *)o)->mv);
    obj_free(o);
}

static Obj *memiter_next(Obj *o) {
    MemIterObj *it = (MemIterObj *)o;
    if (it->mv == NULL) return NULL;
    MemoryViewObj *m = as_mv(it->mv);
    if (memoryview_check_released(m) < 0) return NULL;
    if (it->index >= m->nitems) {
        CLEAR(it->mv);
        return NULL;
    }
    return memoryview_unpack(m, item_ptr(m, it->index++));
}

static Obj *self_iter(Obj *o) { return NEWREF(o); }

static Type MemIterType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "memory_iterator",
    .size = sizeof(MemIterObj),
    .base = &ObjectType,
    .dealloc = memiter_dealloc,
    .iter = self_iter,
    .iternext = memiter_next,
};

Type MemoryViewType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "memoryview",
    .size = sizeof(MemoryViewObj),
    .flags = TF_WEAKREFABLE | TF_SEQUENCE,
    .base = &ObjectType,
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .iter = mv_iter,
    .new_ = mv_new,
    .mapping = &mv_mapping,
    .methods = mv_methods,
    .getset = mv_getset,
    .buffer = &mv_buffer,
    .doc = "Create a new memoryview object which references the given object.",
};
