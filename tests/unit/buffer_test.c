/* buffer_test.c: the buffer protocol (runtime/buffer.h): bytes lend
 * read-only memory, bytearray writable memory that it refuses to resize
 * while lent, memoryview exports its contiguous views, and objects without
 * a buffer raise CPython's TypeError. */
#include <criterion/criterion.h>
#include <string.h>
#include "buffer.h"
#include "bytes.h"
#include "err.h"
#include "memoryview.h"
#include "str.h"
#include "unit_support.h"

TestSuite(buffer, .init = interpreter_setup);

static const char *exc_message(void) {
    Obj *exc = err_fetch();
    cr_assert(exc != NULL);
    Obj *s = obj_str(exc);
    return s ? str_data(s) : "?";
}

Test(buffer, bytes_are_read_only) {
    Obj *b = bytes_from("hello", 5);
    Buffer v;
    cr_assert(buffer_check(b));
    cr_assert_eq(buffer_get(b, &v, BUF_SIMPLE), 0);
    cr_assert_eq(v.len, 5);
    cr_assert_eq(v.itemsize, 1);
    cr_assert_str_eq(v.format, "B");
    cr_assert(v.readonly);
    cr_assert_eq(memcmp(v.buf, "hello", 5), 0);
    cr_assert_eq(v.obj, b);
    buffer_release(&v);
    cr_assert_null(v.obj);
    buffer_release(&v);   /* twice is harmless */
    cr_assert_eq(buffer_get(b, &v, BUF_WRITABLE), -1);
    cr_assert_str_eq(exc_message(), "Object is not writable.");
    DECREF(b);
}

Test(buffer, bytearray_exports_block_resizing) {
    Obj *ba = bytearray_from("abc", 3);
    Buffer v;
    cr_assert_eq(buffer_get(ba, &v, BUF_WRITABLE), 0);
    cr_assert(!v.readonly);
    ((char *)v.buf)[0] = 'X';
    cr_assert_eq(byteslike_data(ba)[0], 'X');
    cr_assert_eq(bytearray_append_bytes(ba, "d", 1), -1);
    cr_assert_str_eq(exc_message(), "Existing exports of data: object cannot be re-sized");
    buffer_release(&v);
    cr_assert_eq(bytearray_append_bytes(ba, "d", 1), 0);
    cr_assert_eq(byteslike_size(ba), 4);
    DECREF(ba);
}

Test(buffer, no_buffer_is_a_type_error) {
    Obj *s = str_from_cstr("text");
    Buffer v;
    cr_assert(!buffer_check(s));
    cr_assert_eq(buffer_get(s, &v, BUF_SIMPLE), -1);
    cr_assert_str_eq(exc_message(), "a bytes-like object is required, not 'str'");
    const unsigned char *p;
    size_t n;
    cr_assert_eq(byteslike_view(s, &p, &n), -1);
    err_clear();
    DECREF(s);
}

Test(buffer, memoryview_exports_contiguous_views) {
    Obj *ba = bytearray_from("0123456789", 10);
    Obj *m = memoryview_from_object(ba);
    cr_assert(m != NULL);
    Buffer v;
    cr_assert_eq(buffer_get(m, &v, BUF_SIMPLE), 0);
    cr_assert_eq(v.len, 10);
    cr_assert_eq(((MemoryViewObj *)m)->exports, 1);
    buffer_release(&v);
    cr_assert_eq(((MemoryViewObj *)m)->exports, 0);
    /* every bytes consumer accepts it */
    const unsigned char *p;
    size_t n;
    cr_assert_eq(byteslike_view(m, &p, &n), 0);
    cr_assert_eq(n, 10);
    cr_assert_eq(p[3], '3');
    /* while the view lives, the bytearray keeps its size */
    cr_assert_eq(bytearray_append_bytes(ba, "x", 1), -1);
    err_clear();
    DECREF(m);
    cr_assert_eq(bytearray_append_bytes(ba, "x", 1), 0);
    DECREF(ba);
}
