/* lexer_test.c: the tokenizer and its layout rules: token kinds, INDENT/
 * DEDENT from indentation, newlines ignored inside brackets and after a
 * backslash, TabError and unterminated strings. */
#include <criterion/criterion.h>
#include <string.h>
#include "tokenizer.h"
#include "parser.h"

enum { MAX_TOKENS = 64 };

/* Tokenizes `src` into kinds[]; returns the count (up to and including the
 * end marker or the error token). */
static int tokenize(const char *src, int *kinds, ParseError *err) {
    Lexer lx;
    memset(err, 0, sizeof *err);
    lexer_init(&lx, src, strlen(src), err);
    int n = 0;
    for (;;) {
        Token t;
        int k = lex_next(&lx, &t);
        kinds[n++] = k;
        if (k == YYEOF || k == YYerror || n == MAX_TOKENS) return n;
    }
}

static void expect_kinds(const char *src, const int *expected, int count) {
    int kinds[MAX_TOKENS];
    ParseError err;
    int n = tokenize(src, kinds, &err);
    cr_assert_eq(n, count, "token count for %s: %d, expected %d", src, n, count);
    for (int i = 0; i < n; i++)
        cr_expect_eq(kinds[i], expected[i], "token %d of %s: %d, expected %d", i, src,
                     kinds[i], expected[i]);
}

#define EXPECT(src, ...) do { \
        static const int want[] = {__VA_ARGS__}; \
        expect_kinds(src, want, (int)(sizeof want / sizeof want[0])); \
    } while (0)

Test(lexer, simple_statement) {
    EXPECT("x = 1\n", NAME, '=', NUMBER, NEWLINE, YYEOF);
}

Test(lexer, indentation_becomes_indent_and_dedent) {
    EXPECT("if a:\n    b\nc\n",
           KW_IF, NAME, ':', NEWLINE, INDENT, NAME, NEWLINE, DEDENT, NAME, NEWLINE, YYEOF);
}

Test(lexer, dedents_close_every_open_block_at_the_end) {
    EXPECT("if a:\n  if b:\n    c",
           KW_IF, NAME, ':', NEWLINE, INDENT, KW_IF, NAME, ':', NEWLINE, INDENT, NAME,
           NEWLINE, DEDENT, DEDENT, YYEOF);
}

Test(lexer, blank_and_comment_lines_are_ignored) {
    EXPECT("a\n\n   # comment\n\nb\n", NAME, NEWLINE, NAME, NEWLINE, YYEOF);
}

Test(lexer, newlines_inside_brackets_join_lines) {
    EXPECT("f(1,\n  2)\n", NAME, '(', NUMBER, ',', NUMBER, ')', NEWLINE, YYEOF);
}

Test(lexer, backslash_continues_the_line) {
    EXPECT("x = 1 + \\\n  2\n", NAME, '=', NUMBER, '+', NUMBER, NEWLINE, YYEOF);
}

Test(lexer, operators_take_the_longest_match) {
    EXPECT("a **= b // c -> d := e ... f\n",
           NAME, AUGASSIGN, NAME, OP_FLOORDIV, NAME, OP_ARROW, NAME, OP_WALRUS, NAME,
           OP_ELLIPSIS, NAME, NEWLINE, YYEOF);
}

Test(lexer, number_forms) {
    EXPECT("0x1F 0o17 0b101 1_000 1.5e-3 .5 5. 3j\n",
           NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NEWLINE, YYEOF);
}

Test(lexer, string_prefixes_are_one_token) {
    EXPECT("r'a' b\"b\" rb'c' f'{d}' '''e''' u'f'\n",
           STRING, STRING, STRING, STRING, STRING, STRING, NEWLINE, YYEOF);
}

Test(lexer, keywords_and_soft_names) {
    EXPECT("def match(case): return None\n",
           KW_DEF, NAME, '(', NAME, ')', ':', KW_RETURN, KW_NONE, NEWLINE, YYEOF);
}

Test(lexer, inconsistent_tabs_are_a_tab_error) {
    int kinds[MAX_TOKENS];
    ParseError err;
    int n = tokenize("if a:\n        b\n\tc\n", kinds, &err);
    cr_expect_eq(kinds[n - 1], YYerror);
    cr_expect_eq(err.kind, SYNERR_TAB);
    cr_expect_str_eq(err.msg, "inconsistent use of tabs and spaces in indentation");
}

Test(lexer, unterminated_string_reports_its_line) {
    int kinds[MAX_TOKENS];
    ParseError err;
    int n = tokenize("x = 1\ny = 'abc\n", kinds, &err);
    cr_expect_eq(kinds[n - 1], YYerror);
    cr_expect_str_eq(err.msg, "unterminated string literal (detected at line 2)");
    cr_expect_eq(err.line, 2);
    cr_expect_eq(err.col, 5);
}

Test(lexer, unicode_identifiers) {
    EXPECT("café = π\n", NAME, '=', NAME, NEWLINE, YYEOF);
}
