/* compile_warn.c: the SyntaxWarnings CPython's compiler gives for code that
 * is legal but almost surely wrong: `x is 1`, `assert (x, "msg")`, calling or
 * subscripting a literal, indexing a literal with a str/tuple.  They are
 * written to sys.stderr as the warnings module shows them,
 *     file.py:3: SyntaxWarning: "is" with a literal. Did you mean "=="?
 *       if x is 1:
 * every time, as CPython's compiler does (it gives them no warning registry). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "compile.h"
#include "api.h"
#include "err.h"
#include "str.h"
#include "ident.h"
#include "float.h"
#include "set.h"
#include "bytes.h"
#include "tuple.h"

/* Writes s to sys.stderr (C's stderr before sys exists). */
static void write_stderr(Obj *s)
{
    Obj *file = sys_get_object("stderr");
    Obj *r = NULL;
    if (file && file != NONE) {
        r = obj_call_method(file, IDENT(write), &s, 1);
        if (!r)
            err_clear();
    }
    if (!r)
        fwrite(str_data(s), 1, str_size(s), stderr);
    XDECREF(r);
}

void compiler_warn(Compiler *c, Loc loc, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c->failed)
        return;
    Obj *text = compiler_file_line(c, loc.line);
    Obj *out;
    if (text && is_str(text)) {
        const char *t = str_data(text), *end = t + str_size(text);
        while (t < end && (*t == ' ' || *t == '\t' || *t == '\f'))
            t++;
        while (end > t && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
            end--;
        Obj *stripped = str_from(t, (size_t)(end - t));
        out = stripped ? str_from_format("%U:%d: SyntaxWarning: %s\n  %U\n", c->filename,
                                         loc.line, msg, stripped) : NULL;
        XDECREF(stripped);
    } else {
        out = str_from_format("%U:%d: SyntaxWarning: %s\n", c->filename, loc.line, msg);
    }
    XDECREF(text);
    if (!out) {
        err_clear();
        return;
    }
    write_stderr(out);
    DECREF(out);
}

/* ---- what the checks need to know about an expression ------------------------- */

/* The value of a literal (after constant folding), or NULL. */
static Obj *literal_value(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case E_CONSTANT: case E_UNARYOP: case E_BINOP: case E_TUPLE: case E_SUBSCRIPT: {
        Obj *v = fold_constant(c, e);
        if (!v && !c->failed)
            err_clear();
        return v;
    }
    default:
        return NULL;
    }
}

/* The type name an expression certainly evaluates to, or NULL (CPython's
 * infer_type).  *literal tells whether e is a constant after folding. */
static const char *inferred_type(Compiler *c, Expr *e, bool *literal, Obj **value)
{
    *literal = false;
    *value = NULL;
    Obj *v = literal_value(c, e);
    if (v) {
        *literal = true;
        *value = v;
        return type_name(v);
    }
    switch (e->kind) {
    case E_TUPLE: return "tuple";
    case E_LIST: case E_LISTCOMP: return "list";
    case E_DICT: case E_DICTCOMP: return "dict";
    case E_SET: case E_SETCOMP: return "set";
    case E_GENEXP: return "generator";
    case E_LAMBDA: return "function";
    case E_JOINEDSTR: case E_FORMATTEDVALUE: return "str";
    case E_SLICE: return "slice";
    default: return NULL;
    }
}

/* ---- the checks ------------------------------------------------------------------ */

/* A comparand that `is` may meaningfully take: anything but a literal other
 * than None, True, False and Ellipsis. */
static bool is_arg_ok(Compiler *c, Expr *e)
{
    Obj *v = literal_value(c, e);
    if (!v)
        return true;
    bool ok = v == NONE || v == TRUE_ || v == FALSE_ || v == ELLIPSIS;
    DECREF(v);
    return ok;
}

void check_compare(Compiler *c, Expr *e)
{
    bool left = is_arg_ok(c, e->u.compare.left);
    for (size_t i = 0; i < e->u.compare.n; i++) {
        CmpOpKind op = e->u.compare.ops[i];
        bool right = is_arg_ok(c, e->u.compare.comparators[i]);
        if ((op == CMPOP_IS || op == CMPOP_ISNOT) && (!left || !right)) {
            compiler_warn(c, e->loc, op == CMPOP_IS
                          ? "\"is\" with a literal. Did you mean \"==\"?"
                          : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

void check_assert(Compiler *c, Stmt *s)
{
    Expr *t = s->u.assert_.test;
    if (t->kind == E_TUPLE && t->u.list.elts.n > 0)
        compiler_warn(c, s->loc, "assertion is always true, perhaps remove parentheses?");
}

void check_caller(Compiler *c, Expr *call)
{
    Expr *f = call->u.call.func;
    bool literal;
    Obj *v;
    const char *type = inferred_type(c, f, &literal, &v);
    XDECREF(v);
    switch (f->kind) {
    case E_CONSTANT: case E_TUPLE: case E_LIST: case E_LISTCOMP: case E_DICT: case E_DICTCOMP:
    case E_SET: case E_SETCOMP: case E_GENEXP: case E_JOINEDSTR: case E_FORMATTEDVALUE:
        break;
    default:
        if (!literal)
            return;
    }
    if (type)
        compiler_warn(c, call->loc, "'%s' object is not callable; perhaps you missed a comma?",
                      type);
}

static bool warns_as_subscripted(Compiler *c, Expr *e, const char **type)
{
    bool literal;
    Obj *v;
    *type = inferred_type(c, e, &literal, &v);
    if (literal) {
        bool bad = v == NONE || v == ELLIPSIS || TYPE(v) == &IntType || TYPE(v) == &FloatType
                || TYPE(v) == &BoolType || TYPE(v) == &SetType || TYPE(v) == &FrozenSetType;
        DECREF(v);
        return bad;
    }
    return e->kind == E_SET || e->kind == E_SETCOMP || e->kind == E_GENEXP || e->kind == E_LAMBDA;
}

void check_subscript(Compiler *c, Expr *sub)
{
    Expr *value = sub->u.subscript.value, *index = sub->u.subscript.slice;
    const char *type;
    if (warns_as_subscripted(c, value, &type) && type) {
        compiler_warn(c, sub->loc, "'%s' object is not subscriptable; perhaps you missed a comma?",
                      type);
        return;
    }
    bool literal;
    Obj *v;
    const char *index_type = inferred_type(c, index, &literal, &v);
    if (v && (TYPE(v) == &IntType || TYPE(v) == &BoolType)) {
        DECREF(v);
        return;
    }
    XDECREF(v);
    if (!index_type || strcmp(index_type, "slice") == 0)
        return;
    Obj *cv;
    const char *value_type = inferred_type(c, value, &literal, &cv);
    bool warn = false;
    if (literal) {
        warn = is_str(cv) || TYPE(cv) == &BytesType || TYPE(cv) == &TupleType;
        DECREF(cv);
    } else {
        warn = value->kind == E_TUPLE || value->kind == E_LIST || value->kind == E_LISTCOMP
            || value->kind == E_JOINEDSTR || value->kind == E_FORMATTEDVALUE;
    }
    if (warn && value_type)
        compiler_warn(c, sub->loc, "%s indices must be integers or slices, not %s; "
                      "perhaps you missed a comma?", value_type, index_type);
}
