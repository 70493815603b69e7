/* compile.h: the compiler's internal interface, shared by compile*.c.
 *
 * Code generation appends symbolic instructions (opcode, argument, jump
 * label, source location) to the current Unit, one Unit per code object
 * being built; compile_asm.c then removes dead code, threads jumps, lays the
 * words out with their inline caches, and computes the stack and block
 * depths.  Emitting never fails loudly: allocation failures set c->failed,
 * which every statement checks. */
#ifndef GILPY_COMPILE_H
#define GILPY_COMPILE_H

#include "object.h"
#include "ast.h"
#include "code.h"
#include "opcodes.h"
#include "symtable.h"

typedef struct Instr {
    uint8_t op;
    int arg;
    int target;             /* label id for jumps, else -1 */
    Loc loc;
} Instr;

/* Frame blocks: what return/break/continue must unwind on their way out. */
typedef enum FBlockKind {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_ASYNC_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY,
    FB_FINALLY_END, FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER      /* except* clauses: no break/continue/return out */
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int block;              /* label: loop start (continue target) */
    int exit;               /* label: loop exit (break target) */
    const void *datum;      /* finally body (StmtList *) or handler name */
} FBlock;

#define MAX_FBLOCKS 20

typedef enum UnitKind {
    UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_ASYNC_FUNCTION, UNIT_LAMBDA,
    UNIT_COMPREHENSION
} UnitKind;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *ste;
    UnitKind kind;
    Instr *code;
    size_t ncode, code_cap;
    int *labels;            /* label id -> instruction index, -1 until placed */
    size_t nlabels, labels_cap;
    Obj *consts;            /* list, deduplicated by const_index */
    int *const_table;       /* open-addressing index into consts (-1 empty) */
    size_t const_cap;
    Obj *names;             /* dict: name -> index (insertion order) */
    Obj *varnames;          /* dict */
    Obj *cellvars;          /* dict */
    Obj *freevars;          /* dict; DEREF slot = len(cellvars) + index */
    Obj *name, *qualname;   /* str */
    const char *private_name;   /* enclosing class name, for mangling */
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    Loc loc;                /* location given to emitted instructions */
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    bool in_annotation;
};

typedef struct Compiler {
    SymTable *st;
    Unit *u;
    Obj *filename;          /* str */
    const char *src;        /* parse errors: source text quoted in SyntaxError.text;
                               NULL: errors quote the line read from filename */
    size_t srclen;
    bool src_line_bare;     /* quote the source line without its newline */
    bool src_line_as_is;    /* quote it exactly as in the source (eval/single) */
    ParseMode mode;
    bool failed;            /* an exception is set; stop */
    bool future_annotations;    /* from __future__ import annotations */
    int future_lineno;      /* line of the last leading future import, or -1 */
    uint32_t future_flags;  /* CPython's CO_FUTURE_* bits, set on every code object */
} Compiler;

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

/* ---- compile.c: units, errors, emission ------------------------------------ */
/* Raises SyntaxError(msg, (filename, line, col+1, text, end_line, end_col+1)).
 * compiler_syntax_error_at takes 1-based offsets; end_offset < 0 means None. */
int compiler_error(Compiler *c, Loc loc, const char *fmt, ...);
int compiler_syntax_error_at(Compiler *c, Type *type, const char *msg, int line, int offset,
                             int end_line, int end_offset);
/* Line `line` of the file being compiled (new reference), or None. */
Obj *compiler_file_line(Compiler *c, int line);
int unit_enter(Compiler *c, Scope *ste, UnitKind kind, Obj *name, int firstlineno);
void unit_leave(Compiler *c);
Obj *unit_to_code(Compiler *c);         /* assembles the current unit */

void emit(Compiler *c, int op, int arg);
void emit_jump(Compiler *c, int op, int label);
int new_label(Compiler *c);
void place_label(Compiler *c, int label);
/* Index of o (reference STOLEN) in co_consts; -1 with c->failed on error. */
int const_index(Compiler *c, Obj *o);
void emit_const(Compiler *c, Obj *o);   /* steals o */
void emit_none(Compiler *c);
int name_index(Compiler *c, Obj *dict, const char *name);   /* adds when missing */
Obj *intern_cstr(Compiler *c, const char *s);             /* new reference */
const char *mangle(Compiler *c, const char *name, char *buf, size_t size);

/* ---- fblocks (compile_stmt.c) --------------------------------------------- */
int fblock_push(Compiler *c, FBlockKind kind, int block, int exit, const void *datum);
void fblock_pop(Compiler *c);
int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);

