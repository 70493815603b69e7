/* source_test.c: PEP 263 decoding of source files (interp/source.c): UTF-8
 * passes through untouched, a byte-order mark is skipped, a latin-1 cookie
 * on line 1 or 2 transcodes, a cookie after code is ignored, and bad bytes
 * or unknown encodings raise CPython's SyntaxError messages. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "api.h"
#include "err.h"
#include "source.h"
#include "str.h"
#include "unit_support.h"

TestSuite(source, .init = interpreter_setup);

/* The message of the pending SyntaxError (cleared), as a malloc'd string. */
static char *syntax_error_message(void)
{
    Obj *exc = err_fetch();
    cr_assert_not_null(exc);
    cr_assert(type_is_subtype(TYPE(exc), &Exc_SyntaxError));
    Obj *s = obj_str(exc);
    cr_assert_not_null(s);
    char *msg = strdup(str_data(s));
    DECREF(s);
    DECREF(exc);
    return msg;
}

Test(source, utf8_is_returned_in_place)
{
    const char src[] = "x = 'caf\xc3\xa9'\n";
    char *to_free;
    size_t n;
    const char *text = source_to_utf8(src, sizeof src - 1, "f.py", &n, &to_free);
    cr_assert_eq(text, src);
    cr_assert_eq(n, sizeof src - 1);
    cr_assert_null(to_free);
}

Test(source, bom_is_skipped)
{
    const char src[] = "\xef\xbb\xbfprint(1)\n";
    char *to_free;
    size_t n;
    const char *text = source_to_utf8(src, sizeof src - 1, "f.py", &n, &to_free);
    cr_assert_eq(text, src + 3);
    cr_assert_eq(n, sizeof src - 4);
}

Test(source, latin1_cookie_on_line_two_transcodes)
{
    const char src[] = "#!/usr/bin/env python\n# -*- coding: ISO_8859_1 -*-\ns = '\xe9'\n";
    char *to_free;
    size_t n;
    const char *text = source_to_utf8(src, sizeof src - 1, "f.py", &n, &to_free);
    cr_assert_not_null(to_free);
    cr_assert_eq(n, sizeof src);     /* one byte became two */
    cr_assert(strstr(text, "s = '\xc3\xa9'") != NULL);
    free(to_free);
}

Test(source, cookie_after_code_is_ignored)
{
    const char src[] = "x = 1\n# coding: latin-1\ny = '\xe9'\n";
    char *to_free;
    size_t n;
    cr_assert_null(source_to_utf8(src, sizeof src - 1, "f.py", &n, &to_free));
    char *msg = syntax_error_message();
    cr_assert_str_eq(msg, "Non-UTF-8 code starting with '\\xe9' in file f.py on line 3, but no "
                          "encoding declared; see https://peps.python.org/pep-0263/ for details");
    free(msg);
}

Test(source, surrogates_and_overlong_forms_are_not_utf8)
{
    const char *bad[] = { "a = '\xed\xa0\x80'\n", "a = '\xc0\xaf'\n", "a = '\xf4\x90\x80\x80'\n" };
    for (size_t i = 0; i < 3; i++) {
        char *to_free;
        size_t n;
        cr_assert_null(source_to_utf8(bad[i], strlen(bad[i]), "<stdin>", &n, &to_free));
        free(syntax_error_message());
    }
}

Test(source, unknown_encoding)
{
    const char src[] = "# vim: set fileencoding=klingon :\nprint(1)\n";
    char *to_free;
    size_t n;
    cr_assert_null(source_to_utf8(src, sizeof src - 1, "f.py", &n, &to_free));
    char *msg = syntax_error_message();
    cr_assert_str_eq(msg, "encoding problem: klingon");
    free(msg);
}
