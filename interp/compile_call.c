/* compile_call.c: code generation for calls (plain, keyword, method calls
 * through LOAD_METHOD/CALL_METHOD, and star-args and double-star-kwargs through
 * CALL_FUNCTION_EX), list/tuple/set/dict displays with starred items, and
 * f-strings.  Long displays are built incrementally (BUILD_LIST 0 +
 * LIST_APPEND) so the value stack stays small, as CPython does. */
#include <string.h>
#include "compile.h"
#include "err.h"
#include "str.h"
#include "tuple.h"
#include "set.h"

#define STACK_USE_GUIDELINE 30

typedef struct SeqOps { uint8_t build, add, extend; } SeqOps;
static const SeqOps list_ops = { OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND };
static const SeqOps set_ops = { OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE };

static bool has_starred(ExprList *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i]->kind == E_STARRED)
            return true;
    return false;
}

/* All items constant: the folded tuple, else NULL. */
static Obj *constant_items(Compiler *c, ExprList *l)
{
    Expr tuple;
    memset(&tuple, 0, sizeof tuple);
    tuple.kind = E_TUPLE;
    tuple.u.list.elts = *l;
    tuple.u.list.ctx = CTX_LOAD;
    return fold_constant(c, &tuple);
}

/* Builds a list/set (or a tuple through a list) from items, `pushed` values
 * already on the stack joining the front. */
static int starunpack(Compiler *c, ExprList *l, int pushed, const SeqOps *ops, bool tuple)
{
    size_t n = l->n;
    bool starred = has_starred(l);
    if (!starred && n > 2 && pushed == 0) {
        Obj *k = constant_items(c, l);
        if (k) {
            if (tuple) {
                emit_const(c, k);
                return 0;
            }
            if (ops == &set_ops) {   /* CPython's order: see frozenset_from_const_tuple */
                Obj *fs = frozenset_from_const_tuple(k);
                if (fs != NULL) SETREF(k, fs);
                else err_clear();
            }
            emit(c, ops->build, 0);
            emit_const(c, k);
            emit(c, ops->extend, 1);
            return 0;
        }
        if (c->failed)
            return -1;
    }
    bool big = n + (size_t)pushed > STACK_USE_GUIDELINE;
    if (!starred && !big) {
        TRY(compile_exprs(c, l));
        emit(c, tuple ? OP_BUILD_TUPLE : ops->build, (int)n + pushed);
        return 0;
    }
    bool built = false;
    if (big) {
        emit(c, ops->build, pushed);
        built = true;
    }
    for (size_t i = 0; i < n; i++) {
        Expr *e = l->items[i];
        if (e->kind == E_STARRED) {
            if (!built) {
                emit(c, ops->build, (int)i + pushed);
                built = true;
            }
            TRY(compile_expr(c, e->u.starred.value));
            emit(c, ops->extend, 1);
        } else {
            TRY(compile_expr(c, e));
            if (built)
                emit(c, ops->add, 1);
        }
    }
    if (tuple)
        emit(c, OP_LIST_TO_TUPLE, 0);
    return 0;
}

int compile_display(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case E_SET: return starunpack(c, &e->u.set.elts, 0, &set_ops, false);
    case E_LIST:
        if (e->u.list.ctx == CTX_STORE)
            return compile_unpack_target(c, &e->u.list.elts, e->loc);
        return starunpack(c, &e->u.list.elts, 0, &list_ops, false);
    default:
        if (e->u.list.ctx == CTX_STORE)
            return compile_unpack_target(c, &e->u.list.elts, e->loc);
        return starunpack(c, &e->u.list.elts, 0, &list_ops, true);
    }
}

/* ---- dicts ---------------------------------------------------------------------- */

static bool keys_constant(Compiler *c, Expr *e, size_t begin, size_t end, Obj **keys)
{
    ExprList run = { end - begin, e->u.dict.keys.items + begin };
    *keys = constant_items(c, &run);
    return *keys != NULL;
}

/* Pushes a dict of the key/value pairs [begin, end), none of them **. */
static int dict_run(Compiler *c, Expr *e, size_t begin, size_t end)
{
    size_t n = end - begin;
    Obj *keys;
    if (n > 1 && keys_constant(c, e, begin, end, &keys)) {
        for (size_t i = begin; i < end; i++)
            if (compile_expr(c, e->u.dict.values.items[i]) < 0) {
                DECREF(keys);
                return -1;
            }
        emit_const(c, keys);
        emit(c, OP_BUILD_CONST_KEY_MAP, (int)n);
        return 0;
    }
    if (c->failed)
        return -1;
    for (size_t i = begin; i < end; i++) {
        TRY(compile_expr(c, e->u.dict.keys.items[i]));
        TRY(compile_expr(c, e->u.dict.values.items[i]));
    }
    emit(c, OP_BUILD_MAP, (int)n);
    return 0;
}

