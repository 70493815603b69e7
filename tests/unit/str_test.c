/* str_test.c: the C side of str and bytes: StrBuf, UTF-8 bookkeeping
 * (length, ASCII flag, code-point offsets), the shared algorithms of
 * str_algo.c, join/replace/split methods, % formatting (str and bytes),
 * str.format, __format__, str_from_format, Unicode properties and case
 * mappings, and bytes.hex. */
#include <criterion/criterion.h>
#include <string.h>
#include "api.h"
#include "err.h"
#include "str.h"
#include "str_internal.h"
#include "str_methods.h"
#include "str_algo.h"
#include "str_unicode.h"
#include "bytes.h"
#include "bytes_internal.h"
#include "list.h"
#include "tuple.h"
#include "float.h"
#include "unit_support.h"

TestSuite(strbuf, .init = interpreter_setup);
TestSuite(strcore, .init = interpreter_setup);
TestSuite(stralgo, .init = interpreter_setup);
TestSuite(strfmt, .init = interpreter_setup);
TestSuite(unicode, .init = interpreter_setup);
TestSuite(bytesfmt, .init = interpreter_setup);

static Obj *S(const char *s) { return str_from_cstr(s); }

static void assert_str(Obj *o, const char *want)
{
    cr_assert_not_null(o, "NULL result (exception set: %d)", err_occurred() != NULL);
    cr_assert(is_str(o));
    cr_assert_eq(str_size(o), strlen(want), "size %zu, want %zu (%s)", str_size(o), strlen(want), str_data(o));
    cr_assert(memcmp(str_data(o), want, strlen(want)) == 0, "got '%s', want '%s'", str_data(o), want);
}

static void assert_error(Obj *o, Type *type)
{
    cr_assert_null(o);
    cr_assert(err_matches(type));
    err_clear();
}

/* ---- StrBuf ---------------------------------------------------------------------- */
Test(strbuf, tracks_length_and_ascii)
{
    StrBuf b;
    strbuf_init(&b);
    cr_assert_eq(strbuf_append_cstr(&b, "ab"), 0);
    cr_assert(b.ascii);
    cr_assert_eq(strbuf_append_char(&b, 0xe9), 0);
    cr_assert_eq(strbuf_append_repeat(&b, 0x20ac, 3), 0);
    cr_assert_eq(b.length, 6);
    cr_assert(!b.ascii);
    Obj *s = strbuf_finish(&b);
    assert_str(s, "ab\xc3\xa9\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac");
    cr_assert_eq(str_length(s), 6);
    DECREF(s);
}

Test(strbuf, grows_past_inline_buffer)
{
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < 1000; i++) cr_assert_eq(strbuf_append_ascii(&b, (char)('a' + i % 26)), 0);
    Obj *s = strbuf_finish(&b);
    cr_assert_eq(str_length(s), 1000);
    cr_assert(str_is_ascii(s));
    cr_assert_eq(str_data(s)[26], 'a');
    DECREF(s);
}

/* ---- core -------------------------------------------------------------------------- */
Test(strcore, code_point_offsets)
{
    Obj *s = S("h\xc3\xa9llo \xe2\x82\xac!");   /* "héllo €!" */
    cr_assert_eq(str_length(s), 8);
    cr_assert(!str_is_ascii(s));
    cr_assert_eq(str_offset(s, 2), 3);
    cr_assert_eq(str_char_at(s, 1), 0xe9);
    cr_assert_eq(str_char_at(s, 6), 0x20ac);
    Obj *sub = str_substr(s, 1, 3);
    assert_str(sub, "\xc3\xa9l");
    DECREF(sub);
    sub = str_substr(s, 2, 5);
    cr_assert(str_is_ascii(sub), "an ASCII slice of a non-ASCII str is ASCII");
    DECREF(sub);
    DECREF(s);
}

/* ---- algorithms ---------------------------------------------------------------------- */
Test(stralgo, find_rfind_count)
{
    const char *s = "abcabcab";
    cr_assert_eq(algo_find(s, 8, "ca", 2), 2);
    cr_assert_eq(algo_rfind(s, 8, "ab", 2), 6);
    cr_assert_eq(algo_rfind(s, 8, "", 0), 8);
    cr_assert_eq(algo_find(s, 8, "x", 1), -1);
    cr_assert_eq(algo_count(s, 8, "ab", 2, SIZE_MAX), 3);
    cr_assert_eq(algo_count(s, 8, "ab", 2, 2), 2);
    cr_assert_eq(algo_count("aaaa", 4, "aa", 2, SIZE_MAX), 2);
}

