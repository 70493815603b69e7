/* traceback_c.c: the _traceback module, what traceback.py needs to draw
 * PEP 657 carets: the columns of an instruction, the offsets of the parts
 * of a binary operation or subscript that a source segment holds (from the
 * parser), and the width of text on a terminal. */
#include <utf8proc.h>
#include "modules.h"
#include "args.h"
#include "ast.h"
#include "code.h"
#include "err.h"
#include "str.h"
#include "tuple.h"

/* expr_anchors(segment): when `segment` parses as one expression statement
 * that is a binary operation, ("binop", left.end_col_offset,
 * right.col_offset); a subscript, ("subscript", value.end_col_offset,
 * slice.end_col_offset); otherwise None.  Offsets are in UTF-8 bytes, as
 * the ast module gives them. */
static Obj *tc_expr_anchors(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("expr_anchors", kwnames) < 0 || args_count("expr_anchors", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "expr_anchors() argument must be str, not %s", type_name(args[0]));
        return NULL;
    }
    Arena *arena = arena_new();
    if (arena == NULL) {
        err_no_memory();
        return NULL;
    }
    ParseError perr;
    Module *m = parse_source(str_data(args[0]), str_size(args[0]), "<traceback>", PARSE_FILE,
                             arena, &perr);
    Obj *res = NULL;
    if (m != NULL && m->body.n == 1 && m->body.items[0]->kind == S_EXPR) {
        const Expr *e = m->body.items[0]->u.expr.value;
        if (e->kind == E_BINOP)
            res = tuple_pack(3, str_intern_cstr("binop"), small_new(e->u.binop.left->loc.end_col),
                             small_new(e->u.binop.right->loc.col));
        else if (e->kind == E_SUBSCRIPT)
            res = tuple_pack(3, str_intern_cstr("subscript"),
                             small_new(e->u.subscript.value->loc.end_col),
                             small_new(e->u.subscript.slice->loc.end_col));
        else
            res = NEWREF(NONE);
    } else {
        res = NEWREF(NONE);
    }
    arena_free(arena);
    return res;
}

/* display_width(text, n): the terminal columns of the first n characters
 * of text: two for East Asian wide and full-width characters, one for any
 * other (as traceback.py counts them with unicodedata.east_asian_width). */
static Obj *tc_display_width(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("display_width", kwnames) < 0 ||
        args_count("display_width", nargs, 2, 2) < 0)
        return NULL;
    if (!is_str(args[0]) || !is_small(args[1])) {
        err_set_str(&Exc_TypeError, "display_width() takes a str and an int");
        return NULL;
    }
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)str_data(args[0]);
    utf8proc_ssize_t left = (utf8proc_ssize_t)str_size(args[0]);
    intptr_t n = small_value(args[1]), width = 0;
    for (intptr_t i = 0; i < n && left > 0; i++) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(p, left, &c);
        if (k <= 0) break;
        width += utf8proc_charwidth(c) == 2 ? 2 : 1;
        p += k;
        left -= k;
    }
    return small_new(width);
}

/* code_position(code, i): co_positions()'s entry for instruction word i
 * without walking the ones before it; StopIteration past the end. */
static Obj *tc_code_position(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    (void)self;
    if (args_no_kwargs("code_position", kwnames) < 0 ||
        args_count("code_position", nargs, 2, 2) < 0)
        return NULL;
    if (!is_code(args[0]) || !is_small(args[1]) || small_value(args[1]) < 0) {
        err_set_str(&Exc_TypeError, "code_position() takes a code object and an index");
        return NULL;
    }
    const CodeObj *co = (const CodeObj *)args[0];
    size_t i = (size_t)small_value(args[1]);
    if (i >= co->ncode) {
        err_set_none(&Exc_StopIteration);
        return NULL;
    }
    return code_position_at(co, i);
}

static const MethodDef traceback_c_methods[] = {
    {"code_position", tc_code_position, 0},
    {"expr_anchors", tc_expr_anchors, 0},
    {"display_width", tc_display_width, 0},
    {NULL},
};

Obj *traceback_c_module_init(void) {
    Obj *m = module_new("_traceback");
    if (m == NULL) return NULL;
    if (module_add_functions(m, traceback_c_methods) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
