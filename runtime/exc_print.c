/* exc_print.c: printing uncaught exceptions the way CPython 3.11 does:
 * chained exceptions first ("The above exception was the direct cause..."),
 * then "Traceback (most recent call last):" with the entries, the
 * SyntaxError location block, "Type: message" (with 3.11's "Did you
 * mean" hint), and the notes; exception groups with their members in
 * numbered boxes ("+-+---------------- 1 ----------------"); exceptions
 * nobody can catch ("Exception
 * ignored in: ...").  Also the top-level policy: SystemExit becomes the
 * exit status. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "exceptions_internal.h"
#include "err.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "int.h"
#include "ident.h"
#include "api.h"
#include "traceback.h"
#include "suggestions.h"

/* Writes s to file, or to C's stderr when sys.stderr is not set up. */
static void emit_str(Obj *file, Obj *s) {
    if (file == NULL || file == NONE) {
        fwrite(str_data(s), 1, str_size(s), stderr);
        return;
    }
    Obj *r = obj_call_method(file, IDENT(write), &s, 1);
    if (r == NULL) {
        err_clear();
        fwrite(str_data(s), 1, str_size(s), stderr);
    }
    XDECREF(r);
}

static void emit(Obj *file, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *s = str_from_vformat(fmt, ap);
    va_end(ap);
    if (s == NULL) {
        err_clear();
        return;
    }
    emit_str(file, s);
    DECREF(s);
}

/* Where the text goes and how deep in exception groups it is: inside a
 * group every line starts with 2*depth spaces and "| " (CPython's
 * EXC_INDENT and EXC_MARGIN), the group's boxes with the indent alone. */
typedef struct PrintCtx {
    Obj *file;
    int depth;              /* exception group nesting */
    bool need_close;        /* the last box still needs its bottom line */
    Obj **seen;             /* exceptions printed or being printed */
    size_t nseen, cap;
    bool unraisable;        /* "Type: " even for an empty message, as CPython's hook */
} PrintCtx;

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10 };

static void emit_indent(PrintCtx *ctx) {
    for (int i = 0; i < ctx->depth; i++) emit(ctx->file, "  ");
}

/* The indent and margin every line inside a group starts with. */
static void emit_margin(PrintCtx *ctx) {
    emit_indent(ctx);
    if (ctx->depth) emit(ctx->file, "| ");
}

/* Writes text (possibly several lines, each ending in '\n') line by line
 * after the margin. */
static void emit_lines(PrintCtx *ctx, Obj *text) {
    const char *p = str_data(text), *end = p + str_size(text);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        Obj *line = str_from(p, (size_t)(stop - p));
        if (line == NULL) {
            err_clear();
            return;
        }
        emit_margin(ctx);
        emit_str(ctx->file, line);
        DECREF(line);
        p = stop;
    }
}

/* Formats like emit() and writes the result with margins. */
static void emit_m(PrintCtx *ctx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *s = str_from_vformat(fmt, ap);
    va_end(ap);
    if (s == NULL) {
        err_clear();
        return;
    }
    emit_lines(ctx, s);
    DECREF(s);
}

/* "ValueError", or "pkg.mod.Error" outside builtins/__main__. */
static Obj *type_display_name(Type *t) {
    Obj *mod = obj_lookup_attr((Obj *)t, IDENT(__module__));
    Obj *qual = obj_lookup_attr((Obj *)t, IDENT(__qualname__));
    err_clear();
    if (qual == NULL || !is_str(qual)) SETREF(qual, NEWREF(t->name_obj));
    Obj *r;
    if (mod != NULL && is_str(mod) && !str_equal_cstr(mod, "builtins") &&
        !str_equal_cstr(mod, "__main__"))
        r = str_from_format("%U.%U", mod, qual);
    else
        r = NEWREF(qual);
    XDECREF(mod);
    XDECREF(qual);
    return r;
}

/* The `  File "x.py", line 3` block with the source line and carets. */
static void emit_syntax_location(PrintCtx *ctx, SyntaxErrorObj *e) {
    if (!e->filename || !is_str(e->filename) || !e->lineno || !is_small(e->lineno)) return;
    emit_m(ctx, "  File \"%U\", line %S\n", e->filename, e->lineno);
    if (!e->text || !is_str(e->text)) return;
    const char *text = str_data(e->text);
    intptr_t offset = e->offset && is_small(e->offset) ? small_value(e->offset) : -1;
    intptr_t end = e->end_offset && is_small(e->end_offset) ? small_value(e->end_offset) : -1;
    /* a range running onto later lines is marked to the end of this one */
    intptr_t size = (intptr_t)str_length(e->text);
    if (size > 0 && str_data(e->text)[str_size(e->text) - 1] == '\n') size--;
    if (e->end_lineno && is_small(e->end_lineno) && small_value(e->end_lineno) > small_value(e->lineno))
        end = size + 1;
    if (end > size + 1) end = size + 1;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
        end--;
    }
    size_t len = strcspn(text, "\n");
    /* the line itself: written raw so a '%' in it is not a directive */
    Obj *line = str_from(text, len);
    if (line == NULL) {
        err_clear();
        return;
    }
    emit_m(ctx, "    %U\n", line);
    DECREF(line);
    if (offset < 1) return;
    /* CPython marks an IndentationError (and TabError) with one caret */
    bool one = type_is_subtype(TYPE((Obj *)e), &Exc_IndentationError);
    intptr_t width = end > offset && !one ? end - offset : 1;
    if ((size_t)(offset - 1) > len) offset = (intptr_t)len + 1;
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "    ");
    for (intptr_t i = 1; i < offset; i++) strbuf_append_cstr(&b, " ");
    for (intptr_t i = 0; i < width; i++) strbuf_append_cstr(&b, "^");
    strbuf_append_cstr(&b, "\n");
    Obj *carets = strbuf_finish(&b);
    if (carets != NULL) {
        emit_lines(ctx, carets);
        DECREF(carets);
    }
}

