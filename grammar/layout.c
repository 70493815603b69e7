/* layout.c: Python's layout rules over the raw scanner.
 *
 * Turns physical line ends into NEWLINE tokens only where a logical line
 * ends (not inside brackets, not on blank or comment-only lines), measures
 * indentation into INDENT/DEDENT (with CPython's TabError check: the
 * indentation must compare the same with tabs of width 8 and of width 1),
 * and checks bracket nesting. */
#include "tokenizer.h"
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void lexer_init(Lexer *lx, const char *src, size_t len, ParseError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->err = err;
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->at_bol = true;
    lx->last_was_newline = true;
}

const char *lex_line_start(const Lexer *lx, const char *pos)
{
    while (pos > lx->src && pos[-1] != '\n')
        pos--;
    return pos;
}

int lex_char_col(const char *ls, const char *pos)
{
    int col = 1;
    for (const char *p = ls; p < pos; p++)
        col += ((unsigned char)*p & 0xC0) != 0x80;
    return col;
}

int lex_error(Lexer *lx, SyntaxErrorKind kind, int line, const char *pos,
              const char *fmt, ...)
{
    lx->failed = true;
    ParseError *e = lx->err;
    if (e->msg[0])
        return YYerror;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->kind = kind;
    e->line = e->end_line = line;
    e->col = e->end_col = lex_char_col(lex_line_start(lx, pos), pos);
    e->line_without_newline = kind == SYNERR_SYNTAX;
    return YYerror;
}

/* Measures the indentation at the start of a line.  Returns false for a
 * blank or comment-only line, which the layout ignores. */
static bool measure_indent(Lexer *lx, int *col, int *alt)
{
    const char *p = lx->cur;
    *col = *alt = 0;
    for (;; p++) {
        if (*p == ' ') {
            (*col)++, (*alt)++;
        } else if (*p == '\t') {
            *col = (*col / 8 + 1) * 8;
            (*alt)++;
        } else if (*p == '\f') {
            *col = *alt = 0;
        } else {
            break;
        }
    }
    lx->cur = p;
    return !(*p == '#' || *p == '\n' || (*p == '\0' && p >= lx->end));
}

static int tab_error(Lexer *lx)
{
    return lex_error(lx, SYNERR_TAB, lx->line, lx->line_start,
                     "inconsistent use of tabs and spaces in indentation");
}

/* Compares a new line's indentation with the stack; sets lx->pending. */
static int indent_line(Lexer *lx, int col, int alt)
{
    int top = lx->indents[lx->n_indents];
    if (col == top) {
        if (alt != lx->alt_indents[lx->n_indents])
            return tab_error(lx);
    } else if (col > top) {
        if (lx->n_indents + 1 > LEX_MAX_INDENT)
            return lex_error(lx, SYNERR_INDENT, lx->line, lx->cur,
                             "too many levels of indentation");
        if (alt <= lx->alt_indents[lx->n_indents])
            return tab_error(lx);
        lx->n_indents++;
        lx->indents[lx->n_indents] = col;
        lx->alt_indents[lx->n_indents] = alt;
        lx->pending = 1;
    } else {
        while (lx->n_indents > 0 && col < lx->indents[lx->n_indents]) {
            lx->n_indents--;
            lx->pending--;
        }
        if (col != lx->indents[lx->n_indents]) {
            /* CPython points past the end of the offending line. */
            const char *eol = lx->cur;
            while (eol < lx->end && *eol != '\n')
                eol++;
            return lex_error(lx, SYNERR_INDENT, lx->line, eol,
                             "unindent does not match any outer indentation level");
        }
        if (alt != lx->alt_indents[lx->n_indents])
            return tab_error(lx);
    }
    return 0;
}

static int bracket_open(Lexer *lx, Token *t)
{
    if (lx->depth >= LEX_MAX_PARENS)
        return lex_error(lx, SYNERR_SYNTAX, lx->line, t->start,
                         "too many nested parentheses");
    Bracket *b = &lx->brackets[lx->depth++];
    b->ch = *t->start;
    b->pos = t->start;
    b->line = lx->line;
    return t->kind;
}

static int bracket_close(Lexer *lx, Token *t)
{
    char c = *t->start;
    if (lx->depth == 0)
        return lex_error(lx, SYNERR_SYNTAX, lx->line, t->start,
                         "unmatched '%c'", c);
    Bracket *b = &lx->brackets[lx->depth - 1];
    char want = b->ch == '(' ? ')' : b->ch == '[' ? ']' : '}';
    if (c != want) {
        if (b->line != lx->line)
            return lex_error(lx, SYNERR_SYNTAX, lx->line, t->start,
                             "closing parenthesis '%c' does not match opening "
                             "parenthesis '%c' on line %d", c, b->ch, b->line);
        return lex_error(lx, SYNERR_SYNTAX, lx->line, t->start,
                         "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c'", c, b->ch);
    }
    lx->depth--;
    return t->kind;
}

