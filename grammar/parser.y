/* parser.y: Python 3.11's grammar as an LALR(1) bison grammar building
 * ast.h's tree.
 *
 * Targets are parsed as expressions and checked afterwards (targets.c), like
 * CPython; parameter lists and call arguments are collected as flat item
 * lists and sorted and checked in C (params.c, build.c).  The first token is
 * a made-up START_* token choosing what to parse (file, eval, f-string
 * field).  Errors are reshaped into CPython's messages in parse.c. */
%define api.pure full
%define api.location.type {Loc}
%define parse.error custom
%locations
%param {Parser *p}
%expect 2

%code requires {
#include "parse_internal.h"
}

%code {
#include <string.h>
#define yylex(lval, lloc, p) parser_yylex(lval, lloc, p)
#define YYMAXDEPTH 10000000
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
    do {                                                              \
        if (N) {                                                      \
            (Cur).line = YYRHSLOC(Rhs, 1).line;                       \
            (Cur).col = YYRHSLOC(Rhs, 1).col;                         \
            (Cur).end_line = YYRHSLOC(Rhs, N).end_line;               \
            (Cur).end_col = YYRHSLOC(Rhs, N).end_col;                 \
        } else {                                                      \
            (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line;  \
            (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;     \
        }                                                             \
    } while (0)
#define OK(x) do { if (!(x)) YYABORT; } while (0)
static void yyerror(Loc *loc, Parser *p, const char *msg) { (void)loc; (void)p; (void)msg; }
}

%union {
    Expr *expr;
    Stmt *stmt;
    Vec *vec;
    const char *str;
    int num;
    Token tok;
    Arguments *args;
    Comprehension *comp;
    ArgItem *argitem;
    ParamItem *param;
    WithItem *with;
    Alias *alias;
    ExceptHandler *handler;
    Pattern *pat;
    MatchCase *mcase;
    PatItem *patitem;
}

%token START_FILE START_EVAL START_SINGLE START_FEXPR
%token <str> NAME
%token <expr> NUMBER
%token <tok> STRING
%token NEWLINE INDENT DEDENT BADTOKEN
%token <num> AUGASSIGN
%token KW_FALSE "False" KW_NONE "None" KW_TRUE "True" KW_AND "and" KW_AS "as"
%token KW_ASSERT "assert" KW_ASYNC "async" KW_AWAIT "await" KW_BREAK "break"
%token KW_CLASS "class" KW_CONTINUE "continue" KW_DEF "def" KW_DEL "del"
%token KW_ELIF "elif" KW_ELSE "else" KW_EXCEPT "except" KW_FINALLY "finally"
%token KW_FOR "for" KW_FROM "from" KW_GLOBAL "global" KW_IF "if"
%token KW_IMPORT "import" KW_IN "in" KW_IS "is" KW_LAMBDA "lambda"
%token KW_NONLOCAL "nonlocal" KW_NOT "not" KW_OR "or" KW_PASS "pass"
%token KW_RAISE "raise" KW_RETURN "return" KW_TRY "try" KW_WHILE "while"
%token KW_WITH "with" KW_YIELD "yield"
%token OP_POW "**" OP_FLOORDIV "//" OP_LSHIFT "<<" OP_RSHIFT ">>" OP_LE "<="
%token OP_GE ">=" OP_EQ "==" OP_NE "!=" OP_ARROW "->" OP_WALRUS ":="
%token OP_ELLIPSIS "..."
%token KW_MATCH "match"     /* a soft keyword: parse.c turns NAME into it */
%token KW_CASE "case"       /* soft keyword too: inside a match block (patterns.c) */

%type <vec> stmts stmt simple_stmt small_stmts suite
%type <stmt> small_stmt expr_stmt compound_stmt if_stmt elif_chain while_stmt
%type <stmt> for_stmt try_stmt with_stmt funcdef classdef decorated async_stmt
%type <stmt> import_stmt flow_stmt from_head
%type <vec> else_part finally_part handlers decorators assign_chain
%type <vec> names dotted_as_names import_as_names with_items paren_items
%type <vec> testlist_star_items exprlist_items testlist_items list_items
%type <vec> dict_items set_items subscripts arglist params lparams comp_fors
%type <vec> strings opt_arglist
%type <handler> handler
%type <with> with_item
%type <alias> dotted_as_name import_as_name
%type <str> dotted_name
%type <num> dots comp_op
%type <expr> testlist_star_expr exprlist testlist rhs yield_expr namedexpr_test
%type <expr> test or_test and_test not_test comparison star_expr expr xor_expr
%type <expr> and_expr shift_expr arith_expr term factor power atom_expr
%type <expr> atom_trailers atom lambdef subscript subscript_list opt_test
%type <expr> paren_item decorator opt_returns list_item set_item star_or_test
%type <argitem> argument
%type <param> param lparam
%type <comp> for_clause
%type <stmt> match_stmt
%type <expr> subject name_or_attr signed_number literal_expr map_key
%type <vec> case_blocks or_items pattern_items class_args map_items
%type <mcase> case_block
%type <pat> patterns pattern or_pattern closed_pattern maybe_star_pattern
%type <patitem> class_arg map_item

%%

start:
    START_FILE file_input
  | START_EVAL testlist NEWLINE { p->expr = $2; }
  | START_SINGLE file_input
  | START_FEXPR testlist_star_expr NEWLINE { p->expr = $2; }
  | START_FEXPR yield_expr NEWLINE { p->expr = $2; }
  ;

file_input:
    %empty { p->module->body = (StmtList){0}; }
  | stmts { p->module->body = slist($1); }
  ;

stmts:
    stmt
  | stmts stmt {
        $$ = $1;
        for (size_t i = 0; i < $2->n; i++)
            $$ = vpush(p, $$, $2->items[i]);
    }
  ;

stmt:
    simple_stmt
  | compound_stmt { $$ = vec1(p, $1); }
  ;

simple_stmt:
    small_stmts NEWLINE
  | small_stmts ';' NEWLINE
  ;

small_stmts:
    small_stmt { $$ = vec1(p, $1); }
  | small_stmts ';' small_stmt { $$ = vpush(p, $1, $3); }
  ;

small_stmt:
    expr_stmt
  | flow_stmt
  | import_stmt
  | "pass" { $$ = st(p, S_PASS, @$); }
  | "del" exprlist_items { $$ = st(p, S_DELETE, @$); $$->u.delete_.targets = elist($2);
        for (size_t i = 0; i < $2->n; i++) OK(set_target(p, $2->items[i], TGT_DEL)); }
  | "del" exprlist_items ',' { $$ = st(p, S_DELETE, @$); $$->u.delete_.targets = elist($2);
        for (size_t i = 0; i < $2->n; i++) OK(set_target(p, $2->items[i], TGT_DEL)); }
  | "global" names { $$ = st(p, S_GLOBAL, @$);
        $$->u.global.names = (NameList){$2->n, (const char **)$2->items}; }
  | "nonlocal" names { $$ = st(p, S_NONLOCAL, @$);
        $$->u.global.names = (NameList){$2->n, (const char **)$2->items}; }
  | "assert" test { $$ = st(p, S_ASSERT, @$); $$->u.assert_.test = $2; }
  | "assert" test ',' test { $$ = st(p, S_ASSERT, @$); $$->u.assert_.test = $2;
        $$->u.assert_.msg = $4; }
  ;

names:
    NAME { $$ = vec1(p, (void *)$1); }
  | names ',' NAME { $$ = vpush(p, $1, (void *)$3); }
  ;

expr_stmt:
    testlist_star_expr { $$ = st(p, S_EXPR, @$); $$->u.expr.value = $1; }
  | yield_expr { $$ = st(p, S_EXPR, @$); $$->u.expr.value = $1; }
  | testlist_star_expr ann_colon test { OK($$ = mk_annassign(p, $1, $3, NULL, @$)); }
  | testlist_star_expr ann_colon test '=' rhs { OK($$ = mk_annassign(p, $1, $3, $5, @$)); }
  | testlist_star_expr AUGASSIGN yield_expr { OK($$ = mk_augassign(p, $1, $2, $3, @$)); }
  | testlist_star_expr AUGASSIGN testlist { OK($$ = mk_augassign(p, $1, $2, $3, @$)); }
  | assign_chain { OK($$ = mk_assign(p, $1, @$)); }
  ;

/* CPython reads `f(): ...` as an error at the ':' itself when what comes
 * after it does not parse: only a name, attribute or subscript can carry an
 * annotation (parse.c reports at the remembered colon). */
ann_colon:
    ':' { p->ann_colon = @1; p->ann_bad_target = !annotation_target($<expr>0); }
  ;

assign_chain:
    testlist_star_expr '=' rhs { $$ = vpush(p, vec1(p, $1), $3); }
  | yield_expr '=' rhs { $$ = vpush(p, vec1(p, $1), $3); }
  | assign_chain '=' rhs { $$ = vpush(p, $1, $3); }
  ;

rhs: testlist_star_expr | yield_expr ;

flow_stmt:
    "break" { $$ = st(p, S_BREAK, @$); }
  | "continue" { $$ = st(p, S_CONTINUE, @$); }
  | "return" { $$ = st(p, S_RETURN, @$); }
  | "return" testlist_star_expr { $$ = st(p, S_RETURN, @$); $$->u.return_.value = $2; }
  | "raise" { $$ = st(p, S_RAISE, @$); }
  | "raise" test { $$ = st(p, S_RAISE, @$); $$->u.raise.exc = $2; }
  | "raise" test "from" test { $$ = st(p, S_RAISE, @$); $$->u.raise.exc = $2;
        $$->u.raise.cause = $4; }
  ;

import_stmt:
    "import" dotted_as_names { $$ = st(p, S_IMPORT, @$);
        $$->u.import.names = (AliasList){$2->n, (Alias **)$2->items}; }
  | from_head "import" '*' { $$ = $1; $$->loc = @$;
        Alias *a = arena_alloc(p->arena, sizeof *a); a->name = "*"; a->loc = @3;
        $$->u.importfrom.names = (AliasList){1, arena_alloc(p->arena, sizeof(Alias *))};
        $$->u.importfrom.names.items[0] = a; }
  | from_head "import" '(' import_as_names ')' { $$ = $1; $$->loc = @$;
        $$->u.importfrom.names = (AliasList){$4->n, (Alias **)$4->items}; }
  | from_head "import" '(' import_as_names ',' ')' { $$ = $1; $$->loc = @$;
        $$->u.importfrom.names = (AliasList){$4->n, (Alias **)$4->items}; }
  | from_head "import" import_as_names { $$ = $1; $$->loc = @$;
        $$->u.importfrom.names = (AliasList){$3->n, (Alias **)$3->items}; }
  | from_head "import" import_as_names ',' {
        OK(!p_error(p, SYNERR_SYNTAX, p->la.loc,  /* CPython: at the newline */
                    "trailing comma not allowed without surrounding parentheses"));
        $$ = NULL; }
  ;

from_head:
    "from" dotted_name { $$ = st(p, S_IMPORTFROM, @$); $$->u.importfrom.module = $2; }
  | "from" dots dotted_name { $$ = st(p, S_IMPORTFROM, @$); $$->u.importfrom.module = $3;
        $$->u.importfrom.level = $2; }
  | "from" dots { $$ = st(p, S_IMPORTFROM, @$); $$->u.importfrom.level = $2; }
  ;

dots:
    '.' { $$ = 1; }
  | "..." { $$ = 3; }
  | dots '.' { $$ = $1 + 1; }
  | dots "..." { $$ = $1 + 3; }
  ;

dotted_name:
    NAME
  | dotted_name '.' NAME { size_t a = strlen($1), b = strlen($3);
        char *s = arena_alloc(p->arena, a + b + 2); memcpy(s, $1, a); s[a] = '.';
        memcpy(s + a + 1, $3, b + 1); $$ = s; }
  ;

dotted_as_names:
    dotted_as_name { $$ = vec1(p, $1); }
  | dotted_as_names ',' dotted_as_name { $$ = vpush(p, $1, $3); }
  ;

dotted_as_name:
    dotted_name { $$ = arena_alloc(p->arena, sizeof *$$); $$->name = $1; $$->loc = @$; }
  | dotted_name "as" NAME { $$ = arena_alloc(p->arena, sizeof *$$); $$->name = $1;
        $$->asname = $3; $$->loc = @$; }
  ;

import_as_names:
    import_as_name { $$ = vec1(p, $1); }
  | import_as_names ',' import_as_name { $$ = vpush(p, $1, $3); }
  ;

import_as_name:
    NAME { $$ = arena_alloc(p->arena, sizeof *$$); $$->name = $1; $$->loc = @$; }
  | NAME "as" NAME { $$ = arena_alloc(p->arena, sizeof *$$); $$->name = $1;
        $$->asname = $3; $$->loc = @$; }
  ;

/* ---- compound statements ---- */

compound_stmt:
    if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef
  | decorated | async_stmt | match_stmt
  ;

/* ---- match (PEP 634) ---- */

match_stmt:
    "match" subject ':' NEWLINE INDENT case_blocks DEDENT {
        OK($$ = mk_match(p, $2, $6, @$)); }
  ;

subject:
    list_items { OK($$ = mk_subject(p, $1, false, @$)); }
  | list_items ',' { OK($$ = mk_subject(p, $1, true, @$)); }
  ;

case_blocks:
    case_block { $$ = vec1(p, $1); }
  | case_blocks case_block { $$ = vpush(p, $1, $2); }
  ;

case_block:
    "case" patterns ':' suite { $$ = mk_case(p, $2, NULL, $4); }
  | "case" patterns "if" namedexpr_test ':' suite { $$ = mk_case(p, $2, $4, $6); }
  ;

patterns:
    pattern_items { OK($$ = mk_open_seq(p, $1, false, @$)); }
  | pattern_items ',' { OK($$ = mk_open_seq(p, $1, true, @$)); }
  ;

pattern_items:
    maybe_star_pattern { $$ = vec1(p, $1); }
  | pattern_items ',' maybe_star_pattern { $$ = vpush(p, $1, $3); }
  ;

maybe_star_pattern:
    pattern
  | '*' NAME { $$ = mk_pat(p, P_STAR, @$); $$->u.star.name = pat_name($2); }
  ;

pattern:
    or_pattern
  | or_pattern "as" NAME { OK($$ = mk_as_pattern(p, $1, $3, @3, @$)); }
  ;

or_pattern:
    or_items { $$ = mk_or_pattern(p, $1, @$); }
  ;

or_items:
    closed_pattern { $$ = vec1(p, $1); }
  | or_items '|' closed_pattern { $$ = vpush(p, $1, $3); }
  ;

closed_pattern:
    literal_expr { $$ = mk_literal_pattern(p, $1, @$); }
  | name_or_attr { $$ = mk_name_pattern(p, $1, @$); }
  | name_or_attr '(' ')' { OK($$ = mk_class_pattern(p, $1, NULL, @$)); }
  | name_or_attr '(' class_args ')' { OK($$ = mk_class_pattern(p, $1, $3, @$)); }
  | name_or_attr '(' class_args ',' ')' { OK($$ = mk_class_pattern(p, $1, $3, @$)); }
  | '(' ')' { $$ = mk_seq_pattern(p, NULL, @$); }
  | '(' pattern_items ')' { OK($$ = mk_paren_pattern(p, $2, false, @$)); }
  | '(' pattern_items ',' ')' { OK($$ = mk_paren_pattern(p, $2, true, @$)); }
  | '[' ']' { $$ = mk_seq_pattern(p, NULL, @$); }
  | '[' pattern_items ']' { $$ = mk_seq_pattern(p, $2, @$); }
  | '[' pattern_items ',' ']' { $$ = mk_seq_pattern(p, $2, @$); }
  | '{' '}' { OK($$ = mk_map_pattern(p, NULL, @$)); }
  | '{' map_items '}' { OK($$ = mk_map_pattern(p, $2, @$)); }
  | '{' map_items ',' '}' { OK($$ = mk_map_pattern(p, $2, @$)); }
  ;

/* literal patterns and mapping keys: numbers, -numbers, complex literals,
 * strings, None, True, False */
literal_expr:
    signed_number
  | signed_number '+' NUMBER { OK($$ = mk_complex_literal(p, $1, AST_ADD, $3, @$)); }
  | signed_number '-' NUMBER { OK($$ = mk_complex_literal(p, $1, AST_SUB, $3, @$)); }
  | strings { OK($$ = mk_strings(p, $1, @$)); }
  | "None" { $$ = mk_const(p, K_NONE, @$); }
  | "True" { $$ = mk_const(p, K_TRUE, @$); }
  | "False" { $$ = mk_const(p, K_FALSE, @$); }
  ;

signed_number:
    NUMBER
  | '-' NUMBER { $$ = mk_unary(p, UOP_USUB, $2, @$); }
  ;

name_or_attr:
    NAME { $$ = mk_name(p, $1, @$); }
  | name_or_attr '.' NAME { $$ = ex(p, E_ATTRIBUTE, @$);
        $$->u.attribute.value = $1; $$->u.attribute.attr = $3; }
  ;

class_args:
    class_arg { $$ = vec1(p, $1); }
  | class_args ',' class_arg { $$ = vpush(p, $1, $3); }
  ;

class_arg:
    pattern { $$ = mk_pat_item(p, NULL, NULL, $1, @$); }
  | NAME '=' pattern { $$ = mk_pat_item(p, $1, NULL, $3, @$); }
  ;

map_items:
    map_item { $$ = vec1(p, $1); }
  | map_items ',' map_item { $$ = vpush(p, $1, $3); }
  ;

map_item:
    map_key ':' pattern { $$ = mk_pat_item(p, NULL, $1, $3, @$); }
  | "**" NAME { $$ = mk_pat_item(p, $2, NULL, NULL, @$); }
  ;

map_key:
    literal_expr
  | name_or_attr { OK($$ = mk_map_key_attr(p, $1)); }
  ;

suite:
    simple_stmt
  | NEWLINE INDENT stmts DEDENT { $$ = $3; }
  ;

if_stmt:
    "if" namedexpr_test ':' suite elif_chain { $$ = st(p, S_IF, @$);
        $$->u.if_.test = $2; $$->u.if_.body = slist($4);
        if ($5) { $$->u.if_.orelse = $5->kind == S_IF && !$5->u.if_.test ? $5->u.if_.body
                  : (StmtList){1, arena_alloc(p->arena, sizeof(Stmt *))};
                  if ($5->u.if_.test) $$->u.if_.orelse.items[0] = $5; }
        $$->loc = body_end(@$, $$->u.if_.orelse.n ? $$->u.if_.orelse : $$->u.if_.body); }
  ;

/* An else part comes back as an If without a test holding the body. */
elif_chain:
    %empty { $$ = NULL; }
  | "else" ':' suite { $$ = st(p, S_IF, @$); $$->u.if_.body = slist($3); }
  | "elif" namedexpr_test ':' suite elif_chain { $$ = st(p, S_IF, @$);
        $$->u.if_.test = $2; $$->u.if_.body = slist($4);
        if ($5) { $$->u.if_.orelse = $5->kind == S_IF && !$5->u.if_.test ? $5->u.if_.body
                  : (StmtList){1, arena_alloc(p->arena, sizeof(Stmt *))};
                  if ($5->u.if_.test) $$->u.if_.orelse.items[0] = $5; }
        $$->loc = body_end(@$, $$->u.if_.orelse.n ? $$->u.if_.orelse : $$->u.if_.body); }
  ;

else_part:
    %empty { $$ = NULL; }
  | "else" ':' suite { $$ = $3; }
  ;

while_stmt:
    "while" namedexpr_test ':' suite else_part { $$ = st(p, S_WHILE, @$);
        $$->u.while_.test = $2; $$->u.while_.body = slist($4);
        $$->u.while_.orelse = slist($5);
        $$->loc = body_end(@$, $5 ? slist($5) : slist($4)); }
  ;

for_stmt:
    "for" exprlist "in" testlist_star_expr ':' suite else_part {
        OK(set_target(p, $2, TGT_FOR));
        $$ = st(p, S_FOR, @$); $$->u.for_.target = $2; $$->u.for_.iter = $4;
        $$->u.for_.body = slist($6); $$->u.for_.orelse = slist($7);
        $$->loc = body_end(@$, $7 ? slist($7) : slist($6)); }
  ;

try_stmt:
    "try" ':' suite handlers else_part finally_part { $$ = st(p, S_TRY, @$);
        $$->u.try_.body = slist($3);
        $$->u.try_.handlers = (HandlerList){$4->n, (ExceptHandler **)$4->items};
        $$->u.try_.orelse = slist($5); $$->u.try_.finalbody = slist($6);
        OK(check_handlers(p, $$));
        $$->loc = body_end(@$, $6 ? slist($6) : $5 ? slist($5)
                  : $$->u.try_.handlers.items[$4->n - 1]->body); }
  | "try" ':' suite "finally" ':' suite { $$ = st(p, S_TRY, @$);
        $$->u.try_.body = slist($3); $$->u.try_.finalbody = slist($6);
        $$->loc = body_end(@$, slist($6)); }
  ;

finally_part:
    %empty { $$ = NULL; }
  | "finally" ':' suite { $$ = $3; }
  ;

handlers:
    handler { $$ = vec1(p, $1); }
  | handlers handler { $$ = vpush(p, $1, $2); }
  ;

handler:
    "except" ':' suite { $$ = mk_handler(p, NULL, NULL, $3, @$, false); }
  | "except" test ':' suite { $$ = mk_handler(p, $2, NULL, $4, @$, false); }
  | "except" test "as" NAME ':' suite { $$ = mk_handler(p, $2, $4, $6, @$, false); }
  | "except" '*' ':' {
        OK(!p_error(p, SYNERR_SYNTAX, @3, "expected one or more exception types")); }
    suite { $$ = NULL; }
  | "except" '*' test ':' suite { $$ = mk_handler(p, $3, NULL, $5, @$, true); }
  | "except" '*' test "as" NAME ':' suite { $$ = mk_handler(p, $3, $5, $7, @$, true); }
  ;

with_stmt:
    "with" with_items ':' suite { $$ = mk_with(p, $2, $4, @$); }
  | "with" '(' paren_items ')' ':' suite { OK($$ = mk_paren_with(p, $3, false, $6, @$, @2)); }
  | "with" '(' paren_items ',' ')' ':' suite {
        OK($$ = mk_paren_with(p, $3, true, $7, @$, @2)); }
  ;

with_items:
    with_item { $$ = vec1(p, $1); }
  | with_items ',' with_item { $$ = vpush(p, $1, $3); }
  ;

with_item:
    test { $$ = arena_alloc(p->arena, sizeof *$$); $$->context_expr = $1; }
  | test "as" expr { OK(set_target(p, $3, TGT_WITH));
        $$ = arena_alloc(p->arena, sizeof *$$); $$->context_expr = $1;
        $$->optional_vars = $3; }
  ;

funcdef:
    "def" NAME '(' ')' opt_returns ':' suite {
        $$ = mk_funcdef(p, $2, mk_arguments(p, NULL, false), $5, $7, @$); }
  | "def" NAME '(' params ')' opt_returns ':' suite {
        Arguments *a; OK(a = mk_arguments(p, $4, false));
        $$ = mk_funcdef(p, $2, a, $6, $8, @$); }
  | "def" NAME '(' params ',' ')' opt_returns ':' suite {
        Arguments *a; OK(a = mk_arguments(p, $4, false));
        $$ = mk_funcdef(p, $2, a, $7, $9, @$); }
  ;

opt_returns:
    %empty { $$ = NULL; }
  | "->" test { $$ = $2; }
  ;

params:
    param { $$ = vec1(p, $1); }
  | params ',' param { $$ = vpush(p, $1, $3); }
  ;

param:
    NAME { $$ = mk_param(p, PK_PLAIN, $1, NULL, NULL, @$); }
  | NAME ':' test { $$ = mk_param(p, PK_PLAIN, $1, $3, NULL, @$); }
  | NAME '=' test { $$ = mk_param(p, PK_PLAIN, $1, NULL, $3, @$); }
  | NAME ':' test '=' test { $$ = mk_param(p, PK_PLAIN, $1, $3, $5, @$); }
  | '*' { $$ = mk_param(p, PK_STAR, NULL, NULL, NULL, @$); }
  | '*' NAME { $$ = mk_param(p, PK_STAR, $2, NULL, NULL, @$); }
  | '*' NAME ':' test { $$ = mk_param(p, PK_STAR, $2, $4, NULL, @$); }
  | '*' NAME ':' star_expr { $$ = mk_param(p, PK_STAR, $2, $4, NULL, @$); }
  | "**" NAME { $$ = mk_param(p, PK_DSTAR, $2, NULL, NULL, @$); }
  | "**" NAME ':' test { $$ = mk_param(p, PK_DSTAR, $2, $4, NULL, @$); }
  | '/' { $$ = mk_param(p, PK_SLASH, NULL, NULL, NULL, @$); }
  ;

lparams:
    lparam { $$ = vec1(p, $1); }
  | lparams ',' lparam { $$ = vpush(p, $1, $3); }
  ;

lparam:
    NAME { $$ = mk_param(p, PK_PLAIN, $1, NULL, NULL, @$); }
  | NAME '=' test { $$ = mk_param(p, PK_PLAIN, $1, NULL, $3, @$); }
  | '*' { $$ = mk_param(p, PK_STAR, NULL, NULL, NULL, @$); }
  | '*' NAME { $$ = mk_param(p, PK_STAR, $2, NULL, NULL, @$); }
  | "**" NAME { $$ = mk_param(p, PK_DSTAR, $2, NULL, NULL, @$); }
  | '/' { $$ = mk_param(p, PK_SLASH, NULL, NULL, NULL, @$); }
  ;

classdef:
    "class" NAME ':' suite { $$ = mk_classdef(p, $2, NULL, $4, @$); OK($$); }
  | "class" NAME '(' opt_arglist ')' ':' suite { $$ = mk_classdef(p, $2, $4, $7, @$); OK($$); }
  ;

decorated:
    decorators classdef { $$ = $2; $$->u.classdef.decorator_list = elist($1);
        $$->loc.line = @1.line; $$->loc.col = @1.col; fix_decorated_loc(p, $$, @2); }
  | decorators funcdef { $$ = $2; $$->u.funcdef.decorator_list = elist($1);
        fix_decorated_loc(p, $$, @2); }
  | decorators "async" funcdef { $$ = $3; $$->kind = S_ASYNCFUNCTIONDEF;
        $$->u.funcdef.decorator_list = elist($1); fix_decorated_loc(p, $$, @2); }
  ;

decorators:
    decorator { $$ = vec1(p, $1); }
  | decorators decorator { $$ = vpush(p, $1, $2); }
  ;

decorator:
    '@' namedexpr_test NEWLINE { $$ = $2; }
  ;

async_stmt:
    "async" funcdef { $$ = $2; $$->kind = S_ASYNCFUNCTIONDEF; $$->loc = span(@1, $2->loc); }
  | "async" with_stmt { $$ = $2; $$->kind = S_ASYNCWITH; $$->loc = span(@1, $2->loc); }
  | "async" for_stmt { $$ = $2; $$->kind = S_ASYNCFOR; $$->loc = span(@1, $2->loc); }
  ;

/* ---- expressions ---- */

testlist_star_expr:
    testlist_star_items { $$ = mk_tuple_or_one(p, $1, false, @$); }
  | testlist_star_items ',' { $$ = mk_tuple_or_one(p, $1, true, @$); }
  ;

testlist_star_items:
    star_or_test { $$ = vec1(p, $1); }
  | testlist_star_items ',' star_or_test { $$ = vpush(p, $1, $3); }
  ;

star_or_test: test | star_expr ;

testlist:
    testlist_items { $$ = mk_tuple_or_one(p, $1, false, @$); }
  | testlist_items ',' { $$ = mk_tuple_or_one(p, $1, true, @$); }
  ;

testlist_items:
    test { $$ = vec1(p, $1); }
  | testlist_items ',' test { $$ = vpush(p, $1, $3); }
  ;

exprlist:
    exprlist_items { $$ = mk_tuple_or_one(p, $1, false, @$); }
  | exprlist_items ',' { $$ = mk_tuple_or_one(p, $1, true, @$); }
  ;

exprlist_items:
    expr { $$ = vec1(p, $1); }
  | star_expr { $$ = vec1(p, $1); }
  | exprlist_items ',' expr { $$ = vpush(p, $1, $3); }
  | exprlist_items ',' star_expr { $$ = vpush(p, $1, $3); }
  ;

yield_expr:
    "yield" { $$ = ex(p, E_YIELD, @$); }
  | "yield" testlist_star_expr { $$ = ex(p, E_YIELD, @$); $$->u.yield.value = $2; }
  | "yield" "from" test { $$ = ex(p, E_YIELDFROM, @$); $$->u.yieldfrom.value = $3; }
  ;

namedexpr_test:
    test
  | test ":=" test { OK($$ = mk_walrus(p, $1, $3, @$)); }
  ;

test:
    or_test
  | or_test "if" or_test "else" test { $$ = ex(p, E_IFEXP, @$); $$->u.ifexp.test = $3;
        $$->u.ifexp.body = $1; $$->u.ifexp.orelse = $5; }
  | lambdef
  ;

lambdef:
    "lambda" ':' test { $$ = ex(p, E_LAMBDA, @$);
        $$->u.lambda.args = mk_arguments(p, NULL, true); $$->u.lambda.body = $3; }
  | "lambda" lparams ':' test { $$ = ex(p, E_LAMBDA, @$);
        OK($$->u.lambda.args = mk_arguments(p, $2, true)); $$->u.lambda.body = $4; }
  | "lambda" lparams ',' ':' test { $$ = ex(p, E_LAMBDA, @$);
        OK($$->u.lambda.args = mk_arguments(p, $2, true)); $$->u.lambda.body = $5; }
  ;

or_test:
    and_test
  | or_test "or" and_test { $$ = mk_boolop(p, BOOL_OR, $1, $3, @$); }
  ;

and_test:
    not_test
  | and_test "and" not_test { $$ = mk_boolop(p, BOOL_AND, $1, $3, @$); }
  ;

not_test:
    comparison
  | "not" not_test { $$ = mk_unary(p, UOP_NOT, $2, @$); }
  ;

comparison:
    expr
  | comparison comp_op expr { $$ = mk_compare(p, $1, $2, $3, @$); }
  ;

comp_op:
    '<' { $$ = CMPOP_LT; } | '>' { $$ = CMPOP_GT; } | "==" { $$ = CMPOP_EQ; }
  | ">=" { $$ = CMPOP_GTE; } | "<=" { $$ = CMPOP_LTE; } | "!=" { $$ = CMPOP_NOTEQ; }
  | "in" { $$ = CMPOP_IN; } | "not" "in" { $$ = CMPOP_NOTIN; }
  | "is" { $$ = CMPOP_IS; } | "is" "not" { $$ = CMPOP_ISNOT; }
  ;

star_expr:
    '*' expr { $$ = ex(p, E_STARRED, @$); $$->u.starred.value = $2; }
  ;

expr:
    xor_expr
  | expr '|' xor_expr { $$ = mk_binop(p, $1, AST_BITOR, $3, @$); }
  ;

xor_expr:
    and_expr
  | xor_expr '^' and_expr { $$ = mk_binop(p, $1, AST_BITXOR, $3, @$); }
  ;

and_expr:
    shift_expr
  | and_expr '&' shift_expr { $$ = mk_binop(p, $1, AST_BITAND, $3, @$); }
  ;

shift_expr:
    arith_expr
  | shift_expr "<<" arith_expr { $$ = mk_binop(p, $1, AST_LSHIFT, $3, @$); }
  | shift_expr ">>" arith_expr { $$ = mk_binop(p, $1, AST_RSHIFT, $3, @$); }
  ;

arith_expr:
    term
  | arith_expr '+' term { $$ = mk_binop(p, $1, AST_ADD, $3, @$); }
  | arith_expr '-' term { $$ = mk_binop(p, $1, AST_SUB, $3, @$); }
  ;

term:
    factor
  | term '*' factor { $$ = mk_binop(p, $1, AST_MUL, $3, @$); }
  | term '/' factor { $$ = mk_binop(p, $1, AST_TRUEDIV, $3, @$); }
  | term "//" factor { $$ = mk_binop(p, $1, AST_FLOORDIV, $3, @$); }
  | term '%' factor { $$ = mk_binop(p, $1, AST_MOD, $3, @$); }
  | term '@' factor { $$ = mk_binop(p, $1, AST_MATMUL, $3, @$); }
  ;

factor:
    power
  | '+' factor { $$ = mk_unary(p, UOP_UADD, $2, @$); }
  | '-' factor { $$ = mk_unary(p, UOP_USUB, $2, @$); }
  | '~' factor { $$ = mk_unary(p, UOP_INVERT, $2, @$); }
  ;

power:
    atom_expr
  | atom_expr "**" factor { $$ = mk_binop(p, $1, AST_POW, $3, @$); }
  ;

atom_expr:
    atom_trailers
  | "await" atom_trailers { $$ = ex(p, E_AWAIT, @$); $$->u.await_.value = $2; }
  ;

atom_trailers:
    atom
  | atom_trailers '(' opt_arglist ')' { OK($$ = mk_call(p, $1, $3, @$, span(@2, @4))); }
  | atom_trailers '[' subscript_list ']' { $$ = ex(p, E_SUBSCRIPT, @$);
        $$->u.subscript.value = $1; $$->u.subscript.slice = $3; }
  | atom_trailers '.' NAME { $$ = ex(p, E_ATTRIBUTE, @$);
        $$->u.attribute.value = $1; $$->u.attribute.attr = $3; }
  ;

opt_arglist:
    %empty { $$ = NULL; }
  | arglist
  | arglist ','
  ;

arglist:
    argument { $$ = vec1(p, $1); }
  | arglist ',' argument { $$ = vpush(p, $1, $3); }
  ;

argument:
    test { $$ = mk_arg(p, AI_POS, NULL, $1, @$); }
  | test comp_fors { $$ = mk_arg(p, AI_GEN, NULL,
        mk_comp(p, E_GENEXP, $1, NULL, $2, @$), @$); }
  | test ":=" test { Expr *w;
        if ($1->kind != E_NAME)     /* CPython: no named expression here at all */
            OK(!p_error(p, SYNERR_SYNTAX, @2, "invalid syntax"));
        OK(w = mk_walrus(p, $1, $3, @$));
        $$ = mk_arg(p, AI_POS, NULL, w, @$); }
  | test ":=" test comp_fors { Expr *w;      /* f(y := x for x in xs) */
        if ($1->kind != E_NAME)
            OK(!p_error(p, SYNERR_SYNTAX, @2, "invalid syntax"));
        OK(w = mk_walrus(p, $1, $3, span(@1, @3)));
        $$ = mk_arg(p, AI_GEN, NULL, mk_comp(p, E_GENEXP, w, NULL, $4, @$), @$); }
  | test '=' test { $$ = mk_arg(p, AI_KW, $1, $3, @$); }
  | '*' test { $$ = mk_arg(p, AI_STAR, NULL, $2, @$); }
  | "**" test { $$ = mk_arg(p, AI_DSTAR, NULL, $2, @$); }
  ;

subscript_list:
    subscripts { $$ = mk_tuple_or_one(p, $1,
        ((Expr *)$1->items[0])->kind == E_STARRED, @$); }
  | subscripts ',' { $$ = mk_tuple_or_one(p, $1, true, @$); }
  ;

subscripts:
    subscript { $$ = vec1(p, $1); }
  | subscripts ',' subscript { $$ = vpush(p, $1, $3); }
  ;

subscript:
    namedexpr_test
  | star_expr
  | opt_test ':' opt_test { $$ = ex(p, E_SLICE, @$); $$->u.slice.lower = $1;
        $$->u.slice.upper = $3; }
  | opt_test ':' opt_test ':' opt_test { $$ = ex(p, E_SLICE, @$);
        $$->u.slice.lower = $1; $$->u.slice.upper = $3; $$->u.slice.step = $5; }
  ;

opt_test:
    %empty { $$ = NULL; }
  | test
  ;

comp_fors:
    for_clause { $$ = vec1(p, $1); }
  | comp_fors for_clause { $$ = vpush(p, $1, $2); }
  | comp_fors "if" or_test { Comprehension *c = $1->items[$1->n - 1];
        c->ifs = comp_add_if(p, c->ifs, $3); $$ = $1; }
  ;

for_clause:
    "for" exprlist "in" or_test { OK(set_target(p, $2, TGT_COMP));
        $$ = mk_for(p, $2, $4, false); }
  | "async" "for" exprlist "in" or_test { OK(set_target(p, $3, TGT_COMP));
        $$ = mk_for(p, $3, $5, true); }
  ;

atom:
    '(' ')' { $$ = mk_seq(p, E_TUPLE, NULL, @$); }
  | '(' yield_expr ')' { $$ = $2; $$->parens++; }
  | '(' namedexpr_test comp_fors ')' { $$ = mk_comp(p, E_GENEXP, $2, NULL, $3, @$); }
  | '(' paren_items ')' { OK($$ = mk_paren(p, $2, false, @$)); }
  | '(' paren_items ',' ')' { OK($$ = mk_paren(p, $2, true, @$)); }
  | '[' ']' { $$ = mk_seq(p, E_LIST, NULL, @$); }
  | '[' list_items ']' { $$ = mk_seq(p, E_LIST, $2, @$); }
  | '[' list_items ',' ']' { $$ = mk_seq(p, E_LIST, $2, @$); }
  | '[' namedexpr_test comp_fors ']' { $$ = mk_comp(p, E_LISTCOMP, $2, NULL, $3, @$); }
  | '{' '}' { $$ = mk_dict(p, NULL, @$); }
  | '{' dict_items '}' { $$ = mk_dict(p, $2, @$); }
  | '{' dict_items ',' '}' { $$ = mk_dict(p, $2, @$); }
  | '{' set_items '}' { $$ = mk_seq(p, E_SET, $2, @$); }
  | '{' set_items ',' '}' { $$ = mk_seq(p, E_SET, $2, @$); }
  | '{' test ':' test comp_fors '}' { $$ = mk_comp(p, E_DICTCOMP, $2, $4, $5, @$); }
  | '{' namedexpr_test comp_fors '}' { $$ = mk_comp(p, E_SETCOMP, $2, NULL, $3, @$); }
  | NAME { $$ = mk_name(p, $1, @$); }
  | NUMBER
  | strings { OK($$ = mk_strings(p, $1, @$)); }
  | "..." { $$ = mk_const(p, K_ELLIPSIS, @$); }
  | "None" { $$ = mk_const(p, K_NONE, @$); }
  | "True" { $$ = mk_const(p, K_TRUE, @$); }
  | "False" { $$ = mk_const(p, K_FALSE, @$); }
  ;

strings:
    STRING { Token *t = arena_alloc(p->arena, sizeof *t); *t = $1; $$ = vec1(p, t); }
  | strings STRING { Token *t = arena_alloc(p->arena, sizeof *t); *t = $2;
        $$ = vpush(p, $1, t); }
  ;

paren_items:
    paren_item { $$ = vec1(p, $1); }
  | paren_items ',' paren_item { $$ = vpush(p, $1, $3); }
  ;

/* "x as y" is accepted in any parentheses so that LALR(1) can read a
 * parenthesised with-statement; mk_paren rejects it elsewhere. */
paren_item:
    namedexpr_test
  | star_expr
  | test "as" expr { $$ = mk_as_item(p, $1, $3, @$); OK($$); }
  ;

list_items:
    list_item { $$ = vec1(p, $1); }
  | list_items ',' list_item { $$ = vpush(p, $1, $3); }
  ;

list_item: namedexpr_test | star_expr ;

set_items:
    set_item { $$ = vec1(p, $1); }
  | set_items ',' set_item { $$ = vpush(p, $1, $3); }
  ;

set_item: namedexpr_test | star_expr ;

dict_items:
    test ':' test { $$ = vpush(p, vec1(p, $1), $3); }
  | "**" expr { $$ = vpush(p, vec1(p, NULL), $2); }
  | dict_items ',' test ':' test { $$ = vpush(p, vpush(p, $1, $3), $5); }
  | dict_items ',' "**" expr { $$ = vpush(p, vpush(p, $1, NULL), $4); }
  ;

%%

/* Reshapes a syntax error (parse.c picks CPython's message). */
static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
    yysymbol_kind_t expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS);
    bool colon = false, indent = false, except = false, finally = false;
    for (int i = 0; i < n; i++) {
        colon |= expected[i] == YYTRANSLATE(':');
        indent |= expected[i] == YYSYMBOL_INDENT;
        except |= expected[i] == YYSYMBOL_KW_EXCEPT;
        finally |= expected[i] == YYSYMBOL_KW_FINALLY;
    }
    parse_report(p, p->la_kind, indent && n == 1, colon, except && finally);
    return 0;
}