/* Each line of each str note after the margin; other notes by repr. */
static void emit_notes(PrintCtx *ctx, ExcObj *e) {
    if (e->notes == NULL) return;
    if (!is_list(e->notes)) {
        emit_m(ctx, "%R\n", e->notes);
        return;
    }
    for (size_t i = 0; i < list_size(e->notes); i++) {
        Obj *note = list_get(e->notes, i);
        if (is_str(note)) emit_m(ctx, "%U\n", note);
        else emit_m(ctx, "%R\n", note);
    }
}

/* "Type: message" (just "Type" when the message is empty). */
static void emit_message(PrintCtx *ctx, Obj *exc) {
    Type *t = TYPE(exc);
    Obj *name = type_display_name(t);
    if (name == NULL) {
        err_clear();
        return;
    }
    Obj *msg;
    if (type_is_subtype(t, &Exc_SyntaxError) && ((SyntaxErrorObj *)exc)->msg != NULL)
        msg = obj_str(((SyntaxErrorObj *)exc)->msg);
    else
        msg = obj_str(exc);
    if (msg == NULL) {
        err_clear();
        emit_m(ctx, "%U: <exception str() failed>\n", name);
        DECREF(name);
        return;
    }
    Obj *hint = suggestion_for(exc);
    if (str_size(msg) == 0) {
        if (hint) emit_m(ctx, "%U. Did you mean: '%U'?\n", name, hint);
        else emit_m(ctx, ctx->unraisable ? "%U: \n" : "%U\n", name);
    } else if (hint) {
        emit_m(ctx, "%U: %U. Did you mean: '%U'?\n", name, msg, hint);
    } else {
        emit_m(ctx, "%U: %U\n", name, msg);
    }
    XDECREF(hint);
    DECREF(msg);
    DECREF(name);
}

/* One exception without its chain or its group members. */
static void print_one_ctx(PrintCtx *ctx, Obj *exc) {
    ExcObj *e = (ExcObj *)exc;
    if (e->traceback != NULL) {
        Obj *text = traceback_format(e->traceback);
        if (text != NULL) {
            bool group = is_exception_group(exc);
            emit_indent(ctx);
            emit(ctx->file, "%s%s", !ctx->depth ? "" : group && ctx->depth == 1 ? "+ " : "| ",
                 group ? "Exception Group Traceback (most recent call last):\n"
                       : "Traceback (most recent call last):\n");
            emit_lines(ctx, text);
            DECREF(text);
        } else {
            err_clear();
        }
    }
    if (type_is_subtype(TYPE(exc), &Exc_SyntaxError))
        emit_syntax_location(ctx, (SyntaxErrorObj *)exc);
    emit_message(ctx, exc);
    emit_notes(ctx, e);
}

/* One exception as the unraisable hook prints it. */
static void print_unraisable(Obj *file, Obj *exc) {
    PrintCtx ctx = {file, 0, false, NULL, 0, 0, true};
    print_one_ctx(&ctx, exc);
}

static bool was_seen(PrintCtx *ctx, Obj *exc) {
    for (size_t i = 0; i < ctx->nseen; i++)
        if (ctx->seen[i] == exc) return true;
    return false;
}

static void mark_seen(PrintCtx *ctx, Obj *exc) {
    if (ctx->nseen == ctx->cap) {
        size_t cap = ctx->cap ? ctx->cap * 2 : 16;
        Obj **p = realloc(ctx->seen, cap * sizeof *p);
        if (p == NULL) return;
        ctx->seen = p;
        ctx->cap = cap;
    }
    ctx->seen[ctx->nseen++] = exc;
}

static void print_recursive(PrintCtx *ctx, Obj *exc);

