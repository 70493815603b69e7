/* lexer.re: the re2c scanner producing Python's physical tokens.
 *
 * It knows names, keywords, numbers, operators, comments and line ends;
 * string literals are only delimited here (their escapes are decoded by
 * strlit.c and fstring.c).  Layout (INDENT/DEDENT, brackets) is layout.c's
 * job.  The source copy ends with a NUL sentinel and holds no other NUL. */
#include "tokenizer.h"
#include "parser.h"

#include <string.h>
#include <utf8proc.h>

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = cur;
    re2c:define:YYMARKER = mar;
    re2c:yyfill:enable = 0;

    digitpart  = [0-9] ("_"? [0-9])*;
    pointfloat = digitpart? "." digitpart | digitpart ".";
    exponent   = [eE] [+-]? digitpart;
    floatnum   = pointfloat exponent? | digitpart exponent;
    hexint     = "0" [xX] ("_"? [0-9a-fA-F])+;
    octint     = "0" [oO] ("_"? [0-7])+;
    binint     = "0" [bB] ("_"? [01])+;
    idstart    = [a-zA-Z_] | [\x80-\U0010FFFF];
    idcont     = [a-zA-Z0-9_] | [\x80-\U0010FFFF];
    strprefix  = [rRuUbBfF] | [rR][bBfF] | [bBfF][rR];
*/

static bool is_id_char(const unsigned char *s)
{
    return (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
           (*s >= '0' && *s <= '9') || *s == '_' || *s >= 0x80;
}

/* Python 3.11 accepts a keyword right after a number ("1if x else 2"). */
static bool keyword_follows(const char *s)
{
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is",
                                      "not", "or"};
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++) {
        size_t n = strlen(kws[i]);
        if (strncmp(s, kws[i], n) == 0)
            return true;
    }
    return false;
}

/* A number may not run into a name: "1_a", "0x1g", "1e". */
static int finish_number(Lexer *lx, Token *t, const char *what)
{
    if (is_id_char((const unsigned char *)lx->cur) && !keyword_follows(lx->cur))
        return lex_error(lx, SYNERR_SYNTAX, lx->line, lx->cur - 1,
                         "invalid %s literal", what);
    t->kind = NUMBER;
    return NUMBER;
}

static int decimal_int(Lexer *lx, Token *t)
{
    for (const char *p = t->start; p < lx->cur; p++)
        if (*p == '_' && (p + 1 == lx->cur || p[1] == '_'))
            return lex_error(lx, SYNERR_SYNTAX, lx->line, p,
                             "invalid decimal literal");
    if (t->start[0] == '0') {
        for (const char *p = t->start; p < lx->cur; p++)
            if (*p != '0' && *p != '_')
                return lex_error(lx, SYNERR_SYNTAX, lx->line, t->start,
                                 "leading zeros in decimal integer literals "
                                 "are not permitted; use an 0o prefix for "
                                 "octal integers");
    }
    return finish_number(lx, t, "decimal");
}

/* A digit outside the base ("0b2", "0o8") or a dangling prefix/underscore. */
static int bad_based_int(Lexer *lx, const char *name, int base)
{
    const unsigned char *p = (const unsigned char *)lx->cur;
    if (*p >= '0' && *p <= '9' && *p - '0' >= base)
        return lex_error(lx, SYNERR_SYNTAX, lx->line, lx->cur,
                         "invalid digit '%c' in %s literal", *p, name);
    return lex_error(lx, SYNERR_SYNTAX, lx->line, lx->cur - 1,
                     "invalid %s literal", name);
}

/* Reports a character that cannot start any token. */
static int bad_char(Lexer *lx, const char *start)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)start, 4, &cp);
    if (n <= 0)
        return lex_error(lx, SYNERR_SYNTAX, lx->line, start, "invalid syntax");
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
        cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
        cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CO ||
        cat == UTF8PROC_CATEGORY_CN || cat == UTF8PROC_CATEGORY_CS)
        return lex_error(lx, SYNERR_SYNTAX, lx->line, start,
                         "invalid non-printable character U+%04X", (unsigned)cp);
    return lex_error(lx, SYNERR_SYNTAX, lx->line, start,
                     "invalid character '%.*s' (U+%04X)", (int)n, start,
                     (unsigned)cp);
}

static bool xid_start(utf8proc_int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    default:
        return cp == '_' || cp == 0x2118 || cp == 0x212E || cp == 0x309B ||
               cp == 0x309C;
    }
}

static bool xid_continue(utf8proc_int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return xid_start(cp) || cp == 0xB7 || cp == 0x387 ||
               (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }
}

/* Checks a name holding non-ASCII characters; on a bad character it
 * reports it like CPython ("invalid character '€' (U+20AC)"). */
static int check_unicode_name(Lexer *lx, Token *t)
{
    const char *p = t->start;
    bool first = true;
    while (p < lx->cur) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p,
                                              lx->cur - p, &cp);
        if (n <= 0)
            return bad_char(lx, p);
        if (!(first ? xid_start(cp) : xid_continue(cp)))
            return bad_char(lx, p);
        first = false;
        p += n;
    }
    t->kind = NAME;
    return NAME;
}

