/* parse_internal.h: what the grammar's C files share: the parser state,
 * growable lists, node constructors and validation helpers (build.c,
 * targets.c, params.c), string literals (strlit.c, fstring.c). */
#ifndef GILPY_PARSE_INTERNAL_H
#define GILPY_PARSE_INTERNAL_H

#include "ast.h"
#include "tokenizer.h"

typedef struct Vec {
    size_t n, cap;
    void **items;
} Vec;

typedef struct Parser {
    Lexer lx;
    Arena *arena;
    ParseError *err;
    ParseMode mode;
    int start_token;        /* injected before the first real token */
    /* The first token of the current and of the previous logical line, for
     * "expected an indented block after 'if' statement on line N". */
    int line_kinds[2], line_no;
    int hdr_kinds[2], hdr_line;
    bool new_line;
    /* the lookahead and the token before it, for error messages */
    Token la, prev;
    int la_kind, prev_kind, before_prev_kind;
    bool la_started_line, prev_started_line;
    /* For "expected 'else' after 'if' expression": where the current
     * expression began, and the last inline 'if' still waiting for 'else'. */
    Loc expr_starts[LEX_MAX_PARENS + 1];    /* by bracket depth */
    Loc open_if_start;
    int open_if_depth;          /* bracket depth of that 'if'; -1: none */
    uint64_t for_depths;        /* bit d: a 'for' seen at bracket depth d */
    uint64_t dict_depths;       /* bit d: the '{' at depth d holds key: value */
    uint64_t lambda_depths;     /* bit d: in a lambda's parameters at depth d */
    uint64_t call_depths;       /* bit d: the '(' at depth d is a call's */
    uint64_t target_depths;     /* bit d: between 'for' and 'in' at depth d */
    bool byte_cols;         /* err->col is a byte column: make it chars */
    bool lexer_error;       /* the error came from the tokenizer */
    /* f-string replacement fields parse their text with a sub-parser whose
     * locations are shifted to the enclosing literal's position. */
    int fdepth;
    int line_shift, col_shift;
    Module *module;
    Expr *expr;
    /* Indentation levels of the match blocks being read: a NAME "case"
     * starting a line at the innermost one is the soft keyword. */
    int match_levels[LEX_MAX_INDENT + 1];
    int n_match;
    bool match_pending;     /* a match header was read; its INDENT is next */
    /* The ':' of an annotated assignment being read, and whether what
     * stands before it cannot be annotated. */
    Loc ann_colon;
    bool ann_bad_target;
} Parser;