int compile_dict(Compiler *c, Expr *e)
{
    size_t n = e->u.dict.values.n, start = 0;
    bool have_dict = false;
    for (size_t i = 0; i < n; i++) {
        bool unpack = e->u.dict.keys.items[i] == NULL;
        bool flush = unpack || i - start >= STACK_USE_GUIDELINE / 2;
        if (flush && i > start) {
            TRY(dict_run(c, e, start, i));
            if (have_dict)
                emit(c, OP_DICT_UPDATE, 1);
            have_dict = true;
            start = i;
        }
        if (unpack) {
            if (!have_dict)
                emit(c, OP_BUILD_MAP, 0);
            have_dict = true;
            TRY(compile_expr(c, e->u.dict.values.items[i]));
            emit(c, OP_DICT_UPDATE, 1);
            start = i + 1;
        }
    }
    if (n > start || !have_dict) {
        TRY(dict_run(c, e, start, n));
        if (have_dict)
            emit(c, OP_DICT_UPDATE, 1);
    }
    return 0;
}

/* ---- calls ----------------------------------------------------------------------- */

static int check_keywords(Compiler *c, KeywordList *kws)
{
    for (size_t i = 0; i < kws->n; i++) {
        const char *name = kws->items[i]->arg;
        if (!name)
            continue;
        if (strcmp(name, "__debug__") == 0)
            return compiler_error(c, c->u->loc, "cannot assign to __debug__");
        for (size_t j = i + 1; j < kws->n; j++)
            if (kws->items[j]->arg && strcmp(name, kws->items[j]->arg) == 0)
                return compiler_error(c, kws->items[j]->loc, "keyword argument repeated: %s", name);
    }
    return 0;
}

static Obj *keyword_names(Compiler *c, KeywordList *kws, size_t begin, size_t end)
{
    Obj *t = tuple_new(end - begin);
    if (!t) {
        c->failed = true;
        return NULL;
    }
    for (size_t i = begin; i < end; i++) {
        Obj *name = intern_cstr(c, kws->items[i]->arg);
        tuple_set(t, i - begin, name ? name : NEWREF(NONE));
    }
    return t;
}

/* Pushes a dict of the named keywords [begin, end). */
static int keyword_run(Compiler *c, KeywordList *kws, size_t begin, size_t end)
{
    size_t n = end - begin;
    if (n > 1) {
        for (size_t i = begin; i < end; i++)
            TRY(compile_expr(c, kws->items[i]->value));
        emit_const(c, keyword_names(c, kws, begin, end));
        emit(c, OP_BUILD_CONST_KEY_MAP, (int)n);
        return 0;
    }
    emit_const(c, intern_cstr(c, kws->items[begin]->arg));
    TRY(compile_expr(c, kws->items[begin]->value));
    emit(c, OP_BUILD_MAP, 1);
    return 0;
}

static int kwargs_dict(Compiler *c, KeywordList *kws)
{
    size_t start = 0;
    bool have_dict = false;
    for (size_t i = 0; i < kws->n; i++) {
        if (kws->items[i]->arg)
            continue;
        if (i > start) {
            TRY(keyword_run(c, kws, start, i));
            if (have_dict)
                emit(c, OP_DICT_MERGE, 1);
            have_dict = true;
        }
        if (!have_dict)
            emit(c, OP_BUILD_MAP, 0);
        have_dict = true;
        TRY(compile_expr(c, kws->items[i]->value));
        emit(c, OP_DICT_MERGE, 1);
        start = i + 1;
    }
    if (kws->n > start) {
        TRY(keyword_run(c, kws, start, kws->n));
        if (have_dict)
            emit(c, OP_DICT_MERGE, 1);
    }
    return 0;
}

static bool has_double_star(KeywordList *kws)
{
    for (size_t i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg)
            return true;
    return false;
}

