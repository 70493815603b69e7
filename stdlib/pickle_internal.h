/* pickle_internal.h: what the files of the _pickle module share: the opcodes,
 * the Pickler and Unpickler objects, the pickler's output buffer and memo,
 * and the Python-level objects the module needs (its exceptions, copyreg's
 * tables, the helpers it borrows from pickle.py). */
#ifndef GILPY_PICKLE_INTERNAL_H
#define GILPY_PICKLE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"

/* ---- opcodes ----------------------------------------------------------- */
enum {
    OP_MARK = '(', OP_STOP = '.', OP_POP = '0', OP_POP_MARK = '1', OP_DUP = '2',
    OP_FLOAT = 'F', OP_INT = 'I', OP_BININT = 'J', OP_BININT1 = 'K', OP_LONG = 'L',
    OP_BININT2 = 'M', OP_NONE = 'N', OP_PERSID = 'P', OP_BINPERSID = 'Q', OP_REDUCE = 'R',
    OP_STRING = 'S', OP_BINSTRING = 'T', OP_SHORT_BINSTRING = 'U', OP_UNICODE = 'V',
    OP_BINUNICODE = 'X', OP_APPEND = 'a', OP_BUILD = 'b', OP_GLOBAL = 'c', OP_DICT = 'd',
    OP_EMPTY_DICT = '}', OP_APPENDS = 'e', OP_GET = 'g', OP_BINGET = 'h', OP_INST = 'i',
    OP_LONG_BINGET = 'j', OP_LIST = 'l', OP_EMPTY_LIST = ']', OP_OBJ = 'o', OP_PUT = 'p',
    OP_BINPUT = 'q', OP_LONG_BINPUT = 'r', OP_SETITEM = 's', OP_TUPLE = 't',
    OP_EMPTY_TUPLE = ')', OP_SETITEMS = 'u', OP_BINFLOAT = 'G',
    OP_PROTO = 0x80, OP_NEWOBJ = 0x81, OP_EXT1 = 0x82, OP_EXT2 = 0x83, OP_EXT4 = 0x84,
    OP_TUPLE1 = 0x85, OP_TUPLE2 = 0x86, OP_TUPLE3 = 0x87, OP_NEWTRUE = 0x88,
    OP_NEWFALSE = 0x89, OP_LONG1 = 0x8a, OP_LONG4 = 0x8b,
    OP_BINBYTES = 'B', OP_SHORT_BINBYTES = 'C',
    OP_SHORT_BINUNICODE = 0x8c, OP_BINUNICODE8 = 0x8d, OP_BINBYTES8 = 0x8e,
    OP_EMPTY_SET = 0x8f, OP_ADDITEMS = 0x90, OP_FROZENSET = 0x91, OP_NEWOBJ_EX = 0x92,
    OP_STACK_GLOBAL = 0x93, OP_MEMOIZE = 0x94, OP_FRAME = 0x95, OP_BYTEARRAY8 = 0x96,
    OP_NEXT_BUFFER = 0x97, OP_READONLY_BUFFER = 0x98,
};

enum {
    PICKLE_HIGHEST_PROTOCOL = 5,
    PICKLE_DEFAULT_PROTOCOL = 4,
    FRAME_SIZE_MIN = 4,
    FRAME_SIZE_TARGET = 64 * 1024,
    FRAME_HEADER_SIZE = 9,
    BATCHSIZE = 1000,
};

/* ---- the pickler's memo: object identity -> index ---------------------- */
typedef struct MemoEntry { Obj *key; size_t index; } MemoEntry;
typedef struct MemoTable {
    MemoEntry *slots;       /* NULL keys are free; each key holds a reference */
    size_t mask;            /* capacity - 1 (a power of two), or 0 when empty */
    size_t used;
    unsigned shift;         /* 64 - log2(capacity) */
} MemoTable;

/* The index of `o`, or -1 when it is not in the memo. */
intptr_t memo_lookup(const MemoTable *m, const Obj *o);
/* Records o -> index (o must not be in the memo); -1 on MemoryError. */
int memo_insert(MemoTable *m, Obj *o, size_t index);
void memo_clear(MemoTable *m);

/* ---- the Pickler ------------------------------------------------------- */
typedef struct PicklerObj {
    Obj ob;
    Obj *write;             /* file.write, or NULL for dumps() */
    Obj *dispatch_table;    /* the attribute, or NULL */
    Obj *pers_func;         /* persistent_id set on the instance, or NULL */
    Obj *buffer_callback;
    int proto;
    int fast;
    bool bin, fix_imports, initialized;
    /* during dump() */
    bool framing;
    Obj *cur_pers;          /* persistent_id to call, or NULL */
    Obj *cur_override;      /* reducer_override, or NULL */
    Obj *cur_table;         /* dispatch table (copyreg's by default), borrowed ref held */
    /* the output */
    char *buf;
    size_t len, cap;
    intptr_t frame_start;   /* offset of the open frame's header, or -1 */
    MemoTable memo;
} PicklerObj;

extern Type PicklerType;

/* Output (pickle_out.c).  All return 0, or -1 with an exception. */
int out_reserve(PicklerObj *p, size_t n);
int out_write(PicklerObj *p, const void *data, size_t n);
static inline int out_byte(PicklerObj *p, unsigned char c) {
    if (p->framing && p->frame_start < 0) return out_write(p, &c, 1);
    if (p->len + 1 > p->cap && out_reserve(p, 1) < 0) return -1;
    p->buf[p->len++] = (char)c;
    return 0;
}
/* A header then a payload that may be large: a payload of a frame's size
 * goes out unframed (to the file directly when there is one). */