/* ---- lists and nodes (build.c) ---- */
Vec *vec1(Parser *p, void *item);
Vec *vpush(Parser *p, Vec *v, void *item);
ExprList elist(Vec *v);
StmtList slist(Vec *v);
Loc span(Loc a, Loc b);
Expr *ex(Parser *p, ExprKind kind, Loc loc);
Stmt *st(Parser *p, StmtKind kind, Loc loc);
Expr *mk_name(Parser *p, const char *id, Loc loc);
Expr *mk_const(Parser *p, ConstKind kind, Loc loc);
Expr *mk_binop(Parser *p, Expr *l, AstBinOp op, Expr *r, Loc loc);
Expr *mk_unary(Parser *p, UnaryOpKind op, Expr *e, Loc loc);
Expr *mk_boolop(Parser *p, BoolOpKind op, Expr *l, Expr *r, Loc loc);
Expr *mk_compare(Parser *p, Expr *l, CmpOpKind op, Expr *r, Loc loc);
Expr *mk_seq(Parser *p, ExprKind kind, Vec *items, Loc loc);
Expr *mk_tuple_or_one(Parser *p, Vec *items, bool comma, Loc loc);
Expr *mk_comp(Parser *p, ExprKind kind, Expr *elt, Expr *val, Vec *gens, Loc loc);
Comprehension *mk_for(Parser *p, Expr *target, Expr *iter, bool is_async);
Expr *mk_dict(Parser *p, Vec *pairs, Loc loc);
StmtList stmts_of(Vec *v);
Loc body_end(Loc start, StmtList body);
int p_error(Parser *p, SyntaxErrorKind kind, Loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Parses `name` into an arena string from a NAME token (NFKC if needed). */
const char *mk_identifier(Parser *p, const char *s, size_t n);

Expr *mk_paren(Parser *p, Vec *items, bool comma, Loc loc);
Expr *mk_as_item(Parser *p, Expr *e, Expr *target, Loc loc);
ExprList comp_add_if(Parser *p, ExprList ifs, Expr *cond);

/* ---- statements (stmts.c) ---- */
ExceptHandler *mk_handler(Parser *p, Expr *type, const char *name, Vec *body,
                          Loc loc, bool star);
bool check_handlers(Parser *p, Stmt *s);
Stmt *mk_with(Parser *p, Vec *items, Vec *body, Loc loc);
Stmt *mk_paren_with(Parser *p, Vec *items, bool comma, Vec *body, Loc loc, Loc paren);
Stmt *mk_funcdef(Parser *p, const char *name, Arguments *args, Expr *returns,
                 Vec *body, Loc loc);
Stmt *mk_classdef(Parser *p, const char *name, Vec *args, Vec *body, Loc loc);
void fix_decorated_loc(Parser *p, Stmt *s, Loc def_loc);

/* ---- calls (build.c): argument items before they are sorted ---- */
typedef enum ArgItemKind { AI_POS, AI_STAR, AI_KW, AI_DSTAR, AI_GEN } ArgItemKind;
typedef struct ArgItem {
    ArgItemKind kind;
    Expr *value;
    Expr *key;              /* AI_KW: the expression left of '=' */
    Loc loc;
} ArgItem;
ArgItem *mk_arg(Parser *p, ArgItemKind kind, Expr *key, Expr *value, Loc loc);
Expr *mk_call(Parser *p, Expr *func, Vec *items, Loc loc, Loc parens);
/* Classes use the same argument list for bases and keywords. */
bool split_args(Parser *p, Vec *items, ExprList *args, KeywordList *kws, Loc close);

/* ---- targets (targets.c) ---- */
typedef enum TargetUse { TGT_ASSIGN, TGT_FOR, TGT_WITH, TGT_DEL, TGT_COMP } TargetUse;
bool set_target(Parser *p, Expr *e, TargetUse use);
Stmt *mk_assign(Parser *p, Vec *chain, Loc loc);
Stmt *mk_augassign(Parser *p, Expr *target, int op, Expr *value, Loc loc);
Stmt *mk_annassign(Parser *p, Expr *target, Expr *ann, Expr *value, Loc loc);
Expr *mk_walrus(Parser *p, Expr *target, Expr *value, Loc loc);
const char *expr_kind_name(const Expr *e);
/* A name, attribute or subscript: what an annotation may follow. */
bool annotation_target(const Expr *e);

/* ---- parameters (params.c) ---- */
typedef enum ParamKind { PK_PLAIN, PK_STAR, PK_DSTAR, PK_SLASH } ParamKind;
typedef struct ParamItem {
    ParamKind kind;
    Arg *arg;               /* NULL for a bare '*' and for '/' */
    Expr *def;
    Loc loc;
} ParamItem;
ParamItem *mk_param(Parser *p, ParamKind kind, const char *name, Expr *ann,
                    Expr *def, Loc loc);
Arguments *mk_arguments(Parser *p, Vec *params, bool is_lambda);

/* ---- string literals (strlit.c, fstring.c) ---- */
Expr *mk_strings(Parser *p, Vec *tokens, Loc loc);
/* Decodes one literal's body; returns false with an error recorded. */
bool decode_str_body(Parser *p, const char *s, size_t n, bool raw, bool bytes,
                     const Token *tok, char **out, size_t *out_n);
/* Parses an f-string's body into the values of a JoinedStr. */
bool parse_fstring_body(Parser *p, const char *s, size_t n, bool raw,
                        const Token *tok, Vec **values, int depth);
/* Parses the text of one replacement field as an expression. */
Expr *parse_fstring_expr(Parser *p, const char *s, size_t n, const Token *tok);

/* ---- match statements (patterns.c) ---- */
/* A class-pattern argument (name=pattern or pattern) or a mapping item
 * (key: pattern, or **name when key and pattern are NULL). */
typedef struct PatItem {
    const char *name;
    Expr *key;
    Pattern *pattern;
    Loc loc;
} PatItem;
Pattern *mk_pat(Parser *p, PatternKind kind, Loc loc);
PatItem *mk_pat_item(Parser *p, const char *name, Expr *key, Pattern *pat, Loc loc);
const char *pat_name(const char *name);         /* NULL for "_" */
Stmt *mk_match(Parser *p, Expr *subject, Vec *cases, Loc loc);
Expr *mk_subject(Parser *p, Vec *items, bool comma, Loc loc);
MatchCase *mk_case(Parser *p, Pattern *pat, Expr *guard, Vec *body);
Pattern *mk_open_seq(Parser *p, Vec *items, bool comma, Loc loc);
Pattern *mk_as_pattern(Parser *p, Pattern *pat, const char *name, Loc name_loc, Loc loc);
Pattern *mk_or_pattern(Parser *p, Vec *alternatives, Loc loc);
Pattern *mk_literal_pattern(Parser *p, Expr *e, Loc loc);
Pattern *mk_name_pattern(Parser *p, Expr *e, Loc loc);
Pattern *mk_class_pattern(Parser *p, Expr *cls, Vec *args, Loc loc);
Pattern *mk_seq_pattern(Parser *p, Vec *items, Loc loc);
Pattern *mk_paren_pattern(Parser *p, Vec *items, bool comma, Loc loc);
Pattern *mk_map_pattern(Parser *p, Vec *items, Loc loc);
Expr *mk_complex_literal(Parser *p, Expr *real, AstBinOp op, Expr *imag, Loc loc);
Expr *mk_map_key_attr(Parser *p, Expr *e);
/* Turns a NAME starting a logical line into KW_MATCH or KW_CASE when it is
 * that soft keyword; follows the match blocks (call for every token). */
int soft_keyword(Parser *p, int kind, const Token *t);

/* ---- the driver (parse.c) ---- */
int parser_yylex(void *lval, Loc *lloc, Parser *p);
void parse_report(Parser *p, int la_kind, bool only_indent, bool expects_colon,
                  bool expects_handler);

#endif
