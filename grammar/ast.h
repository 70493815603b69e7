/* ast.h: the abstract syntax tree the parser builds and the compiler reads.
 *
 * It mirrors Python 3.11's ast module (Python/Python.asdl) as plain tagged
 * unions.  The grammar layer knows nothing about runtime objects, so names
 * are C strings and literals are kept as text or decoded bytes; the compiler
 * turns them into objects.  Every node and array lives in an Arena that is
 * freed in one go after compilation.
 */
#ifndef GILPY_AST_H
#define GILPY_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- arena ------------------------------------------------------------- */
typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);        /* zeroed; aborts only on OOM */
char *arena_strndup(Arena *a, const char *s, size_t n);

/* ---- locations --------------------------------------------------------- */
/* Lines are 1-based; columns are 0-based byte offsets in the line (as CPython's
 * col_offset), end_* one past the last character. */
typedef struct Loc {
    int line, col, end_line, end_col;
} Loc;

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef struct ExprList { size_t n; Expr **items; } ExprList;
typedef struct StmtList { size_t n; Stmt **items; } StmtList;
typedef struct NameList { size_t n; const char **items; } NameList;

/* ---- expressions ------------------------------------------------------- */
typedef enum ExprKind {
    E_BOOLOP, E_NAMEDEXPR, E_BINOP, E_UNARYOP, E_LAMBDA, E_IFEXP, E_DICT, E_SET,
    E_LISTCOMP, E_SETCOMP, E_DICTCOMP, E_GENEXP, E_AWAIT, E_YIELD, E_YIELDFROM,
    E_COMPARE, E_CALL, E_FORMATTEDVALUE, E_JOINEDSTR, E_CONSTANT, E_ATTRIBUTE,
    E_SUBSCRIPT, E_STARRED, E_NAME, E_LIST, E_TUPLE, E_SLICE
} ExprKind;