Test(stralgo, whitespace_and_linebreaks)
{
    const unsigned char sp[] = "\xe3\x80\x80x";   /* U+3000 */
    cr_assert_eq(algo_space_at(sp, sp + 4, true), 3);
    cr_assert_eq(algo_space_at(sp, sp + 4, false), 0);
    const unsigned char fs[] = "\x1c";
    cr_assert_eq(algo_space_at(fs, fs + 1, true), 1);
    cr_assert_eq(algo_space_at(fs, fs + 1, false), 0);
    const unsigned char crlf[] = "\r\nx";
    cr_assert_eq(algo_linebreak_at(crlf, crlf + 3, false), 2);
    const unsigned char ls[] = "\xe2\x80\xa8";   /* U+2028 */
    cr_assert_eq(algo_linebreak_at(ls, ls + 3, true), 3);
    cr_assert_eq(algo_linebreak_at(ls, ls + 3, false), 0);
    cr_assert(unicode_isspace(0x85));
    cr_assert(!unicode_isspace(0x200b));
}

Test(stralgo, replace_fill)
{
    char out[64];
    size_t n = algo_replace_size(5, 1, 2, 2);
    algo_replace_fill(out, "a-b-c", 5, "-", 1, "==", 2, 2, true);
    cr_assert_eq(n, 7);
    cr_assert(memcmp(out, "a==b==c", 7) == 0);
    /* empty old inserts before each code point */
    algo_replace_fill(out, "\xc3\xa9x", 3, "", 0, "|", 1, 3, true);
    cr_assert(memcmp(out, "|\xc3\xa9|x|", 6) == 0);
}

Test(stralgo, split_methods)
{
    Obj *s = S("  a b\xe3\x80\x80" "c  ");
    Obj *l = str_m_split(s, NULL, 0, NULL);
    cr_assert_not_null(l);
    cr_assert_eq(list_size(l), 3);
    assert_str(list_get(l, 2), "c");
    DECREF(l);
    Obj *args[2] = { S(" "), small_new(1) };
    l = str_m_rsplit(s, args, 2, NULL);
    cr_assert_eq(list_size(l), 2);
    assert_str(list_get(l, 1), "");
    DECREF(l);
    DECREF(args[0]);
    Obj *empty = S("");
    l = str_m_split(s, &empty, 1, NULL);
    assert_error(l, &Exc_ValueError);
    DECREF(empty);
    DECREF(s);
}

Test(stralgo, join_and_replace)
{
    Obj *sep = S(", ");
    Obj *items = list_new(0);
    Obj *a = S("x"), *b = S("\xc3\xa9"), *n = small_new(3);
    list_append(items, a);
    list_append(items, b);
    Obj *r = str_join(sep, items);
    assert_str(r, "x, \xc3\xa9");
    cr_assert_eq(str_length(r), 4);
    DECREF(r);
    list_append(items, n);
    assert_error(str_join(sep, items), &Exc_TypeError);
    Obj *old = S("\xc3\xa9"), *new_ = S("e");
    Obj *text = S("caf\xc3\xa9 caf\xc3\xa9");
    r = str_replace(text, old, new_, 1);
    assert_str(r, "cafe caf\xc3\xa9");
    DECREF(r);
    r = str_replace(text, old, new_, -1);
    assert_str(r, "cafe cafe");
    cr_assert(str_is_ascii(r), "replacing all non-ASCII text gives an ASCII str");
    DECREF(r);
    DECREF(text), DECREF(old), DECREF(new_), DECREF(a), DECREF(b), DECREF(items), DECREF(sep);
}

/* ---- formatting ------------------------------------------------------------------- */
Test(strfmt, percent)
{
    Obj *fmt = S("%s|%5d|%-4x|%.2f|%c|%%|%+05d");
    Obj *ab = S("ab"), *pi = float_new(3.14159);
    Obj *args = tuple_pack(6, ab, small_new(42), small_new(255), pi, small_new(0xe9), small_new(7));
    Obj *r = str_percent_format(fmt, args);
    assert_str(r, "ab|   42|ff  |3.14|\xc3\xa9|%|+0007");
    DECREF(r);
    DECREF(args);
    Obj *one = small_new(1);
    assert_error(str_percent_format(fmt, one), &Exc_TypeError);   /* not enough arguments */
    Obj *plain = S("abc");
    assert_error(str_percent_format(plain, one), &Exc_TypeError);  /* not all converted */
    Obj *bad = S("%y");
    assert_error(str_percent_format(bad, one), &Exc_ValueError);
    DECREF(bad), DECREF(plain), DECREF(fmt), DECREF(ab), DECREF(pi);
}

