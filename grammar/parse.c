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
    case KW_RAISE: case KW_FROM: case KW_AWAIT:
        return true;
    default:
        return false;
    }
}

/* Follows what error messages need: where the current expression began,
 * inline conditionals waiting for their else, comprehensions and dicts. */
static void track_error_context(Parser *p, int kind, Loc loc)
{
    int depth = p->lx.depth;
    if (p->prev_kind == 0 || begins_expression_after(p->prev_kind))
        p->expr_start = loc;
    if (p->prev_kind == NEWLINE) {     /* a new logical line */
        p->open_if_depth = -1;
        p->for_depths = p->dict_depths = 0;
    }
    if (kind == KW_FOR && depth < 64) {
        p->for_depths |= (uint64_t)1 << depth;
    } else if (kind == ':' && depth > 0 && depth < 64 &&
               p->lx.brackets[depth - 1].ch == '{') {
        p->dict_depths |= (uint64_t)1 << depth;
    } else if ((kind == '(' || kind == '[' || kind == '{') && depth < 64) {
        p->for_depths &= ~((uint64_t)1 << depth);     /* a fresh bracket */
        p->dict_depths &= ~((uint64_t)1 << depth);
    } else if (kind == KW_IF && ends_expression(p->prev_kind) &&
               !(depth < 64 && (p->for_depths >> depth) & 1)) {
        p->open_if_start = p->expr_start;
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

/* In "f(a b": does the expression starting at the lookahead run to the end
 * of the input?  CPython's parser reads it whole to suggest a comma, and
 * meeting the end inside a bracket it reports the bracket instead (then
 * that error is recorded and the answer is true).  Reads on
 * with a copy of the lexer: the expression ends where, at its own bracket
 * depth, a token that cannot continue it follows one that ends it. */
static bool expression_runs_to_end(Parser *p)
{
    ParseError scratch;
    memset(&scratch, 0, sizeof scratch);
    Lexer lx = p->lx;
    lx.err = &scratch;
    lx.failed = false;
    int depth = lx.depth, prev = p->la_kind;
    for (int guard = 0; guard < 100000; guard++) {
        Token t;
        int kind = lex_next(&lx, &t);
        if (kind == YYEOF || kind == YYerror) {
            if (lx.unclosed_at_end)     /* that is the error to report */
                *p->err = scratch;
            return lx.unclosed_at_end;
        }
        if (lx.depth < depth || (lx.depth == depth && (kind == ',' || kind == ':' ||
            kind == '=' || (ends_expression(prev) && starts_expression(kind) &&
                            kind != '(' && kind != '['))))
            return false;
        prev = kind;
    }
    return false;
}

/* Called by bison on a syntax error (parser.y's yyreport_syntax_error). */
void parse_report(Parser *p, int la_kind, bool only_indent, bool expects_colon)
{
    if (p->err->msg[0] || p->lx.failed)
        return;
    const Token *la = &p->la;
    Loc at = la->loc;
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
    if (la_kind == NEWLINE && expects_colon && block_name(p->line_kinds[0], p->line_kinds[1])) {
        p_error(p, SYNERR_SYNTAX, at, "expected ':'");
        return;
    }
    if (prev == NAME && p->prev_started_line && starts_expression(la_kind) &&
        (token_is(&p->prev, "print") || token_is(&p->prev, "exec"))) {
        Loc l = span(p->prev.loc, la->loc);
        p_error(p, SYNERR_SYNTAX, l, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                (int)(p->prev.end - p->prev.start), p->prev.start,
                (int)(p->prev.end - p->prev.start), p->prev.start);
        return;
    }
    int depth = p->lx.depth + (la_kind == ')' || la_kind == ']' || la_kind == '}');
    if (p->open_if_depth == depth && la_kind != KW_ELSE) {
        p_error(p, SYNERR_SYNTAX, span(p->open_if_start, p->prev.loc),
                "expected 'else' after 'if' expression");
        return;
    }
    /* "{1: 2, 3}" */
    if ((la_kind == '}' || la_kind == ',') && ends_expression(prev) && depth < 64 &&
        (p->dict_depths >> depth) & 1) {
        p_error(p, SYNERR_SYNTAX, span(p->expr_start, p->prev.loc),
                "':' expected after dictionary key");
        return;
    }
    /* "if x = 1:" where a named expression may stand: in brackets, or in
     * the condition of if/elif/while. */
    int k0 = p->line_kinds[0];
    bool named_context = p->lx.depth > 0 || k0 == KW_IF || k0 == KW_ELIF || k0 == KW_WHILE;
    if (la_kind == '=' && prev == NAME && p->before_prev_kind != '.' && named_context) {
        p_error(p, SYNERR_SYNTAX, p->prev.loc,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    if (p->lx.depth > 0 && ends_expression(prev) && starts_expression(la_kind) &&
        !(prev == NAME && la_kind == STRING)) {
        if (expression_runs_to_end(p))
            return;
        p_error(p, SYNERR_SYNTAX, span(p->prev.loc, la->loc),
                "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
    p_error(p, SYNERR_SYNTAX, at, "invalid syntax");
}

/* ---- running the parser ------------------------------------------------ */

/* Reads the rest of the input after a parser error: CPython reports an
 * error of the tokenizer further on (an unclosed bracket, an unterminated
 * string) instead of the parser's. */
static void prefer_tokenizer_error(Parser *p)
{
    if (p->lx.failed && p->err->msg[0] && p->lexer_error)
        return;
    ParseError saved = *p->err;
    memset(p->err, 0, sizeof *p->err);
    p->lx.failed = false;
    Token t;
    int kind;
    int guard = 0;
    do {
        kind = lex_next(&p->lx, &t);
    } while (kind != YYEOF && kind != YYerror && ++guard >= 0);
    /* As CPython's tokenizer, a bracket left open at the end is no error of
     * its own: the parser's error stands. */
    if (kind != YYerror || p->err->kind == SYNERR_INDENT || !p->err->msg[0] ||
        p->lx.unclosed_at_end) {
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
