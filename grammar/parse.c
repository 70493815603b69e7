/* parse.c: parse_source(), the token feed between the layout layer and
 * bison, and the reshaping of bison's errors into CPython 3.11's messages
 * ("expected ':'", "'(' was never closed", "invalid syntax. Perhaps you
 * forgot a comma?", IndentationError "expected an indented block ..."). */
#include "parse_internal.h"
#include "parser.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

static Expr *number_token(Parser *p, const Token *t, Loc loc)
{
    size_t n = (size_t)(t->end - t->start);
    ConstKind kind = K_INT;
    char last = t->start[n - 1];
    bool hex = n > 1 && (t->start[1] == 'x' || t->start[1] == 'X');
    if (last == 'j' || last == 'J')
        kind = K_IMAG;
    else if (!hex && strpbrk(arena_strndup(p->arena, t->start, n), ".eE"))
        kind = K_FLOAT;
    Expr *e = mk_const(p, kind, loc);
    e->u.constant.text = arena_strndup(p->arena, t->start, n);
    return e;
}

static int augassign_op(const Token *t)
{
    static const struct { const char *text; AstBinOp op; } ops[] = {
        {"+=", AST_ADD}, {"-=", AST_SUB}, {"*=", AST_MUL}, {"@=", AST_MATMUL},
        {"/=", AST_TRUEDIV}, {"//=", AST_FLOORDIV}, {"%=", AST_MOD},
        {"**=", AST_POW}, {"<<=", AST_LSHIFT}, {">>=", AST_RSHIFT},
        {"&=", AST_BITAND}, {"|=", AST_BITOR}, {"^=", AST_BITXOR},
    };
    size_t n = (size_t)(t->end - t->start);
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (strlen(ops[i].text) == n && memcmp(ops[i].text, t->start, n) == 0)
            return ops[i].op;
    return AST_ADD;
}

/* Remembers the first two tokens of each logical line, for the
 * "expected an indented block after 'if' statement on line N" message. */
static void track_line(Parser *p, int kind, const Token *t)
{
    p->la_started_line = false;
    if (kind == NEWLINE || kind == INDENT || kind == DEDENT || kind == YYEOF) {
        p->new_line = kind != YYEOF;
        return;
    }
    if (p->new_line) {
        p->hdr_kinds[0] = p->line_kinds[0];
        p->hdr_kinds[1] = p->line_kinds[1];
        p->hdr_line = p->line_no;
        p->line_kinds[0] = kind;
        p->line_kinds[1] = 0;
        p->line_no = t->loc.line;
        p->new_line = false;
        p->la_started_line = true;
        return;
    }
    if (p->line_kinds[1] == 0)
        p->line_kinds[1] = kind;
}

static Loc shift_loc(const Parser *p, Loc l)
{
    if (l.line == 1)
        l.col += p->col_shift;
    if (l.end_line == 1)
        l.end_col += p->col_shift;
    l.line += p->line_shift;
    l.end_line += p->line_shift;
    return l;
}

static bool ends_expression(int kind);

/* Tokens after which a new expression begins (the disjunction in front of
 * an inline 'if' starts at the next token). */
static bool begins_expression_after(int kind)
{
    switch (kind) {
    case '=': case AUGASSIGN: case '(': case '[': case '{': case ',': case ':':
    case OP_WALRUS: case NEWLINE: case INDENT: case DEDENT: case ';':
    case KW_RETURN: case KW_YIELD: case KW_ASSERT: case KW_DEL: case KW_IN:
    case KW_IF: case KW_ELIF: case KW_WHILE: case KW_ELSE: case KW_LAMBDA:
    case KW_RAISE: case KW_FROM: case KW_AWAIT: case KW_FOR:
        return true;
    default:
        return false;
    }
}

/* The bracket depth a token stands at: an opening bracket belongs to the
 * expression around it. */
static int token_depth(const Parser *p, int kind)
{
    return p->lx.depth - (kind == '(' || kind == '[' || kind == '{');
}