/* The cause or context, then the sentence joining it to what follows. */
static void print_chained(PrintCtx *ctx, Obj *link, const char *message) {
    bool need_close = ctx->need_close;
    print_recursive(ctx, link);
    ctx->need_close = need_close;
    emit_margin(ctx);
    emit(ctx->file, "\n");
    emit_margin(ctx);
    emit(ctx->file, "%s", message);
    emit_margin(ctx);
    emit(ctx->file, "\n");
}

static void print_cause_and_context(PrintCtx *ctx, Obj *exc) {
    mark_seen(ctx, exc);
    ExcObj *e = (ExcObj *)exc;
    if (e->cause != NULL) {
        if (is_exception(e->cause) && !was_seen(ctx, e->cause))
            print_chained(ctx, e->cause,
                          "The above exception was the direct cause of the following exception:\n");
        return;
    }
    if (e->suppress_context || e->context == NULL) return;
    if (is_exception(e->context) && !was_seen(ctx, e->context))
        print_chained(ctx, e->context,
                      "During handling of the above exception, another exception occurred:\n");
}

/* An exception group: itself, then each member in a numbered box. */
static void print_group(PrintCtx *ctx, Obj *exc) {
    if (!is_exception_group(exc)) {
        print_one_ctx(ctx, exc);
        return;
    }
    if (ctx->depth > MAX_GROUP_DEPTH) {
        emit_m(ctx, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    bool top = ctx->depth == 0;
    if (top) ctx->depth = 1;
    print_one_ctx(ctx, exc);
    Obj *excs = exc_group_exceptions(exc);
    size_t num = tuple_size(excs), n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i + 1 == n, truncated = i >= MAX_GROUP_WIDTH;
        if (last) ctx->need_close = true;       /* a nested group may close it */
        emit_indent(ctx);
        if (truncated)
            emit(ctx->file, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else
            emit(ctx->file, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ",
                 i + 1);
        ctx->depth++;
        if (!truncated) {
            print_recursive(ctx, tuple_get(excs, i));
        } else {
            size_t more = num - MAX_GROUP_WIDTH;
            emit_m(ctx, "and %zu more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && ctx->need_close) {
            emit_indent(ctx);
            emit(ctx->file, "+------------------------------------\n");
            ctx->need_close = false;
        }
        ctx->depth--;
    }
    if (top) ctx->depth = 0;
}

static void print_recursive(PrintCtx *ctx, Obj *exc) {
    if (!is_exception(exc)) {
        emit_m(ctx, "TypeError: print_exception(): Exception expected for value, %s found\n",
               type_name(exc));
        return;
    }
    print_cause_and_context(ctx, exc);
    print_group(ctx, exc);
}

void print_exception(Obj *exc) {
    Obj *saved = err_fetch();
    Obj *file = sys_get_object("stderr");
    PrintCtx ctx = {file, 0, false, NULL, 0, 0};
    print_recursive(&ctx, exc);
    free(ctx.seen);
    Obj *flushed = file ? obj_call_method(file, IDENT(flush), NULL, 0) : NULL;
    XDECREF(flushed);
    err_clear();
    if (saved != NULL) err_set_obj(saved);
}

void err_write_unraisable(Obj *where) {
    err_write_unraisable_msg("Exception ignored in", where);
}

void err_write_unraisable_msg(const char *prefix, Obj *where) {
    Obj *exc = err_fetch();
    Obj *repr = where ? obj_repr(where) : NULL;
    err_clear();
    Obj *file = sys_get_object("stderr");
    if (repr != NULL) emit(file, "%s: %U\n", prefix, repr);
    else emit(file, "%s: <object repr() failed>\n", prefix);
    XDECREF(repr);
    if (exc != NULL) {      /* like CPython's unraisable hook: no chained exceptions */
        if (is_exception(exc)) print_unraisable(file, exc);
        DECREF(exc);
    }
    Obj *flushed = file ? obj_call_method(file, IDENT(flush), NULL, 0) : NULL;
    XDECREF(flushed);
    err_clear();
}

/* SystemExit(code): None -> 0, int -> that, anything else printed -> 1. */
static int exit_status_of(Obj *exc) {
    Obj *code = ((SystemExitObj *)exc)->code;
    if (code == NULL || code == NONE) return 0;
    if (is_int(code)) {
        int overflow = 0;
        int64_t v = int_as_i64(code, &overflow);
        return overflow ? -1 : (int)v;
    }
    Obj *file = sys_get_object("stderr");
    Obj *s = obj_str(code);
    if (s != NULL) {
        emit(file, "%U\n", s);
        DECREF(s);
    }
    err_clear();
    return 1;
}

int handle_uncaught(void) {
    Obj *exc = err_fetch();
    if (exc == NULL) return 0;
    int status;
    if (type_is_subtype(TYPE(exc), &Exc_SystemExit)) {
        status = exit_status_of(exc);
    } else {
        print_exception(exc);
        /* like CPython, Ctrl-C ends with the status a SIGINT death gives */
        status = type_is_subtype(TYPE(exc), &Exc_KeyboardInterrupt) ? 130 : 1;
    }
    DECREF(exc);
    return status;
}
