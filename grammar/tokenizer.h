/* tokenizer.h: the tokenizer's state, shared by the re2c scanner (lexer.re),
 * the layout layer (layout.c) and the parser driver (parse.c).
 *
 * lex_raw() returns physical tokens (including '\n' as NEWLINE for every
 * line end); lex_next() applies Python's layout rules on top: it suppresses
 * newlines inside brackets and on blank lines and turns indentation into
 * INDENT/DEDENT.  Token kinds are bison's (parser.h). */
#ifndef GILPY_TOKENIZER_H
#define GILPY_TOKENIZER_H

#include "ast.h"

enum {
    LEX_MAX_INDENT = 100,   /* CPython: "too many levels of indentation" */
    LEX_MAX_PARENS = 200,   /* CPython: "too many nested parentheses" */
};

typedef struct Token {
    int kind;
    const char *start, *end;    /* the token's bytes in the source copy */
    Loc loc;
} Token;

typedef struct Bracket {
    char ch;
    const char *pos;
    int line;
} Bracket;

typedef struct Lexer {
    ParseError *err;
    const char *src;        /* NUL-terminated; no other NUL inside */
    const char *end;
    const char *cur;
    const char *line_start; /* first byte of the current physical line */
    int line;
    int tok_line;               /* line and line start of the last raw token's */
    const char *tok_line_start; /* first byte (after any continuation lines) */
    /* layout state */
    int indents[LEX_MAX_INDENT + 1];      /* columns, tabs to multiples of 8 */
    int alt_indents[LEX_MAX_INDENT + 1];  /* columns, tabs as 1: TabError */
    int n_indents;
    int pending;            /* > 0: INDENTs to emit; < 0: DEDENTs */
    bool at_bol;            /* next token starts a logical line */
    bool emitted_any;       /* a token of a logical line was emitted */
    bool last_was_newline;
    bool done;              /* ENDMARKER was returned */
    bool failed;            /* an error was recorded in *err */
    bool unclosed_at_end;   /* that error: a bracket still open at the end */
    Bracket brackets[LEX_MAX_PARENS + 1];
    int depth;
    int last_kind;          /* kind of the previously returned token */
    Token last;             /* the previously returned token */
} Lexer;

void lexer_init(Lexer *lx, const char *src, size_t len, ParseError *err);
int lex_raw(Lexer *lx, Token *t);     /* lexer.re */
int lex_next(Lexer *lx, Token *t);    /* layout.c */

/* Records a syntax error at `pos` (a pointer into the source on line `line`)
 * unless one is already recorded; returns the YYerror token kind. */
int lex_error(Lexer *lx, SyntaxErrorKind kind, int line, const char *pos,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* 1-based character column of byte `pos` on the line that starts at `ls`. */
int lex_char_col(const char *ls, const char *pos);
/* Start of the physical line holding `pos`. */
const char *lex_line_start(const Lexer *lx, const char *pos);

#endif