/* Delimits a string literal whose opening quote is at `q`. */
static int scan_string(Lexer *lx, Token *t, const char *q)
{
    char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    const char *p = q + (triple ? 3 : 1);
    int start_line = lx->line;
    for (;;) {
        char c = *p;
        if (c == '\0' && p >= lx->end) {
            if (triple) {
                /* A final newline does not start a line of its own. */
                int last_line = lx->line - (p > lx->src && p[-1] == '\n');
                int kind = lex_error(lx, SYNERR_SYNTAX, start_line, t->start,
                                     "unterminated triple-quoted string literal "
                                     "(detected at line %d)", last_line);
                lx->err->incomplete = true;     /* the REPL reads on */
                return kind;
            }
            break;
        }
        if (c == '\\' && p + 1 < lx->end) {
            if (p[1] == '\n') {
                lx->line++;
                lx->line_start = p + 2;
            }
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                break;
            lx->line++;
            lx->line_start = p + 1;
        } else if (c == quote && (!triple || (p[1] == quote && p[2] == quote))) {
            lx->cur = p + (triple ? 3 : 1);
            t->kind = STRING;
            return STRING;
        }
        p++;
    }
    lx->line = start_line;
    return lex_error(lx, SYNERR_SYNTAX, start_line, t->start,
                     "unterminated string literal (detected at line %d)",
                     lx->line);
}

/* The input ends after a backslash: the REPL reads on; CPython's parser
 * reports it (quoting the line with its newline). */
static int eof_after_backslash(Lexer *lx, int line, const char *pos)
{
    bool first = lx->err->msg[0] == '\0';
    lx->err->incomplete = true;
    int kind = lex_error(lx, SYNERR_SYNTAX, line, pos, "unexpected EOF while parsing");
    if (first)
        lx->err->line_without_newline = false;
    return kind;
}

/* Backslash: a line continuation, or an error. */
static int continuation(Lexer *lx, Token *t)
{
    if (*lx->cur == '\n') {
        lx->cur++;
        lx->line++;
        lx->line_start = lx->cur;
        if (lx->cur >= lx->end)
            return eof_after_backslash(lx, lx->line - 1, lx->cur - 1);
        return 0;
    }
    if (lx->cur >= lx->end)
        return eof_after_backslash(lx, lx->line, lx->cur);
    int kind = lex_error(lx, SYNERR_SYNTAX, lx->line, lx->cur,
                         "unexpected character after line continuation character");
    lx->err->line_without_newline = false;      /* CPython quotes it whole */
    return kind;
}

static int op(Token *t, int kind)
{
    t->kind = kind;
    return kind;
}