/* A token made up by the layout (NEWLINE, INDENT, DEDENT, end) at `pos`. */
static int synthetic(Lexer *lx, Token *t, int kind, const char *pos)
{
    t->kind = kind;
    t->start = t->end = pos;
    t->loc.line = t->loc.end_line = lx->line;
    t->loc.col = t->loc.end_col = (int)(pos - lx->line_start);
    return kind;
}

/* A DEDENT or the end marker at the end of the input.  Like CPython's,
 * it stands at the end of the last line, not on a line after it. */
static int end_token(Lexer *lx, Token *t, int kind)
{
    synthetic(lx, t, kind, lx->cur);
    if (lx->cur > lx->src && lx->cur[-1] == '\n') {
        const char *last = lex_line_start(lx, lx->cur - 1);
        t->loc.line = t->loc.end_line = lx->line - 1;
        t->loc.col = t->loc.end_col = (int)(lx->cur - 1 - last);
    }
    return kind;
}

static int end_of_input(Lexer *lx, Token *t)
{
    if (lx->depth > 0) {
        Bracket *b = &lx->brackets[lx->depth - 1];
        lx->err->incomplete = true;
        bool first = lx->err->msg[0] == '\0';
        lx->unclosed_at_end = true;
        lex_error(lx, SYNERR_SYNTAX, b->line, b->pos, "'%c' was never closed",
                  b->ch);
        if (first)      /* CPython's parser reports this one, newline and all */
            lx->err->line_without_newline = false;
        lx->err->end_col = 0;
        return YYerror;
    }
    if (!lx->last_was_newline) {
        lx->last_was_newline = true;
        return synthetic(lx, t, NEWLINE, lx->cur);
    }
    if (lx->n_indents > 0) {
        lx->n_indents--;
        return end_token(lx, t, DEDENT);
    }
    lx->done = true;
    return end_token(lx, t, YYEOF);
}

/* Starts a logical line: skips blank lines and measures indentation. */
static int begin_line(Lexer *lx)
{
    for (;;) {
        int col, alt;
        if (measure_indent(lx, &col, &alt)) {
            lx->at_bol = false;
            return indent_line(lx, col, alt);
        }
        while (*lx->cur != '\n' && lx->cur < lx->end)
            lx->cur++;
        if (lx->cur >= lx->end)
            return 0;
        lx->cur++;
        lx->line++;
        lx->line_start = lx->cur;
    }
}

static int next_token(Lexer *lx, Token *t)
{
    for (;;) {
        if (lx->pending > 0) {
            lx->pending--;
            return synthetic(lx, t, INDENT, lx->cur);
        }
        if (lx->pending < 0) {
            lx->pending++;
            return synthetic(lx, t, DEDENT, lx->cur);
        }
        if (lx->at_bol && lx->depth == 0) {
            if (begin_line(lx))
                return YYerror;
            if (lx->pending)
                continue;
        }
        int kind = lex_raw(lx, t);
        int line = lx->tok_line;
        const char *ls = lx->tok_line_start;
        t->end = lx->cur;
        t->loc.line = line;
        t->loc.col = (int)(t->start - ls);
        t->loc.end_line = lx->line;
        t->loc.end_col = (int)(t->end - lx->line_start);
        switch (kind) {
        case YYEOF:
            return end_of_input(lx, t);
        case NEWLINE:
            lx->line++;
            lx->line_start = lx->cur;
            if (lx->depth > 0 || lx->last_was_newline)
                continue;
            lx->at_bol = true;
            t->loc.end_line = line;
            t->loc.end_col = t->loc.col + 1;
            return NEWLINE;
        case '(': case '[': case '{':
            return bracket_open(lx, t);
        case ')': case ']': case '}':
            return bracket_close(lx, t);
        default:
            return kind;
        }
    }
}

int lex_next(Lexer *lx, Token *t)
{
    if (lx->failed)
        return YYerror;
    int kind = next_token(lx, t);
    if (kind == YYerror) {
        lx->failed = true;
    } else {
        lx->last_was_newline = kind == NEWLINE || kind == INDENT || kind == DEDENT;
        lx->last_kind = kind;
        lx->last = *t;
    }
    return kind;
}
