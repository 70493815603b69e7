/* code.h: code objects (compiled bytecode of a module, function, class body or
 * comprehension) and function objects.  The compiler (interp/compile*.c)
 * fills a CodeObj; the VM (interp/vm.c) runs it. */
#ifndef GILPY_CODE_H
#define GILPY_CODE_H

#include "object.h"

/* CPython's values, so that co_flags reads the same from Python. */
enum {
    CO_OPTIMIZED    = 1u << 0,   /* function scope: locals in fast slots */
    CO_NEWLOCALS    = 1u << 1,   /* function scope (fast locals) */
    CO_VARARGS      = 1u << 2,   /* has *args */
    CO_VARKEYWORDS  = 1u << 3,   /* has **kwargs */
    CO_NESTED       = 1u << 4,
    CO_GENERATOR    = 1u << 5,
    CO_NOFREE       = 1u << 6,   /* unused (CPython 3.11 never sets it) */
    CO_COROUTINE    = 1u << 7,
    CO_ITERABLE_COROUTINE = 1u << 8,   /* a generator `await` accepts (types.coroutine) */
    CO_ASYNC_GENERATOR = 1u << 9,
};

typedef struct CodeObj {
    Obj ob;
    uint32_t *code;          /* instruction words, see interp/opcodes.h */
    size_t ncode;
    Obj *consts;             /* tuple */
    Obj *names;              /* tuple of interned str: globals, attributes */
    Obj *varnames;           /* tuple: locals; arguments first */
    Obj *cellvars;           /* tuple: locals captured by inner functions */
    Obj *freevars;           /* tuple: variables captured from outer functions */
    int argcount;            /* positional parameters (incl. positional-only) */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;             /* len(varnames) */
    int stacksize;           /* maximum value-stack depth */
    int maxblocks;           /* maximum block-stack depth */
    uint32_t flags;          /* CO_* */
    int firstlineno;
    /* Line table: for each instruction word i, lines[i] is its source line
     * (0 for cache words/none); cols[i] packs start/end columns for carets. */
    int *lines;
    uint32_t *cols;          /* (col << 16) | end_col, or 0 when unknown */
    Obj *filename, *name, *qualname;   /* str */
    /* cell2arg[i]: argument index that cell i starts from, or -1 (NULL if none) */
    int *cell2arg;
    /* ---- owned by the VM (interp/vm*.c), zero until the code first runs ---- */
    void *vm_cache;          /* inline-cache side table, malloc'd; freed with the code */
    int ncells, nfree;       /* len(cellvars), len(freevars), set by the VM */
    bool vm_ready;           /* the VM has prepared (quickened) this code */
} CodeObj;

extern Type CodeType;
static inline bool is_code(const Obj *o) { return !is_small(o) && o->type == &CodeType; }

/* Makes an empty code object; the compiler fills the fields it owns. */
CodeObj *code_new(void);
/* The source line of the instruction at word index `offset`. */
int code_line_at(const CodeObj *co, size_t offset);
/* co_positions() and the other methods (runtime/code_positions.c). */
extern const MethodDef code_methods[];
/* The (line, end_line, col, end_col) tuple co_positions() gives for
 * instruction word i (new reference, NULL on MemoryError). */
Obj *code_position_at(const CodeObj *co, size_t i);

/* ---- functions ---------------------------------------------------------- */
typedef struct FunctionObj {
    Obj ob;
    Obj *code;               /* CodeObj */
    Obj *globals;            /* dict */
    Obj *builtins;           /* dict, found from globals at creation */
    Obj *name, *qualname;    /* str */
    Obj *defaults;           /* tuple or NULL */
    Obj *kwdefaults;         /* dict or NULL */
    Obj *closure;            /* tuple of cells or NULL */
    Obj *doc;                /* or None */
    Obj *module;             /* __module__ */
    Obj *annotations;        /* dict or NULL */
    Obj *dict;               /* __dict__ or NULL */
} FunctionObj;

extern Type FunctionType;
static inline bool is_function(const Obj *o) { return !is_small(o) && o->type == &FunctionType; }
/* __builtins__ is found from globals (None when absent: the VM fills it). */
Obj *function_new(Obj *code, Obj *globals, Obj *qualname);
/* FunctionType.call, the vector-call entry of Python functions; implemented
 * by the VM (interp/vm_call.c). */
Obj *function_call(Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);

/* ---- bound methods (runtime/method.c) ----------------------------------- */
typedef struct MethodObj {
    Obj ob;
    Obj *func;               /* any callable */
    Obj *self;
} MethodObj;
extern Type MethodType;
static inline bool is_method(const Obj *o) { return !is_small(o) && o->type == &MethodType; }
Obj *method_new(Obj *func, Obj *self);

/* ---- cells -------------------------------------------------------------- */
typedef struct CellObj {
    Obj ob;
    Obj *value;              /* NULL when empty */
} CellObj;
extern Type CellType;
Obj *cell_new(Obj *value);   /* value may be NULL (reference taken) */

#endif