int lex_raw(Lexer *lx, Token *t)
{
    const char *mar = NULL;
    for (;;) {
        const char *cur = lx->cur;
        t->start = cur;
        lx->tok_line = lx->line;
        lx->tok_line_start = lx->line_start;
        /*!re2c
        "\x00" { lx->cur = cur - 1; return op(t, YYEOF); }
        [ \t\f]+ { lx->cur = cur; continue; }
        "#" [^\n\x00]* { lx->cur = cur; continue; }
        "\n" { lx->cur = cur; return op(t, NEWLINE); }
        "\\" {
            lx->cur = cur;
            int kind = continuation(lx, t);
            if (kind)
                return kind;
            continue;
        }

        strprefix? ["'] {
            lx->cur = cur;
            return scan_string(lx, t, cur - 1);
        }

        "False" { lx->cur = cur; return op(t, KW_FALSE); }
        "None" { lx->cur = cur; return op(t, KW_NONE); }
        "True" { lx->cur = cur; return op(t, KW_TRUE); }
        "and" { lx->cur = cur; return op(t, KW_AND); }
        "as" { lx->cur = cur; return op(t, KW_AS); }
        "assert" { lx->cur = cur; return op(t, KW_ASSERT); }
        "async" { lx->cur = cur; return op(t, KW_ASYNC); }
        "await" { lx->cur = cur; return op(t, KW_AWAIT); }
        "break" { lx->cur = cur; return op(t, KW_BREAK); }
        "class" { lx->cur = cur; return op(t, KW_CLASS); }
        "continue" { lx->cur = cur; return op(t, KW_CONTINUE); }
        "def" { lx->cur = cur; return op(t, KW_DEF); }
        "del" { lx->cur = cur; return op(t, KW_DEL); }
        "elif" { lx->cur = cur; return op(t, KW_ELIF); }
        "else" { lx->cur = cur; return op(t, KW_ELSE); }
        "except" { lx->cur = cur; return op(t, KW_EXCEPT); }
        "finally" { lx->cur = cur; return op(t, KW_FINALLY); }
        "for" { lx->cur = cur; return op(t, KW_FOR); }
        "from" { lx->cur = cur; return op(t, KW_FROM); }
        "global" { lx->cur = cur; return op(t, KW_GLOBAL); }
        "if" { lx->cur = cur; return op(t, KW_IF); }
        "import" { lx->cur = cur; return op(t, KW_IMPORT); }
        "in" { lx->cur = cur; return op(t, KW_IN); }
        "is" { lx->cur = cur; return op(t, KW_IS); }
        "lambda" { lx->cur = cur; return op(t, KW_LAMBDA); }
        "nonlocal" { lx->cur = cur; return op(t, KW_NONLOCAL); }
        "not" { lx->cur = cur; return op(t, KW_NOT); }
        "or" { lx->cur = cur; return op(t, KW_OR); }
        "pass" { lx->cur = cur; return op(t, KW_PASS); }
        "raise" { lx->cur = cur; return op(t, KW_RAISE); }
        "return" { lx->cur = cur; return op(t, KW_RETURN); }
        "try" { lx->cur = cur; return op(t, KW_TRY); }
        "while" { lx->cur = cur; return op(t, KW_WHILE); }
        "with" { lx->cur = cur; return op(t, KW_WITH); }
        "yield" { lx->cur = cur; return op(t, KW_YIELD); }

        [a-zA-Z_] [a-zA-Z0-9_]* { lx->cur = cur; return op(t, NAME); }
        idstart idcont* { lx->cur = cur; return check_unicode_name(lx, t); }

        [0-9] [0-9_]* { lx->cur = cur; return decimal_int(lx, t); }
        hexint { lx->cur = cur; return finish_number(lx, t, "hexadecimal"); }
        octint { lx->cur = cur; return finish_number(lx, t, "octal"); }
        binint { lx->cur = cur; return finish_number(lx, t, "binary"); }
        "0" [xX] ("_"? [0-9a-fA-F])* "_"? {
            lx->cur = cur; return bad_based_int(lx, "hexadecimal", 16); }
        "0" [oO] ("_"? [0-7])* "_"? {
            lx->cur = cur; return bad_based_int(lx, "octal", 8); }
        "0" [bB] ("_"? [01])* "_"? {
            lx->cur = cur; return bad_based_int(lx, "binary", 2); }
        floatnum { lx->cur = cur; return finish_number(lx, t, "decimal"); }
        (floatnum | digitpart) [jJ] {
            lx->cur = cur; return finish_number(lx, t, "imaginary"); }

        "(" { lx->cur = cur; return op(t, '('); }
        ")" { lx->cur = cur; return op(t, ')'); }
        "[" { lx->cur = cur; return op(t, '['); }
        "]" { lx->cur = cur; return op(t, ']'); }
        "{" { lx->cur = cur; return op(t, '{'); }
        "}" { lx->cur = cur; return op(t, '}'); }
        "," { lx->cur = cur; return op(t, ','); }
        ":" { lx->cur = cur; return op(t, ':'); }
        ";" { lx->cur = cur; return op(t, ';'); }
        "." { lx->cur = cur; return op(t, '.'); }
        "=" { lx->cur = cur; return op(t, '='); }
        "+" { lx->cur = cur; return op(t, '+'); }
        "-" { lx->cur = cur; return op(t, '-'); }
        "*" { lx->cur = cur; return op(t, '*'); }
        "/" { lx->cur = cur; return op(t, '/'); }
        "%" { lx->cur = cur; return op(t, '%'); }
        "@" { lx->cur = cur; return op(t, '@'); }
        "&" { lx->cur = cur; return op(t, '&'); }
        "|" { lx->cur = cur; return op(t, '|'); }
        "^" { lx->cur = cur; return op(t, '^'); }
        "~" { lx->cur = cur; return op(t, '~'); }
        "<" { lx->cur = cur; return op(t, '<'); }
        ">" { lx->cur = cur; return op(t, '>'); }
        "**" { lx->cur = cur; return op(t, OP_POW); }
        "//" { lx->cur = cur; return op(t, OP_FLOORDIV); }
        "<<" { lx->cur = cur; return op(t, OP_LSHIFT); }
        ">>" { lx->cur = cur; return op(t, OP_RSHIFT); }
        "<=" { lx->cur = cur; return op(t, OP_LE); }
        ">=" { lx->cur = cur; return op(t, OP_GE); }
        "==" { lx->cur = cur; return op(t, OP_EQ); }
        "!=" { lx->cur = cur; return op(t, OP_NE); }
        "->" { lx->cur = cur; return op(t, OP_ARROW); }
        ":=" { lx->cur = cur; return op(t, OP_WALRUS); }
        "..." { lx->cur = cur; return op(t, OP_ELLIPSIS); }
        ("+" | "-" | "*" | "/" | "//" | "%" | "@" | "&" | "|" | "^" | "<<" | ">>"
         | "**") "=" { lx->cur = cur; return op(t, AUGASSIGN); }
        "!" | "$" | "?" | "`" { lx->cur = cur; return op(t, BADTOKEN); }
        [\x01-\x7f] { lx->cur = cur; return bad_char(lx, t->start); }
        * { lx->cur = cur; return bad_char(lx, t->start); }
        */
    }
}