int out_write_large(PicklerObj *p, const void *header, size_t hlen, const void *data,
                    size_t n, Obj *payload_obj);
int out_commit_frame(PicklerObj *p);
/* Between two objects: ends the frame when it reached the target size and
 * hands it to the file. */
int out_boundary(PicklerObj *p);
/* Writes what is buffered to the file and empties the buffer. */
int out_flush(PicklerObj *p);
void out_reset(PicklerObj *p);

/* Saving (pickle_save.c, pickle_reduce.c). */
int pk_save(PicklerObj *p, Obj *obj, bool pers_save);
int pk_memo_put(PicklerObj *p, Obj *obj);
int pk_memo_get(PicklerObj *p, size_t index);
int pk_batch_appends(PicklerObj *p, Obj *iterable);
int pk_batch_setitems(PicklerObj *p, Obj *iterable);
/* The reduction of an object no built-in dispatch handles, and saving it. */
int pk_save_reduced(PicklerObj *p, Obj *obj);
/* save_reduce(*rv, obj=obj); obj may be NULL. */
int pk_save_reduce(PicklerObj *p, Obj *rv, Obj *obj);
int pk_save_reduce_args(PicklerObj *p, Obj *func, Obj *args, Obj *obj);
int pk_save_global(PicklerObj *p, Obj *obj, Obj *name);
int pk_save_type(PicklerObj *p, Obj *obj);
int pk_dump(PicklerObj *p, Obj *obj);

/* ---- the Unpickler ----------------------------------------------------- */
typedef struct UnpicklerObj {
    Obj ob;
    /* the input: a whole pickle in memory (loads), or a file */
    Obj *data_obj;          /* bytes holding the input of loads(), or NULL */
    const unsigned char *in;
    size_t in_len, in_pos;
    Obj *file_read, *file_readline, *file_readinto, *file_peek;
    Obj *chunk;             /* bytes last read from the file (in points into it) */
    bool in_frame;          /* in..in_len is the current frame */
    char *line;             /* readline's copy for file input */
    size_t line_cap;
    /* state */
    Obj **stack;
    size_t sp, stack_cap;
    size_t *marks;
    size_t nmarks, marks_cap;
    Obj **memo;
    size_t memo_cap, memo_len;
    Obj *memo_extra;        /* dict for sparse large indexes, or NULL */
    Obj *pers_func;         /* persistent_load set on the instance */
    Obj *buffers;           /* iterator, or NULL */
    char *encoding, *errors;
    int proto;
    bool fix_imports, initialized, loading;
    Obj *cur_pers;          /* during load(): persistent_load or NULL */
    Obj *cur_find;          /* during load(): find_class when overridden, or NULL */
} UnpicklerObj;

extern Type UnpicklerType;

/* pickle_load.c */
Obj *up_load(UnpicklerObj *u);
int up_memo_set(UnpicklerObj *u, size_t idx, Obj *value);
Obj *up_memo_get(UnpicklerObj *u, size_t idx);   /* borrowed, NULL if absent (no exception) */
void up_memo_clear(UnpicklerObj *u);
void up_stack_clear(UnpicklerObj *u);
Obj *up_find_class(UnpicklerObj *u, Obj *module, Obj *name);
/* pickle_unpickler.c: input */
int up_read(UnpicklerObj *u, size_t n, const unsigned char **out);
intptr_t up_readline(UnpicklerObj *u, const unsigned char **out);
int up_frame(UnpicklerObj *u, size_t n);   /* FRAME: the next n bytes are at hand */
int up_init_input_file(UnpicklerObj *u, Obj *file);
void up_release_input(UnpicklerObj *u);

/* The module functions (pickle_pickler.c, pickle_unpickler.c). */
Obj *pk_m_dumps(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *pk_m_dump(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *pk_m_loads(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *pk_m_load(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* ---- module state (pickle_module.c) ----------------------------------- */
extern Obj *PickleError, *PicklingError, *UnpicklingError;
/* copyreg's dispatch_table, _extension_registry, _inverted_registry,
 * _extension_cache (borrowed, loaded on first use); -1 on error. */
typedef struct PickleShared {
    Obj *copyreg_dispatch, *ext_registry, *inv_registry, *ext_cache;
    Obj *newobj, *newobj_ex, *reconstructor;   /* copyreg functions */
    Obj *codecs_encode;     /* pickle._codecs_encode */
    Obj *reduce_ex;         /* pickle._reduce_ex */
    Obj *whichmodule;       /* pickle._whichmodule */
    Obj *name_to_py2, *module_to_py2, *name_from_py2, *module_from_py2;
    Obj *builtins_getattr, *partial;
} PickleShared;
extern PickleShared pk_shared;
int pk_shared_load(void);   /* loads copyreg's objects */
int pk_shared_load_py(void);   /* also pickle.py's helpers */
/* Raises cls (one of the exception classes above) with a formatted message. */
void pk_error(Obj *cls, const char *fmt, ...);
/* obj.name or NULL without exception when missing. */
Obj *pk_lookup(Obj *o, Obj *name);
/* The module of that name from sys.modules, imported first when missing. */
Obj *pk_import(Obj *name);
/* fix_imports: *module and *name through name_map ((module, name) keys), or
 * else *module alone through module_map (the tables of _compat_pickle);
 * each is replaced by a new reference when mapped.  0, or -1 on error. */
int pk_map_names(Obj *name_map, Obj *module_map, Obj **module, Obj **name);
/* Pickler.persistent_id and Unpickler.persistent_load: the getter (hook,
 * AttributeError(name) when unset) and the setter (a callable only). */
Obj *pk_get_hook(Obj *hook, const char *name);
int pk_set_hook(Obj **slot, Obj *value, const char *name);

#endif