/* ---- compile_expr.c -------------------------------------------------------- */
int compile_expr(Compiler *c, Expr *e);
int compile_exprs(Compiler *c, ExprList *l);
int compile_name(Compiler *c, const char *id, ExprContext ctx);
int compile_store(Compiler *c, Expr *target);   /* value on the stack */
int compile_delete(Compiler *c, Expr *target);
/* Jumps to label when e's truth equals `cond`; consumes e. */
int compile_jump_if(Compiler *c, Expr *e, int label, bool cond);
int compile_call_helper(Compiler *c, int already_pushed, ExprList *args, KeywordList *kws);
int compile_unpack_target(Compiler *c, ExprList *elts, Loc loc);
int compile_subscript_or_slice(Compiler *c, Expr *slice);
/* Where CPython 3.11 locates an attribute access or method call: the line
 * and column of the attribute name when it is not on base's first line. */
Loc attr_location(Expr *attr, Loc base);

/* ---- compile_const.c ------------------------------------------------------- */
Obj *constant_object(Compiler *c, const Constant *k);      /* new reference */
/* The folded value of e when it is a compile-time constant (new reference),
 * or NULL (no exception) when it is not. */
Obj *fold_constant(Compiler *c, Expr *e);

/* ---- compile_stmt.c -------------------------------------------------------- */
int compile_stmt(Compiler *c, Stmt *s);
int compile_body(Compiler *c, StmtList *body);
int compile_augassign(Compiler *c, Stmt *s);
int compile_annassign(Compiler *c, Stmt *s);
int compile_annotation_value(Compiler *c, Expr *ann);
int compile_import(Compiler *c, Stmt *s);
int compile_importfrom(Compiler *c, Stmt *s);

/* ---- compile_try.c ---------------------------------------------------------- */
int compile_try(Compiler *c, Stmt *s);
int compile_with(Compiler *c, Stmt *s, size_t item);
int compile_async_with(Compiler *c, Stmt *s, size_t item);
int compile_raise(Compiler *c, Stmt *s);
int compile_assert(Compiler *c, Stmt *s);
void emit_with_exit_call(Compiler *c);        /* exit(None, None, None); POP_TOP */
int compile_finally_body(Compiler *c, StmtList *body);

/* ---- compile_match.c ------------------------------------------------------- */
int compile_match(Compiler *c, Stmt *s);

/* ---- compile_func.c -------------------------------------------------------- */
int compile_funcdef(Compiler *c, Stmt *s);
int compile_classdef(Compiler *c, Stmt *s);
int compile_lambda(Compiler *c, Expr *e);
int compile_comprehension(Compiler *c, Expr *e);
/* Emits closure + code + qualname + MAKE_FUNCTION for a finished unit
 * (co is stolen). */
int make_closure(Compiler *c, CodeObj *co, int flags);
/* Opens the unit of the scope the symbol table made for AST node `key`
 * (GEN_START first for generators and coroutines). */
int enter_scope(Compiler *c, const void *key, UnitKind kind, const char *name, int firstlineno);
/* Assembles and leaves the current unit: its code object, or NULL. */
CodeObj *leave_scope(Compiler *c);
/* The leading string constant of a body (its docstring), or NULL. */
Expr *docstring_expr(StmtList *body);
/* Module and class bodies: SETUP_ANNOTATIONS, __doc__, then statements. */
int compile_body_with_doc(Compiler *c, StmtList *body);

/* ---- compile_comp.c -------------------------------------------------------- */
/* compile_comprehension (declared above) lives there. */

/* ---- compile.c --------------------------------------------------------------- */
/* True when a statement list (not nested defs/classes) has an annotated
 * assignment: module and class bodies then need __annotations__. */
bool body_has_annotations(StmtList *body);

/* ---- compile_dis.c ---------------------------------------------------------- */
/* The disassembly of co and its nested code objects (malloc'd; NULL when out
 * of memory). */
char *code_disassemble(const CodeObj *co);

/* ---- compile_future.c -------------------------------------------------------- */
/* Checks the leading `from __future__` imports and records their features. */
int future_parse(Compiler *c, Module *mod);
bool is_future_import(const Stmt *s);

/* ---- compile_unparse.c ------------------------------------------------------- */
/* e as source text (new reference), as annotations are stored under
 * `from __future__ import annotations`; NULL with c->failed on error. */
Obj *expr_as_source(Compiler *c, Expr *e);

/* ---- compile_warn.c ------------------------------------------------------------ */
/* Writes "file:line: SyntaxWarning: msg" (and the source line) to stderr. */
void compiler_warn(Compiler *c, Loc loc, const char *fmt, ...);
void check_compare(Compiler *c, Expr *compare);     /* `x is 1` */
void check_assert(Compiler *c, Stmt *assert_stmt);  /* assert (x, "msg") */
void check_caller(Compiler *c, Expr *call);         /* "abc"() */
void check_subscript(Compiler *c, Expr *subscript); /* {1}[0], [1][1, 2] */

/* ---- compile_asm.c ---------------------------------------------------------- */
CodeObj *assemble(Compiler *c);

#endif