static int call_ex(Compiler *c, int pushed, ExprList *args, KeywordList *kws)
{
    if (args->n == 1 && pushed == 0 && args->items[0]->kind == E_STARRED)
        TRY(compile_expr(c, args->items[0]->u.starred.value));
    else
        TRY(starunpack(c, args, pushed, &list_ops, true));
    if (kws->n)
        TRY(kwargs_dict(c, kws));
    emit(c, OP_CALL_FUNCTION_EX, kws->n > 0);
    return 0;
}

/* Arguments of a call whose callable (and `pushed` first arguments) are on
 * the stack; emits the call itself.  `method` selects CALL_METHOD(_KW). */
static int call_args(Compiler *c, int pushed, ExprList *args, KeywordList *kws, bool method)
{
    TRY(check_keywords(c, kws));
    if (has_starred(args) || has_double_star(kws))
        return call_ex(c, pushed, args, kws);
    TRY(compile_exprs(c, args));
    for (size_t i = 0; i < kws->n; i++)
        TRY(compile_expr(c, kws->items[i]->value));
    int n = pushed + (int)(args->n + kws->n);
    if (kws->n) {
        emit_const(c, keyword_names(c, kws, 0, kws->n));
        emit(c, method ? OP_CALL_METHOD_KW : OP_CALL_FUNCTION_KW, n);
    } else {
        emit(c, method ? OP_CALL_METHOD : OP_CALL_FUNCTION, n);
    }
    return 0;
}

int compile_call_helper(Compiler *c, int pushed, ExprList *args, KeywordList *kws)
{
    return call_args(c, pushed, args, kws, false);
}

static bool is_method_call(Expr *e)
{
    Expr *f = e->u.call.func;
    return f->kind == E_ATTRIBUTE && f->u.attribute.ctx == CTX_LOAD
        && !has_starred(&e->u.call.args) && !has_double_star(&e->u.call.keywords)
        && e->u.call.args.n + e->u.call.keywords.n < STACK_USE_GUIDELINE;
}

int compile_call(Compiler *c, Expr *e)
{
    check_caller(c, e);
    if (!is_method_call(e)) {
        TRY(compile_expr(c, e->u.call.func));
        return call_args(c, 0, &e->u.call.args, &e->u.call.keywords, false);
    }
    Expr *f = e->u.call.func;
    TRY(compile_expr(c, f->u.attribute.value));
    char buf[512];
    int idx = name_index(c, c->u->names, mangle(c, f->u.attribute.attr, buf, sizeof buf));
    if (idx < 0)
        return -1;
    Loc saved = c->u->loc;
    /* as CPython 3.11: LOAD_METHOD spans the attribute, the call the whole
     * expression, both starting on the attribute name's line */
    c->u->loc = attr_location(f, f->loc);
    emit(c, OP_LOAD_METHOD, idx);
    c->u->loc = attr_location(f, saved);
    int r = call_args(c, 0, &e->u.call.args, &e->u.call.keywords, true);
    c->u->loc = saved;
    return r;
}

/* ---- f-strings ------------------------------------------------------------------------ */

int compile_formatted(Compiler *c, Expr *e)
{
    TRY(compile_expr(c, e->u.formatted.value));
    int arg = 0;
    switch (e->u.formatted.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
    }
    if (e->u.formatted.format_spec) {
        TRY(compile_expr(c, e->u.formatted.format_spec));
        arg |= 4;
    }
    emit(c, OP_FORMAT_VALUE, arg);
    return 0;
}

int compile_joinedstr(Compiler *c, Expr *e)
{
    ExprList *v = &e->u.joinedstr.values;
    if (v->n == 0) {
        emit_const(c, str_from("", 0));
        return 0;
    }
    if (v->n == 1 && v->items[0]->kind == E_CONSTANT)
        return compile_expr(c, v->items[0]);
    if (v->n > STACK_USE_GUIDELINE) {
        /* ''.join([...]) keeps the stack small for huge f-strings */
        emit_const(c, str_from("", 0));
        int idx = name_index(c, c->u->names, "join");
        if (idx < 0)
            return -1;
        emit(c, OP_LOAD_METHOD, idx);
        emit(c, OP_BUILD_LIST, 0);
        for (size_t i = 0; i < v->n; i++) {
            TRY(compile_expr(c, v->items[i]));
            emit(c, OP_LIST_APPEND, 1);
        }
        emit(c, OP_CALL_METHOD, 1);
        return 0;
    }
    TRY(compile_exprs(c, v));
    if (v->n > 1)
        emit(c, OP_BUILD_STRING, (int)v->n);
    return 0;
}