static bool bit_at(uint64_t set, int depth)
{
    return depth >= 0 && depth < 64 && ((set >> depth) & 1);
}

static void set_bit(uint64_t *set, int depth, bool on)
{
    if (depth >= 0 && depth < 64)
        *set = on ? *set | (uint64_t)1 << depth : *set & ~((uint64_t)1 << depth);
}

/* Follows what error messages need: where the expression at each bracket
 * depth began, inline conditionals waiting for their else, comprehensions,
 * dict displays and lambda parameters. */
static void track_error_context(Parser *p, int kind, Loc loc)
{
    int depth = p->lx.depth, own = token_depth(p, kind);
    bool closer = kind == ')' || kind == ']' || kind == '}';
    if ((p->prev_kind == 0 || begins_expression_after(p->prev_kind)) && !closer &&
        own >= 0 && own <= LEX_MAX_PARENS)
        p->expr_starts[own] = loc;
    if (p->prev_kind == NEWLINE) {     /* a new logical line */
        p->open_if_depth = -1;
        p->for_depths = p->dict_depths = p->lambda_depths = p->call_depths = 0;
        p->target_depths = 0;
    }
    if (kind == KW_FOR) {
        set_bit(&p->for_depths, depth, true);
        set_bit(&p->target_depths, depth, true);
    } else if (kind == KW_IN) {
        set_bit(&p->target_depths, depth, false);
    } else if (kind == KW_LAMBDA) {
        set_bit(&p->lambda_depths, depth, true);
    } else if (kind == ':') {
        if (bit_at(p->lambda_depths, depth))
            set_bit(&p->lambda_depths, depth, false);
        else if (depth > 0 && p->lx.brackets[depth - 1].ch == '{')
            set_bit(&p->dict_depths, depth, true);
    } else if (kind == '(' || kind == '[' || kind == '{') {
        set_bit(&p->for_depths, depth, false);      /* a fresh bracket */
        set_bit(&p->dict_depths, depth, false);
        set_bit(&p->lambda_depths, depth, false);
        set_bit(&p->target_depths, depth, false);
        set_bit(&p->call_depths, depth, kind == '(' && ends_expression(p->prev_kind));
    } else if (kind == KW_IF && ends_expression(p->prev_kind) && !bit_at(p->for_depths, depth)) {
        p->open_if_start = p->expr_starts[depth <= LEX_MAX_PARENS ? depth : 0];
        p->open_if_depth = depth;
    } else if (kind == KW_ELSE && depth == p->open_if_depth) {
        p->open_if_depth = -1;
    }
}

int parser_yylex(void *lvalp, Loc *lloc, Parser *p)
{
    YYSTYPE *lval = lvalp;
    if (p->start_token) {
        int kind = p->start_token;
        p->start_token = 0;
        *lloc = (Loc){1, 0, 1, 0};
        return kind;
    }
    Token t;
    int kind = lex_next(&p->lx, &t);
    if (kind == YYerror) {
        p->lexer_error = true;
        return kind;
    }
    kind = soft_keyword(p, kind, &t);
    p->prev = p->la;
    p->before_prev_kind = p->prev_kind;
    p->prev_kind = p->la_kind;
    p->prev_started_line = p->la_started_line;
    track_line(p, kind, &t);
    *lloc = shift_loc(p, t.loc);
    track_error_context(p, kind, *lloc);
    p->la = t;
    p->la.loc = *lloc;
    p->la_kind = kind;
    switch (kind) {
    case NAME:
        lval->str = mk_identifier(p, t.start, (size_t)(t.end - t.start));
        break;
    case NUMBER:
        lval->expr = number_token(p, &t, *lloc);
        break;
    case STRING:
        lval->tok = t;
        lval->tok.loc = *lloc;
        break;
    case AUGASSIGN:
        lval->num = augassign_op(&t);
        break;
    default:
        break;
    }
    return kind;
}

/* ---- error messages ---------------------------------------------------- */

