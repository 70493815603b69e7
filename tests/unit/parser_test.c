/* parser_test.c: the parser against CPython 3.11's own.  Each good source
 * must give the same tree as Python's ast.dump(ast.parse(src)); each bad one
 * the same SyntaxError message, line and offset.  The expected values are in
 * parser_cases.inc, written by gen_parser_cases.py with python3. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"

typedef struct GoodCase { const char *src, *dump; } GoodCase;
typedef struct BadCase { const char *src, *msg; int line, col; } BadCase;
#include "parser_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

Test(parser, trees_match_cpython) {
    for (size_t i = 0; i < COUNT(good_cases); i++) {
        Arena *arena = arena_new();
        ParseError err = {0};
        const char *src = good_cases[i].src;
        Module *m = parse_source(src, strlen(src), "<t>", PARSE_FILE, arena, &err);
        cr_expect_not_null(m, "parse failed for %s: %s", src, err.msg);
        if (m != NULL) {
            char *dump = ast_dump_module(m);
            cr_expect_str_eq(dump, good_cases[i].dump, "source: %s", src);
            free(dump);
        }
        arena_free(arena);
    }
}

Test(parser, syntax_errors_match_cpython) {
    for (size_t i = 0; i < COUNT(bad_cases); i++) {
        Arena *arena = arena_new();
        ParseError err = {0};
        const BadCase *c = &bad_cases[i];
        Module *m = parse_source(c->src, strlen(c->src), "<t>", PARSE_FILE, arena, &err);
        cr_expect_null(m, "no error for %s", c->src);
        cr_expect_str_eq(err.msg, c->msg, "message for %s", c->src);
        cr_expect_eq(err.line, c->line, "line for %s: %d, expected %d", c->src, err.line, c->line);
        cr_expect_eq(err.col, c->col, "offset for %s: %d, expected %d", c->src, err.col, c->col);
        arena_free(arena);
    }
}

Test(parser, eval_mode_takes_one_expression) {
    Arena *arena = arena_new();
    ParseError err = {0};
    Module *m = parse_source("1 + 2", 5, "<t>", PARSE_EVAL, arena, &err);
    cr_assert_not_null(m);
    char *dump = ast_dump_expr(m->body.items[0]->u.expr.value);
    cr_expect_str_eq(dump, "BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))");
    free(dump);
    cr_expect_null(parse_source("x = 1", 5, "<t>", PARSE_EVAL, arena, &err));
    arena_free(arena);
}

Test(parser, unfinished_blocks_are_incomplete_not_errors) {
    static const char *const incomplete[] = {"if x:\n", "def f():\n", "x = (1,\n", "'''abc\n"};
    for (size_t i = 0; i < COUNT(incomplete); i++) {
        Arena *arena = arena_new();
        ParseError err = {0};
        cr_expect_null(parse_source(incomplete[i], strlen(incomplete[i]), "<stdin>",
                                    PARSE_SINGLE, arena, &err));
        cr_expect(err.incomplete, "not incomplete: %s (%s)", incomplete[i], err.msg);
        arena_free(arena);
    }
}

Test(parser, deep_nesting_is_an_error_not_a_crash) {
    enum { DEPTH = 10000 };
    char *src = malloc(2 * DEPTH + 2);
    memset(src, '(', DEPTH);
    memset(src + DEPTH, ')', DEPTH);
    src[2 * DEPTH] = '\n';
    src[2 * DEPTH + 1] = '\0';
    Arena *arena = arena_new();
    ParseError err = {0};
    cr_expect_null(parse_source(src, 2 * DEPTH + 1, "<t>", PARSE_FILE, arena, &err));
    cr_expect_str_eq(err.msg, "too many nested parentheses");
    arena_free(arena);
    free(src);
}