Test(strfmt, format_method)
{
    Obj *fmt = S("{0}-{1!r:>6}-{:x}");
    Obj *args[2] = { small_new(5), S("q") };
    assert_error(str_m_format(fmt, args, 2, NULL), &Exc_ValueError);   /* manual then automatic */
    DECREF(fmt);
    fmt = S("{}-{!r:>{}}-{{}}");
    Obj *args3[3] = { small_new(5), args[1], small_new(5) };
    Obj *r = str_m_format(fmt, args3, 3, NULL);
    assert_str(r, "5-  'q'-{}");
    DECREF(r);
    DECREF(fmt);
    fmt = S("{name}");
    Obj *kw = tuple_pack(1, S("name"));
    r = str_m_format(fmt, args, 1, kw);
    assert_str(r, "q");
    DECREF(r);
    DECREF(fmt);
    fmt = S("{nope}");
    assert_error(str_m_format(fmt, args, 0, NULL), &Exc_KeyError);
    DECREF(fmt);
    DECREF(kw);
    DECREF(args[1]);
}

Test(strfmt, format_spec)
{
    Obj *s = S("h\xc3\xa9llo");
    Obj *spec = S("*^9.3");
    Obj *r = str_format_spec(s, spec);
    assert_str(r, "***h\xc3\xa9l***");
    DECREF(r);
    DECREF(spec);
    spec = S("+");
    assert_error(str_format_spec(s, spec), &Exc_ValueError);
    DECREF(spec);
    DECREF(s);
}

Test(strfmt, from_format)
{
    Obj *r = str_from_format("[%02x|%5d|%s|%.2s|%c]", 10, -42, "ab", "xyz", 0xe9);
    assert_str(r, "[0a|  -42|ab|xy|\xc3\xa9]");
    DECREF(r);
}

/* ---- Unicode ------------------------------------------------------------------------ */
Test(unicode, properties)
{
    cr_assert(uni_isalpha(0xe9));
    cr_assert(uni_isdecimal(0x663));    /* ARABIC-INDIC DIGIT THREE */
    cr_assert(uni_isdigit(0xb2) && !uni_isdecimal(0xb2));
    cr_assert(uni_isnumeric(0x4e00));   /* CJK one */
    cr_assert(uni_islower(0xaa));       /* ª: Other_Lowercase */
    cr_assert(uni_istitle(0x1c5));
    cr_assert(uni_isidstart('_') && !uni_isidstart('1') && uni_isidcontinue('1'));
    cr_assert(uni_isidcontinue(0x300) && !uni_isidstart(0x300));
}

Test(unicode, case_mappings)
{
    uint32_t out[3];
    cr_assert_eq(uni_upper(0xdf, out), 2);   /* ß -> SS */
    cr_assert(out[0] == 'S' && out[1] == 'S');
    cr_assert_eq(uni_title(0xdf, out), 2);   /* ß -> Ss */
    cr_assert(out[0] == 'S' && out[1] == 's');
    cr_assert_eq(uni_fold(0xdf, out), 2);
    cr_assert(out[0] == 's' && out[1] == 's');
    cr_assert_eq(uni_lower(0x130, out), 2);  /* İ -> i̇ */
    cr_assert(out[0] == 'i' && out[1] == 0x307);
    cr_assert_eq(uni_fold(0x3c2, out), 1);   /* ς folds to σ */
    cr_assert_eq(out[0], 0x3c3);
    cr_assert_eq(uni_upper(0xe9, out), 1);
    cr_assert_eq(out[0], 0xc9);
}

Test(unicode, final_sigma)
{
    Obj *s = S("\xce\x9f\xce\x94\xce\x9f\xce\xa3 \xce\xa3");   /* ΟΔΟΣ Σ */
    Obj *r = str_m_lower(s, NULL, 0, NULL);
    assert_str(r, "\xce\xbf\xce\xb4\xce\xbf\xcf\x82 \xcf\x83");   /* οδος σ */
    DECREF(r);
    DECREF(s);
}

/* ---- bytes -------------------------------------------------------------------------- */
Test(bytesfmt, percent_and_hex)
{
    Obj *fmt = bytes_from("%s=%03d %c%%", 12);
    Obj *v = bytes_from("k", 1);
    Obj *args = tuple_pack(3, v, small_new(7), small_new(65));
    Obj *r = bytes_percent_format(fmt, args);
    cr_assert_not_null(r);
    cr_assert(is_bytes(r));
    cr_assert_eq(byteslike_size(r), 8);
    cr_assert(memcmp(byteslike_data(r), "k=007 A%", 8) == 0);
    DECREF(r);
    DECREF(args);
    Obj *text = S("x");
    Obj *one = tuple_pack(1, text);
    Obj *sfmt = bytes_from("%s", 2);
    assert_error(bytes_percent_format(sfmt, one), &Exc_TypeError);   /* %b needs bytes */
    DECREF(one), DECREF(text), DECREF(sfmt), DECREF(fmt), DECREF(v);
    Obj *sep = S(":");
    Obj *h = bytes_hex_string((const unsigned char *)"\x01\xab\xff", 3, sep, NULL);
    assert_str(h, "01:ab:ff");
    DECREF(h);
    DECREF(sep);
}