static const char *block_name(int k0, int k1)
{
    switch (k0 == KW_ASYNC ? k1 : k0) {
    case KW_IF: return "'if' statement";
    case KW_ELIF: return "'elif' statement";
    case KW_ELSE: return "'else' statement";
    case KW_WHILE: return "'while' statement";
    case KW_FOR: return "'for' statement";
    case KW_WITH: return "'with' statement";
    case KW_TRY: return "'try' statement";
    case KW_EXCEPT: return k1 == '*' ? "'except*' statement" : "'except' statement";
    case KW_FINALLY: return "'finally' statement";
    case KW_DEF: return "function definition";
    case KW_CLASS: return "class definition";
    case KW_MATCH: return "'match' statement";
    case KW_CASE: return "'case' statement";
    default: return NULL;
    }
}

static bool starts_expression(int kind)
{
    switch (kind) {
    case NAME: case NUMBER: case STRING: case '(': case '[': case '{':
    case KW_NONE: case KW_TRUE: case KW_FALSE: case KW_LAMBDA: case KW_NOT:
    case KW_AWAIT: case '-': case '+': case '~': case OP_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool ends_expression(int kind)
{
    switch (kind) {
    case NAME: case NUMBER: case STRING: case ')': case ']': case '}':
    case KW_NONE: case KW_TRUE: case KW_FALSE: case OP_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool token_is(const Token *t, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

/* In "f(a b": CPython's parser reads the expression starting at the
 * lookahead, and the token after it, before it suggests a comma.  If that
 * reading meets the end of the input inside a bracket, or if the bracket
 * is never closed and the token after the expression lies on a later line
 * than the bracket, CPython reports the bracket instead; then that error is
 * recorded and the answer is true.  Reads on with a copy of the lexer: the
 * expression ends where, at its own depth, a token that cannot continue it
 * follows one that ends it. */
static bool expression_runs_to_end(Parser *p)
{
    ParseError scratch;
    memset(&scratch, 0, sizeof scratch);
    Lexer lx = p->lx;
    lx.err = &scratch;
    lx.failed = false;
    int depth = lx.depth, prev = p->la_kind;
    int after_line = 0;     /* line of the token after the expression */
    for (int guard = 0; guard < 1000000; guard++) {
        Token t;
        int kind = lex_next(&lx, &t);
        if (kind == YYEOF || kind == YYerror) {
            bool report = lx.unclosed_at_end && (after_line == 0 || after_line > scratch.line);
            if (report)
                *p->err = scratch;
            return report;
        }
        if (after_line == 0 && (lx.depth < depth || (lx.depth == depth &&
            (kind == ',' || kind == ':' || kind == '=' ||
             (ends_expression(prev) && starts_expression(kind) && kind != '(' && kind != '[')))))
            after_line = t.loc.line;
        prev = kind;
    }
    return false;
}

/* Called by bison on a syntax error (parser.y's yyreport_syntax_error). */
/* Token kinds that end an operand of `x = <bitwise_or>` and an expression. */
static bool ends_bitwise_or(int k)
{
    switch (k) {
    case '<': case '>': case OP_EQ: case OP_NE: case OP_LE: case OP_GE:
    case KW_IN: case KW_NOT: case KW_IS: case KW_AND: case KW_OR: case KW_IF: case KW_ELSE:
        return true;
    default:
        return false;
    }
}

static bool ends_any_expression(int k)
{
    switch (k) {
    case NEWLINE: case ':': case ',': case ';': case '=': case OP_WALRUS: case AUGASSIGN:
    case KW_FOR: case KW_ASYNC:
        return true;
    default:
        return false;
    }
}

/* Where the expression following the lookahead (at `la`, standing at
 * bracket depth `depth`) ends, for CPython's underlined ranges: a copy of
 * the lexer reads on to a token that ends it at that depth. */
static Loc operand_end(const Parser *p, Loc la, int depth, bool bitwise_or)
{
    ParseError scratch = {0};
    Lexer copy = p->lx;
    copy.err = &scratch;
    Loc end = la;
    int last = p->la_kind;
    for (;;) {
        Token t;
        int k = lex_next(&copy, &t);
        if (k == YYerror || k == YYEOF || copy.depth < depth)
            return end;
        bool closer = k == ')' || k == ']' || k == '}';
        if (copy.depth == depth && !closer &&
            (ends_any_expression(k) || (bitwise_or && ends_bitwise_or(k))))
            return end;
        /* two expressions side by side: the first one ends */
        int own = copy.depth - (k == '(' || k == '[' || k == '{');
        if (own == depth && ends_expression(last) && starts_expression(k) && k != '(' &&
            k != '[' && k != '-' && k != '+' && !(k == STRING && last == STRING))
            return end;
        last = k;
        end = shift_loc(p, t.loc);
    }
}

/* Where the expression list starting with the lookahead (at `la`) ends:
 * a copy of the lexer reads on to the ';', '=' or end of the line. */
static Loc expression_list_end(const Parser *p, Loc la)
{
    ParseError scratch = {0};
    Lexer copy = p->lx;
    copy.err = &scratch;
    Loc end = la;
    for (;;) {
        Token t;
        int k = lex_next(&copy, &t);
        if (k == YYerror || k == YYEOF || k == NEWLINE || k == ';' || k == '=' ||
            k == AUGASSIGN || (k == ':' && copy.depth == 0))
            return end;
        end = shift_loc(p, t.loc);
    }
}

void parse_report(Parser *p, int la_kind, bool only_indent, bool expects_colon,
                  bool expects_handler)
{
    if (p->err->msg[0] || p->lx.failed)
        return;
    const Token *la = &p->la;
    Loc at = la->loc;
    if (la_kind == NEWLINE)     /* CPython's NEWLINE token has no width */
        at.end_col = at.col;
    if (la_kind == INDENT) {
        at.col = at.end_col = at.col - 1;
        p_error(p, SYNERR_INDENT, at, "unexpected indent");
        return;
    }
    if (only_indent) {
        bool started = la_kind != DEDENT && la_kind != YYEOF && p->la_started_line;
        int k0 = started ? p->hdr_kinds[0] : p->line_kinds[0];
        int k1 = started ? p->hdr_kinds[1] : p->line_kinds[1];
        int line = started ? p->hdr_line : p->line_no;
        const char *what = block_name(k0, k1);
        if (la_kind == YYEOF)
            p->err->incomplete = true;
        p_error(p, SYNERR_INDENT, at, "expected an indented block after %s on line %d",
                what ? what : "statement", line);
        return;
    }
    int prev = p->prev_kind;
    /* "case 1 as 2:" (CPython points into parentheses: "as (a)") */
    if (prev == KW_AS && p->line_kinds[0] == KW_CASE && starts_expression(la_kind)) {
        Loc target = at;
        if (la_kind == '(') {
            ParseError scratch = {0};
            Lexer copy = p->lx;
            copy.err = &scratch;
            Token t;
            if (lex_next(&copy, &t) != YYerror)
                target = shift_loc(p, t.loc);
        }
        p_error(p, SYNERR_SYNTAX, target, "invalid pattern target");
        return;
    }
    if (expects_handler) {
        p_error(p, SYNERR_SYNTAX, at, "expected 'except' or 'finally' block");
        return;
    }
    /* "f():", "x + 1: pass": the annotation's ':' after no name, attribute
     * or subscript */
    if (p->ann_bad_target) {
        p_error(p, SYNERR_SYNTAX, p->ann_colon, "invalid syntax");
        return;
    }
    /* CPython's forced tokens in "def name(...):" */
    if (prev == NAME && p->before_prev_kind == KW_DEF && la_kind != '(') {
        p_error(p, SYNERR_SYNTAX, at, "expected '('");
        return;
    }
    if (prev == ')' && token_depth(p, la_kind) == 0 && la_kind != ':' && la_kind != OP_ARROW &&
        (p->line_kinds[0] == KW_DEF || p->line_kinds[1] == KW_DEF)) {
        p_error(p, SYNERR_SYNTAX, at, "expected ':'");
        return;
    }
    if ((prev == KW_TRY || prev == KW_FINALLY || (prev == KW_ELSE && p->prev_started_line)) &&
        la_kind != ':') {
        p_error(p, SYNERR_SYNTAX, at, "expected ':'");
        return;
    }
    if (la_kind == NEWLINE && expects_colon && block_name(p->line_kinds[0], p->line_kinds[1])) {
        p_error(p, SYNERR_SYNTAX, at, "expected ':'");
        return;
    }
    if (prev == NAME && p->prev_started_line && starts_expression(la_kind) &&
        (token_is(&p->prev, "print") || token_is(&p->prev, "exec"))) {
        Loc l = span(p->prev.loc, expression_list_end(p, la->loc));
        p_error(p, SYNERR_SYNTAX, l, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                (int)(p->prev.end - p->prev.start), p->prev.start,
                (int)(p->prev.end - p->prev.start), p->prev.start);
        return;
    }
    int depth = p->lx.depth + (la_kind == ')' || la_kind == ']' || la_kind == '}');
    if (p->open_if_depth == depth && la_kind != KW_ELSE && prev != KW_IF) {
        p_error(p, SYNERR_SYNTAX, span(p->open_if_start, p->prev.loc),
                "expected 'else' after 'if' expression");
        return;
    }
    /* "a[0] := 1": what CPython can tell from the target's last token */
    if (la_kind == OP_WALRUS && !bit_at(p->call_depths, depth)) {
        const char *what = prev == ']' ? "subscript"
                         : prev == NAME && p->before_prev_kind == '.' ? "attribute"
                         : prev == NUMBER || prev == STRING ? "literal" : NULL;
        if (what) {
            p_error(p, SYNERR_SYNTAX, span(p->expr_starts[depth], p->prev.loc),
                    "cannot use assignment expressions with %s", what);
            return;
        }
    }
    bool in_pattern = p->line_kinds[0] == KW_CASE;    /* mapping patterns are no dicts */
    /* "{1: }" */
    if (!in_pattern && prev == ':' && (la_kind == '}' || la_kind == ',') &&
        bit_at(p->dict_depths, depth)) {
        p_error(p, SYNERR_SYNTAX, p->prev.loc,
                "expression expected after dictionary key and ':'");
        return;
    }
    /* "{1: 2, 3}" */
    if (!in_pattern && (la_kind == '}' || la_kind == ',') && ends_expression(prev) &&
        bit_at(p->dict_depths, depth)) {
        p_error(p, SYNERR_SYNTAX, span(p->expr_starts[depth], p->prev.loc),
                "':' expected after dictionary key");
        return;
    }
    /* "if x = 1:" where a named expression may stand: in brackets, or in
     * the condition of if/elif/while. */
    int k0 = p->line_kinds[0];
    bool named_context = p->lx.depth > 0 || k0 == KW_IF || k0 == KW_ELIF || k0 == KW_WHILE;
    /* CPython reads the expression after the '=' first: it may run into the
     * end of the input inside the bracket. */
    if (la_kind == '=' && named_context && p->lx.depth > 0 && ends_expression(prev) &&
        expression_runs_to_end(p))
        return;
    /* "f(a.b = 1)", "f(5 = 1)": an expression where a keyword name goes */
    if (la_kind == '=' && ends_expression(prev) && bit_at(p->call_depths, depth) &&
        !(prev == NAME && (p->before_prev_kind == '(' || p->before_prev_kind == ','))) {
        p_error(p, SYNERR_SYNTAX, span(p->expr_starts[depth], la->loc),
                "expression cannot contain assignment, perhaps you meant \"==\"?");
        return;
    }
    if (la_kind == '=' && prev == NAME && p->before_prev_kind != '.' && named_context) {
        p_error(p, SYNERR_SYNTAX, span(p->prev.loc, operand_end(p, la->loc, p->lx.depth, true)),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    /* CPython suggests a comma between two expressions, not in parameter
     * or target lists, and not after a soft keyword. */
    int la_depth = token_depth(p, la_kind);
    bool in_params = bit_at(p->lambda_depths, la_depth) || bit_at(p->target_depths, la_depth) ||
                     (la_depth == 1 && (p->line_kinds[0] == KW_DEF || p->line_kinds[1] == KW_DEF));
    bool soft_keyword = prev == NAME && (token_is(&p->prev, "_") || token_is(&p->prev, "match") ||
                                         token_is(&p->prev, "case"));
    if (la_depth > 0 && ends_expression(prev) && starts_expression(la_kind) &&
        !(prev == NAME && la_kind == STRING) && !in_params && !soft_keyword) {
        if (expression_runs_to_end(p))
            return;
        p_error(p, SYNERR_SYNTAX,
                span(p->expr_starts[la_depth], operand_end(p, la->loc, la_depth, false)),
                "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
    p_error(p, SYNERR_SYNTAX, at, "invalid syntax");
}

/* ---- running the parser ------------------------------------------------ */

/* Reads the rest of the input after a parser error: CPython reports an
 * error of the tokenizer further on (an unterminated string, a bad number)
 * instead of the parser's, and a bracket left open at the end when it was
 * opened on a line before the last token the parser read.  An unexpected
 * indent stands as it is. */
static void prefer_tokenizer_error(Parser *p)
{
    if (p->lx.failed && p->err->msg[0] && p->lexer_error)
        return;
    ParseError saved = *p->err;
    if (strcmp(saved.msg, "unexpected indent") == 0) {
        p->byte_cols = true;
        return;
    }
    int last_read_line = p->la.loc.line;
    memset(p->err, 0, sizeof *p->err);
    p->lx.failed = false;
    Token t;
    int kind;
    int guard = 0;
    do {
        kind = lex_next(&p->lx, &t);
    } while (kind != YYEOF && kind != YYerror && ++guard >= 0);
    bool tokenizer_wins = kind == YYerror && p->err->msg[0] && p->err->kind != SYNERR_INDENT &&
                          (!p->lx.unclosed_at_end || last_read_line > p->err->line);
    if (!tokenizer_wins) {
        *p->err = saved;
        p->byte_cols = true;
    }
}

/* Turns a byte column on `line` of `src` into CPython's 1-based character
 * offset. */
static int char_offset(const char *src, const char *end, int line, int bytecol1)
{
    const char *ls = src;
    for (int l = 1; l < line && ls < end; ls++)
        if (*ls == '\n')
            l++;
    const char *pos = ls + (bytecol1 > 0 ? bytecol1 - 1 : 0);
    if (pos > end)
        pos = end;
    return lex_char_col(ls, pos);
}

static int run_parser(Parser *p)
{
    int rc = yyparse(p);
    if (rc != 0 && !p->err->msg[0])
        p_error(p, SYNERR_SYNTAX, p->la.loc, "invalid syntax");
    return rc;
}

Expr *parse_fstring_expr(Parser *outer, const char *s, size_t n, const Token *tok)
{
    Parser p;
    memset(&p, 0, sizeof p);
    p.open_if_depth = -1;
    char *text = arena_alloc(outer->arena, n + 3);
    text[0] = '(';
    memcpy(text + 1, s, n);
    text[n + 1] = ')';
    text[n + 2] = '\0';
    lexer_init(&p.lx, text, n + 2, outer->err);
    p.arena = outer->arena;
    p.err = outer->err;
    p.mode = PARSE_EVAL;
    p.start_token = START_FEXPR;
    p.fdepth = outer->fdepth + 1;
    /* the field's first character sits at `s` on the literal's line */
    p.line_shift = tok->loc.line - 1;
    p.col_shift = tok->loc.col + (int)(s - tok->start) - 1;
    for (const char *q = tok->start; q < s; q++)
        if (*q == '\n')
            p.line_shift++, p.col_shift = (int)(s - q - 1) - 1;
    if (run_parser(&p) != 0) {
        if (outer->err->msg[0] && strncmp(outer->err->msg, "f-string: ", 10) != 0) {
            char msg[sizeof outer->err->msg];
            memcpy(msg, outer->err->msg, sizeof msg);
            size_t n = strlen(msg);
            if (n > sizeof msg - 11)
                n = sizeof msg - 11;
            memcpy(outer->err->msg, "f-string: ", 10);
            memcpy(outer->err->msg + 10, msg, n);
            outer->err->msg[10 + n] = '\0';
        }
        outer->byte_cols |= p.byte_cols;
        outer->lx.failed = true;
        return NULL;
    }
    return p.expr;
}

/* Checks the encoding and copies the source with a NUL sentinel, "\r\n"
 * and "\r" turned into "\n"; returns NULL on an error. */
static char *prepare_source(const char *src, size_t *len, Arena *arena, ParseError *err)
{
    size_t n = *len;
    if (n >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        src += 3, n -= 3;
    const char *nul = memchr(src, '\0', n);
    if (nul) {
        int line = 1;
        for (const char *q = src; q < nul; q++)
            line += *q == '\n';
        snprintf(err->msg, sizeof err->msg, "source code cannot contain null bytes");
        err->line = err->end_line = line;
        err->col = err->end_col = 0;
        return NULL;
    }
    int line = 1;
    const char *ls = src;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)src[i];
        if (c < 0x80) {
            if (c == '\n')
                line++, ls = src + i + 1;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)src + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k < 0) {
            const char *why = (c >= 0x80 && c < 0xC2) || c > 0xF4 ? "invalid start byte"
                              : i + 1 >= n ? "unexpected end of data"
                              : "invalid continuation byte";
            snprintf(err->msg, sizeof err->msg, "(unicode error) 'utf-8' codec can't "
                     "decode byte 0x%02x in position %d: %s", c, (int)(src + i - ls), why);
            err->line = err->end_line = line;
            err->col = err->end_col = lex_char_col(ls, src + i) ;
            return NULL;
        }
        i += (size_t)k;
    }
    char *copy = arena_alloc(arena, n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (src[i] == '\r') {
            copy[j++] = '\n';
            if (i + 1 < n && src[i + 1] == '\n')
                i++;
        } else {
            copy[j++] = src[i];
        }
    }
    copy[j] = '\0';
    *len = j;
    return copy;
}

Module *parse_source(const char *src, size_t len, const char *filename,
                     ParseMode mode, Arena *arena, ParseError *err)
{
    (void)filename;
    memset(err, 0, sizeof *err);
    char *text = prepare_source(src, &len, arena, err);
    if (!text)
        return NULL;
    Parser p;
    memset(&p, 0, sizeof p);
    p.open_if_depth = -1;
    lexer_init(&p.lx, text, len, err);
    p.arena = arena;
    p.err = err;
    p.mode = mode;
    p.start_token = mode == PARSE_EVAL ? START_EVAL : START_FILE;
    p.module = arena_alloc(arena, sizeof *p.module);
    p.new_line = true;
    if (run_parser(&p) != 0) {
        if (!p.lexer_error)
            prefer_tokenizer_error(&p);
        /* CPython quotes a line before the one its tokenizer stopped on
         * from the source text, without the newline */
        if (err->line < p.la.loc.line)
            err->line_without_newline = true;
        if (p.byte_cols) {
            err->col = char_offset(text, text + len, err->line, err->col);
            if (err->end_col > 0)
                err->end_col = char_offset(text, text + len, err->end_line, err->end_col);
        }
        return NULL;
    }
    if (mode == PARSE_EVAL) {
        Stmt *s = st(&p, S_EXPR, p.expr->loc);
        s->u.expr.value = p.expr;
        p.module->body = (StmtList){1, arena_alloc(arena, sizeof(Stmt *))};
        p.module->body.items[0] = s;
    }
    return p.module;
}