typedef enum ExprContext { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;
typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;
/* Binary operators use enum BinOp from runtime/object.h order:
 * ADD SUB MUL MATMUL TRUEDIV FLOORDIV MOD POW LSHIFT RSHIFT AND OR XOR. */
typedef enum AstBinOp {
    AST_ADD, AST_SUB, AST_MUL, AST_MATMUL, AST_TRUEDIV, AST_FLOORDIV, AST_MOD,
    AST_POW, AST_LSHIFT, AST_RSHIFT, AST_BITAND, AST_BITOR, AST_BITXOR
} AstBinOp;
typedef enum UnaryOpKind { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;
typedef enum CmpOpKind {
    CMPOP_EQ, CMPOP_NOTEQ, CMPOP_LT, CMPOP_LTE, CMPOP_GT, CMPOP_GTE,
    CMPOP_IS, CMPOP_ISNOT, CMPOP_IN, CMPOP_NOTIN
} CmpOpKind;

typedef enum ConstKind {
    K_NONE, K_TRUE, K_FALSE, K_ELLIPSIS,
    K_INT,      /* text: the literal as written, e.g. "0x_ff", "1_000" */
    K_FLOAT,    /* text: e.g. "1e-3", "1_0.5" */
    K_IMAG,     /* text: e.g. "3j" (complex may come later) */
    K_STR,      /* bytes: decoded UTF-8 (may contain NUL), size in `size` */
    K_BYTES     /* bytes: the byte values, size in `size` */
} ConstKind;

typedef struct Constant {
    ConstKind kind;
    const char *text;       /* K_INT/K_FLOAT/K_IMAG: NUL-terminated literal */
    const char *bytes;      /* K_STR/K_BYTES */
    size_t size;
    bool u_prefix;          /* K_STR written u"...": ast.dump shows kind='u' */
} Constant;

typedef struct Comprehension {
    Expr *target, *iter;
    ExprList ifs;
    bool is_async;
} Comprehension;
typedef struct ComprehensionList { size_t n; Comprehension **items; } ComprehensionList;

typedef struct Keyword {
    const char *arg;        /* NULL for **kwargs */
    Expr *value;
    Loc loc;
} Keyword;
typedef struct KeywordList { size_t n; Keyword **items; } KeywordList;

typedef struct Arg {
    const char *arg;
    Expr *annotation;       /* or NULL */
    Loc loc;
} Arg;
typedef struct ArgList { size_t n; Arg **items; } ArgList;

typedef struct Arguments {
    ArgList posonlyargs, args;
    Arg *vararg;            /* or NULL */
    ArgList kwonlyargs;
    ExprList kw_defaults;   /* one per kwonly arg; item NULL when no default */
    Arg *kwarg;             /* or NULL */
    ExprList defaults;      /* for the last len(defaults) of posonlyargs+args */
} Arguments;

struct Expr {
    ExprKind kind;
    Loc loc;
    union {
        struct { BoolOpKind op; ExprList values; } boolop;
        struct { Expr *target, *value; } namedexpr;
        struct { Expr *left; AstBinOp op; Expr *right; } binop;
        struct { UnaryOpKind op; Expr *operand; } unaryop;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { ExprList keys, values; } dict;     /* key NULL means **value */
        struct { ExprList elts; } set;
        /* listcomp, setcomp, genexp use elt; dictcomp uses key/value */
        struct { Expr *elt, *key, *value; ComprehensionList generators; } comp;
        struct { Expr *value; } await_;
        struct { Expr *value; } yield;              /* value may be NULL */
        struct { Expr *value; } yieldfrom;
        struct { Expr *left; size_t n; CmpOpKind *ops; Expr **comparators; } compare;
        struct { Expr *func; ExprList args; KeywordList keywords; } call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec: JoinedStr or NULL */
        struct { Expr *value; int conversion; Expr *format_spec; } formatted;
        struct { ExprList values; } joinedstr;      /* Constant str and FormattedValue */
        Constant constant;
        struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
        struct { Expr *value, *slice; ExprContext ctx; } subscript;
        struct { Expr *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { ExprList elts; ExprContext ctx; } list;    /* list and tuple */
        struct { Expr *lower, *upper, *step; } slice;       /* each may be NULL */
    } u;
    unsigned parens;        /* parser-internal: how many (...) wrap it */
};

/* ---- statements -------------------------------------------------------- */
typedef enum StmtKind {
    S_FUNCTIONDEF, S_ASYNCFUNCTIONDEF, S_CLASSDEF, S_RETURN, S_DELETE, S_ASSIGN,
    S_AUGASSIGN, S_ANNASSIGN, S_FOR, S_ASYNCFOR, S_WHILE, S_IF, S_WITH,
    S_ASYNCWITH, S_MATCH, S_RAISE, S_TRY, S_TRYSTAR, S_ASSERT, S_IMPORT,
    S_IMPORTFROM, S_GLOBAL, S_NONLOCAL, S_EXPR, S_PASS, S_BREAK, S_CONTINUE
} StmtKind;

typedef struct ExceptHandler {
    Expr *type;             /* or NULL for bare except */
    const char *name;       /* or NULL */
    StmtList body;
    Loc loc;
} ExceptHandler;
typedef struct HandlerList { size_t n; ExceptHandler **items; } HandlerList;

typedef struct WithItem {
    Expr *context_expr;
    Expr *optional_vars;    /* or NULL */
} WithItem;
typedef struct WithItemList { size_t n; WithItem **items; } WithItemList;

typedef struct Alias {
    const char *name;       /* dotted, or "*" */
    const char *asname;     /* or NULL */
    Loc loc;
} Alias;
typedef struct AliasList { size_t n; Alias **items; } AliasList;

/* ---- match statements (PEP 634) ---- */
typedef enum PatternKind {
    P_VALUE,        /* value: a literal, -literal, complex literal or dotted name */
    P_SINGLETON,    /* singleton: K_NONE, K_TRUE or K_FALSE */
    P_SEQUENCE,     /* patterns (at most one P_STAR) */
    P_MAPPING,      /* keys/patterns, rest (NULL or the **name) */
    P_CLASS,        /* cls(patterns..., kwd_attrs[i]=kwd_patterns[i]...) */
    P_STAR,         /* *name inside a sequence; name NULL for *_ */
    P_AS,           /* pattern as name; both NULL: '_'; pattern NULL: capture */
    P_OR            /* patterns joined by | */
} PatternKind;

typedef struct Pattern Pattern;
typedef struct PatternList { size_t n; Pattern **items; } PatternList;

struct Pattern {
    PatternKind kind;
    Loc loc;
    union {
        struct { Expr *value; } value;
        struct { ConstKind value; } singleton;
        struct { PatternList patterns; } seq;
        struct { ExprList keys; PatternList patterns; const char *rest; } mapping;
        struct { Expr *cls; PatternList patterns; NameList kwd_attrs;
                 PatternList kwd_patterns; } cls;
        struct { const char *name; } star;
        struct { Pattern *pattern; const char *name; } as;
        struct { PatternList patterns; } or_;
    } u;
};

typedef struct MatchCase {
    Pattern *pattern;
    Expr *guard;            /* or NULL */
    StmtList body;
} MatchCase;
typedef struct MatchCaseList { size_t n; MatchCase **items; } MatchCaseList;

struct Stmt {
    StmtKind kind;
    Loc loc;
    union {
        /* def and async def */
        struct { const char *name; Arguments *args; StmtList body;
                 ExprList decorator_list; Expr *returns; } funcdef;
        struct { const char *name; ExprList bases; KeywordList keywords;
                 StmtList body; ExprList decorator_list; } classdef;
        struct { Expr *value; } return_;            /* value may be NULL */
        struct { ExprList targets; } delete_;
        struct { ExprList targets; Expr *value; } assign;   /* a = b = value */
        struct { Expr *target; AstBinOp op; Expr *value; } augassign;
        /* simple: target is a plain Name not in parentheses */
        struct { Expr *target, *annotation, *value; bool simple; } annassign;
        struct { Expr *target, *iter; StmtList body, orelse; } for_;  /* and async for */
        struct { Expr *test; StmtList body, orelse; } while_;
        struct { Expr *test; StmtList body, orelse; } if_;
        struct { WithItemList items; StmtList body; } with;            /* and async with */
        struct { Expr *exc, *cause; } raise;        /* each may be NULL */
        /* try and try/except* */
        struct { StmtList body; HandlerList handlers; StmtList orelse, finalbody; } try_;
        struct { Expr *test, *msg; } assert_;
        struct { AliasList names; } import;
        struct { const char *module; AliasList names; int level; } importfrom;  /* module may be NULL */
        struct { NameList names; } global;          /* global and nonlocal */
        struct { Expr *value; } expr;
        struct { Expr *subject; MatchCaseList cases; } match;
    } u;
};

typedef struct Module {
    StmtList body;
} Module;

/* ---- parsing (grammar/parse.c) ----------------------------------------- */
typedef enum ParseMode { PARSE_FILE, PARSE_EVAL, PARSE_SINGLE } ParseMode;

/* A syntax error, described in plain C so the grammar stays runtime-free;
 * interp/ turns it into a SyntaxError/IndentationError/TabError instance. */
typedef enum SyntaxErrorKind { SYNERR_SYNTAX, SYNERR_INDENT, SYNERR_TAB } SyntaxErrorKind;
typedef struct ParseError {
    SyntaxErrorKind kind;
    char msg[256];          /* CPython's message, e.g. "invalid syntax",
                               "'(' was never closed", "expected ':'" */
    int line, col;          /* 1-based line; 1-based column (SyntaxError.offset) */
    int end_line, end_col;
    bool incomplete;        /* input ended inside a block or bracket: the REPL
                               asks for more lines instead of reporting */
    bool line_without_newline;  /* a tokenizer error: CPython's SyntaxError.text
                                   is the line without its newline */
} ParseError;

/* Parses UTF-8 source into a Module (PARSE_FILE/PARSE_SINGLE: statements;
 * PARSE_EVAL: one expression in body[0] as an S_EXPR).  Returns NULL and fills
 * *err on a syntax error.  `filename` is only used for messages. */
Module *parse_source(const char *src, size_t len, const char *filename,
                     ParseMode mode, Arena *arena, ParseError *err);

/* ---- debugging (grammar/ast_dump.c) ----------------------------------- */
/* The tree as Python's ast.dump() prints it; malloc'd, the caller frees. */
char *ast_dump_module(const Module *m);
char *ast_dump_expr(const Expr *e);
/* repr() of a float, Python's shortest round-trip form ("0.1", "1e-05"). */
void ast_float_repr(double d, char *buf, size_t size);

#endif
