/* symtable.h: the compiler's first pass.  It walks the AST once, records for
 * every scope (module, function, lambda, class body, comprehension) how each
 * name is used, then resolves each name to local / global / free / cell as
 * CPython's symtable does.  It works on the AST's C strings only (no runtime
 * objects), so it cannot fail except with a SyntaxError description. */
#ifndef GILPY_SYMTABLE_H
#define GILPY_SYMTABLE_H

#include "ast.h"

typedef enum BlockType { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockType;

/* How a name is used in one scope (bit set, collected by the walk). */
enum {
    DEF_GLOBAL = 1 << 0,      /* global statement */
    DEF_LOCAL = 1 << 1,       /* assigned */
    DEF_PARAM = 1 << 2,
    DEF_NONLOCAL = 1 << 3,
    USE = 1 << 4,             /* read */
    DEF_FREE_CLASS = 1 << 5,  /* free in a method, bound in the class body */
    DEF_IMPORT = 1 << 6,
    DEF_ANNOT = 1 << 7,
    DEF_COMP_ITER = 1 << 8,   /* comprehension iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* What the analysis decided for a name. */
typedef enum SymScope {
    SCOPE_UNKNOWN, SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT,
    SCOPE_FREE, SCOPE_CELL
} SymScope;

typedef struct Symbol {
    const char *name;         /* mangled */
    unsigned flags;
    SymScope scope;
    Loc dir_loc;              /* its global/nonlocal statement, for errors */
} Symbol;

typedef enum CompKind { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN } CompKind;

typedef struct Scope Scope;
struct Scope {
    BlockType type;
    const void *key;          /* the Stmt*, Expr* or Module* that opened it */
    const char *name;         /* "top", function/class name, "<lambda>", "<listcomp>" ... */
    Loc loc;
    Symbol *syms;             /* in order of first mention */
    size_t nsyms, cap;
    int *index;               /* open-addressing table into syms, -1 empty */
    size_t index_cap;
    const char **params;      /* parameter names in order (varnames start) */
    size_t nparams, params_cap;
    Scope **children;         /* in source order */
    size_t nchildren, children_cap;
    Scope *parent;
    CompKind comp;            /* comprehension kind, COMP_NONE otherwise */
    bool nested;              /* inside a function */
    bool generator, coroutine;
    bool varargs, varkeywords;
    bool needs_class_closure; /* class body providing the __class__ cell */
    bool has_free;
    bool returns_value;
    bool comp_iter_expr;      /* walking a comprehension's iterable */
    Loc yield_loc;            /* first yield/await, for error messages */
};

typedef struct SymTable {
    Scope *top;
    Scope *cur;
    const char *private_name; /* enclosing class name, for __mangling */
    bool failed;
    char msg[256];            /* SyntaxError message when failed */
    Loc err_loc;
    char **strings;           /* mangled names allocated here */
    size_t nstrings, strings_cap;
    Scope **all;              /* every scope, for freeing */
    size_t nall, all_cap;
    bool future_annotations;  /* from __future__ import annotations */
    Scope *annotation_scope;  /* scope whose annotation is being visited */
} SymTable;

/* Builds the table for a module; NULL only when out of memory.  Check
 * st->failed for a SyntaxError (message in st->msg, location st->err_loc).
 * Under `from __future__ import annotations` (future_annotations), yield,
 * await and := are rejected inside annotations, as CPython does. */
SymTable *symtable_build(Module *mod, ParseMode mode, bool future_annotations);
void symtable_free(SymTable *st);

/* The scope opened by AST node `key` among `parent`'s children, or NULL. */
Scope *symtable_child(const Scope *parent, const void *key);
/* Symbol of `name` (already mangled) in scope s, or NULL. */
const Symbol *scope_lookup(const Scope *s, const char *name);
SymScope scope_of(const Scope *s, const char *name);

/* Private name mangling: inside class `cls`, "__x" becomes "_cls__x".
 * Returns `name` itself when no mangling applies, else a string written to
 * buf (size bytes) or NULL when it does not fit. */
const char *mangle_name(const char *cls, const char *name, char *buf, size_t size);

#endif
